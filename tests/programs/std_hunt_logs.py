import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
2024-03-01 10:15:32 INFO  [web] GET /index.html 200 512
2024-03-01 10:15:33 INFO  [web] GET /about.html 200 1024
2024-03-01 10:16:01 WARN  [db] slow query took 1532ms
2024-03-01 10:17:45 ERROR [web] GET /missing 404 0
2024-03-01 10:18:00 INFO  [web] POST /login 302 128
2024-03-01 11:02:12 ERROR [auth] invalid token for user=alice
2024-03-01 11:05:59 INFO  [web] GET /index.html 200 512
2024-03-01 12:30:00 DEBUG [cache] hit ratio 0.93
2024-03-02 00:00:01 INFO  [cron] nightly job started
2024-03-02 00:45:10 ERROR [cron] job failed: exit code 3
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>\w+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
REQ = re.compile(r"(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)")

levels = Counter()
by_comp = defaultdict(list)
times = []
paths = Counter()
bytes_by_status = defaultdict(int)
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        print("unparsed:", line)
        continue
    levels[m.group("level")] += 1
    by_comp[m["comp"]].append(m.group("msg"))
    ts = datetime.strptime(m.group("date") + " " + m.group("time"), "%Y-%m-%d %H:%M:%S")
    times.append(ts)
    r = REQ.search(m.group("msg"))
    if r:
        method, path, status, size = r.groups()
        paths[(method, path)] += 1
        bytes_by_status[int(status)] += int(size)

print("levels:", levels.most_common())
print("levels dict:", dict(sorted(levels.items())))
for comp in sorted(by_comp):
    print(f"{comp:>6}: {len(by_comp[comp])} -> {by_comp[comp][0][:30]!r}")
print("top paths:", paths.most_common(2))
print("bytes:", sorted(bytes_by_status.items()))
span = max(times) - min(times)
print("span:", span, span.total_seconds(), span.days, span.seconds)
gaps = [b - a for a, b in zip(times, times[1:])]
biggest = max(gaps)
print("biggest gap:", biggest, "at", times[gaps.index(biggest)].isoformat())
print("first:", times[0].strftime("%A %d %B %Y, %I:%M %p"), times[0].weekday(), times[0].isoweekday())
per_hour = Counter(t.replace(minute=0, second=0) for t in times)
for hour, n in sorted(per_hour.items()):
    print(hour.strftime("%Y-%m-%d %H:00"), "#" * n)
errors = [l for l in LOG.splitlines() if " ERROR " in l]
print(len(errors), re.findall(r"user=(\w+)", LOG), re.sub(r"\d+ms", "<dur>", LOG.splitlines()[2]))
print(re.split(r"\s*\[|\]\s*", errors[0]))
cutoff = times[0] + timedelta(hours=1, minutes=30)
print("before cutoff:", sum(1 for t in times if t < cutoff), cutoff)
print(Counter(w.lower() for l in LOG.splitlines() for w in re.findall(r"[A-Za-z]+", l)).most_common(5))
tokens = re.finditer(r"(?P<k>\w+)=(?P<v>\w+)", LOG)
print([(m.start(), m.group("k"), m.groupdict()) for m in tokens])
print((levels + Counter(INFO=1)) - Counter(ERROR=10), levels & Counter(INFO=2, WARN=5))
