class NoSuper(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg


e = NoSuper(404, "not found")
print(e.args, str(e), repr(e), e.code)


class Partial(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b


print(Partial(1).args, str(Partial(1, 5)), repr(Partial("x")))


class Cfg:
    FACTOR = 3
    squares = [x * x for x in range(4)]
    names = {n: len(n) for n in ("a", "bb")}

    class Inner:
        level = 2

        def depth(self):
            return self.level + 1

    def scaled(self):
        return [x * self.FACTOR for x in self.squares]


print(Cfg.squares, Cfg.names, Cfg.Inner().depth(), Cfg().scaled(), Cfg.Inner.__qualname__, Cfg.Inner.__name__)


class A:
    def __eq__(self, o):
        return True


class B(A):
    pass


class C:
    def __hash__(self):
        return 7


class D(C):
    def __eq__(self, o):
        return False


print(A.__hash__, B.__hash__ is None, hash(C()), D.__hash__)
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)


class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Bag(" + ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items())) + ")"


b = Bag(x=1, y="two")
b.z = [b] if False else 3
setattr(b, "w", 4.5)
print(b, getattr(b, "w"), sorted(b.__dict__), "x" in vars(b))
delattr(b, "x")
print(b, hasattr(b, "x"))


class Cat:
    sound = "meow"

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


class Dog:
    sound = "woof"

    def speak(self):
        return f"{type(self).__name__} says {self.sound}"


pet = Cat()
print(pet.speak(), Dog().speak())


class Typed:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Typed[int], Typed[str])


class Lst:
    def __init__(self):
        self.items = []

    def __repr__(self):
        return f"Lst({self.items!r})"


l = Lst()
l.items.append(l.items)
l.items.append(1)
print(l)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    @classmethod
    def reset(cls):
        cls.count = 0

    @staticmethod
    def describe():
        return f"{Counter.count} made"


[Counter() for _ in range(3)]
c = Counter()
print(c.id, c.describe(), Counter.describe())
Counter.reset()
print(Counter.count, c.count, Counter().id)
