import mod_cyc_pkg.b
def fa():
    return "fa+" + mod_cyc_pkg.b.fb()
print("a done")
