# A module's `__file__`: the script's absolute path, known when compiling (it was a
# NameError when the program ran, then refused).
import os

here = os.path.dirname(os.path.abspath(__file__))
print(here.endswith("programs"))
