# A binary search tree of Optional["TreeNode"] with insert, search, delete and traversals.
from typing import Optional


class TreeNode:
    def __init__(self, key: int):
        self.key = key
        self.left: Optional["TreeNode"] = None
        self.right: Optional["TreeNode"] = None


class BST:
    def __init__(self):
        self.root: Optional[TreeNode] = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    break
                node = node.right
        self.count += 1
        return True

    def __contains__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        out = []

        def walk(n):
            if n is None:
                return
            walk(n.left)
            out.append(n.key)
            walk(n.right)

        walk(self.root)
        return out

    def preorder(self):
        out, stack = [], [self.root]
        while stack:
            n = stack.pop()
            if n is None:
                continue
            out.append(n.key)
            stack.append(n.right)
            stack.append(n.left)
        return out

    def levels(self):
        result = []
        level = [self.root] if self.root else []
        while level:
            result.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c is not None]
        return result

    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        if removed:
            self.count -= 1
        return removed

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key = succ.key
        node.right, _ = self._delete(node.right, succ.key)
        return node, True


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    print(k, t.insert(k), end="; ")
print()
print("count", t.count, "height", t.height())
print("inorder", t.inorder())
print("preorder", t.preorder())
print("levels", t.levels())
print(40 in t, 41 in t, 65 in t)
for k in [20, 30, 50, 99]:
    print("delete", k, t.delete(k), t.inorder())
print("levels", t.levels(), "count", t.count)
empty = BST()
print(empty.inorder(), empty.levels(), empty.height(), 1 in empty)
