# Recursive functions: factorial, fibonacci, ackermann, hanoi, permutations.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(fact(0), fact(10), fact(40))
print(fib(1), fib(2), fib(20))
print(ackermann(2, 3), ackermann(3, 3))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), " ".join(moves))
print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7))
