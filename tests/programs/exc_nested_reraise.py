# Nested try blocks and re-raising with bare raise.
def inner(x):
    try:
        return [1, 2, 3][x]
    except IndexError:
        print("inner saw IndexError, re-raising")
        raise

def middle(x):
    try:
        return inner(x)
    finally:
        print("middle finally")

def outer(x):
    try:
        return middle(x)
    except LookupError as e:
        print("outer caught", type(e).__name__, e)
        return None

print(outer(1))
print(outer(10))
try:
    try:
        int("nope")
    except ValueError:
        try:
            {}["k"]
        except KeyError as e2:
            print("inner handler caught", repr(e2))
        print("back in outer handler")
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print("got", repr(e))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError("retry " + str(count))
        print("succeeded after", count)
        break
    except RuntimeError as e:
        print("failed:", e)
