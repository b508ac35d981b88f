# Found by the stdlib hunt: iterator objects of itertools called through __next__/__iter__,
# Decimal.compare, and type(x) of stdlib objects compared with the module's class.
import itertools
import fractions
import decimal
import datetime
import array
from decimal import Decimal

c = itertools.cycle('ab')
print(c.__next__(), c.__next__(), c.__next__(), c.__iter__() is c)
n = itertools.count(10, 5)
print(n.__next__(), next(n), n.__next__())
r = itertools.repeat('x', 2)
print(r.__next__(), r.__next__())
try:
    r.__next__()
except StopIteration:
    print('stop')
ch = itertools.chain([1], [2])
print([ch.__next__(), ch.__next__()], list(ch))
print(hasattr(itertools.count(), '__next__'), hasattr(itertools.count(), 'nope'))

print(Decimal('1.5').compare(Decimal('2')), Decimal('2').compare(2), Decimal('2.0').compare(Decimal('2')))
print(Decimal('-0').compare(Decimal('0')), Decimal('NaN').compare(Decimal('1')), Decimal('Infinity').compare(10**50))
try:
    Decimal('1').compare(1.5)
except TypeError as e:
    print('TypeError', e)

f = fractions.Fraction(1, 2)
d = datetime.date(2024, 1, 2)
dt = datetime.datetime(2024, 1, 2, 3, 4)
td = datetime.timedelta(days=1)
a = array.array('b', [1])
print(type(f) is fractions.Fraction, type(f) == fractions.Fraction, type(Decimal(1)) is decimal.Decimal)
print(type(d) is datetime.date, type(dt) is datetime.date, type(dt) is datetime.datetime, type(td) == datetime.timedelta)
print(type(a) is array.array, array.ArrayType is array.array, type(f).__name__, type(dt).__name__, type(a).__name__)
print(type(f), type(d), type(a))
kinds = {fractions.Fraction: 'fraction', datetime.date: 'date', array.array: 'array'}
for x in [f, d, a, dt]:
    print(kinds.get(type(x), 'other'))
