# copy.copy / copy.deepcopy of date, datetime, time and timedelta values (alone and
# inside objects and containers): new, equal objects, as CPython's __reduce_ex__ gives.
import copy
from datetime import date, datetime, time, timedelta


class Loan:
    def __init__(self, title, due):
        self.title = title
        self.due = due
        self.history = [due - timedelta(days=7), due]


vals = [date(2024, 2, 29), datetime(1999, 12, 31, 23, 59, 58, 123456), time(7, 5, 3), timedelta(days=-3, seconds=5)]
for v in vals:
    c, d = copy.copy(v), copy.deepcopy(v)
    print(type(v).__name__, c == v, d == v, c is v, d is v, repr(d))
loan = Loan("Dune", date(2025, 1, 15))
twin = copy.deepcopy(loan)
twin.history.append(twin.due + timedelta(weeks=2))
print(loan.history, twin.history, twin.due == loan.due, twin.due is loan.due)
shallow = copy.copy(loan)
print(shallow.due is loan.due, shallow.history is loan.history)
nested = {"when": [datetime(2020, 5, 17, 12, 0), (date.min, date.max)]}
dn = copy.deepcopy(nested)
print(dn, dn == nested, dn["when"][1][0] is nested["when"][1][0])
print(copy.deepcopy(timedelta.max) == timedelta.max, copy.copy(time()) == time(0))
