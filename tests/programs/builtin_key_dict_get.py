# key=d.get (max/min/sorted/list.sort): the dict's own get, None for a missing key (then
# CPython's TypeError comparing None), and a user object's get method.
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(max(counts, key=counts.get), min(counts, key=counts.get), sorted(counts, key=counts.get))
best = sorted(counts, key=counts.get, reverse=True)[:2]
print(best, counts[best[0]] + 1)
ws = list(counts)
ws.sort(key=counts.get)
print(ws)
scores = {1: 2.5, 2: -1.0, 3: 2.5}
print(max(scores, key=scores.get), min([3, 2, 1], key=scores.get))
try:
    print(max([1, 7], key=scores.get))
except TypeError as e:
    print("TypeError:", e)
nested = {"a": [3, 1], "b": [2]}
print(max(nested, key=nested.get), sorted(nested, key=nested.get))
class K:
    def get(self, x):
        return -x
k = K()
print(max([1, 2, 3], key=k.get))
empty = {}
print(max(empty, key=empty.get, default="none"))
