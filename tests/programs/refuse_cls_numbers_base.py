# Subclassing a numbers ABC needs its mixin methods (Real.__complex__, Integral.__index__,
# ...), which molt does not implement: refused at compile time.
import numbers


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


print(complex(Meters(2)))
