# Raising an exception class without a message: the last line is just the name.
def validate(x):
    if x < 0:
        raise ValueError
    return x

print(validate(5))
validate(-1)
