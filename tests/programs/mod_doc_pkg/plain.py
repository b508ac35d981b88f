# A comment is not a docstring.
VALUE = 1
def own_doc():
    return __doc__
