# and/or whose value is only truth-tested (if/while/assert tests, not, conditional
# conditions): each operand's truth once, in order, whatever the operand types.
class B:
    calls = 0
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __bool__(self):
        B.calls += 1
        print("bool", self.name)
        return self.v


class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n


a, b, c = B(True, "a"), B(False, "b"), B(True, "c")
if a and b or c:
    print("yes")
if not (b or a and c):
    print("no")
else:
    print("else")
print(B.calls)
x = a and b or c
print(x.name, B.calls)
if L(0) or L(2):
    print("len ok")
while L(0) and L(1):
    print("never")
stack = [3, 1, 4]
out = []
while stack and stack[-1] > 0:
    out.append(stack.pop())
print(out, stack)
d = {"k": [1]}
r = 0 if d and d.get("k") else 1
print(r)
assert stack == [] or stack, "msg"
vals = [v for v in [0, 1, "", "x", None, [], [0]] if v and v != "x" or v == []]
print(vals)
n = None
for item in [None, 5, 0, 7]:
    if item is not None and item > 4 and (n is None or item > n):
        n = item
print(n)
def f(q):
    if q and q[0] == "x" and not q[1:]:
        return "single x"
    return "other"
print(f(["x"]), f([]), f(["x", "y"]), f("x"))
s = ""
if not s and not []:
    print("both empty")
t = (1, 2)
if t and len(t) == 2 and t[0] or None:
    print("tuple ok")
w = [1, 2, 3]
if (m := len(w)) and m > 2:
    print("walrus", m)
fl = 0.0
if fl or -0.0 or float("nan"):
    print("nan true")
ints = [0, 5]
i = 0
while ints and ints[i] == 0 and i < 5:
    i += 1
print(i)
print(bool([] and 1), [] and 1, [1] or 2, None or {} or "z")
