# getattr/setattr/hasattr/delattr with constant names, defaults, and __getattr__ fallbacks.
class Settings:
    debug = False

    def __init__(self):
        self.name = "app"
        self.retries = 3


s = Settings()
print(getattr(s, "name"), getattr(s, "debug"), getattr(s, "missing", "default"), getattr(s, "missing", None))
print(hasattr(s, "retries"), hasattr(s, "timeout"), hasattr(Settings, "debug"), hasattr(Settings, "name"))
setattr(s, "timeout", 30)
setattr(s, "retries", getattr(s, "retries") + 1)
print(s.timeout, s.retries, sorted(vars(s)))
delattr(s, "timeout")
print(hasattr(s, "timeout"))
try:
    getattr(s, "timeout")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "timeout")
except AttributeError as e:
    print("AttributeError:", e)
try:
    del s.debug            # class attribute cannot be deleted through the instance
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)

# Applying a table of updates by attribute name.
updates = [("name", "svc"), ("debug", True), ("retries", 0)]
for key, value in updates:
    if hasattr(s, key):
        setattr(s, key, value)
print(s.name, s.debug, s.retries, Settings.debug)

# Method lookup by name.
text = "Hello World"
for method in ("upper", "lower", "swapcase", "title"):
    print(method, getattr(text, method)())


# __getattr__ is only called for missing attributes.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.lookups = []

    def __getattr__(self, name):
        self.lookups.append(name)
        if name.startswith("x_"):
            raise AttributeError(f"{type(self).__name__} hides {name!r}")
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.lookups, p.count(1))
print(hasattr(p, "x_secret"), getattr(p, "x_secret", "hidden"), hasattr(p, "index"))
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)


# __setattr__ and __delattr__ interception.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_changes", [])
        for k, v in fields.items():
            setattr(self, k, v)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private attribute {name}")
        self._changes.append(f"set {name}={value!r}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self._changes.append(f"del {name}")
        object.__delattr__(self, name)


r = Record(a=1, b="two")
r.a = 10
del r.b
try:
    r._hidden = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r._changes, r.a, hasattr(r, "b"))


# Attributes on functions and classes.
def handler():
    return "handled"


handler.route = "/home"
setattr(handler, "methods", ["GET"])
print(handler.route, getattr(handler, "methods"), handler.__name__, handler())
setattr(Settings, "version", "1.0")
print(s.version, Settings.version, getattr(Settings, "__name__"))
