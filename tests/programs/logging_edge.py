# logging edge cases: argument handling, level names, a StringIO stream, RootLogger's class.
import io
import logging
import sys

buf = io.StringIO()
h = logging.StreamHandler(buf)
print(h, logging.StreamHandler(), logging.NullHandler(), logging.Formatter, logging.StreamHandler)
h.setLevel("INFO")
h.setFormatter(logging.Formatter("%(levelname)-8s|%(name)10s|%(levelno)03d|%(message)s"))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(1)
logging.warning("root has a handler: no basicConfig")
logging.info("%s")
logging.info("a %s", ())
logging.info("x %s", {})
logging.info("%(a)s", {"a": 1}, 2)
logging.info("t %s %s", *("p", "q"))
logging.debug("below handler level")
logging.log(25, "custom %d", 25)
logging.getLogger("a.b.c").info("deep")
log = logging.getLogger("a")
print(logging.getLogger("a.b.c").parent.name, logging.getLogger("a.b").parent.name)
print(logging.getLogger("a.b.c").parent.name, logging.getLogger("a.b").parent is log)
print(logging.getLevelName("Level 5"), logging.getLevelName(True), logging.getLevelName(50))
log.setLevel(True)
print(log.level, log.getEffectiveLevel(), log.isEnabledFor(1), log.isEnabledFor(2))
try:
    logging.Formatter("%(message)")
except ValueError as e:
    print(e)
print(logging.Formatter("%(message)s %%", validate=False)._fmt)
logging.disable()
logging.critical("off")
logging.disable(0)
logging.critical("on")
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
class Thing:
    def __str__(self):
        return "Thing!"
    def __repr__(self):
        return "<Thing>"
logging.error(Thing())
logging.error("%r %s", Thing(), Thing())
logging.error(KeyError("k"))
logging.error(["list", 1])
print(buf.getvalue(), end="")
print(repr(root), repr(log))
r = logging.getLogger()
print(type(r), type(r) is logging.Logger, issubclass(type(r), logging.Logger), type(logging.getLogger("x")) is logging.Logger)
try:
    1 / 0
except ZeroDivisionError:
    logging.error("no traceback", exc_info=False)
print(buf.getvalue().splitlines()[-1])
