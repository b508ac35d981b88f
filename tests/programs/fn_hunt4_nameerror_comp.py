# A typo inside a comprehension: its frame has only its own variables.
values = [1, 2]
print([valu for v in values])
