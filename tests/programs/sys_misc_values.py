# sys.maxsize, sys.argv and recursion limit values.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(len(sys.argv), len(sys.argv[1:]))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print("written", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
