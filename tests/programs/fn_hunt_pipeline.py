# A log-processing pipeline of generators, with itertools/functools and grouping.
import itertools
import functools
from collections import Counter, defaultdict

LOG = """\
2024-01-01 10:00:01 INFO  auth    user=ann action=login ms=12
2024-01-01 10:00:05 WARN  db      query=slow ms=340
2024-01-01 10:01:00 INFO  auth    user=bob action=login ms=8
2024-01-01 10:02:13 ERROR payment user=ann amount=12.50 reason=declined
2024-01-01 10:03:00 INFO  auth    user=ann action=logout ms=5
bad line here
2024-01-01 10:04:44 ERROR db      query=timeout ms=5000
2024-01-01 10:05:00 INFO  payment user=bob amount=99.99 ms=71
"""


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield lineno, line


def parse(records, errors):
    for lineno, line in records:
        parts = line.split()
        if len(parts) < 4:
            errors.append(lineno)
            continue
        date, time, level, source, *fields = parts
        kv = dict(f.split("=", 1) for f in fields)
        yield {"line": lineno, "ts": f"{date}T{time}", "level": level, "source": source, **kv}


def where(pred):
    def stage(items):
        return (it for it in items if pred(it))
    return stage


def mapping(fn):
    def stage(items):
        for it in items:
            yield fn(it)
    return stage


def pipeline(source, *stages):
    return functools.reduce(lambda acc, st: st(acc), stages, source)


errors = []
records = list(parse(read_lines(LOG), errors))
print(len(records), "records; bad lines:", errors)
slow = pipeline(iter(records), where(lambda r: int(r.get("ms", 0)) > 50),
                mapping(lambda r: (r["source"], int(r["ms"]))))
print(list(slow))
by_level = Counter(r["level"] for r in records)
print(by_level.most_common(), sorted(by_level.elements())[:3])
groups = defaultdict(list)
for r in records:
    groups[r["source"]].append(r["line"])
print(dict(groups))
keyf = lambda r: r["level"]
for level, grp in itertools.groupby(sorted(records, key=keyf), key=keyf):
    g = list(grp)
    print(level, len(g), [x["line"] for x in g])
amounts = [float(r["amount"]) for r in records if "amount" in r]
print(amounts, round(sum(amounts), 2), list(itertools.accumulate(amounts)))
users = {r["user"] for r in records if "user" in r}
print(sorted(users), list(itertools.chain.from_iterable((u, u.upper()) for u in sorted(users))))
windows = list(zip(records, records[1:]))
print([(a["line"], b["line"]) for a, b in windows if a["source"] == b["source"]])
batched = [list(itertools.islice(it, 3)) for it in [iter(range(8))] * 3]
print(batched)
print(list(itertools.takewhile(lambda r: r["level"] != "ERROR", records))[-1]["line"])
print(next(itertools.dropwhile(lambda r: r["level"] == "INFO", records))["line"])
counter = itertools.count(100, 10)
print([next(counter) for _ in range(3)], list(itertools.repeat("x", 3)))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations([1, 2, 3], 2)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.zip_longest("ab", [1], fillvalue="-")))
cyc = itertools.cycle("RGB")
print("".join(next(cyc) for _ in range(7)), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.filterfalse(str.isdigit, "a1b2")))
tee_a, tee_b = itertools.tee(iter([1, 2, 3]))
print(list(tee_a), list(tee_b))
