# @staticmethod and @classmethod: alternative constructors and subclass-aware factories.
class Date:
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    created = 0

    def __init__(self, year, month, day):
        if not Date.is_valid(year, month, day):
            raise ValueError(f"invalid date {year:04d}-{month:02d}-{day:02d}")
        self.year, self.month, self.day = year, month, day
        type(self).created += 1

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def is_valid(year, month, day):
        if not 1 <= month <= 12:
            return False
        limit = Date.DAYS[month - 1] + (1 if month == 2 and Date.is_leap(year) else 0)
        return 1 <= day <= limit

    @classmethod
    def parse(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def count(cls):
        return cls.created

    def day_of_year(self):
        return sum(self.DAYS[: self.month - 1]) + self.day + (
            1 if self.month > 2 and self.is_leap(self.year) else 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    @classmethod
    def parse(cls, text):
        d, m, y = (int(p) for p in text.split("/"))
        return cls(y, m, d)

    def __str__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"


print(Date.is_leap(2000), Date.is_leap(1900), Date.is_leap(2024), Date(2023, 1, 1).is_leap(2023))
d = Date.parse("2024-03-01")
print(d, d.day_of_year(), Date.parse("2023-12-31").day_of_year())
e = EuroDate.parse("29/02/2024")
print(repr(e), str(e), e.day_of_year(), type(e).__name__)
e2 = EuroDate.parse.__func__(Date, "1/1/2020")
print(repr(e2))
for text in ["2023-02-29", "2024-13-01", "2024-04-31", "2024-4-30"]:
    try:
        print(Date.parse(text))
    except ValueError as err:
        print("ValueError:", err)
print("created:", Date.count(), EuroDate.count(), Date.created, EuroDate.created)

# staticmethod and classmethod called through instances
print(d.is_valid(2021, 2, 28), e.count(), d.parse("2000-01-01"))

try:
    Date.parse("2024-xx-01")
except ValueError as err:
    print("ValueError:", err)

# Static methods stored in a dict as plain functions.
ops = {"leap": Date.is_leap, "valid": Date.is_valid}
print(ops["leap"](1996), ops["valid"](2020, 2, 30))
