"""The package's docstring."""
from . import plain, documented
