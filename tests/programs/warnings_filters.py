import warnings
from warnings import warn


class MyWarning(UserWarning):
    pass


def f(x):
    if x < 0:
        warnings.warn("negative value", RuntimeWarning)
    return abs(x)


print(f(-3), f(-4))                     # 'default': the second is not shown
warn("plain")
for i in range(3):
    warnings.warn("in a loop")          # shown once for this line
warnings.warn("dep in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(MyWarning("custom"))
warnings.warn("ünïcode ✓", MyWarning)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(3):
        warnings.warn("recorded %d" % (i % 2), DeprecationWarning)
    f(-1)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno, w[0].filename == __file__, w[0].line, w[0].file)
    print(isinstance(w[0].message, DeprecationWarning), w[0].category is DeprecationWarning)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    f(-2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(4):
        warnings.warn("once %d" % (i % 2))
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", message="SHOW", category=UserWarning)
    warnings.warn("skip me")
    warnings.warn("show me")
    warnings.warn("show me")
    warnings.warn("other")
    warnings.warn("other")
    print([str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("always", module="__main__")
    warnings.filterwarnings("ignore", category=MyWarning, append=True)
    warnings.warn("a", MyWarning)
    warnings.warn("a", MyWarning)
    print(len(w))

with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("boom", MyWarning)
    except MyWarning as e:
        print("caught", type(e).__name__, e)
    try:
        f(-5)
    except RuntimeWarning as e:
        print("caught", repr(e))

warnings.simplefilter("error", DeprecationWarning)
try:
    warnings.warn("now an error", DeprecationWarning)
except DeprecationWarning as e:
    print("error:", e)
warnings.resetwarnings()
warnings.warn("after reset", DeprecationWarning)

for bad in [("bogus",), ("ignore", 3)]:
    try:
        warnings.simplefilter(*bad) if len(bad) == 1 else warnings.filterwarnings(bad[0], bad[1])
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.simplefilter("ignore", lineno=-1)
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn("x", "notaclass")
except TypeError as e:
    print("TypeError", e)
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
warnings.warn("multi-line",
              UserWarning)
warnings.simplefilter("error")
warnings.warn("final", MyWarning)
