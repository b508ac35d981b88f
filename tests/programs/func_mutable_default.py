# A mutable default argument is shared across calls.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

def counter(key, store={}):
    store[key] = store.get(key, 0) + 1
    return store

counter("a")
counter("b")
print(counter("a"))
