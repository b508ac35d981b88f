# html.escape (quote or not) and html.unescape (named references with and without ';',
# longest-prefix names, numeric references, invalid and dropped code points). Were refused.
import html
from html import escape, unescape

samples = ["<a href=\"x?a=1&b=2\">Tom's</a>", "plain", "", "&&&"]
for s in samples:
    print(repr(escape(s)), repr(escape(s, quote=False)), repr(escape(s, False)), unescape(escape(s)) == s)
refs = ["&amp;", "&lt;&gt;", "&quot;&#x27;&#39;", "&copy; &COPY &copy", "&notit; &notin; &not", "&amp &ampx &AMP;",
        "&#65;&#x42;&#X43;&#0068", "&#0; &#128; &#x80; &#150; &#xD800; &#x110000; &#99999999999999999999999;",
        "&#1; &#x0b; &#x7f; &#xfdd0; &#xFFFE; &#x1FFFF; &#x10FFFF;", "&#; &#x; &#xg; & ; &;", "&Eacute;t&eacute; &hearts;&NotNestedGreaterGreater;",
        "&thinsp&nbsp;x &frac12 &frac12; &acE; &bne; &fjlig;", "no refs at all", "&abcdefghijklmnopqrstuvwxyzabcdefghij;", "&lt3 &gt= &ltx;",
        "a&#x1F600;b &#128512; &zwj;", "&\t;&\n&<&#", "&amp;amp;", "&AElig&AEligx"]
for r in refs:
    print(repr(unescape(r)))
print(html.unescape([1, 2]), html.unescape(("&",)) if False else "")
for bad in (lambda: escape(5), lambda: unescape(5), lambda: unescape(["&"]), lambda: escape(None)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
text = "Fish &amp; Chips &lt;b&gt;&pound;5&lt;/b&gt; &ndash; &ldquo;best&rdquo; caf&eacute;"
print(unescape(text), len(unescape(text)), escape(unescape(text)))
