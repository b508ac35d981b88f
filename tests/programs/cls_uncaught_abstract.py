# Instantiating an abstract class at top level: uncaught TypeError, exit code 1.
from abc import ABC, abstractmethod


class Repository(ABC):
    @abstractmethod
    def load(self, key):
        ...

    @abstractmethod
    def save(self, key, value):
        ...

    @abstractmethod
    def delete(self, key):
        ...


class MemoryRepository(Repository):
    def __init__(self):
        self.items = {}

    def load(self, key):
        return self.items[key]

    def save(self, key, value):
        self.items[key] = value


class FullRepository(MemoryRepository):
    def delete(self, key):
        del self.items[key]


r = FullRepository()
r.save("x", 1)
print(r.load("x"))
r.delete("x")
print(len(r.items))
m = MemoryRepository()
print("unreachable")
