# if / elif / else chains and truthiness of conditions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"

for s in [100, 90, 89.99, 80, 75, 60, 59, 0, -10]:
    print(s, grade(s))
for v in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 15
if x > 10:
    if x > 20:
        print("huge")
    else:
        print("medium")
elif x > 5:
    print("unreachable")
if x:
    pass
else:
    print("never")
print("done")
