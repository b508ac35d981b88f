# lib.cyc.a imports lib.cyc.b, which imports a name of the partially initialized lib.cyc.a:
# CPython raises ImportError at run time, and so does molt (the cycle itself is accepted).
from lib.cyc import a

print(a.VALUE)
