# list(x), tuple(x), sorted(x), list.extend(x) and `l += x` ask a user object for its
# length (PyObject_LengthHint) after iter(x) and before the first item: a printing
# __len__ shows the order; __length_hint__ is asked when there is no __len__.


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        print("iter")
        return iter(self.cards)

    def __len__(self):
        print("len")
        return len(self.cards)


class Lazy:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("lazy iter")
        i = 0
        while i < self.n:
            print("yield", i)
            yield i
            i += 1


class Hinted(Lazy):
    def __length_hint__(self):
        print("hint")
        return self.n


d = Deck(["é", "b", "a"])
print(list(d))
print(tuple(d))
print(sorted(d))
acc = ["x"]
acc.extend(d)
print(acc)
acc += d
print(acc)
print(list(Lazy(2)), tuple(Hinted(2)))
print(list(Deck([])), sorted(Hinted(0)))


def typed(items):
    return list(items)


print(typed(Deck([3, 1, 2])))


class BadLen(Deck):
    def __len__(self):
        print("bad len")
        return "three"


# A TypeError from __len__ falls through to __length_hint__ (absent here): no error.
print(list(BadLen([1])))


class NegLen(Deck):
    def __len__(self):
        print("neg len")
        return -1


try:
    list(NegLen([1]))
except ValueError as e:
    print("ValueError:", e)


class BadHint(Lazy):
    def __length_hint__(self):
        return "many"


try:
    tuple(BadHint(1))
except TypeError as e:
    print("TypeError:", e)


class NegHint(Lazy):
    def __length_hint__(self):
        return -5


try:
    sorted(NegHint(1))
except ValueError as e:
    print("ValueError:", e)


class NIHint(Lazy):
    def __length_hint__(self):
        print("ni hint")
        return NotImplemented


print(list(NIHint(1)))


class RaisingHint(Lazy):
    def __length_hint__(self):
        raise TypeError("ignored")


print(list(RaisingHint(1)))


class KeyLen(Deck):
    def __len__(self):
        raise KeyError("boom")


list(KeyLen([1]))
