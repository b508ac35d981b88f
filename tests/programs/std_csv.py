# csv: reader/writer with the excel dialect and format parameters, DictReader/DictWriter,
# over io.StringIO, lists of strings and files.
import csv
import io
import os

rows = [
    ["name", "age", "note"],
    ["Alice", 30, "likes, commas"],
    ["Bob", 4.5, 'says "hi"'],
    ["", None, "multi\nline"],
    ["tab\there", True, " lead space"],
]
for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    buf = io.StringIO()
    w = csv.writer(buf, quoting=quoting)
    for r in rows:
        print(w.writerow(r))
    w.writerow([])
    w.writerow([""])
    w.writerow([None])
    print(repr(buf.getvalue()))
    buf.seek(0)
    for rec in csv.reader(buf, quoting=quoting if quoting != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL):
        print(rec)

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar="'", lineterminator="\n")
w.writerows([["a;b", "c'd", "e"], [1, 2, 3]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";", quotechar="'")))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"x', "plain", "back\\slash"])
print(repr(buf.getvalue()))
print(list(csv.reader([buf.getvalue()], quoting=csv.QUOTE_NONE, escapechar="\\")))

buf = io.StringIO()
w = csv.writer(buf, doublequote=False, escapechar="\\")
w.writerow(['say "x"', "a,b"])
print(repr(buf.getvalue()))

# reading
lines = ['a,b,c\r\n', '"quoted, field","with ""quotes""",x\n', '\n', '  sp, x ,y\n',
         '"multi\n', 'line",z\n', 'unterminated,"quote']
for rec in csv.reader(lines):
    print(rec)
print(list(csv.reader(["  a,  b"], skipinitialspace=True)))
print(list(csv.reader(["1,2.5,\"x\"\n"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
print(list(csv.reader(["a|b"], delimiter="|")))
print(list(csv.reader(['a,"b"c,d'])))
r = csv.reader(io.StringIO("x,y\n1,2\n3,4\n"))
print(next(r), r.line_num)
for rec in r:
    print(rec, r.line_num)
buf = io.StringIO()
csv.writer(buf, dialect="unix").writerow(["a", 1])
print(repr(buf.getvalue()))

# DictReader / DictWriter
data = "id,name,score\n1,ann,9.5\n2,bob\n\n3,cy,7,extra,more\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(dr))
dr = csv.DictReader(["a,b", "1", "1,2,3"], restval="none", restkey="more")
print(list(dr))
print(csv.DictReader([]).fieldnames)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"])
print(dw.writeheader())
dw.writerow({"id": 1, "name": "ann", "score": 9.5})
dw.writerow({"name": "bob"})
dw.writerows([{"id": 3, "name": "c,y", "score": None}])
try:
    dw.writerow({"id": 4, "bogus": 1})
except ValueError as e:
    print("ValueError", e)
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="-", extrasaction="ignore", quoting=csv.QUOTE_ALL)
dw.writerow({"a": 1, "zzz": 2})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="nope")
except ValueError as e:
    print("ValueError", e)

# files
path = "std_csv_tmp.csv"
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["x", "y"])
    w.writerows([[i, i * i] for i in range(3)])
with open(path, newline="") as f:
    for rec in csv.reader(f):
        print(rec)
with open(path, newline="") as f:
    print([dict(r) for r in csv.DictReader(f)])
os.remove(path)

import sys
w = csv.writer(sys.stdout)
w.writerow(["to", "stdout", 1.5])
csv.DictWriter(sys.stdout, ["k"], lineterminator="\n").writerow({"k": "v w"})
