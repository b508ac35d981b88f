"""Binds a public name only inside a loop: `from .cond import *` is refused."""
for i in range(3):
    LAST = i
