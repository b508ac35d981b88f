"""Two modules importing names of each other (fn_hunt_cycle_error.py)."""
