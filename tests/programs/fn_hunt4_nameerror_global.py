# A typo of a module global, at module level: "Did you mean: 'length'?".
length = 5
widths = [1, 2]
print(length, widths)
print(lenght * 2)
