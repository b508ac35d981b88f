# sorted/min/max in functions, lambdas, loops and try blocks; reverse= is read as an int (list.sort).
def f(xs):
    try:
        a = sorted((x * 2 for x in xs if x), reverse=len(xs) > 2)
        b = min((x for x in xs), default=-1)
        c = max(xs, key=lambda v: -v, default=None)
        return a, b, c
    except ValueError:
        return None
print(f([3, 1, 2]), f([]), f([0, 5]))
g = lambda ys: sorted(map(str, ys), reverse=True)
print(g([1, 10, 2]))
for n in range(3):
    print(max(range(n), default="empty"), sorted(range(n), key=lambda v: -v, reverse=n == 1))
def gen(n):
    for i in range(n):
        if i == 2:
            raise ValueError("two")
        yield i
try:
    print(sorted(gen(5), reverse=True))
except ValueError as e:
    print("err", e)
print(min([[3], [1, 2]], key=len), max("abc", "abd"), min(3, 1, 2, key=lambda x: -x))
print(sorted([3, 1], reverse=0), sorted((1, 2), reverse=[]))
