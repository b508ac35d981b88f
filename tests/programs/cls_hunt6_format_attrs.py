# str.format fields that reach attributes of user objects ("{0.name}", "{.boss.name}",
# properties, class attributes, exception args) and mix them with indexes.
class Employee:
    company = "Acme"

    def __init__(self, name, salary, boss=None):
        self.name = name
        self.salary = salary
        self.boss = boss
        self.skills = {"py": 5, "rust": 3}

    @property
    def monthly(self):
        return self.salary / 12


ann = Employee("ann", 91000.0)
bob = Employee("bob", 60000, ann)
print("{0.name} earns {0.salary:,.2f} ({0.monthly:.1f}/month)".format(ann))
print("{.name} reports to {.boss.name}".format(bob, bob))
print("{e.name}@{e.company}: rust={e.skills[rust]}".format(e=bob))
print("{0.__class__.__name__} {1.real} {2.imag}".format(ann, 7, 2.5))
print("{0.boss}".format(ann), "{0.boss.salary:>10}".format(bob))
try:
    raise KeyError("missing", 3)
except KeyError as exc:
    print("caught {0.args} / {0.args[1]}".format(exc))
try:
    print("{0.age}".format(ann))
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    print("{0.skills[go]}".format(ann))
except KeyError as exc:
    print("KeyError:", exc)
template = "{p.name:<6}|{p.salary:>9.1f}|{p.boss.name!r:>6}"
for p in [bob, Employee("cy", 42000.5, bob)]:
    print(template.format(p=p))
