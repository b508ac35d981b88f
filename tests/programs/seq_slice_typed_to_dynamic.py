# Slices of typed sequences (lists of ints, strs, ranges, tuples) used where a dynamic
# value is expected: in a mixed list, yielded by a generator with mixed items, passed to
# max/sorted of mixed chunks. Each slice is a new object; the source is unchanged.


def chunks(xs, k):
    for i in range(0, len(xs), k):
        yield xs[i:i + k]
    yield "end"


data = list(range(-5, 20))
text = "héllo wörld"
r = range(3, 40, 3)
t = tuple(range(10))
mixed = [data[::-3], text[-5:], r[2:-2], t[7:2:-2], data[100:], text[::-1], r[::-1][:2]]
print(mixed)
print([c if isinstance(c, str) else max(c) for c in chunks(data, 7)])
print([len(c) for c in chunks(text, 4)], list(chunks(t, 4))[-2:])
got = data[2:5]
got.append(99)
print(got, data[:6], len(data))
print(sorted(x for c in chunks(data, 6) if not isinstance(c, str) for x in c[1:2]))
big = 10**20
print(data[-big:3], data[big:], text[-big:big], r[-big:2])
