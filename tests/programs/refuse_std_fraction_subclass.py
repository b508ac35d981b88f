# fractions.Fraction is a native object in molt: a class cannot extend it.
from fractions import Fraction


class Money(Fraction):
    pass


print(Money(1, 2))
