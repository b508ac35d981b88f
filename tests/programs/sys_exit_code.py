# sys.exit with an integer status code.
import sys

def process(items):
    failures = 0
    for item in items:
        if item < 0:
            print("bad item:", item)
            failures += 1
        else:
            print("ok item:", item)
    return failures

failed = process([4, -1, 7, -3, 0])
print("failures:", failed)
if failed:
    sys.exit(3)
print("not reached")
