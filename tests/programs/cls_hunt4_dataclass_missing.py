from dataclasses import dataclass, field, fields, MISSING
@dataclass
class A:
    x: int
    y: list = field(default_factory=list)
    z: int = 3
for f in fields(A):
    print(f.name, f.default is MISSING, f.default_factory is MISSING)
print(MISSING is MISSING, type(MISSING).__name__)
