# lib.cyc.a imports lib.cyc.b, which imports a name of the partially initialized lib.cyc.a:
# CPython raises ImportError at run time; molt refuses the cycle at compile time.
from lib.cyc import a

print(a.VALUE)
