class Meta(type):
    def describe(cls):
        return "class " + cls.__name__
