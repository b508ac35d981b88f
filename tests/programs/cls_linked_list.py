# A singly linked list of Optional["Node"] with iteration, reversal and removal.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head: Optional[Node] = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "[" + " -> ".join(str(v) for v in self) + "]"

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{value} not in list")

    def middle(self):
        slow = fast = self.head
        while fast is not None and fast.next is not None:
            slow = slow.next
            fast = fast.next.next
        return None if slow is None else slow.value


ll = LinkedList([1, 2, 3])
print(ll, len(ll))
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll.middle())
ll.reverse()
print(ll)
ll.remove(0)
ll.remove(4)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
empty = LinkedList()
print(empty, len(empty), empty.middle(), list(empty))
empty.append(7)
print(empty, sum(ll) + sum(empty))
print(bool(empty), bool(LinkedList()))


def merge_sorted(a: Optional[Node], b: Optional[Node]) -> Optional[Node]:
    dummy = Node(0)
    tail = dummy
    while a and b:
        if a.value <= b.value:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a else b
    return dummy.next


x = LinkedList([1, 4, 9, 10])
y = LinkedList([2, 3, 9, 11, 12])
merged = LinkedList()
merged.head = merge_sorted(x.head, y.head)
merged.size = 9
print(merged)
