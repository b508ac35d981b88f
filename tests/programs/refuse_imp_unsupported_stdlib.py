# Importing a CPython stdlib module molt does not implement is refused at compile time
# (CPython would find it: a run-time ModuleNotFoundError would be wrong output).
try:
    import tomllib
except ImportError:
    tomllib = None
print(tomllib is None)
