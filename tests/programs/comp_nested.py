# Nested comprehensions: flattening, matrices, cartesian products, nested conditions.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * 10 for x in row if x % 2] for row in matrix])
print([x for row in matrix if sum(row) > 6 for x in row if x != 5])
print([(i, j) for i in range(4) for j in range(i)])
print([[i * j for j in range(1, 5)] for i in range(1, 4)])
print({(r, c): matrix[r][c] for r in range(3) for c in range(3) if r == c})
print(sum(x for row in matrix for x in row if x > 4))
suits, ranks = "SH", "AKQ"
print([r + s for s in suits for r in ranks])
print([[c for c in word] for word in ["ab", "", "cde"]])
# Pythagorean triples.
print([(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
# Flatten one level with a nested list comprehension over a ragged list.
ragged = [[1], [], [2, 3], [4, [5, 6]]]
print([item for sub in ragged for item in sub])
# Identity matrix and transposition via zip inside a comprehension.
n = 4
ident = [[int(i == j) for j in range(n)] for i in range(n)]
print(ident)
print([list(col) for col in zip(*matrix)] == [[row[i] for row in matrix] for i in range(3)])
# A comprehension inside a comprehension's condition.
groups = [[2, 4, 6], [1, 2], [8], [3, 5]]
print([g for g in groups if all(x % 2 == 0 for x in g)])
print({i: [w for w in "a bb ccc dd e".split() if len(w) == i] for i in range(1, 4)})
# Nested dict comprehension.
table = {name: {k: v * 2 for k, v in scores.items()} for name, scores in {"x": {"a": 1}, "y": {"b": 2, "c": 3}}.items()}
print(table)
# Generator of generators.
print([list(range(k)) for k in range(4)], [sum(range(k)) for k in range(6)])
