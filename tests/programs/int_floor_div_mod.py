# Floor division and modulo semantics across sign combinations.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (1, 1), (-1, 1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 20 + 7
for d in [3, -3, 10 ** 10, -(10 ** 10)]:
    print(big // d, big % d, -big // d, -big % d)
for a in [-3, -2, -1, 0, 1, 2, 3]:
    print(a % 3, a // 3, end=" | ")
print()
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.5)
