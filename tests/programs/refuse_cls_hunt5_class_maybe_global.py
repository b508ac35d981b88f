# A class-body read of a class name bound on some paths only, while a global of that name
# exists: LOAD_NAME would fall back to the global at run time, which molt does not compile.
import sys

x = 5


class A:
    if len(sys.argv) > 3:
        x = 1
    y = x


print(A.y)
