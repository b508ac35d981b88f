# sys.version_info and the other sys values; sys.exit used as a value.
import sys

print(sys.version_info >= (3, 8), sys.version_info < (4,), sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor, sys.version_info[0], sys.version_info.releaselevel)
print(sys.version_info, len(sys.version_info), tuple(sys.version_info)[:2])
major, minor, *_ = sys.version_info
print(major, minor, sys.version.split()[0] == "%d.%d.%d" % sys.version_info[:3])
print(sys.hexversion >= 0x030B0000, sys.maxunicode, sys.float_repr_style, sys.api_version)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.int_info)
print(sys.platform, sys.byteorder, sys.platform.startswith("linux"))
print(sys.version_info is sys.version_info)
if sys.version_info < (3, 10):
    print("old python")
else:
    print("new enough")
handlers = {"quit": sys.exit, "limit": sys.getrecursionlimit}
print(handlers["limit"]())
f = sys.exit
print(f)
try:
    f(3)
except SystemExit as e:
    print("caught", e.code)
finish = handlers["quit"]
finish("bye")
