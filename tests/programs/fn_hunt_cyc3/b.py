from .a import EARLY

print("b sees", EARLY)


def from_b():
    return "b"


from .a import LATE
