# Hunt: methods of stdlib objects as values and stdlib classes as callables.
from collections import Counter, deque, defaultdict
from decimal import Decimal
from fractions import Fraction
import datetime
c = Counter("aab")
print(hasattr(c, "most_common"), hasattr(c, "total"), hasattr(c, "nope"))
m = c.most_common
print(m(1))
dq = deque()
getattr(dq, "append")(3)
print(dq, callable(Decimal), callable(Fraction), callable(datetime.date))
d = defaultdict(Fraction)
d["x"] += 1
print(d)
print(list(map(Decimal, ["1.5", "2"])), sorted(["1.10", "1.9"], key=Decimal))
