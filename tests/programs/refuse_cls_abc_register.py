# Registering a virtual subclass with a collections.abc class would change what isinstance
# answers for it: refused at compile time (subclassing the ABC is supported).
import collections.abc


class Pair:
    def __getitem__(self, i):
        return (1, 2)[i]

    def __len__(self):
        return 2


collections.abc.Sequence.register(Pair)
print(isinstance(Pair(), collections.abc.Sequence))
