# sys.exit with a string prints it to stderr and exits with status 1.
import sys

def require(count):
    given = len(sys.argv) - 1
    if given < count:
        sys.exit("usage: prog FILE [FILE...] (need " + str(count) + " arguments, got " + str(given) + ")")
    return given

print("checking arguments")
require(2)
print("not reached")
