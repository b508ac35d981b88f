"""Validating descriptors with __set_name__, __get__, __set__, __delete__."""


class Validator:
    count = 0

    def __init__(self, *, default=None):
        Validator.count += 1
        self.default = default
        self.public = None
        self.private = None

    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r}) for {type(self).__name__}")
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"deleting {self.public}")
        delattr(obj, self.private)

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.public}>"


class Number(Validator):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValueError(f"{self.public} must be >= {self.lo}, got {value!r}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"{self.public} must be <= {self.hi}, got {value!r}")
        return value


class String(Validator):
    def __init__(self, maxlen=10, **kw):
        super().__init__(**kw)
        self.maxlen = maxlen

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.public} must be str")
        if len(value) > self.maxlen:
            raise ValueError(f"{self.public} too long ({len(value)} > {self.maxlen})")
        return value.strip()


class ReadOnly:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v


class Product:
    name = String(maxlen=12)
    price = Number(lo=0)
    qty = Number(lo=0, hi=1000, default=0)

    def __init__(self, name, price, qty=None):
        self.name = name
        self.price = price
        if qty is not None:
            self.qty = qty

    @ReadOnly
    def total(self):
        print("  computing total")
        return self.price * self.qty

    def __repr__(self):
        return f"Product({self.name!r}, {self.price!r}, {self.qty!r})"


p = Product("  widget ", 2.5, 4)
print(p, p.total, p.total, sorted(vars(p)))
q = Product("gadget", 10)
print(q, q.qty, Product.price, Product.qty.lo, Validator.count)
for bad in [lambda: Product("x" * 20, 1), lambda: Product("ok", -1), lambda: Product("ok", "1"),
            lambda: Product("ok", 1, 5000), lambda: Product(3, 1), lambda: setattr(q, "qty", True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
q.qty = 3
del q.qty
print(q.qty, "_qty" in vars(q))
q.qty = 7
print(q.total, q.__dict__)
print(type(Product.__dict__["name"]).__name__, Product.__dict__["total"].fn.__name__)


class Sub(Product):
    price = Number(lo=100)


print(Sub("big", 150), Sub.qty is Product.qty)
del q.qty
del q.qty
