# A data pipeline of chained generators: parsing log lines, filtering, grouping, windowing.
LOG = """\
2024-01-01 10:00:01 INFO  api    request /users 200 12ms
2024-01-01 10:00:02 WARN  api    request /orders 429 3ms
2024-01-01 10:00:02 INFO  db     query users 8ms
garbage line
2024-01-01 10:00:03 ERROR api    request /orders 500 120ms
2024-01-01 10:00:04 INFO  api    request /users 200 15ms
2024-01-01 10:00:05 INFO  db     query orders 30ms

2024-01-01 10:00:06 ERROR db     query orders 900ms
2024-01-01 10:00:07 INFO  api    request /health 200 1ms
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line


def parse(lines, errors):
    for number, line in lines:
        parts = line.split()
        if len(parts) < 5:
            if line.strip():
                errors.append(number)
            continue
        date, time, level, service, *rest = parts
        yield {"line": number, "time": time, "level": level, "service": service,
               "ms": int(rest[-1].rstrip("ms")), "what": " ".join(rest[:-1])}


def where(records, **conditions):
    for r in records:
        if all(r[k] == v for k, v in conditions.items()):
            yield r


def field(records, name):
    for r in records:
        yield r[name]


def window(values, size):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


def group_by(records, key):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    return groups


errors = []
records = list(parse(read_lines(LOG), errors))
print(len(records), "records; unparseable lines:", errors)
print("api latencies:", list(field(where(records, service="api"), "ms")))
print("errors:", [(r["time"], r["what"]) for r in where(records, level="ERROR")])
print("db errors:", [r["line"] for r in where(records, level="ERROR", service="db")])
print("moving avg (3):", [round(sum(w) / 3, 1) for w in window(field(records, "ms"), 3)])
for service, rs in group_by(records, "service").items():
    ms = [r["ms"] for r in rs]
    print(f"{service}: n={len(rs)} total={sum(ms)}ms max={max(ms)}ms levels={sorted({r['level'] for r in rs})}")

# Laziness: each stage pulls one item at a time.
trace = []


def traced(stage, items):
    for it in items:
        trace.append(f"{stage}:{it}")
        yield it


pipe = traced("c", (x * 10 for x in traced("b", (x for x in traced("a", range(3)) if x != 1))))
print(next(pipe), trace)
print(list(pipe), trace)

# Generators can be consumed only once.
slow = where(records, level="INFO")
print(sum(1 for _ in slow), sum(1 for _ in slow))
