# A package (lib/geo) whose modules use relative imports (`from .vector import Vec`,
# `from ..textutil import fmt_num`, `from . import vector`).
from lib.geo import Vec, Polygon, regular
from lib.geo import polygon as poly_mod
import lib.geo.vector

a, b = Vec(1, 2), Vec(3.5, -1)
print(a + b, a - b, a.cross(b), a == Vec(1, 2))
print(lib.geo.vector.Vec is Vec, poly_mod.Vec is Vec, poly_mod.vector is lib.geo.vector)

square = regular(4, 3)
tri = regular(3, 2)
print(square, square.perimeter())
print(tri, round(tri.perimeter(), 6))
house = Polygon([(0, 0), (4, 0), (4, 3), (2, 5), (0, 3)])
print(house, house.points[3])
print(sorted([square, tri, house], key=Polygon.area))
for bad in [lambda: Polygon([(0, 0), (1, 1)]), lambda: regular(6, 1)]:
    try:
        bad()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
import lib.geo as geo
print(geo.__all__, type(geo.regular(3, 1)).__module__)
