# %-formatting of bytes is refused at compile time (not implemented yet).
print(b"%d items" % 3)
