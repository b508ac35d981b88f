import mod_cyc_pkg.a
def fb():
    return "fb"
def call_a():
    return mod_cyc_pkg.a.fa()
try:
    print(mod_cyc_pkg.a.fa())
except AttributeError as e:
    print("AttributeError:", e)
try:
    f = mod_cyc_pkg.a.fa
except AttributeError as e:
    print("AttributeError:", e)
print("b done")
