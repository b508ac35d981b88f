# A typo of a local: CPython's traceback suggests the local (Python/suggestions.c);
# str(e) and e.name carry no suggestion.
import math

length = 10


def area(width, height):
    total_area = width * height
    try:
        return totl_area
    except NameError as e:
        print(str(e), e.name)
    try:
        print(mth.pi)
    except NameError as e:
        print(e)
    return total_aera


try:
    undefined_thing
except NameError as e:
    print(e.name, e.args)
area(2, 3)
