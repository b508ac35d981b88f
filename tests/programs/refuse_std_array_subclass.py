# array.array is a native object in molt: a class cannot extend it.
import array


class Samples(array.array):
    pass


print(Samples('i', [1, 2]))
