# Splitting variables into webs (molt-front split.rs) through control flow: retries with
# try/except/finally inside while/else, generators closed inside try/finally, a parameter
# overwritten before any read, for/else with handlers and continue, closures.
def retry(attempts):
    result = None
    n = 0
    while n < attempts:
        n += 1
        try:
            if n < 3:
                result = "fail%d" % n
                raise RuntimeError(result)
            result = n * 10
            break
        except RuntimeError as err:
            print("retry", err, result)
            continue
        finally:
            print("attempt", n, result)
    else:
        result = "gave up"
    return result

def gen_with_finally(xs):
    item = "start"
    try:
        for item in xs:
            yield item
    finally:
        print("closing at", item)
    item = len(xs)
    yield item

def param_overwritten(n):
    n = "fresh"
    return n * 2

def cond_loop(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    label = best
    if label is None:
        label = "empty"
    else:
        label = "best=" + str(label)
    return label

def exc_in_loop_else(rows):
    for r in rows:
        try:
            v = int(r)
        except ValueError:
            v = -1
            continue
        else:
            v = v * 2
        print("ok", v)
    return v

def nested_def_after(k):
    k = k + 1
    def show():
        return "k is " + str(k)
    return show()

def reassign_in_except(s):
    try:
        val = int(s)
    except ValueError:
        val = s.upper()
    return val

def tuple_then_list():
    pair = (1, 2)
    a, b = pair
    pair = [a, b, a + b]
    pair.append(-1)
    return pair

print(retry(5), retry(2))
g = gen_with_finally([1, 2])
print(next(g), next(g), next(g))
g.close()
g2 = gen_with_finally(["a"])
print(next(g2))
del g2
print(param_overwritten(3))
print(cond_loop([3, -1, 7]), cond_loop([]))
print(exc_in_loop_else(["1", "x", "3"]))
print(nested_def_after(4))
print(reassign_in_except("12"), reassign_in_except("ab"))
print(tuple_then_list())
