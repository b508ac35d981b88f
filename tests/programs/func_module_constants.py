# Module-level constants read from functions; module code runs top to bottom.
MAX_ITEMS = 5
GREETING = "hello"
PRIMES = [2, 3, 5, 7, 11]
LOOKUP = {"a": 1, "b": 2}

def limited(items):
    return items[:MAX_ITEMS]

def greet(name):
    return GREETING + " " + name

def is_small_prime(n):
    return n in PRIMES

def lookup(k):
    return LOOKUP.get(k, -1)

print(limited(list(range(10))))
print(greet("there"))
print(is_small_prime(7), is_small_prime(9))
PRIMES.append(13)
print(is_small_prime(13))
LOOKUP["c"] = 3
print(lookup("c"), lookup("z"))
counter = 0
for i in range(3):
    counter += i
print("counter", counter)

def uses_later():
    return LATER * 2

LATER = 21
print(uses_later())

def shadow(MAX_ITEMS):
    return MAX_ITEMS + 1

print(shadow(100), MAX_ITEMS)
