# Found by the stdlib hunt: random.sample/choice over deque, array, bytes (registered
# Sequences), and json's error naming the class (`array`, not `array.array`).
import random
import json
import collections
from array import array

random.seed(11)
d = collections.deque([10, 20, 30, 40])
a = array('i', [5, 3, 9, 1])
print(random.sample(d, 2), random.sample(a, 3), random.sample(b'xyz', 2), random.sample(bytearray(b'pq'), 1))
print(random.choice(a), random.choice(d), random.choice(b'abc'), random.sample(range(50), 3))
for bad in [{1, 2, 3}, {'k': 1}]:
    try:
        random.sample(bad, 1)
    except TypeError as e:
        print('TypeError', e)
for obj in [array('i', [1]), d, {1}, b'x', object]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({'a': list(array('d', [0.5]))}, default=list), json.dumps(d, default=list), json.dumps([a], default=lambda o: o.tolist()))
