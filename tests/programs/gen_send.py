# generator.send(): coroutine-style generators that receive values.
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
print(next(avg))              # prime: runs to the first yield
for v in [10, 20, 30, 5]:
    print(avg.send(v))


def accumulator():
    items = []
    while True:
        cmd = yield len(items)
        if cmd is None:
            continue
        op, *args = cmd
        if op == "add":
            items.extend(args)
        elif op == "pop":
            items.pop()
        elif op == "dump":
            yield list(items)
        elif op == "stop":
            return items


acc = accumulator()
print(next(acc))
print(acc.send(("add", 1, 2, 3)))
print(acc.send(("pop",)))
print(acc.send(None))
print(acc.send(("dump",)))
print(next(acc))
try:
    acc.send(("stop",))
except StopIteration as e:
    print("stopped with", e.value)

# Sending a non-None value to a just-started generator is a TypeError.
fresh = running_average()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

# Sending to a finished generator raises StopIteration.
try:
    acc.send(1)
except StopIteration as e:
    print("StopIteration", e.value)


# A state machine driven by send().
def turnstile():
    state = "locked"
    log = []
    while True:
        event = yield state
        if event == "report":
            yield ";".join(log)
            continue
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"
        log.append(f"{event}->{state}")


t = turnstile()
next(t)
for ev in ["push", "coin", "coin", "push", "push"]:
    print(ev, "=>", t.send(ev))
print(t.send("report"))
