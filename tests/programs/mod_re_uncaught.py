# An invalid pattern raises re.error, which is not a ValueError.
import re

try:
    re.compile("[unterminated")
except ValueError:
    print("wrongly caught as ValueError")
except Exception as e:
    print(type(e).__name__, e)

pattern = "(a|b"
print(re.findall("a|b", "abc"))
re.compile(pattern)
