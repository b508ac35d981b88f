"""A counter module: its state lives in module globals."""
print("counter module runs, __name__ =", __name__)
count = 0
history = []


def bump(by=1):
    global count
    count += by
    history.append(count)
    return count


def reset():
    global count
    count = 0


if __name__ == "__main__":
    print("never printed: this module is imported")
