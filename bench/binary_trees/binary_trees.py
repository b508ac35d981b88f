# The binary-trees benchmark of the Computer Language Benchmarks Game: allocate and walk
# many perfect binary trees. A node is a tuple (left, right); a leaf is (None, None).
# Usage: binary_trees.py [max_depth]
import sys


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main():
    max_depth = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    min_depth = 4
    max_depth = max(min_depth + 2, max_depth)
    stretch_depth = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch_depth, check_tree(make_tree(stretch_depth))))

    long_lived_tree = make_tree(max_depth)

    for depth in range(min_depth, stretch_depth, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))

    print("long lived tree of depth %d\t check: %d" % (max_depth, check_tree(long_lived_tree)))


main()
