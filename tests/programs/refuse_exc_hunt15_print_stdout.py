# traceback.print_exc(file=sys.stdout) would put frame lines on stdout: refused.
import sys
import traceback

try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
