# raise ... from ..., implicit chaining (__context__), and `from None`.
class ConfigError(Exception):
    pass


def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError as e:
        raise ConfigError(f"port not a number: {cfg['port']!r}") from e


for cfg in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", read_port(cfg))
    except ConfigError as e:
        cause = e.__cause__
        print("ConfigError:", e, "| cause:", type(cause).__name__, cause, "| context is cause:", e.__context__ is cause)


# Implicit chaining: raising inside an except block sets __context__ only.
def cleanup_fails():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("cleanup failed")


try:
    cleanup_fails()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


# from None hides the context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None


try:
    lookup({}, "z")
except LookupError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


# Chains can be walked.
def level3():
    raise ValueError("root cause")


def level2():
    try:
        level3()
    except ValueError as e:
        raise TypeError("middle") from e


def level1():
    try:
        level2()
    except TypeError as e:
        raise RuntimeError("top") from e


try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}: {cur}")
        cur = cur.__cause__
    print(" <- ".join(chain))


# raise from an exception class instantiates it.
try:
    raise KeyError("k") from IndexError
except KeyError as e:
    print(repr(e.__cause__))

# Cause must be an exception.
try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e)


# Re-raising with bare raise keeps the same object.
def reraise():
    try:
        raise ConfigError("same")
    except ConfigError as first:
        try:
            raise
        except ConfigError as second:
            return first is second


print(reraise())
