# calendar: leap years, weekdays, month ranges and grids, names, the text month.
import calendar

print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 2000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(1, 1, 1), calendar.weekday(10000, 3, 1))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2024, 12)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.monthcalendar(2024, 9))
print(calendar.month_name[1], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6])
print(list(calendar.month_name)[:4], len(calendar.month_abbr), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
print(calendar.month(2024, 2))
print(repr(calendar.month(2021, 1, w=3, l=2)))
calendar.prmonth(1999, 12)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0])
print(calendar.month(2024, 3, 4))
calendar.setfirstweekday(0)
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
for m in range(1, 13):
    first, n = calendar.monthrange(2025, m)
    print(f"{calendar.month_abbr[m]}: starts {calendar.day_abbr[first]}, {n} days")
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print("ValueError:", e)
calendar.monthrange(2024, 0)
