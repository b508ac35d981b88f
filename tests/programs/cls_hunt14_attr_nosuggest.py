class S:
    __slots__ = ("color",)
s = S()
try:
    del s.color
except AttributeError as e:
    print(e)
class P:
    pass
p = P()
p.colour = 1
try:
    del p.color
except AttributeError as e:
    print(e)
s.colour = 2
