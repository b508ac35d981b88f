class PluginMeta(type):
    registry = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        print(f"PluginMeta.__new__({mcs.__name__}, {name!r}, {[b.__name__ for b in bases]}, {list(namespace)}, {kwargs})")
        namespace["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        print(f"PluginMeta.__init__({name!r}, kw={kwargs})")
        super().__init__(name, bases, namespace)
        cls.plugin_name = kwargs.get("label", name.lower())

    def describe(cls):
        return f"<plugin {cls.plugin_name} from {cls.__module__}>"

    @property
    def kind(cls):
        return cls.__name__.upper()


class Plugin(metaclass=PluginMeta):
    """Base plugin."""
    version = 1

    def run(self):
        return f"{type(self).__name__} running v{self.version}"


class Alpha(Plugin, label="alpha-plugin"):
    def run(self):
        return "alpha! " + super().run()


class Beta(Plugin):
    version = 2


class Gamma(Beta):
    pass


print(sorted(PluginMeta.registry))
print(PluginMeta.registry["beta"] is Beta)
for k in ["alpha", "beta", "gamma"]:
    cls = PluginMeta.registry[k]
    print(k, cls.describe(), cls.kind, cls.created_by, cls.plugin_name, cls().run())
print(type(Gamma), type(Gamma) is PluginMeta, isinstance(Gamma, PluginMeta), isinstance(Gamma(), PluginMeta))
print(Plugin.__doc__, Alpha.__doc__)
print(hasattr(Alpha(), "describe"), hasattr(Alpha, "describe"))
print(Alpha.__mro__)
print(PluginMeta.__mro__)
print(repr(Beta), str(Gamma))
try:
    Alpha().describe()
except AttributeError as e:
    print("AttributeError:", e)
