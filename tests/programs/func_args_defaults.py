# Positional, keyword and default arguments.
def describe(name, age=0, city="Unknown", tags=None):
    if tags is None:
        tags = []
    tags.append("seen")
    return name + "/" + str(age) + "/" + city + "/" + ",".join(tags)

print(describe("Ann"))
print(describe("Bob", 42))
print(describe("Cy", city="Paris"))
print(describe(age=7, name="Dee"))
print(describe("Eve", 30, "Rome", ["x"]))
print(describe("Fay", tags=["a", "b"], age=1))

def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=100))

def greet(greeting, name="world", punct="!"):
    return greeting + ", " + name + punct

print(greet("Hello"), greet("Hi", "Ann"), greet("Yo", punct="?"))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    power(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    power(2, base=3)
except TypeError as e:
    print("TypeError:", e)
try:
    power(2, bogus=3)
except TypeError as e:
    print("TypeError:", e)
