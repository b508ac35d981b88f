"""Helpers.

Second paragraph."""
def own_doc():
    # A function's body reads the module's __doc__, not its own docstring.
    """function docstring"""
    return __doc__
