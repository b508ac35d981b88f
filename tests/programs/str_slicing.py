# Indexing and slicing strings with steps and negative indexes.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(s[100:], s[-100:3], s[3:100], repr(s[5:5]), s[::3])
print(s[2:-2:3], s[-2:2:-3], s[None:4], s[4:None])
u = "añ日😀z"
print(u[1], u[2], u[3], u[-2], u[1:4], u[::-1])
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-11])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
print(""[0:0], repr(""[:5]))
