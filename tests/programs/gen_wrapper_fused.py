# Plain functions whose body returns a generator (a generator expression, a generator
# call, an islice): fused into the consumer through the call; argument evaluation order,
# defaults, errors while making the generator, early exits, objects kept as values.
import itertools

def numbers(n, tag="n"):
    i = 0
    while i < n:
        print(f"  {tag} makes {i}") if n < 10 else None
        yield i
        i += 1

def pipeline(n):
    return (x * 3 for x in numbers(n) if x % 5)

def evens(xs):
    return (x for x in xs if x % 2 == 0)

def squares(xs):
    return (x * x for x in xs)

def first(n, k):
    return itertools.islice(numbers(n, "f"), k)

def show(n):
    print(f"  show({n}) called")
    return n

def labelled(n, label="L"):
    return (f"{label}{x}" for x in numbers(n, label))

def raises(n):
    return (x for x in numbers(1 // n))

total = 0
for v in pipeline(30000):
    total += v
print(total)
print(sum(evens(squares(range(10)))), list(evens(squares(numbers(5, "s")))))
print(list(first(8, 3)), list(first(3, 5)))
print(list(pipeline(show(7))))
print(list(labelled(3)), list(labelled(2, label="Q")))
try:
    print(list(raises(0)))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for x in squares(numbers(show(4), "t")):
    if x == 4:
        break
    print("got", x)
else:
    print("else")
g = pipeline(6)
print(next(g), list(g))
print(max(squares([-3, 2, 1])), sorted(evens(range(7)), reverse=True))
