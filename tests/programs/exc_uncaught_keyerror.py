# An uncaught KeyError ends the program with exit code 1.
inventory = {"apples": 3, "pears": 0}

def take(name):
    count = inventory[name]
    inventory[name] = count - 1
    return count

print("took", take("apples"))
print("took", take("pears"))
print("about to fail")
print(take("x"))
print("never printed")
