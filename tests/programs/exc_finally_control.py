# finally with return, break and continue overriding control flow.
def ret_in_finally():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2 == 0:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, i=" + str(i)

def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

print(ret_in_finally())
print(finally_overrides())
print(swallow())
print(loop_break())
print(loop_continue())
print(break_in_finally())
print(value_at_return())
