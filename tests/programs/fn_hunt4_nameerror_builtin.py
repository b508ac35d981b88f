# No local or global is close: the builtins are searched last.
def show(items):
    for it in items:
        prnt(it)


show([1, 2])
