# str.format with positional, keyword and indexed fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age} years".format(name="Ann", age=30))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "val"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:,}".format(1234567))
print("{0!r} {0!s}".format("q"), "{!r}".format([1, "a"]))
print("{{literal}} {}".format("x"))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print("{:+d} {: d} {:d}".format(5, 5, -5))
print("{:e} {:.2E} {:g} {:%}".format(12345.678, 0.000123, 1e-10, 0.25))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{missing}".format(x=1))
except KeyError as e:
    print("KeyError:", e)
