# map and filter passed as values (partial, a table of functions, a pipeline).
import functools

square_all = functools.partial(map, lambda x: x * x)
odd_only = functools.partial(filter, lambda v: v % 2)
print(list(square_all(range(5))), list(odd_only(range(7))))
stages = [odd_only, square_all, sorted]
data = range(10)
for st in stages:
    data = st(data)
print(data)
fns = {"m": map, "f": filter}
print(list(fns["m"](pow, [2, 3], [5, 2])), list(fns["f"](None, [0, 1, "", "x"])))
print(map, filter, map.__name__, callable(filter))
m = map
print(list(m(str.upper, "ab")), list(m(lambda a, b: a + b, "ab", "xyz")))
for bad in (lambda: m(len), lambda: fns["f"](len), lambda: m(len, [1], x=1), lambda: fns["f"](None, [1], [2])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
it = m(int, ["1", "x", "3"])
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)
print(next(it))
for bad in (lambda: divmod(7), lambda: list(range(3), 1), lambda: abs(1, 2), lambda: sorted([1], [2])):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(list(functools.reduce(lambda acc, f: f(acc), [square_all, odd_only], range(6))))
