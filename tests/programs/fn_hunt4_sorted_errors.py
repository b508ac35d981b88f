# Argument errors of sorted/min/max worded like CPython (sorted's keywords go to list.sort).
s = sorted
for call in [lambda: s([1], reversed=True), lambda: sorted([2, 1], reversed=True), lambda: s([1], True), lambda: sorted(), lambda: s(), lambda: [3].sort(rev=1), lambda: min([1], kee=1), lambda: max(1, 2, default=0)]:
    try:
        print(call())
    except TypeError as e:
        print(e)
