"""A package with relative imports inside it."""
from .vector import Vec
from .polygon import Polygon, regular

__all__ = ["Vec", "Polygon", "regular"]
