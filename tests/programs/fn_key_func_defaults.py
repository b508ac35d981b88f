def f(n, k=10):
    return n % k
print(max(range(1, 30), key=f), sorted([13, 4, 25], key=f), min([3, 17], key=f))
print(list(map(f, [11, 23])), list(filter(f, [10, 11])))
def g(n, *rest):
    return -n
def h(a, b):
    return a
def kw(n, *, scale=2, off=[0]):
    off[0] += 1
    return n * scale + off[0]
print(sorted([3, 1, 2], key=g), max([1, 5, 2], key=kw), list(map(kw, [1, 2])))
try:
    sorted([1, 2], key=h)
except TypeError as e:
    print(e)
def cache_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + cache_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 300), key=cache_len), len(cache_len.__defaults__[0]))

def kw2(n, *, scale=2, off2=[0]):
    off2[0] += 1
    return n * scale + off2[0]
print(max([1, 5, 2], key=kw2), list(map(kw2, [1, 2])), sorted([2, 1], key=kw2), list(filter(kw2, [0, 1])))
print(kw2.__kwdefaults__)
def pair(a, b, c=100):
    return a * b + c
print(list(map(pair, [1, 2], [3, 4])), list(map(pair, [1], [2], [3])))
print(list(map(h, [1, 2])))
