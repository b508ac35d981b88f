# An uncaught exception raised with `from`: stderr shows both, the last line is the outer one.
class StorageError(Exception):
    pass


class Store:
    def __init__(self):
        self.data = {"a": 1}

    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise StorageError(f"cannot load {key!r}") from e


s = Store()
print(s.get("a"))
print(s.get("b"))
