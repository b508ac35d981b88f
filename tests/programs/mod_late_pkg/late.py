print("init mod_late_pkg.late")
VALUE = 41
