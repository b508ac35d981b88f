registry = []
print("models: start")
from . import views
import fn_hunt_cyc2.views as v2


class Model:
    def __init__(self, name):
        self.name = name
        registry.append(self)

    def render(self):
        return views.render(self)


def helper():
    return "helper of " + __name__


LIMIT = 3
print("models: end", views.count(), v2 is views)
