# csv.Sniffer on 400 random samples (random.Random gives CPython's stream).
import csv
import random

rng = random.Random(7)
alphabet = ["a", "b", "x", "1", "2", "9", ".", " ", ",", ";", "\t", ":", "|", '"', "'", "-", "j", "e", "_"]
sn = csv.Sniffer()
counts = {}
for i in range(400):
    nlines = rng.randint(1, 25)
    delim = rng.choice([",", ";", "\t", ":", "|", " "])
    lines = []
    ncols = rng.randint(1, 5)
    for j in range(nlines):
        cols = []
        for k in range(ncols if rng.random() < 0.85 else rng.randint(1, 6)):
            w = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
            if rng.random() < 0.2:
                q = rng.choice(['"', "'"])
                w = q + w + q
            cols.append(w)
        lines.append(delim.join(cols))
    sample = "\n".join(lines)
    try:
        d = sn.sniff(sample)
        r = (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace)
    except csv.Error as e:
        r = str(e)
    try:
        h = sn.has_header(sample)
    except Exception as e:
        h = type(e).__name__ + ": " + str(e)
    print(i, repr(r), h)
