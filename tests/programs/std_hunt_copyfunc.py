import copy
import functools
import operator
from functools import lru_cache, partial, reduce, cmp_to_key, wraps, total_ordering
from operator import itemgetter, attrgetter, methodcaller

config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "features": {"beta", "dark"}, "levels": (1, [2, 3])}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["db"]["ports"].append(9999)
config["levels"][1].append(4)
print(shallow["db"]["ports"], deep["db"]["ports"], deep["levels"], shallow is config, shallow["db"] is config["db"])
shared = [1, 2]
nested = [shared, shared, {"k": shared}]
dup = copy.deepcopy(nested)
print(dup[0] is dup[1], dup[2]["k"] is dup[0], dup[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, repr(cc))

class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"

tree = Node("root", [Node("a"), Node("b", [Node("c")])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].name = "changed"
print(tree, t2)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    return x * x
for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())

def power(base, exp):
    return base ** exp
cube = partial(power, exp=3)
print(cube(3), partial(power, 2)(10), cube.keywords, cube.args, cube.func is power)
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, ["x", "y", "z"], ">"))

def by_len_then_alpha(a, b):
    return (len(a) - len(b)) or ((a > b) - (a < b))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(f"{func.__name__}{args} -> {result}")
        return result
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__)

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.0") >= Version("0.9"), Version("1.0") <= Version("0.9"))

people = [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}, {"name": "cy", "age": 31}]
print(sorted(people, key=itemgetter("age", "name")), list(map(itemgetter("name"), people)))
class P:
    def __init__(self, name, dept):
        self.name, self.dept = name, dept
    def greet(self, greeting):
        return f"{greeting}, {self.name}"
ps = [P("z", "ops"), P("a", "dev"), P("m", "dev")]
print([p.name for p in sorted(ps, key=attrgetter("dept", "name"))], list(map(methodcaller("greet", "hi"), ps)))
print(operator.add(1, 2), operator.neg(5), operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.truediv(7, 2), operator.floordiv(7, 2))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), itemgetter(1, 0)(("a", "b")), operator.itemgetter(slice(1, 3))("hello"))
inc = functools.partial(operator.add, 1)
print(list(map(inc, range(5))), functools.reduce(max, [3, 9, 2]))
