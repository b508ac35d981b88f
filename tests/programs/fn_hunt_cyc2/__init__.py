"""A package whose modules import each other (fn_hunt_import_cycle.py)."""
