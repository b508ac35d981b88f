class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class ConfigError(AppError):
    code = 2


class ParseError(ConfigError, ValueError):
    code = 3

    def __init__(self, line, text):
        super().__init__(f"line {line}: cannot parse {text!r}", detail="syntax")
        self.line = line


class NotFound(AppError, KeyError):
    code = 4


class Empty(Exception):
    pass


class WithArgs(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


def parse_config(lines):
    out = {}
    for i, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "=" not in line:
            raise ParseError(i, line)
        k, v = (p.strip() for p in line.split("=", 1))
        if not k:
            raise ConfigError("empty key", detail=f"line {i}")
        try:
            out[k] = int(v)
        except ValueError:
            out[k] = v
    return out


def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise NotFound(f"missing {key}") from e


cfg = parse_config(["a = 1", "# comment", "b = hello", "", "c=3"])
print(cfg)
for bad in [["x = 1", "oops"], [" = 4"]]:
    try:
        parse_config(bad)
    except ConfigError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", e.code, isinstance(e, ValueError))
try:
    lookup(cfg, "zz")
except KeyError as e:
    print("KeyError caught:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise Empty
    except Empty as e:
        print("Empty:", repr(e), str(e) == "", e.args)
        raise WithArgs(1, 2)
except WithArgs as e:
    print("WithArgs:", e.a, e.b, e.args, repr(e), str(e), type(e.__context__).__name__)

errs = [AppError("a"), ConfigError("b", detail="d"), ParseError(3, "zz"), NotFound("k")]
for e in errs:
    print(f"{type(e).__name__:12} {e!s:40} {[c.__name__ for c in type(e).__mro__]}")


def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    if n < 0:
        raise ValueError(n)
    return 10 // n


results = []
for n in [2, 0, -1, 5]:
    try:
        r = risky(n)
    except (ZeroDivisionError, ValueError) as e:
        results.append(f"{type(e).__name__}:{e}")
    else:
        results.append(r)
    finally:
        results.append("|")
print(results)


class Retry:
    def __init__(self, attempts):
        self.attempts = attempts
        self.errors = []

    def run(self, fn):
        for i in range(self.attempts):
            try:
                return fn(i)
            except RuntimeError as e:
                self.errors.append(str(e))
        raise RuntimeError(f"gave up after {self.attempts}") from ExceptionGroupLike(self.errors)


class ExceptionGroupLike(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


def flaky(i):
    if i < 2:
        raise RuntimeError(f"fail {i}")
    return f"ok at {i}"


r = Retry(5)
print(r.run(flaky), r.errors)
r2 = Retry(2)
try:
    r2.run(flaky)
except RuntimeError as e:
    print(e, "<-", e.__cause__, e.__cause__.errors)
e = AppError("x")
e.extra = 5
print(e.extra, hasattr(e, "detail"), e.detail)
print(issubclass(ParseError, Exception), issubclass(NotFound, LookupError))
ex = ValueError("a", 2)
print(ex.args, str(ex), repr(ex))
raise ParseError(9, "boom") from KeyError("k")
