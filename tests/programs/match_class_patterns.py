# match: class patterns with positional (__match_args__) and keyword sub-patterns,
# builtin type patterns, dataclasses, OR patterns, AS patterns and guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float


@dataclass
class Circle:
    center: Point
    radius: float


@dataclass
class Rect:
    corner: Point
    width: float
    height: float


class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "point at origin"
        case Point(x, y) if x == y:
            return f"point on the diagonal at {x}"
        case Point():
            return f"point ({shape.x}, {shape.y})"
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at origin"
        case Circle(center=c, radius=r) if r <= 0:
            return f"degenerate circle at ({c.x}, {c.y})"
        case Circle(c, r):
            return f"circle r={r} at ({c.x}, {c.y})"
        case Rect(_, w, h) if w == h:
            return f"square of side {w}"
        case Rect(Point(x, y) as corner, width=w):
            return f"rect from {corner} width {w}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1}"
        case Line(start, end):
            return f"line {start} -> {end}"
        case _:
            return f"unknown {type(shape).__name__}"


shapes = [
    Point(0, 0), Point(2, 2), Point(1, 5),
    Circle(Point(0, 0), 3), Circle(Point(1, 1), 0), Circle(Point(2, 3), 1.5),
    Rect(Point(0, 0), 4, 4), Rect(Point(1, 2), 3, 7),
    Line(Point(1, 0), Point(1, 9)), Line(Point(0, 0), Point(3, 4)),
    "not a shape",
]
for s in shapes:
    print(describe(s))


def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if s.isdigit():
            return f"digit string {s}"
        case str(s):
            return f"string of length {len(s)}"
        case [int(), *_] as lst:
            return f"list starting with an int, {len(lst)} items"
        case list() | tuple():
            return "other sequence"
        case dict(d) if not d:
            return "empty dict"
        case dict():
            return f"dict with keys {sorted(value)}"
        case _:
            return "something else"


for v in [True, -3, 7, 2.5, "123", "hello", [1, "a"], ["a", 1], (), {}, {"b": 1, "a": 2}, None]:
    print(repr(v), "->", kind(v))

# Too many positional sub-patterns is a TypeError at match time.
class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(x):
            print("matched", x)
except TypeError as e:
    print("TypeError:", e)

try:
    match Line(1, 2):
        case Line(a, b, c):
            print("matched")
except TypeError as e:
    print("TypeError:", e)

# Keyword patterns for attributes that do not exist simply fail to match.
match Point(1, 2):
    case Point(z=3):
        print("has z")
    case Point(x=1) as p:
        print("x is 1 in", p)
