# and/or return operand values; not always returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print("a" and "b" and "c", "a" and "" and "c", [] or {} or "last")
print(not 0, not 1, not "", not "x", not [], not None, not not 5)
name = ""
display = name or "anonymous"
print(display)
items = None
count = items and len(items)
print(count)
items = [1, 2]
count = items and len(items)
print(count)

def side(label, value):
    print("called", label)
    return value

print(side("a", 0) and side("b", 1))
print(side("a", 1) and side("b", 0))
print(side("a", 1) or side("b", 0))
print(side("a", 0) or side("b", 0) or side("c", "c"))
print(True + (3 > 2) * 2, bool(0.0), bool(-0.0), bool(0), bool("False"), bool(" "))
print(bool([]), bool([[]]), bool({}), bool({0: 0}), bool(set()), bool(()), bool((0,)), bool(None))
x = 5
print(x > 3 and x < 10, x > 3 and "big" or "small", x < 3 and "big" or "small")
