# BaseException.add_note and __notes__ on builtin exception values and user exception
# instances; notes end the uncaught traceback.
class AppError(Exception):
    pass


def check(v):
    try:
        if v < 0:
            raise ValueError(f"negative: {v}")
        return v
    except ValueError as e:
        e.add_note(f"while checking {v}")
        e.add_note("second note")
        raise


for v in (1, -2):
    try:
        print(check(v))
    except ValueError as e:
        print(e, e.__notes__, hasattr(e, "__notes__"))
k = KeyError("k")
print(hasattr(k, "__notes__"))
try:
    k.add_note(5)
except TypeError as e:
    print("TypeError", e)
k.__notes__ = ["assigned"]
k.add_note("more")
print(k.__notes__)
a = AppError("app")
a.add_note("user note")
print(a.__notes__)
try:
    try:
        {}["x"]
    except KeyError as err:
        err.add_note("lookup failed")
        raise RuntimeError("wrapped") from err
except RuntimeError as r:
    print(r.__cause__.__notes__)

e = ValueError("x")
print(e.with_traceback(None) is e, e.__str__(), e.__repr__())
try:
    e.__notes__
except AttributeError as ae:
    print("AttributeError", ae)
try:
    AppError("u").__notes__
except AttributeError as ae:
    print("AttributeError", ae)
try:
    e.add_note()
except TypeError as te:
    print("TypeError", te)
e.__notes__ = ("a", 5)
print(e.__notes__)
try:
    e.add_note("b")
except TypeError as te:
    print("TypeError", te)
f = getattr(KeyError(1), "add_note")
f("via getattr")
u = AppError("boom")
try:
    raise u
except AppError as caught:
    caught.add_note("note on user exc")
    print(caught is u, u.__notes__)

err = ValueError("final")
err.add_note("first line\nlast line of note")
raise err
