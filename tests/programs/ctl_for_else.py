# for loops with else, break, continue and nested loops.
for i in range(3):
    print("i", i)
else:
    print("loop done")
for ch in "abcdef":
    if ch == "d":
        print("found d")
        break
else:
    print("no d")
for ch in "xyz":
    if ch == "d":
        break
else:
    print("no d in xyz")
for i in range(1, 4):
    for j in range(1, 4):
        if j == i:
            continue
        if i + j == 5:
            break
        print(i, j)
    else:
        print("inner completed for", i)
for x in []:
    print("never")
else:
    print("empty loop else")
total = 0
for k in range(100):
    if k % 2:
        continue
    if k > 10:
        break
    total += k
print("total", total)
for i in range(3):
    pass
print("i after loop", i)
found = None
for word in ["alpha", "beta", "gamma"]:
    if "m" in word:
        found = word
        break
print(found)
