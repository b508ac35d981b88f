# A log analyser reading stdin: re with named groups, Counter arithmetic, defaultdict,
# OrderedDict, namedtuple; ends with a failing assert.
import re
import sys
from collections import Counter, defaultdict, OrderedDict, namedtuple

LINE = re.compile(r"^(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) \[(?P<level>[A-Z]+)\] (?P<svc>[\w.-]+): (?P<msg>.*)$")
Entry = namedtuple("Entry", "ts level svc msg")

def parse(stream):
    bad = 0
    for lineno, raw in enumerate(stream, 1):
        raw = raw.rstrip("\n")
        if not raw.strip():
            continue
        m = LINE.match(raw)
        if m is None:
            bad += 1
            print(f"skip line {lineno}: {raw[:20]!r}")
            continue
        yield Entry(**m.groupdict())
    print("bad lines:", bad)

entries = list(parse(sys.stdin))
print(len(entries), "entries")
levels = Counter(e.level for e in entries)
print(levels.most_common())
print(sorted(levels.elements())[:5])
by_svc = defaultdict(list)
for e in entries:
    by_svc[e.svc].append(e)
for svc, es in sorted(by_svc.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    errs = sum(1 for e in es if e.level == "ERROR")
    print(f"{svc:<12}|{len(es):>3}|{errs:^5}|{errs / len(es):6.1%}")
durations = [int(m.group(1)) for e in entries for m in [re.search(r"took (\d+)ms", e.msg)] if m]
print("durations", durations, "avg", sum(durations) / len(durations))
ips = Counter(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", " ".join(e.msg for e in entries)))
print(ips)
hourly = OrderedDict()
for e in entries:
    hour = e.ts[11:13]
    hourly.setdefault(hour, Counter())[e.level] += 1
for h, c in hourly.items():
    print(h, dict(c), sum(c.values()))
hourly.move_to_end(next(iter(hourly)))
print(list(hourly))
words = Counter(w.lower() for e in entries for w in re.split(r"\W+", e.msg) if len(w) > 3)
print(words.most_common(4))
print(re.sub(r"(\d+)ms", lambda m: f"{int(m.group(1)) / 1000:.3f}s", entries[2].msg))
users = {m["user"] for e in entries if (m := re.search(r"user=(?P<user>\w+)", e.msg))}
print(sorted(users))
print((levels - Counter(INFO=100)), levels & Counter(ERROR=1, WARN=5), levels | Counter(DEBUG=9))
first_err = next((e for e in entries if e.level == "ERROR"), None)
print(first_err._replace(msg="<redacted>"), first_err._asdict()["svc"])
crit = [e for e in entries if e.level == "CRITICAL"]
assert not crit, f"critical entries found: {len(crit)}"
