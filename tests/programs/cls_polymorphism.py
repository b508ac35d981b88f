# Dynamic dispatch over a heterogeneous list; duck typing; template-method pattern.
class Employee:
    def __init__(self, name, base):
        self.name = name
        self.base = base

    def pay(self):
        return self.base

    def title(self):
        return "employee"

    def report(self):
        return f"{self.name:<6} {self.title():<10} {self.pay():>8.2f}"


class Manager(Employee):
    def __init__(self, name, base, reports):
        super().__init__(name, base)
        self.reports = reports

    def pay(self):
        return super().pay() + 100 * len(self.reports)

    def title(self):
        return "manager"


class Contractor(Employee):
    def __init__(self, name, hours, rate):
        super().__init__(name, 0)
        self.hours, self.rate = hours, rate

    def pay(self):
        overtime = max(0, self.hours - 40)
        return (self.hours - overtime) * self.rate + overtime * self.rate * 1.5

    def title(self):
        return "contractor"


class Intern(Employee):
    def title(self):
        return "intern"


ann = Employee("Ann", 3000)
bob = Intern("Bob", 800)
staff = [ann, bob, Manager("Cat", 5000, [ann, bob]), Contractor("Dan", 45, 50)]
for person in staff:
    print(person.report())
print("total", sum(p.pay() for p in staff))
print("by pay", [p.name for p in sorted(staff, key=lambda p: p.pay(), reverse=True)])
print("titles", {type(p).__name__: p.title() for p in staff})


# Duck typing: anything with .pay() works, no inheritance needed.
class Robot:
    name = "R2"

    def pay(self):
        return 0.0


def payroll(items):
    return [round(i.pay(), 1) for i in items]


print(payroll(staff + [Robot()]))


def describe(thing):
    try:
        return thing.report()
    except AttributeError as e:
        return f"cannot report: {e}"


print(describe(Robot()))
print(describe(Intern("Eve", 1)))


# Overriding a method that base-class code calls (template method).
class Exporter:
    def export(self, rows):
        out = [self.header()]
        out += [self.row(r) for r in rows]
        out.append(self.footer())
        return "\n".join(x for x in out if x is not None)

    def header(self):
        return None

    def row(self, r):
        return str(r)

    def footer(self):
        return None


class CSV(Exporter):
    def header(self):
        return "name,pay"

    def row(self, r):
        return f"{r.name},{r.pay():g}"


class Markdown(CSV):
    def header(self):
        return "| name | pay |\n|---|---|"

    def row(self, r):
        return "| " + super().row(r).replace(",", " | ") + " |"

    def footer(self):
        return f"({len(staff)} rows)"


for exporter in (Exporter(), CSV(), Markdown()):
    print(type(exporter).__name__)
    print(exporter.export(staff[:2]) if type(exporter) is not Exporter else exporter.export([1, 2]))
