# min/max with key= and default= where the items' type is unknown (an empty tuple) or
# narrower than the result's.
def longest(words, fallback):
    return max(words, key=len, default=fallback)

print(min((), key=len, default=-1), max([], key=abs, default=0.5))
print(longest(["a", "bbb", "cc"], None), longest([], "none"), longest((), 0))
print(max([1, 2], key=abs, default=0.5), min([3, -4], key=abs, default=None))
print(max((x for x in range(5) if x > 9), key=lambda v: -v, default="empty"))
