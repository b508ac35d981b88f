from datetime import date, datetime, timedelta, time
import calendar

d = date(2024, 2, 28)
for i in range(3):
    x = d + timedelta(days=i)
    print(x, x.strftime("%a %b %d %Y %j %U %W"), x.weekday(), x.isocalendar())
print(date(2024, 12, 31) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
dt = datetime(2023, 11, 5, 14, 30, 15, 250000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"), dt.date(), dt.time())
print(dt.strftime("%Y/%m/%d %H:%M:%S.%f %p %I %y %B %A %%"), f"{dt:%d.%m.%Y}", format(dt, "%H:%M"))
print(datetime.strptime("2021-07-04 09:05", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/2021:09:05:01", "%d/%b/%Y:%H:%M:%S"))
print(datetime.fromisoformat("2022-01-02T03:04:05"), date.fromisoformat("2020-02-29"), date.fromordinal(738000), date(2020, 1, 1).toordinal())
delta = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1500)
print(delta, repr(delta), delta.total_seconds(), delta.days, delta.seconds, delta.microseconds)
print(timedelta(seconds=-1), timedelta(days=-1, hours=3), -timedelta(hours=5), abs(timedelta(hours=-5)), timedelta(weeks=2) // timedelta(days=3), timedelta(hours=7) / 2, timedelta(minutes=90) % timedelta(hours=1))
print(timedelta(hours=1) * 2.5, timedelta(1) > timedelta(hours=23), timedelta(0) == timedelta(), bool(timedelta(0)))
start = datetime(2024, 1, 31, 23, 59)
print(start + timedelta(minutes=2), start - timedelta(days=31), start.replace(year=2023, day=1), start > datetime(2024, 1, 1))
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1]) if False else min(d.day, [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return d.replace(year=y, month=m, day=day)
for n in range(1, 5):
    print(add_months(date(2024, 1, 31), n))
birthdays = {"ann": date(1990, 5, 17), "bob": date(1985, 12, 1), "cy": date(2000, 2, 29)}
today = date(2024, 6, 1)
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(f"{name:4} {b:%d %b %Y} age {age}")
t = time(9, 30)
print(t, t.hour, t.minute, t.isoformat(), t.strftime("%I:%M %p"), time(23, 59, 59, 999999), t < time(10))
print(datetime.combine(date(2024, 3, 10), t), date.max, date.min, datetime(2024, 1, 1).timestamp() if False else "")
print(d.year, d.month, d.day, d.replace(day=1), date(2024, 3, 1) - timedelta(days=1), d.ctime(), d.isoweekday())
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 2)]), max(dt, datetime(2030, 1, 1)))
print(hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)), {date(2024, 1, 1): "x"}[date(2024, 1, 1)])
week = [date(2024, 7, 1) + timedelta(days=k) for k in range(7)]
print([w.strftime("%a") for w in week], [w.day for w in week if w.weekday() < 5])
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(str(timedelta(days=365 * 30 + 7, seconds=45296)), str(timedelta(microseconds=10)))
