EARLY = "early"
from .b import from_b

LATE = "late"
