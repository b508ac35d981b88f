"""An event/plugin package for fn_hunt_plugins.py."""
from .registry import register, REGISTRY, dispatch
from . import events

__all__ = ["register", "dispatch", "events"]
VERSION = (1, 2)
