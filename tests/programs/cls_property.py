# @property with getter, setter and deleter; validation; computed and read-only properties.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance       # goes through the setter
        self.audit = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, int):
            raise TypeError(f"balance must be int, not {type(value).__name__}")
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        if hasattr(self, "audit"):
            self.audit.append((self._balance, value))
        self._balance = value

    @balance.deleter
    def balance(self):
        self.audit.append(("closed", self._balance))
        self._balance = 0

    @property
    def owner_upper(self):
        return self.owner.upper()


acct = Account("ann", 10)
print(acct.balance, acct.owner_upper)
acct.balance += 15
acct.balance = acct.balance * 2
print(acct.balance, acct.audit)
for bad in (-5, 2.5, "100"):
    try:
        acct.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(acct.balance)
del acct.balance
print(acct.balance, acct.audit)
try:
    acct.owner_upper = "X"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del acct.owner_upper
except AttributeError as e:
    print("AttributeError:", e)
try:
    Account("bob", -1)
except ValueError as e:
    print("ValueError:", e)


# A lazily computed, cached property implemented by hand.
class Circle:
    def __init__(self, r):
        self._r = r
        self._area = None
        self.computations = 0

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, r):
        self._r = r
        self._area = None

    @property
    def area(self):
        if self._area is None:
            self.computations += 1
            self._area = round(3.14159 * self._r ** 2, 3)
        return self._area


c = Circle(2)
print(c.area, c.area, c.computations)
c.radius = 3
print(c.area, c.area, c.computations)

# Property objects live on the class.
print(type(Account.balance).__name__, Account.balance.fget.__name__)
print(isinstance(Account.__dict__["owner_upper"], property))


# property() called directly instead of as a decorator.
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def _get_f(self):
        return self.degrees * 9 / 5 + 32

    def _set_f(self, f):
        self.degrees = (f - 32) * 5 / 9

    fahrenheit = property(_get_f, _set_f, doc="temperature in F")


t = Celsius(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.degrees, Celsius.fahrenheit.__doc__)
