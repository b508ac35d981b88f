from math import sqrt
SCALE = 2.5
_HIDDEN = 1
registry = []


def scaled(x):
    registry.append(x)
    return x * SCALE


def hyp(a, b):
    return sqrt(a * a + b * b)


if __name__ == "__main__":
    NEVER = 1
