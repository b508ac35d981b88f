# sorted/min/max evaluate their keyword arguments before consuming a generator argument.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i
def rev():
    print("rev evaluated")
    return True
def dflt():
    print("default evaluated")
    return -1
k = lambda x: -x
print(sorted(gen(3), key=k, reverse=rev()))
print(max(gen(3), key=k, default=dflt()))
print(min(gen(3), default=dflt()))
print(sorted([i*i for i in gen(2)], reverse=rev()))
print(max(gen(0), default=dflt()))
print(sorted((x + 1 for x in gen(2)), reverse=rev()))
print(min((x * 2 for x in gen(2)), default=dflt()))
print(sorted(gen(2), reverse=not rev()))
print(max([x for x in gen(2)], default=dflt()))
