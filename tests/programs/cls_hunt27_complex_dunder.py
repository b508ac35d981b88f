# complex(obj) runs the object's __complex__ (then __float__, then __index__) for the
# real part; the imaginary part takes numbers only.


class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __complex__(self):
        return complex(self.x, self.y)


class BadComplex:
    def __complex__(self):
        return 5


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Both(F):
    def __complex__(self):
        return 3j


class Plain:
    pass


print(complex(V(1, 2)), complex(F()), complex(I()), complex(Both()))
print(complex(V(1, 2), 1), complex(F(), F()), complex(V(0, -1)) * 2)
print(abs(complex(V(3, 4))), complex(V(1.5, 0)).real)
for args in [(BadComplex(),), (Plain(),), (1, Plain()), (V(1, 1), V(1, 1)), ([],)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print("TypeError:", e)
complex(Plain())
