# enum boundary= (FlagBoundary STRICT/CONFORM/EJECT/KEEP) and the defaults of Flag and IntFlag.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class F(Flag):
    A=1
    B=2
print(F._boundary_, IntFlag._boundary_)
try: print(repr(F(7)))
except Exception as e: print(type(e).__name__, e)
class S(Flag, boundary=STRICT):
    A=1
    B=4
try: print(S(2))
except Exception as e: print(type(e).__name__, e)
try: print(S(7))
except Exception as e: print(type(e).__name__, e)
class C(Flag, boundary=CONFORM):
    A=1
    B=4
print(repr(C(7)), repr(C(2)), repr(C(0)), C(-1))
class E(Flag, boundary=EJECT):
    A=1
    B=4
print(repr(E(7)), repr(E(5)), type(E(7)), E(-1))
class K(Flag, boundary=KEEP):
    A=1
    B=4
print(repr(K(7)), repr(K(2)), K(7), ~K.A, repr(~K(2)), K(7)|K.A, K(-1))
class KI(IntFlag, boundary=STRICT):
    A=1
try: print(KI(3))
except Exception as e: print(type(e).__name__, e)
class KC(IntFlag, boundary=CONFORM):
    A=1
    B=2
print(repr(KC(7)))
class KE(IntFlag, boundary=EJECT):
    A=1
print(repr(KE(7)), type(KE(7)))
print(repr(S.A | S.B), repr(~S.A))
print(STRICT, repr(STRICT), type(STRICT), list(FlagBoundary), STRICT == "strict")
print(K._boundary_ is KEEP, C._boundary_, repr(F._boundary_))
