# Exceptions raised inside except/finally blocks replace the original one.
def replaced_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")

def handler_fails():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return int("not a number")

def cleanup_order(log):
    try:
        try:
            log.append("body")
            raise IndexError("body failed")
        finally:
            log.append("inner finally")
    except IndexError as e:
        log.append("handled " + str(e))
    finally:
        log.append("outer finally")
    return log

try:
    replaced_in_finally()
except KeyError as e:
    print("caught", repr(e))
except ValueError:
    print("not this one")
try:
    handler_fails()
except ValueError as e:
    print("caught", type(e).__name__, e)
print(cleanup_order([]))
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError("iteration " + str(i))
        print("iteration", i, "fine")
    except RuntimeError as e:
        print("error:", e)
        continue
    finally:
        print("finally", i)
