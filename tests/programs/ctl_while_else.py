# while loops with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while finished normally, n =", n)

def first_divisor(m):
    d = 2
    while d * d <= m:
        if m % d == 0:
            print(m, "has divisor", d)
            break
        d += 1
    else:
        print(m, "is prime")

for m in [2, 15, 17, 49, 97, 1001]:
    first_divisor(m)
count = 0
while True:
    count += 1
    if count > 100:
        break
print("count", count)
i = 10
while i:
    i -= 3
    if i < 0:
        print("went negative:", i)
        break
else:
    print("never printed")
while False:
    print("never")
else:
    print("else of never-run while")
