# Random instances are independent generators; the module-level functions share a hidden
# instance seeded from the OS.
import random

x = random.random()
print(0.0 <= x < 1.0)
n = random.randint(1, 6)
print(1 <= n <= 6)
print(random.getrandbits(0))

a = random.Random(2024)
b = random.Random(2024)
c = random.Random()
print(a.random() == b.random())
print(a.randint(1, 1000), b.randint(1, 1000))
print(a.sample(range(50), 5) == b.sample(range(50), 5))
c.seed(2024)
a.seed(2024)
print(a.random() == c.random())

# gauss caches its second value; seed() clears the cache.
a.seed(1)
g1 = a.gauss()
a.seed(1)
g2 = a.gauss()
print(g1 == g2, g1)
state = a.getstate()
print(state[0], len(state[1]), state[2] is None)
g3 = a.gauss()
a.setstate(state)
print(a.gauss() == g3)

# The module's functions do not disturb an instance.
a.seed(10)
random.seed(10)
print(a.random() == random.random())
random.random()
print(a.random() == random.random())

deck = []
for suit in "SHDC":
    for rank in range(1, 14):
        deck.append(suit + str(rank))
r = random.Random(7)
r.shuffle(deck)
print(deck[:10])
hand = r.sample(deck, 5)
print(hand)
print(r.choices(deck, k=3))
print(r.choice(deck))
print(r.triangular(), r.triangular(1, 5), r.uniform(-1, 1))
print(r.randrange(0, 100, 5), r.randrange(100, 0, -3))
tally = {}
for i in range(1000):
    k = r.choices("abc", [5, 3, 2])[0]
    tally[k] = tally.get(k, 0) + 1
print(tally)
