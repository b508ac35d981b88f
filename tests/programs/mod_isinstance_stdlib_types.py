# isinstance with the classes of datetime, fractions, decimal, pathlib and collections.
from datetime import date, datetime, timedelta, time
from fractions import Fraction
from decimal import Decimal
from pathlib import Path
from collections import Counter, deque, OrderedDict
class date2: pass
print(isinstance(date(2024, 5, 17), date), isinstance(datetime(2024, 1, 1), date), isinstance(date(2024, 1, 1), datetime))
print(isinstance(timedelta(1), timedelta), isinstance(time(1), time), isinstance(Fraction(1, 2), Fraction), isinstance(Decimal(1), Decimal))
print(isinstance(Path("x"), Path), isinstance(Counter(), Counter), isinstance(deque(), deque), isinstance(date2(), date), isinstance(1, Fraction))
print(isinstance(Fraction(1), (int, Fraction)), isinstance(OrderedDict(), dict), isinstance(Counter(), dict))
