import warnings

def g():
    warnings.warn("from module")

def d():
    warnings.warn("dep in helper", DeprecationWarning)
