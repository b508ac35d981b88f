# date.timetuple() / datetime.timetuple(): a naive struct_time (tm_isdst -1, no zone).
import datetime
import time

dt = datetime.datetime(2024, 3, 10, 14, 30, 5)
t = dt.timetuple()
print(t)
print(t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_zone, t.tm_gmtoff, t[0], t[-1], len(t), tuple(t)[:3])
print(datetime.date(2023, 12, 31).timetuple(), datetime.date(2024, 12, 31).timetuple().tm_yday)
print(repr(time.strftime("%Y-%m-%d %H:%M %Z|%z|%j", t)), time.asctime(t))
print(repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime("%Z|%z", (2024, 1, 1, 0, 0, 0, 0, 1, -1))))
days = [datetime.date(2024, m, 1).timetuple().tm_yday for m in range(1, 13)]
print(days, t == tuple(t))
