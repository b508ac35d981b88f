# An uncaught KeyboardInterrupt ends the process by SIGINT (no exit status), after the
# traceback and after finally blocks and flushed output.
class Stop(KeyboardInterrupt):
    pass

try:
    raise KeyboardInterrupt("first")
except KeyboardInterrupt as e:
    print("caught", repr(e), isinstance(e, BaseException), isinstance(e, Exception))
try:
    print("working", end="")
    raise Stop("user stop")
finally:
    print(" ... cleanup")
