import datetime
from datetime import date, datetime as dt, timedelta

d = date(2024, 1, 5)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.isoformat())
print(d.isocalendar(), date(2021, 1, 1).isocalendar(), date(2024, 12, 30).isocalendar(), d.isocalendar()[1], d.isocalendar().week)
print(d + timedelta(days=30), d - timedelta(days=5), d + timedelta(hours=47), timedelta(days=1) + d, d - date(2023, 1, 1), date(2024, 3, 1) - date(2024, 2, 1))
print(d < date(2024, 1, 6), d == date(2024, 1, 5), d != date(2024, 1, 5), max(d, date(2023, 12, 31)), sorted([date(2024, 2, 1), d, date(2020, 5, 5)]))
print(d.replace(year=2020), d.replace(month=2, day=29), date.fromordinal(738890), date.fromisoformat("2024-02-29"), date.fromisoformat("20240105"), date.fromisoformat("2024-W01-3"))
print(d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %w %y %G %V %u %e %C %D %F %%"), d.ctime(), f"{d:%d/%m/%Y}", format(d, ""), "{:%b %d}".format(d))
print(hash(d), hash(dt(2024, 1, 5, 10, 30, 1, 5)), hash(timedelta(1, 2, 3)), hash(d) == hash(date(2024, 1, 5)))

t = dt(2024, 1, 5, 13, 5, 9, 250)
print(t, repr(t), repr(dt(2024, 1, 5)), repr(dt(2024, 1, 5, 0, 0, 5)), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(t.isoformat(), t.isoformat(" "), t.isoformat(timespec="seconds"), t.isoformat(timespec="milliseconds"), t.isoformat(timespec="hours"), t.isoformat(timespec="minutes"), dt(2024, 1, 5).isoformat())
print(t.date(), t.weekday(), t.replace(hour=0, microsecond=0), t + timedelta(hours=12), t - timedelta(days=400), t - dt(2024, 1, 1), dt(2024, 1, 1) - t)
print(t.strftime("%H:%M:%S.%f %I %p %c %x %X %T %R %k %l %P"), t.ctime(), f"{t:%Y/%m/%d %H.%M}", str(t))
print(dt.fromisoformat("2024-01-05T10:30"), dt.fromisoformat("2024-01-05 10:30:15.123"), dt.fromisoformat("20240105T103015"), dt.fromisoformat("2024-01-05"), dt.fromisoformat("2024-01-05T10:30:15,25"))
print(t < dt(2025, 1, 1), t == dt(2024, 1, 5, 13, 5, 9, 250), d == dt(2024, 1, 5), dt.fromordinal(5), dt.utcfromtimestamp(0), dt.utcfromtimestamp(1700000000.5), dt(2024, 1, 5, 1, 2, 3).timestamp())
print(dt.fromtimestamp(86400 * 365), date.fromtimestamp(0))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(weeks=2), timedelta(hours=-1), repr(timedelta(hours=-1)), timedelta(microseconds=-1), timedelta(days=-2, seconds=30))
print(timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=0.5), timedelta(milliseconds=1.0000005), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(minutes=-0.25))
print(td * 2, 3 * td, td * 0.5, td / 2, td / 0.5, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), -td, abs(-td), +td)
print(timedelta(1) > timedelta(hours=23), timedelta(1) == timedelta(hours=24), bool(timedelta(0)), bool(timedelta(microseconds=1)), timedelta(seconds=7) / timedelta(seconds=2))
print(sum([timedelta(hours=5), timedelta(hours=20)], timedelta()), divmod(timedelta(hours=25), timedelta(hours=24)))
print(datetime.MINYEAR, datetime.MAXYEAR, datetime.date(1, 1, 1), date.max, timedelta.max, timedelta.min, timedelta.resolution, dt.min)
print(date(1, 1, 1).strftime("%Y|%C|%y|%F"), date(999, 3, 4).strftime("%Y %c"))
for args in [(0, 1, 1), (2024, 13, 1), (2023, 2, 29), (10000, 1, 1)]:
    try:
        date(args[0], args[1], args[2])
    except ValueError as e:
        print(e)
for s in ["2024-1-1", "2024-01-05T", "2024-01-05T25:00", "2024-13-01", "2024-W54", "x"]:
    try:
        dt.fromisoformat(s)
    except ValueError as e:
        print(e)
try:
    dt(2024, 1, 1, 24)
except ValueError as e:
    print(e)
try:
    date(2024, 1, 1.5)
except TypeError as e:
    print(e)
try:
    date(9999, 12, 31) + timedelta(1)
except OverflowError as e:
    print(e)
try:
    timedelta(days=1e9)
except OverflowError as e:
    print(e)
try:
    d < t
except TypeError as e:
    print(e)
try:
    d + 1
except TypeError as e:
    print(e)
try:
    timedelta(1) / 0
except ZeroDivisionError as e:
    print(e)
try:
    d - t
except TypeError as e:
    print(e)
