import random

for seed in [0, 1, 42, -42, 12345678901234567890, 2**100 + 7, -(2**64), "hello", "", "héllo wörld", 3.5, -2.25, True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.getrandbits(70), random.randrange(-1000, 1000, 7))
    print(random.choice([1, 2, 3, "a", "b"]), random.uniform(2.5, 10), random.uniform(1, 3))
    xs = list(range(20))
    random.shuffle(xs)
    print(xs)
    print(random.sample(range(100), 10), random.sample(list(range(1000)), 8))
    print(random.choices(["a", "b", "c"], k=5), random.choices(["a", "b", "c"], [1, 2, 3], k=6))
    print(random.choices(["x", "y"], cum_weights=[0.5, 1.0], k=4))
    print(random.gauss(0, 1), random.gauss(5, 2), random.gauss())
    print(random.normalvariate(1, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
    print(random.gammavariate(0.5, 2), random.gammavariate(1.0, 2), random.gammavariate(3.0, 1.5))
    print(random.betavariate(2, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
    print(random.paretovariate(2.5), random.weibullvariate(1, 1.5))
    print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(200))
    print(random.randrange(10), random.randrange(2**80), random.randint(-5, 5))
    print(random.sample("abcdefghij", 4), random.sample([1, 1, 2], 2, counts=[2, 1, 3]))

random.seed(7)
s = random.getstate()
a = []
for _ in range(5):
    a.append(random.random())
random.setstate(s)
b = []
for _ in range(5):
    b.append(random.random())
print(a == b, len(s), len(s[1]), s[1][624])

r = random.Random(99)
print(r.random(), r.randint(1, 6), r.choice("xyz"))
r2 = random.Random("seed")
print(r2.random())
r.seed(99)
print(r.random())
print(type(r).__name__)
