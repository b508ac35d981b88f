for f in [lambda: "{}".format_map({}), lambda: "x".format_map(), lambda: "{0}".format_map({}), lambda: "{a}".format_map({}), lambda: "{a}".format_map(3), lambda: "abc".__format__(3),lambda: "x".format_map({},{})]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
class D(dict):
  def __missing__(self, k): return "<"+k+">"
print("{a} {b[0]} {c.real}".format_map(D(b=[5], c=3)), "abc".__format__(">5"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
# A direct __format__ call names itself; format() names its second argument.
for f in [lambda: (5).__format__(3), lambda: (2.5).__format__(3), lambda: [1].__format__(3), lambda: format(5, 3)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
