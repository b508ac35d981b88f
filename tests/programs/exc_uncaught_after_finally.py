# finally blocks run while an uncaught exception propagates.
def level3():
    try:
        print("level3 raising")
        raise ValueError("propagated through finally blocks")
    finally:
        print("level3 finally")

def level2():
    try:
        level3()
    except KeyError:
        print("wrong handler, not run")
    finally:
        print("level2 finally")

def level1():
    try:
        level2()
    finally:
        print("level1 finally")

level1()
print("never")
