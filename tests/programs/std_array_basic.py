# array.array: construction, typecodes, sequence operations, methods, printing.
import array
import copy
from array import array as arr

print(array.typecodes)
for tc in array.typecodes:
    a = arr(tc)
    print(tc, a.itemsize, repr(a), str(a), len(a), bool(a), a.typecode)

a = arr('i', [5, -3, 7, 0, -3])
print(a, len(a), a[0], a[-1], a[1:3], a[::-2], a[10:], a.tolist())
print(a.count(-3), a.count(9), a.index(-3), a.index(-3, 2), a.index(-3, -1))
print(-3 in a, 9 in a, 7.0 in a, 'x' in a, 9 not in a)
print(list(a), tuple(a), sorted(a), sum(a), max(a), min(a), list(reversed(a)))
print([x * 2 for x in a], any(a), all(a), list(enumerate(a))[:2])

a.append(11)
a.extend([1, 2])
a.extend(arr('i', [3]))
a.insert(0, 100)
a.insert(-1, 50)
a.insert(1000, 60)
a.insert(-1000, 70)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(-3)
print(a)
a.reverse()
print(a)
a.fromlist([8, 9])
print(a, a.buffer_info()[1] == len(a))

# Item and slice assignment and deletion.
b = arr('h', range(10))
b[0] = -1
b[-1] = 99
print(b)
b[2:5] = arr('h', [7, 7])
print(b)
b[1:1] = arr('h', [4, 4, 4])
print(b)
b[::3] = arr('h', [0] * len(b[::3]))
print(b)
b[::2] = arr('h')
print(b)
b[1:2] = b
print(b)
del b[0]
del b[-2:]
del b[::2]
print(b)
c = arr('h', range(8))
del c[::-3]
print(c)

# Arithmetic operators.
d = arr('d', [1.5, -2.25])
print(d + arr('d', [3.0]), d * 2, 2 * d, d * 0, d * -1)
d += arr('d', [0.5])
d *= 2
print(d)
e = d
e += arr('d', [1.0])
print(d is e, d)

# Comparisons between arrays (of any typecodes), item by item.
print(arr('i', [1, 2]) == arr('d', [1.0, 2.0]), arr('i', [1, 2]) != arr('i', [1, 2]))
print(arr('i', [1, 2]) < arr('i', [1, 3]), arr('i', [1, 2]) < arr('i', [1, 2, 0]))
print(arr('b', [5]) >= arr('b'), arr('b') == arr('d'), arr('u', 'ab') > arr('u', 'aa'))
print(arr('d', [float('nan')]) == arr('d', [float('nan')]), arr('i', [1]) == [1])
print(arr('B', [1, 2]) <= arr('B', [1, 2]), arr('Q', [2**64 - 1]) > arr('q', [2**63 - 1]))

# Floats: 'f' stores the nearest float32.
f = arr('f', [0.1, 1 / 3, 1e39, -1e-50, 16777217])
print(f, f[0], sum(f), [round(x, 4) for x in f[:2]])
print(arr('d', [0.1, 1 / 3, 1e300, -0.0, float('inf'), float('nan')]))
print(arr('d', [1, True, 2**60]), arr('f', [3]))

# Big integer typecodes.
q = arr('q', [2**63 - 1, -2**63])
Q = arr('Q', [2**64 - 1, 0])
L = arr('L', [2**64 - 1])
print(q, Q, L, q[0] + 1, Q[0] * 2, arr('I', [2**32 - 1]), arr('b', [-128, 127]))

# Unicode arrays.
u = arr('u', 'héllo wörld 😀')
print(u, len(u), u[0], u[-1], u[1:4], u[::-1], u.tounicode().upper())
u.fromunicode('!?')
u.append('x')
u[0] = 'H'
print(u, repr(u), str(u), u.count('l'), u.index('w'), 'ö' in u)
print(arr('u', "it's"), arr('u', 'say "hi"'), arr('u', 'both \' and "'), arr('u', 'tab\tnl\n'))
print(arr('u', ['a', 'b']), arr('u', arr('u', 'zz')), list(arr('u', 'xy')))

# Copies are independent; deepcopy goes through containers.
g = arr('i', [1, 2])
h = copy.copy(g)
h.append(3)
k = copy.deepcopy({'x': g})
k['x'][0] = 50
print(g, h, k, g.__copy__(), g.__deepcopy__({}))

# Iteration sees the live array.
m = arr('i', [1, 2, 3])
seen = []
for x in m:
    seen.append(x)
    if x == 1:
        m.append(4)
print(seen, m)

# isinstance and type.
print(isinstance(g, array.array), isinstance(g, arr), isinstance([1], arr))
print(type(g) is array.array, type(g) == arr, type(g).__name__, array.ArrayType is arr)
print(type(g), arr)

# Conversions of constructor arguments.
print(arr('i', range(4)), arr('i', (x * x for x in range(4))), arr('b', {3: 'a', 1: 'b'}))
print(arr('d', arr('i', [1, 2])), arr('i', arr('b', [-1])), arr('i', [True, False]))
print(f"{arr('i', [1])} {arr('i', [1])!r} {format(arr('b'))} {'%s' % arr('d', [1])}")
print(str([arr('i', [1]), arr('u', 'a')]))
