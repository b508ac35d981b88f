# textwrap.TextWrapper: options are instance attributes that wrap()/fill() read when
# called (changing one changes the next wrap), with CPython's errors for bad calls.
# hasattr(module, "name") of a stdlib member molt implements is True.
import math
import textwrap
from textwrap import TextWrapper

text = "The quick brown fox jumps over the lazy dog. " * 4 + "Supercalifragilistic-words here."
w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ")
print(w.fill(text))
print(w.wrap(text)[:2])
w.width = 20
w.break_long_words = False
print(w.fill(text))
print(w.width, w.initial_indent, repr(w.placeholder), w.max_lines, w.tabsize, w.break_on_hyphens)
w2 = TextWrapper(40, max_lines=2, placeholder="...")
print(w2.wrap(text))
fill = w2.fill
print(fill(text=text))
w3 = TextWrapper(15, "> ", "| ", fix_sentence_endings=True)
print(w3.fill("Hello there. How are you? Fine.\tTabs\there."))
print(type(w3).__name__, type(w3) is TextWrapper, isinstance(w3, textwrap.TextWrapper), TextWrapper)
w3.custom = 5
print(w3.custom, w3.expand_tabs, w3.drop_whitespace)
bad = [
    lambda: w.wrap(),
    lambda: w.wrap("a", "b"),
    lambda: w.fill(txt="x"),
    lambda: TextWrapper(bogus=1),
    lambda: TextWrapper(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11),
    lambda: TextWrapper(0).wrap("x"),
    lambda: w.wrap(5),
    lambda: textwrap.fill(5),
    lambda: w.nosuch,
]
for b in bad:
    try:
        print(b())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(hasattr(math, "isqrt"), hasattr(math, "pi"), hasattr(textwrap, "TextWrapper"))
del w.width
w.wrap("abc")
