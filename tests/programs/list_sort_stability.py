# Sorting is stable: equal keys keep their original order.
records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"), ("dave", 25, "NY"),
           ("eve", 35, "LA"), ("frank", 30, "LA"), ("grace", 25, "SF")]

def age(r):
    return r[1]

def city(r):
    return r[2]

by_age = sorted(records, key=age)
for r in by_age:
    print(r)
print("---")
by_city_then_age = sorted(sorted(records, key=age), key=city)
for r in by_city_then_age:
    print(r)
print("---")
desc = sorted(records, key=age, reverse=True)
for r in desc:
    print(r[0], end=" ")
print()
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed = [-2, 2, -1, 1, 0, -3, 3]
print(sorted(mixed, key=abs), sorted(mixed, key=abs, reverse=True))
