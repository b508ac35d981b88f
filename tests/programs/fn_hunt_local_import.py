# `from module import name` inside functions and blocks, of a module imported at the top:
# variables and classes become locals of the function, static functions stay direct calls.
import fn_hunt_star.units
from fn_hunt_star import shapes


def use():
    from fn_hunt_star.units import scaled, SCALE
    from fn_hunt_star.shapes import Circle, area_of as area
    import fn_hunt_star.units as u
    return scaled(2), SCALE, Circle(1).r, u.SCALE, area(Circle(2))


def shadow():
    SCALE = 1
    first = SCALE
    from fn_hunt_star.units import SCALE
    return first, SCALE


def conditional(flag):
    if flag:
        from fn_hunt_star.units import registry
    try:
        return len(registry)
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(use(), shadow(), conditional(True), conditional(False))
if True:
    from fn_hunt_star.units import hyp, SCALE as S
    print(hyp(3, 4), S)
for k in range(2):
    from fn_hunt_star.shapes import Square
    print(Square(k + 1).area())
lam = lambda: shapes.area_of(shapes.Square(5))
print(lam())
