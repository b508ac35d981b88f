REGISTRY = {}
_order = []


def register(*names, priority=0):
    def deco(func):
        for name in names or (func.__name__,):
            REGISTRY.setdefault(name, []).append((priority, len(_order), func))
            REGISTRY[name].sort(key=lambda t: (-t[0], t[1]))
        _order.append(func.__name__)
        return func
    return deco


def dispatch(event, *args, **kwargs):
    results = []
    for _, _, handler in REGISTRY.get(event, []):
        r = handler(*args, **kwargs)
        if r is StopIteration:
            break
        results.append(r)
    return results


def order():
    return list(_order)
