"""Two submodules importing each other."""
