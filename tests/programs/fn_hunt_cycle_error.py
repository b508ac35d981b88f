# `from .a import LATE` while fn_hunt_cyc3.a is still running: CPython's ImportError for a
# partially initialized module, uncaught.
import fn_hunt_cyc3.a

print("not reached")
