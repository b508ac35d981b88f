import datetime
from datetime import date, time, datetime as dt

t = time(10, 30)
print(repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5)), t, time(1, 2, 3, 4), t.isoformat("seconds"), t.isoformat(timespec="milliseconds"))
print(hash(t), t < time(11), t == time(10, 30), bool(time()), sorted([time(9), t, time(0, 1)]), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(dt.combine(date(2024, 1, 5), t), dt(2024, 1, 5, 1, 2, 3, 4).time(), t.strftime("%H:%M %p %Y %j %a"), f"{t:%I%M}", time.fromisoformat("10:30:15.5"), t.replace(minute=0))
print(datetime.time(23, 59, 59, 999999), dt.combine(dt(2020, 2, 2, 5), time(7)), {t: 1}[time(10, 30)])
for s in ["T10:30", "1030", "10", "10:30:15.1234567", "x"]:
    try:
        print(repr(time.fromisoformat(s)))
    except ValueError as e:
        print(e)
try:
    time(24)
except ValueError as e:
    print(e)
try:
    t + 1
except TypeError as e:
    print(e)
try:
    t < date(2024, 1, 1)
except TypeError as e:
    print(e)
