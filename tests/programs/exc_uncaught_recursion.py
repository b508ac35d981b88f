# Unbounded recursion ends with an uncaught RecursionError.
def walk(node, depth):
    if node is None:
        return depth
    return walk(node, depth + 1)

print(walk(None, 0))
print(walk("root", 0))
