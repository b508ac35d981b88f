import random
from collections import Counter

random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7))
print(random.choice("abcdefg"), random.choices(range(10), k=5), random.sample(range(100), 5))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:10])
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(sorted(h))
print(round(random.uniform(1.5, 2.5), 6), round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6))
print(round(random.expovariate(0.5), 6), round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6))
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(random.getrandbits(64), random.getrandbits(3))

rng = random.Random(42)
walk = [0]
for _ in range(50):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk[-5:], max(walk), min(walk))
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(2000))
for total in range(2, 13):
    print(f"{total:2d} {rolls[total]:4d} {'*' * (rolls[total] // 20)}")

def monte_carlo_pi(n, seed):
    r = random.Random(seed)
    inside = sum(1 for _ in range(n) if r.random() ** 2 + r.random() ** 2 <= 1.0)
    return 4 * inside / n
print(monte_carlo_pi(5000, 7))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)
random.seed("hello")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(3.5)
print(random.randint(0, 10 ** 30))
print(random.sample(["a", "b", "c", "d"], k=4), random.sample(range(10), counts=None, k=3) if False else "")
population = list(range(20))
print(rng.sample(population, 3), rng.random(), rng.randrange(10 ** 20))
names = ["ann", "bob", "cy", "dee"]
pairs = {}
pool = names[:]
rng.shuffle(pool)
for giver, taker in zip(names, pool[1:] + pool[:1]):
    pairs[giver] = taker
print(pairs)
print([round(random.vonmisesvariate(1, 2), 5), round(random.paretovariate(3), 5), round(random.weibullvariate(1, 1.5), 5), round(random.lognormvariate(0, 1), 5), round(random.gammavariate(2, 2), 5)])
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
