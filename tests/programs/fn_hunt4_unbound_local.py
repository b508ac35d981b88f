# A local used before assignment is UnboundLocalError, without a suggestion.
def f():
    print(count)
    count = 1
f()
