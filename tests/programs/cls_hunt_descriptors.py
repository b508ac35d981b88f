class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)


class Range(Typed):
    def __init__(self, lo, hi, default=None):
        super().__init__((int, float), default)
        self.lo, self.hi = lo, hi

    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.name}={value} out of [{self.lo}, {self.hi}]")


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value


class Counter:
    """Counts accesses through a non-data descriptor."""
    def __get__(self, obj, cls):
        if obj is None:
            return 0
        obj._hits = getattr(obj, "_hits", 0) + 1
        return obj._hits


class Product:
    name = Typed(str, "?")
    price = Range(0, 10_000, 0)
    qty = Range(0, 100, 1)
    hits = Counter()

    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty

    @Lazy
    def total(self):
        print("  computing total")
        return self.price * self.qty


class Record:
    _fields = ("a", "b")

    def __init__(self, **kw):
        object.__setattr__(self, "_data", {})
        for k, v in kw.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self._data.get(key)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}") from None

    def __setattr__(self, name, value):
        if name not in self._fields:
            raise AttributeError(f"cannot set {name!r}")
        self._data[name] = value

    def __delattr__(self, name):
        del self._data[name]

    def __dir__(self):
        return sorted(self._fields)


class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


p = Product("widget", 25, 4)
print(p.name, p.price, p.qty, Product.name.name, type(Product.price).__name__)
print(p.total, p.total, "total" in p.__dict__)
print(p.hits, p.hits, p.hits, Product.hits)
for bad in [("price", -1), ("price", "x"), ("qty", 101), ("name", 5)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del p.qty
print(p.qty, sorted(k for k in vars(p)))
p2 = Product("gadget", 3.5)
print(p2.price, p2.qty, p2.total)
r = Record(a=1, b=2)
print(r.a, r.b, r.get_a(), r.get_zz())
try:
    r.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.missing
except AttributeError as e:
    print("AttributeError:", e)
del r.a
print(hasattr(r, "a"), hasattr(r, "b"), getattr(r, "a", "dflt"), dir(r))
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
try:
    Product.hits = 5
    print(Product.hits, p.hits)
except Exception as e:
    print(type(e).__name__)
