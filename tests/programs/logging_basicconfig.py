import logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("started %s", "app")
logging.debug("hidden")
logging.basicConfig(level=logging.DEBUG)  # no effect: root has a handler
logging.debug("still hidden")
log = logging.getLogger(__name__)
log.info("from %s", __name__)
print(logging.root.handlers)
logging.basicConfig(stream=sys.stdout, format="%(message)s", force=True, level="DEBUG")
logging.debug("after force")
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, stream=sys.stdout, handlers=[])
except ValueError as e:
    print(e)
logging.basicConfig(handlers=[logging.StreamHandler(sys.stdout), logging.NullHandler()], force=True, format="H %(message)s")
logging.warning("two handlers")
print(logging.root.handlers)
def work(n):
    log.info("work(%d)", n)
    return n * 2
print(sum(work(i) for i in range(3)))
logging.root.setLevel(logging.WARNING)
logging.error("err %s %s", 1, 2)
logging.critical("crit")
