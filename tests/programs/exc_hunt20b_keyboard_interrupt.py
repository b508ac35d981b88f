# An uncaught KeyboardInterrupt (exactly that class) ends the process by SIGINT (no exit
# status), after the traceback, finally blocks and flushed output; a subclass exits 1.
class Stop(KeyboardInterrupt):
    pass

try:
    raise Stop("user stop")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, BaseException), isinstance(e, Exception))
try:
    print("working", end="")
    raise KeyboardInterrupt("first")
finally:
    print(" ... cleanup")
