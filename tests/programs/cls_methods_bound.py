# Methods calling each other, bound methods as values, method chaining.
class TextBuilder:
    def __init__(self):
        self.parts = []

    def add(self, text):
        self.parts.append(text)
        return self

    def add_line(self, text):
        return self.add(text).add("\n")

    def indent(self, n):
        self.parts = [" " * n + p if p != "\n" else p for p in self.parts]
        return self

    def build(self):
        return "".join(self.parts)

    def size(self):
        return len(self.build())


tb = TextBuilder()
tb.add_line("hello").add_line("world").indent(2)
print(tb.build(), end="")
print("size", tb.size())

# A bound method remembers its instance.
adder = TextBuilder().add
adder("x")
adder("y")
print(adder.__self__.build())
print(adder.__name__, adder.__func__.__name__)

# Unbound access through the class needs the instance explicitly.
other = TextBuilder()
TextBuilder.add(other, "via class")
print(other.build())

# Bound methods stored in a list and called later.
builders = [TextBuilder() for _ in range(3)]
calls = [b.add for b in builders]
for i, call in enumerate(calls):
    call(str(i) * (i + 1))
print([b.build() for b in builders])

# Bound methods compare equal when they wrap the same function and instance.
print(tb.add == tb.add, tb.add == other.add)

# map over a bound method
words = TextBuilder()
list(map(words.add, ["a", "b", "c"]))
print(words.build(), words.size())
