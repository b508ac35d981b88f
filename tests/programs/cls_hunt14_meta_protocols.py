from abc import ABCMeta


class Registry(type):
    """Classes made by Registry can be iterated, counted and indexed."""
    _members = []

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        cls.order = len(mcs._members)
        mcs._members.append(cls)
        return cls

    def __iter__(cls):
        return iter([m for m in type(cls)._members if issubclass(m, cls)])

    def __len__(cls):
        return sum(1 for _ in cls)

    def __getitem__(cls, i):
        return list(cls)[i]

    def __repr__(cls):
        return f"<Registered {cls.__name__} #{cls.order}>"

    def __contains__(cls, other):
        return other in list(cls)

    @property
    def label(cls):
        return cls.__name__.lower()

    @label.setter
    def label(cls, v):
        print("setting label of", cls.__name__, "to", v)
        cls._label = v

    @classmethod
    def count(mcs):
        return len(mcs._members)

    @staticmethod
    def helper(x):
        return x * 2


class Animal(metaclass=Registry):
    def __init_subclass__(cls, sound="...", **kw):
        print("init_subclass", cls.__name__, sound, kw)
        super().__init_subclass__(**kw)
        cls.sound = sound


class Dog(Animal, sound="woof"):
    pass


class Cat(Animal, sound="meow"):
    pass


class Puppy(Dog):
    pass


print(Animal, Dog, repr(Cat), str(Puppy))
print(list(Animal), len(Animal), len(Dog), Animal[1], Dog in Animal, Cat in Dog)
print([c.sound for c in Animal if c is not Animal])
print(Animal.label, Puppy.label, Registry.count(), Animal.count(), Dog.helper(21))
Dog.label = "doggo"
print(Dog._label, Dog.label)
print(f"{Dog!r} and {Cat}")
print(bool(Animal), bool(Puppy))
print(type(Dog) is Registry, isinstance(Dog, type), isinstance(Dog(), Animal))
print(Registry.__name__, Registry.__doc__, type(Registry))


class Meta2(Registry):
    def __call__(cls, *a, **k):
        print("Meta2 call", cls.__name__, a, k)
        inst = super().__call__(*a, **k)
        inst.made_by = "Meta2"
        return inst


class Robot(metaclass=Meta2):
    def __init__(self, n):
        self.n = n


r = Robot(5)
print(r.n, r.made_by, type(Robot).__name__, Robot.order, isinstance(Robot, Registry))

try:
    class Both(Animal, metaclass=ABCMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class Checker(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Checker):
    pass


class Mallard:
    def quack(self):
        return "Quack"


print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))


class Tracked(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        print("Tracked.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        cls.fields = [k for k, v in ns.items() if isinstance(v, int)]


class Rec(metaclass=Tracked):
    a = 1
    b = "x"
    c = 3

    def total(self):
        return sum(getattr(self, f) for f in type(self).fields)


print(Rec.fields, Rec().total())
