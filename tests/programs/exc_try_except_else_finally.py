# try / except / else / finally ordering.
def attempt(x):
    print("start", x)
    try:
        r = 10 // x
        print("computed", r)
    except ZeroDivisionError:
        print("caught zero division")
        r = None
    else:
        print("else: no exception")
    finally:
        print("finally for", x)
    return r

print(attempt(2))
print(attempt(0))

def convert(s):
    try:
        v = int(s)
    except ValueError as e:
        print("bad:", e)
        return -1
    else:
        return v * 2
    finally:
        print("convert done", repr(s))

print(convert("21"), convert("x"))
try:
    print("no error")
except Exception:
    print("never")
else:
    print("else ran")
finally:
    print("finally ran")
try:
    pass
finally:
    print("bare try/finally")
