# type(it).__name__ of iterator objects made by a dynamic call and unboxed (was 'iterator').
for it in [enumerate([]), zip(), map(str, []), filter(None, []), reversed([1]), iter([1]), iter((1,)), iter("a"), iter({}), iter(set()), iter(range(2)), reversed(range(3)), iter({}.items()), iter({}.values())]:
    print(type(it).__name__, it.__class__.__name__)
