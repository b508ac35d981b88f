# `import lib.shapes` and `import lib.textutil as tu`: module attributes, module-level state,
# and a module's top-level code running exactly once.
import lib.shapes
import lib.textutil as tu
import lib.shapes            # already imported: no second "loading" line
import lib

print("package version", lib.VERSION)
print(lib.shapes.__name__, tu.__name__, lib.shapes.UNIT)
shapes = [lib.shapes.Circle(1), lib.shapes.Square(3), lib.shapes.Circle(0.5)]
for s in shapes:
    print(lib.shapes.describe(s))
print("total %.4f" % lib.shapes.total_area(shapes))
print("created in module:", lib.shapes.created)

# Module attributes can be rebound from outside, and module functions see the change.
lib.shapes.UNIT = "m"
print(lib.shapes.describe(shapes[1]))
print(isinstance(shapes[0], lib.shapes.Circle), type(shapes[1]).__name__, type(shapes[1]).__module__)

print(tu.slugify("Hello, World! Python 3.11"), tu.slugify("  --Already-slugged--  "))
print(tu.wrap("the quick brown fox jumps over the lazy dog", 10))
print(tu.call_count("slugify"), tu.fmt_num(2.50), tu.fmt_num(3.0), tu.fmt_num(7))
try:
    lib.shapes.Triangle
except AttributeError as e:
    print("AttributeError:", e)
