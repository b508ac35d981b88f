from . import counter
from .counter import bump, count as count_at_import

print("user module runs; count at import:", count_at_import)


def bump_twice():
    bump()
    return counter.bump()
