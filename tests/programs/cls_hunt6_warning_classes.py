# The Warning subclasses of the builtins (FutureWarning, ResourceWarning, ...) as bases
# of user classes, raised, caught and uncaught.
class MyWarn(FutureWarning):
    pass
try:
    raise MyWarn("soon")
except Warning as w:
    print(type(w).__name__, w, isinstance(w, FutureWarning), issubclass(MyWarn, Exception), MyWarn.__mro__)
for k in (PendingDeprecationWarning, SyntaxWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning):
    print(k.__name__, k.__bases__, k("x"))
raise ResourceWarning("leak", 3)
