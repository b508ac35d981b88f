# typing.TypedDict: instances are plain dicts; the class keeps CPython's key sets.
from typing import TypedDict, NotRequired, Required, Optional
import typing


class Movie(TypedDict):
    title: str
    year: int


class Opt(TypedDict, total=False):
    rating: float
    tags: list[str]


class Full(Movie, total=False):
    extra: NotRequired[str]
    must: Required[int]
    note: Optional[str]


Point = TypedDict("Point", {"x": int, "y": int})
P2 = typing.TypedDict("P2", {"a": str}, total=False)
Empty = TypedDict("Empty")

m = Movie(title="Blade Runner", year=1982)
print(m, type(m), type(m) is dict)
m2: Movie = {"title": "Alien", "year": 1979}
print(m2["title"], len(m2))
p = Point(x=1, y=2)
p["x"] += 10
print(p, isinstance(p, dict))
f = Full(title="x", year=1, extra="e", must=2)
print(f, sorted(f))
print(Movie, Point, Movie.__name__, Point.__qualname__, Movie.__module__)
print(Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
print(Opt.__required_keys__, Opt.__optional_keys__, Opt.__total__)
print(Full.__required_keys__, Full.__optional_keys__, Full.__total__)
print(P2.__optional_keys__, P2.__total__, Empty.__required_keys__)
print(Movie.__annotations__)
print(Full.__annotations__)
print(Opt(), Movie(m2), Movie([("title", "t")], year=2))
for bad in (Movie, Point):
    try:
        isinstance(m, bad)
    except TypeError as e:
        print("TypeError", e)
try:

    class Both(Movie, dict):
        pass

except TypeError as e:
    print("TypeError", e)


def describe(movie: Movie) -> str:
    return f"{movie['title']} ({movie.get('year', '?')})"


print(describe(m), describe({"title": "t"}))
