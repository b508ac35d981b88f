"""Module state shared through imports (imp_module_state.py)."""
