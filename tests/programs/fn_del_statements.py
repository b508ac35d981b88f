# del of names, list items and slices, dict keys, attributes; errors for missing targets.
x = 10
y = [1, 2, 3]
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
alias = y
del y
print(alias)

nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:5]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))
try:
    del nums[0]
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
d["b"] = 4
print(d)            # re-added key goes to the end

nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)

a, b, c = 1, 2, 3
del a, b
try:
    print(c, b)
except NameError as e:
    print(c, "NameError:", e)


class Box:
    pass


box = Box()
box.value = 1
box.other = 2
del box.value
print(hasattr(box, "value"), box.other)
try:
    del box.value
except AttributeError as e:
    print("AttributeError:", e)


def local_del():
    temp = [1, 2]
    result = len(temp)
    del temp
    try:
        return temp
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e} (result was {result})"


print(local_del())

# del in a loop over a copy while deleting from the original.
inventory = {"apple": 0, "pear": 3, "fig": 0, "kiwi": 5}
for name in list(inventory):
    if inventory[name] == 0:
        del inventory[name]
print(inventory)

# del of a tuple item is a TypeError; del of a str slice too.
t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
matrix = [[1, 2], [3, 4], [5, 6]]
del matrix[1][0], matrix[0]
print(matrix)
