from . import b

VALUE = 1
