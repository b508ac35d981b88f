from abc import ABC, abstractmethod
import functools

class Animal(ABC):
    @property
    @abstractmethod
    def sound(self): ...
    @classmethod
    @abstractmethod
    def kind(cls): ...
    def speak(self):
        return f"{self.kind()} says {self.sound}"

class Dog(Animal):
    @property
    def sound(self):
        return "woof"
    @classmethod
    def kind(cls):
        return cls.__name__.lower()

class Puppy(Dog):
    sound = "yip"

print(Dog().speak(), Puppy().speak(), Puppy.sound)
try:
    class Cat(Animal):
        @property
        def sound(self):
            return "meow"
    Cat()
except TypeError as e:
    print(e)

def logged(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kw):
        print(f"-> {fn.__qualname__}{args}")
        return fn(self, *args, **kw)
    return wrapper

def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Pt:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @logged
    def shift(self, dx, dy=0):
        return Pt(self.x + dx, self.y + dy)

p = Pt(1, 2).shift(3, dy=1)
print(p, Pt.shift.__name__, Pt.shift.__qualname__, Pt.shift.__wrapped__.__name__)

Dyn = type("Dyn", (Pt,), {"fields": ("x", "y", "z"), "z": 9, "norm": lambda self: self.x + self.y + self.z})
d = Dyn(1, 1)
print(d, d.norm(), Dyn.__name__, Dyn.__bases__, Dyn.__mro__)

class Wide:
    def __init__(self):
        self.hits = 0
    def __getattribute__(self, name):
        if name.startswith("v_"):
            return name[2:] * 2
        return object.__getattribute__(self, name)
w = Wide()
print(w.v_ab, w.hits)
Animal()
