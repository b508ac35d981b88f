# SystemExit.code
import sys
for a in [None, 3, "m", None]:
    try:
        sys.exit(a)
    except SystemExit as e:
        print(repr(e.code), e.args)
