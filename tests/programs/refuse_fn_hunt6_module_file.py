# A module's `__file__` is not a name molt's modules have: refused at compile time (it was
# a NameError when the program ran).
import os

here = os.path.dirname(os.path.abspath(__file__))
print(here.endswith("programs"))
