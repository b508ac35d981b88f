# A class's own `register` classmethod is an ordinary method, not ABCMeta.register.
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return x
@Registry.register
def f(): pass
Registry.register(3)
print(Registry.items[1:])
