import pprint


class Short(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        return super().format(obj, context, maxlevels, level)


Short().pprint([1, 2])
