def greet(name: str, greeting: str = "Hello", *, punct: str = "!") -> str:
    """Greet someone."""
    return f"{greeting}, {name}{punct}"

print(greet.__name__, greet.__qualname__, greet.__module__)
print(greet.__doc__)
print(greet.__defaults__, greet.__kwdefaults__)
print(1)

def plain(a, b):
    return a + b
print(plain.__defaults__, plain.__kwdefaults__, plain.__doc__)

sq = lambda x, y=2: x ** y
print(sq.__name__, sq.__qualname__, sq.__defaults__, sq.__doc__)

def outer():
    def inner(z: int = 3) -> int:
        "inner doc"
        return z
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__defaults__, f.__doc__)

class Account:
    """A bank account."""
    rate: float = 0.01
    owner: str

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: float) -> None:
        """Deposit money."""
        self.balance += amount

    @classmethod
    def empty(cls, owner="nobody"):
        "Make an empty account."
        return cls(owner)

    @staticmethod
    def validate(x: float) -> bool:
        return x > 0

    class Meta:
        """Inner meta."""
        class Deeper:
            pass

print(Account.__doc__, Account.__name__, Account.__qualname__)
print(Account.__annotations__)
print(Account.deposit.__qualname__, Account.deposit.__doc__)
print(Account.__init__.__defaults__, Account.__init__.__qualname__)
print(Account.empty.__qualname__, Account.empty.__doc__, Account.empty.__defaults__)
print(Account.validate.__qualname__)
a = Account("x")
print(a.deposit.__name__, a.deposit.__qualname__, a.deposit.__doc__)
print(Account.Meta.__name__, Account.Meta.__qualname__, Account.Meta.__doc__)
print(Account.Meta.Deeper.__qualname__, Account.Meta.Deeper.__doc__)
print(Account.Meta.__module__, Account.__module__)

class Base: pass
class Mixin: pass
class Child(Base, Mixin): pass
print(Child.__bases__, Base.__bases__)
print(Child.__mro__)
print([c.__name__ for c in Child.mro()])
print(Child.__doc__)
def mk():
    class Local:
        def m(self): pass
    return Local
L = mk()
print(L.__qualname__, L.m.__qualname__, L.__name__)
