# A tuple that reaches itself through a list it holds prints as `(...)` there, as
# CPython's tuplerepr does. `id()` keeps the program's tuples boxed (one identity each).
def make(tag):
    return (tag, [])


t = make("a")
t[1].append(t)
print(t)
print(repr(t), str([t]), f"{t}")
u = make("b")
u[1].append(u)
u[1].append(t)
print(u, {"k": u})
empty = ()
print(empty, (empty, [empty]))
pair = (t, t)
print(pair)
print(id(t) == id(t[1][0]))
