# Augmented assignment on ints, floats, strs, lists, tuples and subscripts.
n = 10
n += 5
n -= 3
n *= 4
n //= 5
n %= 7
n **= 10
n <<= 2
n >>= 1
n |= 1
n &= 0xFFFF
n ^= 0xF0F0
print(n)
f = 1.5
f += 1
f /= 4
f *= -3
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {"a": 1}
d["a"] += 10
d["b"] = d.get("b", 0) + 1
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 5
m[0][1] -= 2
print(m)
i = 0
total = 0
while i < 100:
    i += 7
    total += i
print(i, total)
big = 1
for k in range(10):
    big *= 2 ** 10
print(big)
try:
    x = "a"
    x += 1
except TypeError as e:
    print("TypeError:", e)
