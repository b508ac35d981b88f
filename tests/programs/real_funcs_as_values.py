# Module functions and builtins passed as values (dispatch tables, map(), key=).
import math
import random
import json
import os.path
import statistics
import string

FUNCS = {"sqrt": math.sqrt, "floor": math.floor, "max": max, "abs": abs, "hyp": math.hypot}
print(FUNCS["sqrt"](16), FUNCS["floor"](2.7), FUNCS["max"](1, 5, 3), FUNCS["hyp"](3, 4))
print(list(map(math.sqrt, [1, 4, 9])), sorted([2.5, -3.1, 1.2], key=math.fabs))
random.seed(1)
rnd = random.random
print(rnd(), random.choice is random.choice)
print(list(map(os.path.basename, ["a/b.txt", "c/d"])), json.dumps is json.dumps)
dump = json.dumps
print(dump({"a": [1, 2]}), statistics.mean([1, 2, 3]))
print(list(map(string.capwords, ["hi there", "a b"])))
rows = [[1, 2], [3, 4, 5], []]
print(list(map(sum, rows)), list(map(len, rows)), list(map(max, [[1, 5], [7, 2]])))
print(list(map(pow, [2, 3], [5, 2])), list(map(max, [1, 9], [4, 2], [3, 3])))
print(sorted(rows, key=sum), sorted([[3, 1], [2, 2, 2]], key=max))
print(list(map(sorted, ["cba", "fed"])), list(map(tuple, [[1], [2, 3]])))
print(list(map(divmod, [7, 9], [2, 4])), list(map(round, [1.5, 2.5])), list(map(min, ["abc", "xyz"])))
try:
    FUNCS["sqrt"](-1)
except ValueError as e:
    print("ValueError:", e)
