# dataclasses: InitVar, KW_ONLY, field(kw_only=), dataclass(kw_only=True).
from dataclasses import dataclass, field, fields, replace, asdict, InitVar, KW_ONLY
import dataclasses


@dataclass
class Box:
    w: int
    h: int
    scale: InitVar[int] = 1
    area: int = field(init=False)

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


b = Box(2, 3, 10)
print(b, [f.name for f in fields(b)], asdict(b), Box.__match_args__)
print(replace(b, w=1), Box(1, 1), b == Box(20, 30), Box.scale)


@dataclass
class Conn:
    host: str
    _: KW_ONLY
    port: int = 80
    secure: bool = False
    path: str = "/"


c = Conn("example.org", secure=True)
print(c, Conn("a", port=1, path="/x"), Conn.__match_args__)
for args, kw in [(("h", 81), {}), ((), {"port": 1})]:
    try:
        Conn(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=2), Opts(verbose=True, level=0))
try:
    Opts(True, 1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    b: int = field(default=0, kw_only=True)
    c: int = 5


print(Mixed(1, 2), Mixed(1, b=3), [(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass
class NeedsInit:
    x: int
    seed: InitVar[int]

    def __post_init__(self, seed):
        self.x += seed


n = NeedsInit(1, 41)
print(n, replace(n, seed=0))
try:
    replace(n, x=3)
except ValueError as e:
    print("ValueError:", e)
print(repr(dataclasses.InitVar[int]), type(dataclasses.KW_ONLY).__name__)
