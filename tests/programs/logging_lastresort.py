import logging

logging.warning("module-level warning auto-configures root")
logging.info("not shown")
log = logging.getLogger("svc")
log.error("to stderr with BASIC_FORMAT")
def f(x):
    return 1 / x
try:
    f(0)
except ZeroDivisionError:
    log.exception("failed computing f(%d)", 0)
    logging.error("again", exc_info=True)
log.error("no exception active", exc_info=True)
raise SystemExit(3)
