# str.encode / bytes.decode beyond utf-8: utf-16, utf-32, utf-8-sig, cp1252, and the
# error handlers.
text = "Grüße, €5 — naïve 😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32BE", "utf-8-sig", "utf_8", "U8"]:
    b = text.encode(enc)
    print(enc, len(b), b[:12], b.decode(enc) == text)
print(b"\xef\xbb\xbfabc".decode("utf-8-sig"), b"abc".decode("utf-8-sig"), b"\xef\xbb\xbfabc".decode("utf-8"))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"))
cp = "café €10 “quoted” – dash"
b = cp.encode("cp1252")
print(b, b.decode("cp1252"), b.decode("windows-1252") == cp)
print(bytes(range(0x80, 0xA0)).decode("cp1252", "replace"))
for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
    for enc, s in [("ascii", "naïve ☃"), ("latin-1", "x€€y"), ("cp1252", "a\u0100\u0101b")]:
        try:
            print(handler, enc, s.encode(enc, handler))
        except UnicodeEncodeError as e:
            print(handler, enc, "UnicodeEncodeError:", e)
for handler in ["strict", "ignore", "replace", "backslashreplace"]:
    for enc, b in [("utf-8", b"ok\xff\xfe!"), ("ascii", b"h\xe9llo"), ("cp1252", b"a\x81\x8db"),
                   ("utf-16-le", b"\x00\xd8a\x00"), ("utf-16-le", b"\x00\xdc"), ("utf-16", b"\x00"),
                   ("utf-32-le", b"\x00\x00\x11\x00"), ("utf-32", b"\x00\x00"), ("utf-8", b"\xe2\x82")]:
        try:
            print(handler, enc, repr(b.decode(enc, handler)))
        except UnicodeDecodeError as e:
            print(handler, enc, "UnicodeDecodeError:", e)
print(b"abc".decode("utf-8", "surrogateescape"), "abc".encode("ascii", "surrogateescape"))
try:
    b"\xff".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
print(b"fine".decode("ascii", "bogus"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
print(str(b"\xe9t\xe9", "cp1252"), str(b"\x00h\x00i", encoding="utf-16-be"))
