import logging
import sys

log = logging.getLogger("app")
print(log, logging.getLogger("app") is log, log.parent)
print(logging.getLogger(), logging.getLogger("root") is logging.root)
log.warning("no handler: %s", "lastResort")
log.info("not shown")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s"))
log.addHandler(h)
log.addHandler(h)
print(len(log.handlers), h)
log.setLevel(logging.DEBUG)
log.debug("x=%d y=%s", 3, [1, 2])
log.info("dict %(a)s", {"a": 1})
child = logging.getLogger("app.db.conn")
print(child.parent.name, child.getEffectiveLevel(), child.isEnabledFor(logging.DEBUG))
mid = logging.getLogger("app.db")
print(child.parent.name, mid.parent.name)
mh = logging.StreamHandler(sys.stdout)
mh.setFormatter(logging.Formatter("[mid %(levelno)d %(levelname)-8s] %(message)s"))
mid.addHandler(mh)
child.error("boom %r", "q")
mid.propagate = False
child.critical("only mid")
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
child.log(25, "notice!")
print(repr(log), repr(mid), repr(child))
log.setLevel("WARNING")
log.info("hidden")
print(log.level, log.getEffectiveLevel(), child.getEffectiveLevel())
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError", e)
try:
    log.setLevel(2.5)
except TypeError as e:
    print("TypeError", e)
try:
    log.log("x", "m")
except TypeError as e:
    print("TypeError", e)
log.removeHandler(h)
print(log.handlers, log.hasHandlers())
log.warning(ValueError("an exception as message"))
ch = log.getChild("sub")
print(ch.name, ch.parent is log)
logging.disable(logging.ERROR)
mid.critical("after disable")
mid.error("after disable: hidden")
logging.disable(logging.NOTSET)
mid.error("enabled again")
log.warning("bad %d", "notanint")
try:
    log.warning("k", extra={"name": 1})
except KeyError as e:
    print("KeyError", e)
mh.setFormatter(logging.Formatter("%(message)s <%(user)s>"))
mid.warning("with extra", extra={"user": "bob"})
mid.warning("missing extra")
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError", e)
print(logging.WARN, logging.FATAL, logging.BASIC_FORMAT)
print("done")
