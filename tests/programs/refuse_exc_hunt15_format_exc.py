# traceback.format_exc() returns the frame lines, which molt cannot reproduce: refused.
import traceback

try:
    1 / 0
except ZeroDivisionError:
    print(traceback.format_exc())
