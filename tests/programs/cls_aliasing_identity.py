# Objects have reference semantics: aliases see mutations, `is` tests identity.
class Box:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return f"Box({self.items!r})"


a = Box([1, 2])
b = a
c = Box([1, 2])
print(a is b, a is c, a == c)
b.items.append(3)
print(a, b, c)

shared = [0]
x = Box(shared)
y = Box(shared)
x.items.append(1)
print(x, y, x.items is y.items)
y.items = [9]
print(x, y, x.items is y.items)

# Objects inside containers are references too.
boxes = [Box([])] * 3
boxes[0].items.append("all")
print(boxes)
boxes = [Box([]) for _ in range(3)]
boxes[0].items.append("one")
print(boxes)

registry = {"main": a, "alias": a, "copy": c}
registry["alias"].items.clear()
print(registry)
print(registry["main"] is registry["alias"])

# Passing an object to a function passes the reference.
def fill(box, n):
    for i in range(n):
        box.items.append(i)
    box = Box(["rebound"])
    return box

orig = Box([])
ret = fill(orig, 3)
print(orig, ret, orig is ret)

# Identity in lists: `in` uses == first but identity short-circuits.
class Never:
    def __eq__(self, other):
        return False
    def __repr__(self):
        return "Never()"

n = Never()
lst = [n]
print(n in lst, Never() in lst, lst.count(n), lst.index(n))
print(n == n, n is n)
nested = [[a], [a]]
nested[0][0].items.append("deep")
print(nested)
