# A global deleted by a function, then read: the suggestion comes from the builtins.
def f():
    global value
    del value
value = 1
f()
print(value)
