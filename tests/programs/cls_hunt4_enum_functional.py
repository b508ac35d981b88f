from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT), Animal(2), Animal['ANT'], len(Animal))
A2 = Enum('A2', ['X', 'Y'], start=10)
print(A2.X, A2.Y.value, list(A2))
A3 = Enum('A3', 'R, G,B')
print(list(A3))
A4 = Enum('A4', [('LOW', 1), ('HIGH', 5)])
print(list(A4), A4(5))
A5 = Enum('A5', {'ON': True, 'OFF': False})
print(list(A5), A5.ON.value)
P = IntEnum('P', 'ONE TWO THREE')
print(P.TWO + 1, P.THREE > P.ONE, repr(P.ONE), str(P.TWO), P(3))
F = Flag('F', 'R W X')
print(list(F), F.R | F.X, repr(F.W | F.X), F(3))
I = IntFlag('I', 'A B C')
print(I.A | I.C, repr(I.B), int(I.C))
S = StrEnum('S', 'ALPHA BETA')
print(list(S), S.ALPHA == 'alpha', repr(S.BETA))
M = Enum('M', 'A B', type=int)
print(repr(M.A), M.B + 1)
Q = Enum('Q', 'A B', qualname='Outer.Q')
print(Q, Q.__qualname__, Q.__name__, Q.__module__)
print(isinstance(Animal.ANT, Animal), isinstance(Animal.ANT, Enum), Animal.__name__, Animal)
class Base(Enum):
    def describe(self):
        return f"{self.name.lower()}:{self.value}"
Col = Base('Col', 'RED GREEN')
print(Col.GREEN.describe(), [c.describe() for c in Col])
try:
    Animal('Sub', 'Z')
except TypeError as e:
    print("TE", e)
try:
    Enum('Bad', [('A', 1, 2)])
except ValueError as e:
    print("VE", e)
try:
    Animal()
except TypeError as e:
    print("TE", e)
try:
    Animal(7)
except ValueError as e:
    print("VE", e)
class E(Enum):
    A = 5
    B = 7
    C = auto()
print(list(E))
