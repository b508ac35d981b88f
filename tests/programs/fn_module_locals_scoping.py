# Which module-level names functions, lambdas, generator expressions and classes reach
# (molt-front lower_scopes.rs): those are globals; the rest are locals of the module code.
# Parameters, locals, comprehension variables and handler names that share a module
# name leave it a local; class bodies, `global` and free names make it a global.
x = 5
n = 3
data = [1, 2, 3]

def uses_param(data):
    return sum(data)

def local_shadow():
    n = 10
    return n

def reads_global():
    return x + 1

def comp_var():
    return [n for n in range(3)]

def comp_reads():
    return [x * i for i in range(3)]

class C:
    y = x
    x = 10
    def m(self):
        return x

def outer():
    z = 1
    def inner():
        return z + n
    return inner()

def gl():
    global counter
    counter = 7

def gen_at_module():
    return list(q * 2 for q in data)

def with_lambda():
    k = 2
    f = lambda a, b=x: a * k + b
    return f(3)

def walrus_comp():
    vals = [w for v in range(4) if (w := v * 2) > 2]
    return vals, w

def nested_default(v=n):
    def inner(u=v):
        return u
    return inner()

def handler():
    try:
        raise ValueError("e")
    except ValueError as exc:
        return str(exc)

def match_it(p):
    match p:
        case (a, b):
            return a + b
        case _:
            return 0

def del_it():
    tmp = 1
    del tmp
    return 2

def nonlocal_it():
    cnt = 0
    def bump():
        nonlocal cnt
        cnt += 1
    bump(); bump()
    return cnt

print(uses_param([4, 5]), local_shadow(), reads_global(), comp_var(), comp_reads())
print(C.y, C.x, C().m(), outer())
gl()
print(counter, gen_at_module(), with_lambda(), walrus_comp(), nested_default(), handler())
print(match_it((1, 2)), del_it(), nonlocal_it())
g = sorted(data, key=lambda t: -t)
print(g)
tot = sum(q for q in data)
print(tot)
exc = "module exc"
a = b = 0
tmp = "tmp"
cnt = "cnt"
w = "w"
print(exc, a, b, tmp, cnt, w)
x = "changed"
print(reads_global.__name__)
try:
    print(reads_global())
except TypeError as e:
    print("TypeError", e)
n = 100
print(outer(), [n for n in range(2)], n)
