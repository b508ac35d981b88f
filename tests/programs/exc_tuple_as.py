# except (A, B) as e, and the first matching clause wins.
def risky(n):
    if n == 0:
        raise ValueError("zero not allowed")
    if n == 1:
        raise TypeError("one is the wrong type")
    if n == 2:
        raise KeyError("two")
    if n == 3:
        raise IndexError("three")
    return n

for n in range(5):
    try:
        print(risky(n))
    except (ValueError, TypeError) as e:
        print("value/type:", type(e).__name__, e)
    except (KeyError, IndexError) as err:
        print("lookup:", type(err).__name__, err)
for n in range(4):
    try:
        risky(n)
    except Exception as e:
        print("generic", repr(e))
    except ValueError:
        print("never reached")
try:
    risky(2)
except (IndexError,):
    print("no")
except LookupError as e:
    print("LookupError caught KeyError", e.args)
