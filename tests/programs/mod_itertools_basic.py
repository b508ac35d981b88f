# itertools: infinite iterators, accumulate, chain, compress, the *while functions,
# groupby, islice (all argument forms), pairwise, starmap, tee, zip_longest.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
                       zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3)))
print(list(islice(count(True), 3)), list(islice(count(True, 2), 3)), list(islice(count(5, -1), 3)))
c = count(7)
print(c, list(islice(c, 2)), c, count(0, 1.0), count(1.5), count(2**70), count(5, True))
print(list(islice(cycle("abc"), 7)), list(cycle([])), list(islice(cycle(range(2)), 5)))
r = repeat("x", 3)
print(r, list(r), r, repeat("y"), list(repeat(1, -2)), list(repeat(None, 0)))
print(list(islice(repeat(7), 4)), list(starmap(pow, zip(range(4), repeat(2)))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate("abc")))
print(list(accumulate([5, 2, 8], min)), list(accumulate([1, 2, 3], None)))
print(list(chain([1, 2], "ab", (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable(["ab", [1, 2], range(3)])), list(itertools.chain.from_iterable([])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 3)))
print(list(dropwhile(bool, [1, 2, 0, 3, 0])), list(takewhile(bool, [1, 2, 0, 3])))
print(list(filterfalse(None, [0, 1, "", "a", [], [0]])), list(filterfalse(bool, [0, 5])))
print(list(dropwhile(str.isdigit, "123abc4")), list(takewhile(str.isalpha, "ab1cd")))
for k, grp in groupby("aaabccdaa"):
    print(k, list(grp), end="; ")
print()
for k, grp in groupby([1, 1, 2, 3, 3, 3, 1], None):
    print(k, list(grp), end="; ")
print()
for k, grp in groupby(["a", "bb", "cc", "d", "eee"], len):
    print(k, list(grp), end="; ")
print()
for k, grp in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], operator.itemgetter(0)):
    print(k, list(grp), end="; ")
print()
groups = list(groupby("aabbbc"))
print(len(groups))
for k, grp in groups:
    print(k, list(grp), end=" ")
print()
keys = []
for kg in groupby("xxyz"):
    keys.append(kg[0])
print(keys)

data = list(range(10))
print(list(islice(data, 3)), list(islice(data, 2, 5)), list(islice(data, 1, 9, 3)))
print(list(islice(data, None)), list(islice(data, 4, None)), list(islice(data, None, None, 4)))
print(list(islice(data, 0)), list(islice(data, 20)), list(islice(data, 8, 3)), list(islice("abc", 1, None)))
it = iter_src = islice(count(), 0, None, 2)
print(list(islice(it, 5)), list(islice(it, 2)))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 3), (3, 2), [10, 2]])), list(starmap(operator.add, ["ab", "cd"])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(range(4), 3)
print(list(islice(x, 2)), list(y), list(x), list(z))
print(tee([1], 0), len(tee("ab")))
p, q = tee(count())
print(list(islice(p, 3)), list(islice(q, 5)), list(islice(p, 3)))
print(list(zip_longest("abc", [1])), list(zip_longest([1, 2], "x", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest([1], [], [2, 3], fillvalue=0)))
print(list(zip(count(1), "ab")), list(enumerate(repeat("z", 2))), sorted(repeat(3, 2)))
print(sum(islice(count(1), 100)), max(islice(cycle([3, 9, 2]), 10)), "-".join(repeat("ab", 3)))
print(type(chain()).__name__, type(count()).__name__, type(groupby("")).__name__)
