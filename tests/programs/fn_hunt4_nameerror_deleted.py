# Reading a deleted global: CPython suggests the closest other name, here a builtin.
items = [1]
del items
print(items)
