print("views: start")
from . import models
from .models import registry
import fn_hunt_cyc2.models

try:
    from .models import Model
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])

try:
    print(models.LIMIT)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(fn_hunt_cyc2.models.registry)
except AttributeError as e:
    print("AttributeError:", e)
print("registry seen early:", registry, models.registry is registry)


def render(obj):
    return f"<{obj.name} {len(models.registry)}/{models.LIMIT}>"


def count():
    return len(registry)


def late():
    from .models import helper, LIMIT
    return helper(), LIMIT, fn_hunt_cyc2.models.LIMIT


def too_early():
    return models.helper()


try:
    too_early()
except AttributeError as e:
    print("AttributeError:", e)
print("views: end")
