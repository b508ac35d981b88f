# Multiple inheritance: C3 linearisation observed through method resolution and super().
class Base:
    def who(self):
        return ["Base"]

    def hello(self):
        return "hello from Base"


class Left(Base):
    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def who(self):
        return ["Right"] + super().who()

    def hello(self):
        return "hello from Right"


class Diamond(Left, Right):
    def who(self):
        return ["Diamond"] + super().who()


class Flipped(Right, Left):
    def who(self):
        return ["Flipped"] + super().who()


d = Diamond()
print(d.who())
print(d.hello())        # Left has no hello, so Right's comes before Base's
print(Flipped().who())
print([c.__name__ for c in Diamond.__mro__])
print([c.__name__ for c in Flipped.mro()])


# A deeper hierarchy from the classic C3 example.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

print(" ".join(c.__name__ for c in Z.__mro__))


# Mixins: each adds behaviour and calls super() so all run.
class Loggable:
    def save(self):
        return ["log"] + super().save()


class Validated:
    def save(self):
        return ["validate"] + super().save()


class Model:
    def save(self):
        return ["write"]


class User(Loggable, Validated, Model):
    pass


class Admin(Validated, Loggable, Model):
    def save(self):
        return ["admin"] + super().save()


print(User().save())
print(Admin().save())
print(isinstance(User(), Validated), issubclass(Admin, Loggable), issubclass(Model, Loggable))

# An inconsistent hierarchy is rejected when the class statement runs.
try:
    class Broken(Base, Left):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice(Base, Base):
        pass
except TypeError as e:
    print("TypeError:", e)
print("done")
