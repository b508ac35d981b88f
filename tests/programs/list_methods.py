# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.extend((2, 6))
xs.extend("ab")
print(xs, len(xs))
xs.insert(0, "first")
xs.insert(100, "last")
xs.insert(-1, "before-last")
xs.insert(-100, "very-first")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs.pop(2))
print(xs)
xs.remove(1)
print(xs, xs.index(5), xs.count(1), xs.count("zzz"), xs.index(5, 2))
ys = xs.copy()
ys.reverse()
print(xs)
print(ys)
ys.clear()
print(ys, len(ys), xs == ys)
nums = [1, 2, 3, 2, 1]
print(nums.index(2), nums.index(2, 2), nums.index(1, -1), nums.count(2))
empty = []
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    nums.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    nums.index(42)
except ValueError as e:
    print("ValueError:", e)
print(nums.append(0), nums)
