import logging
import sys

# %(lineno)d needs the caller's frame, which molt does not keep: refused, not approximated.
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s:%(lineno)d %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.warning("hello")
