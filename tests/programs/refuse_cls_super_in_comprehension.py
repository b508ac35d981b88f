# Zero-argument super() inside a comprehension binds the comprehension's iterator in
# Python 3.11 (not self): refused.
class A:
    def f(self):
        return "A"


class B(A):
    def g(self):
        return [super().f() for _ in range(2)]


print(B().g())
