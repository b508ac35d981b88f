# Run-length encoder/decoder with round-trip checks and error handling.
def rle_encode(text):
    if not text:
        return ""
    out = []
    prev = text[0]
    count = 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(str(count) + prev)
            prev = ch
            count = 1
    out.append(str(count) + prev)
    return "".join(out)


def rle_decode(encoded):
    out = []
    digits = ""
    for ch in encoded:
        if ch.isdigit() and ch.isascii():
            digits += ch
        else:
            if not digits:
                raise ValueError(f"missing count before {ch!r}")
            out.append(ch * int(digits))
            digits = ""
    if digits:
        raise ValueError("dangling count " + digits)
    return "".join(out)


def encode_pairs(values):
    pairs = []
    for v in values:
        if pairs and pairs[-1][0] == v:
            pairs[-1][1] += 1
        else:
            pairs.append([v, 1])
    result = []
    for v, n in pairs:
        result.append((v, n))
    return result


def decode_pairs(pairs):
    out = []
    for v, n in pairs:
        out.extend([v] * n)
    return out


SAMPLES = ["", "a", "aaaa", "abc", "aaabbbcccd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "ééé日日😀😀😀😀", "  \t\t\n", "x" * 123]
for s in SAMPLES:
    enc = rle_encode(s)
    dec = rle_decode(enc)
    ratio = len(enc) / len(s) if s else 0.0
    print(f"{s[:20]!r:24} -> {enc[:30]!r:32} ok={dec == s} ratio={ratio:.2f}")
for bad in ["3a2", "ab", "12", "0x", "3a0b"]:
    try:
        print(repr(bad), "->", repr(rle_decode(bad)))
    except ValueError as e:
        print(repr(bad), "-> ValueError:", e)
data = [0, 0, 0, 1, 1, 0, 5, 5, 5, 5, -1, -1, 2 ** 70, 2 ** 70]
pairs = encode_pairs(data)
print(pairs)
print(decode_pairs(pairs) == data, len(pairs), len(data))
image = ["....##....", "...####...", "..######..", "...####...", "....##...."]
total_runs = 0
for row in image:
    enc = rle_encode(row)
    total_runs += len(encode_pairs(row))
    print(f"{row}  {enc}")
print("runs:", total_runs)
