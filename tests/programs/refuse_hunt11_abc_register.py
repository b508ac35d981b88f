# ABCMeta.register (virtual subclasses) is refused: isinstance would answer differently.
from abc import ABC
class Shape(ABC):
    pass
class Sq:
    pass
Shape.register(Sq)
print(isinstance(Sq(), Shape))
