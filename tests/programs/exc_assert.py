# assert statements with and without messages.
def safe_sqrt(x):
    assert x >= 0, "x must be non-negative, got " + str(x)
    return x ** 0.5

print(safe_sqrt(16))
try:
    safe_sqrt(-4)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
assert True
assert [1], "non-empty list is truthy"
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
try:
    assert 0, 42
except AssertionError as e:
    print(repr(e))
print("done")
