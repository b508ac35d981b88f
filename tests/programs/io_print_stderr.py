# print to stderr with file=sys.stderr, and flush=True on stdout.
import sys

def log(msg):
    print("[log]", msg, file=sys.stderr)

print("step 1", flush=True)
log("starting work")
total = 0
for i in range(5):
    total += i * i
    print("partial", total, flush=True)
log("finished with total " + str(total))
print("result:", total, file=sys.stdout)
print("warning: stderr line", file=sys.stderr, flush=True)
print("done")
