# `from module import *`: __all__ when the module defines it, else its public names
# (fn_hunt_star package).
from fn_hunt_star import *
from fn_hunt_star.units import *

print(area_of(Circle(1)), area_of(Square(3)), scaled(4), hyp(3, 4), SCALE, sqrt(16))
print(registry, units.registry is registry)
try:
    print(UNLISTED)
except NameError as e:
    print("NameError:", e)
try:
    print(_HIDDEN)
except NameError as e:
    print("NameError:", e)
try:
    print(NEVER)
except NameError as e:
    print("NameError:", e)
