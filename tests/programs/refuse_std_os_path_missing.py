# A function of os.path that molt does not have is refused when compiling, naming it,
# not left to fail when the program runs (os.path is reached through os).
import os

print(os.path.join("a", "b"))
print(os.path.getmtime("."))
