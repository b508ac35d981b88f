# Reference semantics: aliases share one list object.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == b)
c = a[:]
c.append(5)
print(a, c, a is c)
d = list(a)
d[0] = 100
print(a, d)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = []
for i in range(3):
    grid2.append([0] * 3)
grid2[0][0] = 1
print(grid2)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)

def mutate(lst):
    lst.append("added")
    lst[0] = "changed"

def rebind(lst):
    lst = ["new"]
    return lst

z = ["orig", "z"]
mutate(z)
print(z)
r = rebind(z)
print(z, r)
outer = [[1], [2]]
inner = outer[0]
inner.append(10)
print(outer)
copy = outer.copy()
copy[1].append(20)
copy.append([3])
print(outer, copy)
t = ([1], [2])
t[0].append(99)
print(t)
