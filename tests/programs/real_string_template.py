# string.Template: substitute/safe_substitute with mappings and keywords, invalid placeholders.
import string
from string import Template
tpl = string.Template("Hello $name, you owe $$${amount} (${name}s) $")
print(tpl.safe_substitute(name="Ann"), tpl.template, tpl.get_identifiers(), tpl.is_valid())
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(Template("$a/$b").substitute({"a": 1, "b": 2.5}, b="kw"))
d = {"user": "bob", "n": 3}
print(Template("${user} has $n items, $n!").substitute(d))
for bad in ["cost: $ 5", "line1\nline2 ${x", "$1abc", "ok $x"]:
    try:
        print(Template(bad).substitute(x="X"))
    except ValueError as e:
        print("ValueError:", e)
try:
    Template("$missing").substitute(other=1)
except KeyError as e:
    print("KeyError:", e)
print(Template("$x$y.$z_1 ${ü}").safe_substitute(x=1, z_1=[2]))
print([Template(s).safe_substitute(v="V") for s in ["$v$v", "$$v", "$vv", "${v}v", "$"]])
