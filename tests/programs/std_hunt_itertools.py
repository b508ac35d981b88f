import itertools as it
from itertools import permutations, combinations, product, groupby, accumulate, chain, islice, count, cycle, repeat, starmap, zip_longest, combinations_with_replacement, compress, dropwhile, takewhile, filterfalse, tee, pairwise
import operator
from functools import reduce

def magic_squares():
    found = []
    for p in permutations(range(1, 10)):
        rows = [p[0:3], p[3:6], p[6:9]]
        if all(sum(r) == 15 for r in rows) and all(sum(p[i::3]) == 15 for i in range(3)) and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            found.append(p)
    return found

sq = magic_squares()
print(len(sq), sq[0])
coins = [1, 5, 10, 25]
ways = sum(1 for combo in combinations_with_replacement(coins, 4) if sum(combo) == 40)
print("ways:", ways)
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")))
print(list(combinations("ABCD", 2)))
print(["".join(p) for p in permutations("abc", 2)])
data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
print([(k, [x for x in g]) for k, g in groupby([1, 3, 5, 2, 4, 7, 9, 6], key=lambda x: x % 2)])
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(islice(count(10, 5), 4)), list(islice(cycle("xyz"), 7)), list(repeat("k", 3)))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest("abc", [1], fillvalue="-")))
print(list(chain.from_iterable([[1, 2], [3], []])), list(chain("ab", (1, 2))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), list(pairwise("abcd")))
print(reduce(operator.add, range(101)), reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 1))

# subsets summing to target
nums = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == 9]
print(hits)
# running totals grouped by key
sales = [("east", 10), ("west", 5), ("east", 7), ("north", 1), ("west", 3)]
sales.sort(key=operator.itemgetter(0))
for region, rows in groupby(sales, key=operator.itemgetter(0)):
    amounts = [amt for _, amt in rows]
    print(region, amounts, list(accumulate(amounts)))
# sliding window
def window(seq, n):
    its = tee(seq, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
print(list(window(range(6), 3)))
# round robin
def roundrobin(*iterables):
    nexts = cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
print(list(roundrobin("ABC", "D", "EF")))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(zip(*grid)), [list(row) for row in zip(*grid[::-1])])
print(sorted(set(it.permutations([1, 1, 2]))), len(list(it.product(range(3), repeat=3))))
print(next(it.dropwhile(lambda p: sum(p) < 20, it.combinations(range(10), 3))))
counter = count()
labeled = [(next(counter), ch) for ch in "hey"]
print(labeled, next(counter))
print(dict(zip("abc", count(1))), list(map(operator.mul, [1, 2, 3], repeat(10))))
print(list(it.islice(it.count(), 0, 10, 3)))
