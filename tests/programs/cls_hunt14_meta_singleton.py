class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        print(f"Singleton.__call__ for {cls.__name__} args={args} kwargs={kwargs}")
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        print("Config.__init__", name, debug)
        self.name = name
        self.debug = debug

    def __repr__(self):
        return f"Config({self.name!r}, debug={self.debug})"


class Logger(metaclass=Singleton):
    def __init__(self):
        print("Logger.__init__")
        self.lines = []


a = Config("app", debug=True)
b = Config("other")
print(a is b, a, b)
l1 = Logger()
l2 = Logger()
l1.lines.append("x")
print(l1 is l2, l2.lines)
print(type(Config), type(Config).__name__, isinstance(Config, Singleton), isinstance(a, Config))
print(isinstance(Config, type), issubclass(Singleton, type))
print(len(Singleton._instances), sorted(k.__name__ for k in Singleton._instances))
print(type(a))


class Cache(type):
    def __call__(cls, key):
        store = cls.__dict__.get("_store")
        if store is None:
            store = {}
            cls._store = store
        if key in store:
            print("hit", key)
            return store[key]
        obj = super().__call__(key)
        store[key] = obj
        return obj


class Point(metaclass=Cache):
    def __init__(self, key):
        self.key = key


p = Point(1)
q = Point(1)
r = Point(2)
print(p is q, p is r, p.key, r.key, sorted(Point._store))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
Config.__init__ = None
x = Config("z")
print(x)
