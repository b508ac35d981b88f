# None as a value: defaults, comparisons, containers and errors.
def find_first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return None

r = find_first_negative([3, 4])
print(r, repr(r), str(r), r is None, r == None, type(r).__name__, bool(r))
print(find_first_negative([3, -4, -5]))
values = [None, 0, None, "", None]
print(values.count(None), values.index(None, 1), None in values, [None] * 3)
d = {"a": None}
print(d.get("a"), d.get("b"), "a" in d, d.get("a", "default"), d.get("b", "default"))
result = None
for v in [5, None, 7]:
    if v is not None:
        result = v if result is None else result + v
print(result)
print(None == None, None != 0, None != False, (None,) == (None,))
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted([3, None, 1]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(None + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(len(None))
except TypeError as e:
    print("TypeError:", e)
try:
    for x in None:
        pass
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing[0]
except TypeError as e:
    print("TypeError:", e)
