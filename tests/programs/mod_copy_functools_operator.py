# copy.copy / copy.deepcopy (shared structure, cycles, the stdlib containers),
# functools.reduce / partial and the operator module's functions and getters.
import copy
import functools
import operator
from itertools import starmap
from collections import deque, Counter, defaultdict, OrderedDict

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
b[1].append(99)
c[2]["k"].append(5)
print(a, b, c, b is a, b[1] is a[1], c[1] is a[1])
shared = [0]
outer = [shared, shared, (shared, 1)]
d = copy.deepcopy(outer)
d[0].append(1)
print(outer, d, d[0] is d[1], d[2][0] is d[0])
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc is cyc, cc[1] is cc)
dd = {"self": None}
dd["self"] = dd
print(copy.deepcopy(dd))
t = (1, "a", (2.5, None))
print(copy.deepcopy(t) == t, copy.copy(t) == t, copy.deepcopy((1, [2])) == (1, [2]))
s = {3, 1, 2}
s2 = copy.copy(s)
s2.add(9)
print(s, s2, copy.deepcopy(frozenset([1, 2])), copy.deepcopy({"a": {1, 2}}))
print(copy.copy(5), copy.deepcopy("str"), copy.copy(None), copy.deepcopy(range(3)))
q = deque([[1], [2]], maxlen=5)
q2 = copy.copy(q)
q3 = copy.deepcopy(q)
q[0].append("x")
print(q, q2, q3)
cnt = Counter("hello")
cnt2 = copy.deepcopy(cnt)
cnt2["h"] += 10
print(cnt, cnt2, type(cnt2).__name__)
g = defaultdict(list, {"a": [1]})
g2 = copy.deepcopy(g)
g2["a"].append(2)
g2["b"].append(3)
g3 = copy.copy(g)
g3["a"].append(7)
print(g, g2, g3)
od = OrderedDict([("z", [1]), ("y", [2])])
od2 = copy.deepcopy(od)
od2["z"].append(0)
print(od, od2, copy.copy(od) == od)

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 10))
print(functools.reduce(operator.add, ["a", "b", "c"]), functools.reduce(max, [3, 9, 2]), functools.reduce(pow, [2, 3, 2]))
print(functools.reduce(operator.add, [], 0), functools.reduce(operator.concat, [[1], [2], [3]]))
p = functools.partial(int, base=2)
print(p, list(starmap(p, [("1011",), ("11",)])), functools.partial(max, 1, 2))
print(list(starmap(functools.partial(functools.partial(max, 1), 5), [(3,), (9,)])))
print(list(starmap(functools.partial(pow, 2), [(10,)])), p.args, p.keywords, p.func)

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"), operator.ge(1, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None), operator.index(7))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.getitem({"k": 3}, "k"))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.and_({1, 2}, {2, 3}), operator.or_({"a": 1}, {"b": 2}))
lst = [1]
r = operator.iadd(lst, [2])
print(lst, r is lst, operator.iadd(5, 1), operator.imul([0], 3), operator.ior({1}, {2}))
m = [1, 2, 3]
operator.setitem(m, 0, "x")
operator.delitem(m, 2)
print(m)
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(list(starmap(operator.itemgetter(1), [(pairs[0],)])), list(starmap(operator.itemgetter(0, 1), [("xyz",)])))
print(functools.reduce(operator.add, map(str, pairs)))
print(operator.itemgetter(1), operator.itemgetter("a", "b"), operator.attrgetter("real", "imag"), operator.methodcaller("split", ",", maxsplit=1))
print(list(starmap(operator.attrgetter("real"), [(3,)])), list(starmap(operator.attrgetter("real", "imag"), [(2.5,)])))
print(list(starmap(operator.methodcaller("upper"), ["a", "b"])), list(starmap(operator.methodcaller("split", ",", maxsplit=1), [("a,b,c",)])))
print(functools.reduce(operator.add, map(abs, [-1, -2, 3])), type(operator.itemgetter(1)).__name__, operator.add, operator.itemgetter)

for i in range(16):
    try:
        if i == 0:
            functools.reduce(operator.add, [])
        elif i == 1:
            functools.reduce(operator.add, 5)
        elif i == 2:
            functools.reduce(operator.add)
        elif i == 3:
            functools.partial(5)
        elif i == 4:
            operator.add(1)
        elif i == 5:
            operator.neg(1, 2)
        elif i == 6:
            operator.itemgetter()
        elif i == 7:
            operator.attrgetter(1)
        elif i == 8:
            operator.methodcaller()
        elif i == 9:
            operator.concat(1, 2)
        elif i == 10:
            operator.indexOf([1], 5)
        elif i == 11:
            print(list(starmap(operator.attrgetter("foo"), [(3,)])))
        elif i == 12:
            copy.copy({}.keys())
        elif i == 13:
            operator.truediv(1, 0)
        elif i == 14:
            operator.lt(1, "a")
        elif i == 15:
            print(list(starmap(operator.itemgetter(5), [([1],)])))
    except Exception as e:
        print(i, type(e).__name__, e)
