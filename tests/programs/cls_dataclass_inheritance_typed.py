from dataclasses import dataclass, field, fields


@dataclass
class Animal:
    name: str
    legs: int = 4
    sounds: list = field(default_factory=list)

    def __post_init__(self):
        self.tag = self.name.upper()

    def speak(self):
        return f"{self.name} says {self.sounds[0] if self.sounds else '...'}"


@dataclass
class Dog(Animal):
    breed: str = "mutt"
    legs: int = 4
    good: bool = True

    def speak(self):
        return "Woof! " + super().speak()


@dataclass(order=True)
class Bird(Animal):
    legs: int = 2
    wingspan: float = 0.5


@dataclass
class Puppy(Dog):
    age: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.tag += "!"


@dataclass(frozen=True)
class P:
    x: int
    y: int = 0


@dataclass(frozen=True)
class P3(P):
    z: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


d = Dog("rex", sounds=["grr"])
b = Bird("tweety", wingspan=0.3)
p = Puppy("bit", 3, [], "lab", age=1)
print(d, b, p)
print(d.speak(), b.speak(), p.speak(), d.tag, b.tag, p.tag)
print([f.name for f in fields(Puppy)], Dog.legs, Bird.legs, Puppy.breed)
print(Bird("a") < Bird("b"), sorted([Bird("z", 1), Bird("z", 0), Bird("a", 9)]))
print(d == Dog("rex", 4, ["grr"]), d == Animal("rex", 4, ["grr"]), isinstance(p, Animal))
q = P3(1, -2, 3)
print(q, q.norm(), q == P3(1, -2, 3), hash(q) == hash(P3(1, -2, 3)), P(1) == P3(1))
try:
    q.z = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
try:
    Puppy("a", 1, [], "b", True, 2, 3)
except TypeError as e:
    print("TypeError:", e)
tot = 0
for i in range(500):
    pp = Puppy(str(i), age=i)
    tot += pp.age + pp.legs + len(pp.tag)
print(tot)
