# Single inheritance: overriding, super(), and dynamic dispatch from base-class code.
class Animal:
    sound = "..."

    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        # self.kind() dispatches to the subclass override.
        return f"{self.kind()} {self.name} with {self.legs} legs: {self.speak()}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def __init__(self, name, age_weeks):
        super().__init__(name)
        self.age_weeks = age_weeks

    def speak(self):
        base = super().speak()
        return base + " (squeaky)"

    def kind(self):
        return "puppy of " + super().kind()


class Bird(Animal):
    sound = "tweet"

    def __init__(self, name, can_fly=True):
        Animal.__init__(self, name, legs=2)
        self.can_fly = can_fly

    def kind(self):
        return "bird" if self.can_fly else "flightless bird"


zoo = [Animal("generic"), Dog("rex"), Puppy("bit", 8), Bird("tweety"), Bird("pingu", can_fly=False)]
for a in zoo:
    print(a.describe())

p = zoo[2]
print(p.age_weeks, p.legs, p.sound)
print(type(p).__name__, type(p).__bases__[0].__name__, Puppy.__base__.__base__.__name__)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Bird))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Bird, (Dog, Animal)))

# Overriding a class attribute in a subclass does not change the base.
Dog.sound = "WOOF"
print(zoo[1].speak(), zoo[2].speak(), zoo[0].speak())

# A method not overridden is found on the base.
print(Puppy.describe is Animal.describe, Puppy.kind is Dog.kind)


# Calling an overridden method explicitly on the base class.
print(Animal.kind(p), Dog.kind(p), p.kind())


# super() in a classmethod and a subclass adding methods.
class Shape:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(cls.__name__)
        return obj


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.tag = "sq"
        return obj


s = Square.create(3)
print(s.side, s.tag, Shape.registry)
