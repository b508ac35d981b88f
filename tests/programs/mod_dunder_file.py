# __file__ of the main script and of an imported module: absolute paths to the sources,
# usable to find files beside the program.
import os

from lib import where

print(os.path.basename(__file__), os.path.isabs(__file__), os.path.exists(__file__))
main_dir = os.path.dirname(os.path.abspath(__file__))
mod = where.here()
print(os.path.basename(mod), os.path.isabs(mod))
print(os.path.relpath(os.path.dirname(mod), os.path.realpath(main_dir)))
with open(__file__) as f:
    print(f.readline().rstrip())


def in_function():
    return os.path.splitext(os.path.basename(__file__))[0]


print(in_function(), __name__)
