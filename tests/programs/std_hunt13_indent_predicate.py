# textwrap.indent with a predicate: called on each line (with its line ending).
import textwrap

seen = []


def pick(line):
    seen.append(line)
    return not line.startswith("t")


print(textwrap.indent("one\n\ntwo\n  \nthree", "# ", pick))
print(seen)
print(textwrap.indent("x\n\ny\n", "+ ", predicate=lambda ln: True))
print(textwrap.indent("x\ny", "> ", None))
print(repr(textwrap.indent("a\r\nb\rc", "|", lambda ln: len(ln) > 1)))
