# random.seed with str, bytes and bytearray seeds (version 2 and version 1).
import random

for seed in ["hello", b"hello", bytearray(b"hello"), "", b"", "é😀"]:
    random.seed(seed)
    print(type(seed).__name__, random.random(), random.randint(0, 1000))
for seed in ["hello", b"hello", "é"]:
    random.seed(seed, version=1)
    print("v1", type(seed).__name__, random.random())
r = random.Random(b"abc")
print(r.random(), r.choice("xyz"))
try:
    random.seed(bytearray(b"x"), version=1)
except TypeError as e:
    print("TypeError:", e)
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError:", e)
