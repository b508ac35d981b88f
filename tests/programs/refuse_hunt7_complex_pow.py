# A negative constant raised to a fractional constant power is a complex number in
# CPython; molt has no complex numbers and refuses it at compile time.
root = (-8) ** (1 / 3)
print(root)
