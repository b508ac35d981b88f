# IntEnum, StrEnum-like mixins and Flag: comparisons with ints, str() and format in 3.11.
from enum import IntEnum, Flag, Enum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH > 7, Priority.LOW + 1)
print(sorted([Priority.HIGH, 3, Priority.LOW, 7]))
print(Priority(5), Priority(5).name, int(Priority.HIGH), isinstance(Priority.LOW, int))
print([p.name for p in Priority if p >= 5], sum(Priority))
print({1: "one"}[Priority.LOW], list(range(Priority.MEDIUM)))
try:
    Priority(2)
except ValueError as e:
    print("ValueError:", e)


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


rw = Perm.READ | Perm.WRITE
print(Perm.READ.value, Perm.WRITE.value, Perm.EXEC.value, rw.value)
print(Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.EXEC), bool(rw & Perm.WRITE))
print(repr(Perm.READ), str(Perm.WRITE), repr(rw), str(rw))
print((rw & Perm.READ) == Perm.READ, Perm(0), bool(Perm(0)))
print([p.name for p in Perm], [m.name for m in rw])


class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"


print(Mood.HAPPY == "happy", Mood.SAD.upper(), Mood("sad").name, repr(Mood.HAPPY), f"{Mood.SAD.value}")
print(str(Mood.HAPPY), "-".join(m.value for m in Mood))


class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()
    WARN = auto()


print([(l.name, l.value) for l in Level], Level.WARN - Level.DEBUG, Level(3))
print(max(Level), min(Level).name)
