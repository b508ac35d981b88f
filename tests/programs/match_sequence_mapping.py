# match: sequence patterns (fixed, starred, nested) and mapping patterns (with **rest).
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one item {x!r}"
        case [x, y]:
            return f"pair {x!r}, {y!r}"
        case [0, *rest]:
            return f"starts with zero, then {len(rest)} more"
        case [first, *middle, last]:
            return f"{first!r} ... {last!r} ({len(middle)} in between)"


for s in [[], [1], (1, 2), [0, 5, 6, 7], [1, 2, 3, 4, 5], "ab", range(3)]:
    print(repr(s), "->", describe(s))       # a str matches no sequence pattern: None


# Strings, bytes and dicts never match sequence patterns.
for v in ["xy", b"xy", {"a": 1, "b": 2}, ("x", "y")]:
    match v:
        case [a, b]:
            print(repr(v), "matched as sequence", a, b)
        case _:
            print(repr(v), "not a sequence match")


def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y) | (y, 0) if y > 0:
            return f"positive axis at {y}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case [(a, b), (c, d)]:
            return f"segment from ({a},{b}) to ({c},{d})"
        case (x, y, *_):
            return f"point {x},{y} with {len(p) - 2} extra"
        case _:
            return "unknown"


for p in [(0, 0), (0, 5), (3, 0), (0, -2), (4, 4), [(1, 2), (3, 4)], (1, 2, 3, 4), (1,)]:
    print(p, "->", points(p))


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with extras {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k!r}"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll by {d}"
        case {"type": t}:
            return f"unhandled event type {t!r}"
        case {}:
            return "no type field"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "click", "pos": [1, 2], "button": "left"},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "s", "ctrl": True, "shift": False},
    {"type": "key", "key": 13},
    {"type": "scroll", "delta": -2.5},
    {"type": "scroll", "delta": "up"},
    {"type": "resize"},
    {"size": 3},
    [("type", "click")],
]
for e in events:
    print(handle(e))


# Mapping patterns with nested structure, like parsed JSON.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": host, "ports": [first_port, *other_ports]}, "debug": debug}:
        print(host, first_port, other_ports, debug)
