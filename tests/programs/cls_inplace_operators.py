# In-place operators: __iadd__ mutates, fallback to __add__ rebinds; aliases observe the difference.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        return Bag(self.items + list(other.items))

    def __iadd__(self, other):
        self.items.extend(other.items)
        return self

    def __isub__(self, other):
        for it in other.items:
            if it in self.items:
                self.items.remove(it)
        return self

    def __imul__(self, n):
        self.items *= n
        return self

    def __repr__(self):
        return f"Bag({self.items})"


class Frozen:
    """Only __add__: `+=` falls back to it and rebinds the name."""

    def __init__(self, items=()):
        self.items = tuple(items)

    def __add__(self, other):
        return Frozen(self.items + other.items)

    def __repr__(self):
        return f"Frozen({self.items})"


b = Bag([1])
alias = b
b += Bag([2, 3])
print(b, alias, b is alias)
b -= Bag([1, 9])
b *= 2
print(b, alias)

f = Frozen([1])
falias = f
f += Frozen([2])
print(f, falias, f is falias)

# A missing __ixor__ and __xor__ gives a TypeError mentioning ^=.
try:
    f ^= f
except TypeError as e:
    print("TypeError:", e)
try:
    b //= 2
except TypeError as e:
    print("TypeError:", e)


# __iadd__ returning something other than self rebinds to that value.
class Weird:
    def __iadd__(self, other):
        return "replaced"


w = Weird()
w += 1
print(w)


# Augmented assignment on attributes and items calls __iadd__ once and stores back.
class Holder:
    def __init__(self):
        self.bag = Bag()
        self.stores = 0

    def __setattr__(self, name, value):
        if name == "bag":
            object.__setattr__(self, "stores", getattr(self, "stores", 0) + 1)
        object.__setattr__(self, name, value)


h = Holder()
h.bag += Bag(["x"])
h.bag += Bag(["y"])
print(h.bag, h.stores)
bags = {"k": Bag()}
bags["k"] += Bag([1])
print(bags)

# Lists: += is extend (mutates the alias), + creates a new list.
xs = [1]
ys = xs
xs += [2]
print(xs, ys)
xs = xs + [3]
print(xs, ys)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
