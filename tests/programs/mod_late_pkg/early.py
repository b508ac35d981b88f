print("init mod_late_pkg.early")
VALUE = 1
