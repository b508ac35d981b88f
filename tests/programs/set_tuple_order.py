# Sets of tuples and mixed hashable values.
points = {(0, 0), (1, 2), (2, 1), (-1, -1), (10, 10), (3, 4)}
print(points)
print((1, 2) in points, (2, 2) in points)
visited = set()
x, y = 0, 0
for move in "RRUULDDDLR":
    if move == "R":
        x += 1
    elif move == "L":
        x -= 1
    elif move == "U":
        y += 1
    else:
        y -= 1
    visited.add((x, y))
print(visited, len(visited))
mixed = {1, "one", (1,), 2.5, (), False, -3}
print(mixed)
print({("a", 1), ("b", 2), ("a", 2)})
try:
    bad = {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print("TypeError:", e)
