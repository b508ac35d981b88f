import time
from datetime import date

t = time.gmtime(1704412800.9)
print(t, t[0], t[-1], len(t), t.tm_year, t.tm_yday, t.tm_zone, list(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %z %Z %a %j %U %W %G %V %u %c", t))
print(time.asctime(t), time.mktime(t), time.gmtime(-1.5), time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.strftime("%Y %a %A %d %j", (2024, 1, 5, 0, 0, 0, 0, 1, 0)), time.strftime("%m/%d", (2024, 0, 0, 0, 0, 0, 6, 0, 0)))
print(time.strftime("%d %b", (2024, 2, 31, 23, 59, 61, 2, 366, 0)))
print(time.localtime(86400 * 366), time.ctime(0), time.mktime((2024, 1, 32, 0, 0, 0, 0, 0, 0)), time.mktime((2023, 13, 1, 25, 0, 0, 0, 0, 0)))
for y in [2019, 2020, 2021, 2024, 2026]:
    for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        d = date(y, md[0], md[1])
        tt = time.gmtime((d.toordinal() - 719163) * 86400)
        print(time.strftime("%G-%V-%u %U %W", tt), d.strftime("%G-%V-%u %U %W"), d.isocalendar())
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print(e)
try:
    time.strftime("%Y", (2024, 1))
except TypeError as e:
    print(e)
now = time.localtime()
print(type(now).__name__, len(now), now.tm_year >= 2024, time.strftime("%Y") == str(now.tm_year) or True)
