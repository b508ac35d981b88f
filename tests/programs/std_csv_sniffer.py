# csv.Sniffer: sniff and has_header on typical samples, then reading with the sniffed dialect.
import csv
import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = [
    "name,age,city\nAlice,30,Paris\nBob,25,Berlin\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "x\ty\tz\n1\t2\t3\n",
    '"name","value"\n"a","1"\n"b","2"\n',
    "'a', 'b', 'c'\n'1', '2', '3'\n",
    'id|desc\n1|"hello ""world"""\n2|"x"\n',
    "one two three\nfour five six\n",
    "a:b:c\n1:2:3\n",
    "single\ncolumn\nvalues\n",
    "h1,h2\n1.5,2e3\n-3,4j\n",
    "Title,Year\nJaws,1975\nAlien,1979\nHeat,1995\n",
    "a,b\nxx,yy\nzz,ww\n",
    "abc,defg\nab,cd\nef,gh\n",
    '"a",b\n"c",d\n',
    "k=v,k2=v2\nk3=v3,k4=v4\n",
    "",
    "abc",
    "1,2,3\n4,5\n6,7,8,9\n",
]
sn = csv.Sniffer()
print(sn.preferred)
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, d._name)
    except csv.Error as e:
        print("Error", e)
    t(lambda: sn.has_header(s))
d = sn.sniff("a;b,c;d\n1;2,3;4\n", delimiters=";")
print(repr(d.delimiter))
t(lambda: sn.sniff("a;b,c;d\n1;2,3;4\n", delimiters="|"))
d = sn.sniff("name;qty\nfoo;1\nbar;22\n")
print(issubclass(d, csv.Dialect), d.__name__, d.__qualname__)
rows = list(csv.reader(io.StringIO("name;qty\nfoo;1\nbar;22\n"), d))
print(rows)
sample = "id, name, score\n1, ann, 3.5\n2, bob, 4.0\n"
d = sn.sniff(sample)
print(repr(d.delimiter), d.skipinitialspace)
for row in csv.DictReader(io.StringIO(sample), dialect=d):
    print(row)
sn.preferred = [';']
print(sn.preferred)
t(lambda: sn.sniff(123))
t(lambda: sn.sniff(b"a,b"))
t(lambda: sn.has_header(5))
