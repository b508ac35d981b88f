for data, enc in [(b"ab\x80cd", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xff\xfeA", "utf-16"), (b"abc\xffz", "ascii"), (b"\x81", "cp1252"), (b"\xef\xbb\xbfa\xc3", "utf-8-sig")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args, repr(e))
for text, enc in [("héllo", "ascii"), ("a☃☃b", "latin-1"), ("x\U0001F600", "ascii"), ("ab€", "cp1252"), ("é", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
    except UnicodeError as e:
        print("UE", e)
try:
    b"\xc3(".decode()
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, UnicodeError))
print("z\u20ac".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"))
"naïve".encode("ascii")
