print("init mod_late_pkg")
