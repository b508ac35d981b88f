# Instance attributes set in __init__, class attributes shared by all instances,
# and an instance attribute shadowing a class attribute.
class Counter:
    kind = "counter"
    instances = 0
    shared_log = []

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.instances += 1

    def increment(self, by=1):
        self.value += by
        self.shared_log.append((self.name, by))
        return self.value


a = Counter("a")
b = Counter("b", 10)
print(a.name, a.value, b.name, b.value)
print("instances:", Counter.instances, a.instances, b.instances)
a.increment()
a.increment(5)
b.increment(-3)
print(a.value, b.value)
print("log via class:", Counter.shared_log)
print("same log object:", a.shared_log is b.shared_log is Counter.shared_log)

# Shadowing: assigning through the instance creates an instance attribute.
print(a.kind, b.kind, Counter.kind)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "renamed"
print(a.kind, b.kind, Counter.kind)
del a.kind
print("after del:", a.kind)

# Augmented assignment on a class attribute through an instance also shadows.
b.instances += 100
print(b.instances, Counter.instances, a.instances)

# Attributes can be added after construction.
a.extra = [1, 2]
print(a.extra, hasattr(b, "extra"))
print(sorted(vars(a)))
print(sorted(k for k in vars(b)))
