# `import *` of a module whose public name `LAST` is bound only inside a loop: CPython skips
# a name that is not bound, which molt cannot know at compile time, so it refuses.
from fn_hunt_star.cond import *

print(LAST)
