# csv.Error, Dialect classes, register_dialect / get_dialect / list_dialects.
import csv
import io


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


print(csv.list_dialects())
csv.register_dialect("semi", Semi)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
csv.register_dialect("tabs", "excel-tab", quoting=csv.QUOTE_NONNUMERIC)
print(csv.list_dialects())
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.strict)
print(csv.get_dialect("tabs").quoting, repr(csv.get_dialect("tabs").delimiter))
rows = [["name", "qty"], ["a;b", 3], ['say "hi"', 4.5]]
for dia in ["semi", Semi, Semi(), "pipes", "tabs", csv.excel, csv.excel_tab, csv.unix_dialect, d]:
    s = io.StringIO()
    w = csv.writer(s, dia)
    w.writerows(rows)
    print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, Semi, delimiter=",").writerow(["x,y", 1])
print(repr(s.getvalue()))
print(list(csv.reader(["a;b;\"c;d\""], "semi")), list(csv.reader(["1|2"], dialect="pipes")))
print(list(csv.DictReader(io.StringIO("k;v\n1;2\n"), dialect=Semi)))


class Excelish(csv.excel):
    delimiter = "\t"


print(Excelish.delimiter, Excelish.quotechar, issubclass(Excelish, csv.Dialect), isinstance(Excelish(), csv.excel))
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.Dialect.delimiter)


class Bad(csv.Dialect):
    delimiter = ";"


for make in [lambda: Bad(), lambda: csv.writer(io.StringIO(), Bad)]:
    try:
        make()
    except csv.Error as e:
        print("csv.Error", e)
    except TypeError as e:
        print("TypeError", e)
for bad in [dict(delimiter="::"), dict(quoting=9), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(lineterminator=None)]:
    try:
        csv.register_dialect("bad", **bad)
    except TypeError as e:
        print("TypeError", e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("csv.Error", e, type(e).__name__, isinstance(e, Exception))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
try:
    list(csv.reader(["x"], "nope"))
except csv.Error as e:
    print("csv.Error", e)
csv.unregister_dialect("pipes")
print(csv.list_dialects())
try:
    csv.unregister_dialect("pipes")
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.get_dialect("semi").delimiter = ","
except AttributeError as e:
    print("AttributeError", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["a" * 11]))
except csv.Error as e:
    print("csv.Error", e)
list(csv.reader(['x,"unterminated'], strict=True))
