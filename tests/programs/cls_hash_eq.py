# __hash__ and __eq__: user objects as dict keys and set members; unhashable classes.
class Coord:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Coord) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"C({self.x},{self.y})"


visits = {}
for x, y in [(0, 0), (1, 2), (0, 0), (3, 3), (1, 2), (0, 0)]:
    key = Coord(x, y)
    visits[key] = visits.get(key, 0) + 1
print(visits)
print(Coord(1, 2) in visits, Coord(2, 1) in visits, visits[Coord(3, 3)])
seen = {Coord(1, 1), Coord(1, 1), Coord(2, 2)}
print(len(seen), Coord(2, 2) in seen, sorted(seen, key=lambda c: (c.x, c.y)))
print(hash(Coord(5, 6)) == hash(Coord(5, 6)), hash(Coord(5, 6)) == hash((5, 6)))


# Defining __eq__ without __hash__ makes instances unhashable.
class Tag:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Tag) and self.name == other.name


print(Tag("a") == Tag("a"), Tag.__hash__ is None)
for action in ("set", "dict", "hash"):
    try:
        if action == "set":
            {Tag("a")}
        elif action == "dict":
            {Tag("a"): 1}
        else:
            hash(Tag("a"))
    except TypeError as e:
        print(action, "TypeError:", e)
print(Tag("x") in [Tag("y"), Tag("x")])


# A subclass can restore hashability by defining __hash__.
class HashTag(Tag):
    def __hash__(self):
        return hash(self.name)


tags = {HashTag("py"): "python", HashTag("rs"): "rust"}
print(tags[HashTag("rs")], HashTag("py") in tags, len({HashTag("a"), HashTag("a")}))


# Without __eq__, objects hash by identity: equal-looking objects are different keys.
class Ident:
    def __init__(self, n):
        self.n = n


i1 = Ident(1)
d = {i1: "first", Ident(1): "second"}
print(len(d), d[i1], Ident(1) in d)


# Explicitly unhashable by setting __hash__ = None.
class Mutable:
    __hash__ = None


try:
    hash(Mutable())
except TypeError as e:
    print("TypeError:", e)


# Mutating a key after insertion makes it unreachable by its new value.
k = Coord(0, 0)
table = {k: "origin"}
k.x = 9
print(Coord(0, 0) in table, Coord(9, 0) in table, len(table))
