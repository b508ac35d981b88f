"""Helper modules imported by the imp_*.py programs (the harness only runs top-level files)."""
VERSION = "1.2"
