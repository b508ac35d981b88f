# SystemExit can be caught like other exceptions; its args carry the status.
import sys

def quit_with(value):
    sys.exit(value)

for v in [0, 5, "text message", None, (1, 2)]:
    try:
        quit_with(v)
    except SystemExit as e:
        print("caught SystemExit with args", e.args, repr(str(e)))
try:
    sys.exit(2)
except Exception:
    print("SystemExit is not an Exception; not caught here")
except SystemExit:
    print("caught by explicit SystemExit clause")
try:
    try:
        sys.exit(7)
    finally:
        print("inner finally")
except SystemExit as e:
    print("outer caught", e)
print("finishing with exit code 4")
sys.exit(4)
