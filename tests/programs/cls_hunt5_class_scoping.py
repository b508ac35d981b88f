# More class-body scoping: global/nonlocal declarations, nested classes, classes made in loops,
# names shadowed after use, match captures and except-as names (deleted at the handler's end).
counter = 0
class A:
    global counter
    counter += 1
    x = counter
print(A.x, counter)
def f():
    v = 1
    class B:
        nonlocal v
        v += 10
        w = v
    return B.w, v
print(f())
class Outer:
    val = 5
    class Inner:
        try:
            got = val
        except NameError as e:
            got = str(e)
print(Outer.Inner.got)
classes = []
for i in range(3):
    class C:
        idx = i
        sq = idx * idx
    classes.append(C)
print([(c.idx, c.sq) for c in classes])
def later():
    return "later"
class D:
    r = later()
    later = "shadow"
    s = later
print(D.r, D.s)
class E:
    print = lambda *a: None
    print("hidden")
    del print
    print("visible")
class F:
    abs = abs(-3)
    round = round(2.5)
print(F.abs, F.round)
x = "g"
class G:
    x = x + "!"
    y = [x]
    z = (lambda: x)()
print(G.x, G.y, G.z)
def make(n):
    class H:
        n = n * 2 if False else 0
    return H.n
try:
    print(make(3))
except NameError as e:
    print("NameError:", e)
class I:
    items = []
    for ch in "ab":
        items.append(ch)
    total = len(items)
print(I.items, I.total, I.ch)
class J:
    a = 1
    b = a + 1
    a = b + 1
    def get(self):
        return self.a, self.b
print(J().get())
class K:
    if True:
        flag = True
    val = flag
print(K.val)
x = "global-x"
class M:
    match (1, 2):
        case (x, y) if x < y:
            got = (x, y)
        case _:
            got = None
    after = y
print(M.got, M.after)
class N:
    try:
        raise KeyError("k")
    except KeyError as err:
        msg = repr(err)
    try:
        err
    except NameError as e2:
        gone = str(e2)
print(N.msg, N.gone)
class L:
    missing_later
