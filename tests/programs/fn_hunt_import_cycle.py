# Modules of a package importing each other (fn_hunt_cyc2): names bound before the cycle are
# visible, later ones raise CPython's errors until the module finishes, functions see all.
from fn_hunt_cyc2 import models
from fn_hunt_cyc2.views import render, late, too_early
import fn_hunt_cyc2.views

a = models.Model("a")
b = models.Model("b")
print(a.render(), b.render(), render(a))
print(late(), too_early(), fn_hunt_cyc2.views.count())
print(len(models.registry), fn_hunt_cyc2.models.registry is models.registry)
