from . import audit, mailer
from .mailer import outbox

loaded = [audit.__name__, mailer.__name__]
