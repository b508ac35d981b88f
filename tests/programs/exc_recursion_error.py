# Deep recursion raises RecursionError, which can be caught.
import sys

def depth(n):
    return depth(n + 1)

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

print(sys.getrecursionlimit())
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(count_down(500))
try:
    count_down(100000)
except RecursionError as e:
    print("caught deep count_down:", type(e).__name__)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), count_down(2500))
try:
    depth(0)
except RuntimeError as e:
    print("as RuntimeError:", type(e).__name__, isinstance(e, RecursionError))
print("still alive")
