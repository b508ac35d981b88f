import functools


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_calls", [])

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            @functools.wraps(attr)
            def wrapper(*args, **kwargs):
                self._calls.append(name)
                return attr(*args, **kwargs)
            return wrapper
        return attr

    def __setattr__(self, name, value):
        self._calls.append("set:" + name)
        setattr(self._target, name, value)

    def __len__(self):
        return len(self._target)

    def __getitem__(self, i):
        return self._target[i]


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        functools.update_wrapper(self, fn)

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(reversed(terms)) or "0"

    def __add__(self, other):
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Polynomial(*[x + y for x, y in zip(a, b)])

    def __mul__(self, other):
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    def __eq__(self, other):
        return self.coeffs == other.coeffs

    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Math:
    @Memo
    def square(self, x):
        return x * x


p = Proxy([3, 1, 2])
p.append(5)
p.sort()
print(p._target, len(p), p[0], p._calls, p.count(5))
p.extra = 1 if False else None
try:
    p.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(fib(60), len(fib.cache), fib.__name__, callable(fib), callable(p))
m = Math()
print(m.square(7), m.square(7), Math.square.__name__)
q = Polynomial(1, 2, 3)
r = Polynomial(0, 1)
print(q, r, q(2), (q + r)(1), q * r, (q * r).derivative(), q == Polynomial(1, 2, 3))
print(list(map(q, range(4))), sorted([q, r, q * r], key=lambda f: f(1)))
adders = [functools.partial(lambda a, b: a + b, i) for i in range(3)]
print([f(10) for f in adders], functools.reduce(lambda a, b: a * b, [Polynomial(1, 1)] * 3))
