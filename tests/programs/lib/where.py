# Used by mod_dunder_file.py: an imported module's __file__.
def here():
    return __file__
