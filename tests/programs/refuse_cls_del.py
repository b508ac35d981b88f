# A class with a __del__ finalizer is refused: molt frees objects without running Python code.
class Resource:
    def __del__(self):
        print("closed")


r = Resource()
