"""A package re-exporting its modules' names with `import *` (fn_hunt_star_import.py)."""
from .shapes import *
from .units import *
from . import units

print("package:", Circle.__name__, SCALE, hyp(6, 8), units.SCALE)
