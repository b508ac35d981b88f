# A variable reused for unrelated values is split into one variable per web of
# assignments and reads (molt-front split.rs): each part typed on its own, every read
# still seeing what Python lets it see (branches, loops, try/finally, del, handlers).
import contextlib

def grid_then_int(n):
    g = [[(r * c) % 7 for c in range(n)] for r in range(n)]
    total = 0
    for row in g:
        for v in row:
            total += v
    g = total * 2
    for i in range(3):
        g += i
    return g

def reuse_in_branches(flag):
    if flag:
        x = 1
        print(x + 1)
    else:
        x = "one"
        print(x + "!")
    x = 2.5
    return x * 2

def maybe_unbound(flag):
    if flag:
        y = 10
    try:
        print(y)
    except UnboundLocalError as e:
        print("unbound:", e)
    y = "later"
    return y

def loop_carried(n):
    acc = 0
    for i in range(n):
        acc = acc + i
    s = str(acc)
    acc = s * 2
    return acc

def try_finally_break():
    for i in range(5):
        x = i
        try:
            if i == 2:
                x = "two"
                break
        finally:
            print("finally", x)
    print("after", x)
    x = 3
    return x

def handler_name():
    e = 5
    print(e + 1)
    try:
        raise ValueError("v")
    except ValueError as e:
        print("caught", e)
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError", err)
    e = [1]
    return e

def deleted():
    z = 1
    print(z)
    del z
    z = "s"
    print(z)
    del z
    try:
        print(z)
    except UnboundLocalError as err:
        print(err)

def param_reuse(n):
    print(n + 1)
    n = str(n)
    return n + "x"

def while_else(k):
    t = (1, 2)
    while k > 0:
        k -= 1
        t = (k, k)
    else:
        t = "done"
    return t

def exc_mid(k):
    v = 1
    try:
        v = "a"
        v = [k] * (10 // k)
        v = 3.5
    except ZeroDivisionError:
        print("zde", v)
    return v

print(grid_then_int(30))
print(reuse_in_branches(True), reuse_in_branches(False))
print(maybe_unbound(True), maybe_unbound(False))
print(loop_carried(10))
print(try_finally_break())
print(handler_name())
deleted()
print(param_reuse(4))
print(while_else(3), while_else(0))
print(exc_mid(0), exc_mid(2))

# module level
p = [1, 2, 3]
q = sum(p)
p = "text"
print(p.upper(), q)
for p in range(3):
    q += p
print(p, q)


def gen_reuse(n):
    x = [i * i for i in range(n)]
    for v in x:
        yield v
    x = sum(x)
    yield x
    x = str(x)
    yield x

def continue_through_finally(items):
    out = []
    for it in items:
        s = it
        try:
            if isinstance(it, int) and it % 2:
                s = "odd"
                continue
            s = s * 2
        finally:
            out.append(s)
    s = len(out)
    return out, s

def while_true(n):
    k = 0
    while True:
        k += 1
        if k > n:
            break
    k = "k=" + str(k)
    return k

def for_else(xs, target):
    for idx in range(len(xs)):
        if xs[idx] == target:
            break
    else:
        idx = None
    return idx

def nested_try(k):
    a = 1
    try:
        try:
            a = "inner"
            if k == 1:
                raise KeyError(k)
            a = 2.0
        except KeyError:
            a = [a]
            if k == 1:
                raise ValueError("from handler")
    except ValueError as exc:
        print("outer caught", exc, a)
    finally:
        print("finally sees", a)
    a = (a,)
    return a

@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    yield name
    print("</" + name + ">")

def with_reuse():
    t = 3
    with tag("b") as t:
        print("inside", t)
    print("after", t)
    t = t * 2
    return t

def match_reuse(cmd):
    parts = cmd.split()
    match parts:
        case [verb, obj]:
            parts = verb + ":" + obj
        case [verb]:
            parts = len(verb)
        case _:
            parts = None
    return parts

def shadow_loop_var():
    total = 0
    for i in range(4):
        total += i
    for i in "abc":
        total += len(i)
    print(i)
    return total

def recurse(n):
    if n == 0:
        return 0
    r = recurse(n - 1)
    r = r + n
    return r

def closure_capture():
    c = 1
    c = "captured"
    def inner():
        return c + "!"
    return inner()

def swap_types(a, b):
    a, b = b, a
    return a, b

def walrus(xs):
    n = "str first"
    print(n)
    if (n := len(xs)) > 2:
        return n * 10
    return n

def big_int_then_str():
    v = 1
    for _ in range(70):
        v *= 3
    print(v)
    v = f"{v:,}"
    return v[:10]

def negative_and_unicode():
    w = -7
    w = w // 2, w % 3
    print(w)
    w = "héllo wörld"
    w = w.title()
    return w

def empty_containers():
    e = []
    print(len(e), e)
    e = {}
    e["k"] = -1
    e = set(e)
    return sorted(e)

print(list(gen_reuse(4)))
print(continue_through_finally([1, 2, "ab", 3]))
print(while_true(5))
print(for_else([4, 5, 6], 5), for_else([4, 5, 6], 7), for_else([], 1))
print(nested_try(0)); print(nested_try(1))
print(with_reuse())
print(match_reuse("go north"), match_reuse("look"), match_reuse(""))
print(shadow_loop_var())
print(recurse(50))
print(closure_capture())
print(swap_types(1, "x"))
print(walrus([1, 2, 3]), walrus([]))
print(big_int_then_str())
print(negative_and_unicode())
print(empty_containers())

def os_error_args():
    try:
        open("/nonexistent_molt_dir/x.txt")
    except OSError as e:
        print(type(e).__name__, e.errno, e.args)
    e = OSError(2, "No such file", "fn")
    print(e.args, e.filename)

os_error_args()

def unbound_after_del(flag):
    q = [1, 2]
    if flag:
        del q
    q2 = 0
    return len(q)

print(unbound_after_del(False))
print(unbound_after_del(True))
