print("init mod_late_pkg.tools")
COUNT = 3


def triple(x):
    return x * COUNT
