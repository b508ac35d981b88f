# sys.stdin, sys.stdout and sys.argv stored in a typed class's fields and passed to its
# methods (values of any type there): the streams and the one shared argv list.
import sys
from collections import Counter


class Report:
    def __init__(self, stream, out, argv):
        self.stream = stream
        self.out = out
        self.argv = argv
        self.lines = [ln.rstrip("\n") for ln in stream]

    def words(self):
        for ln in self.lines:
            yield from ln.lower().split()

    def emit(self, text):
        print(text, file=self.out)

    def summary(self):
        c = Counter(self.words())
        self.emit(f"lines={len(self.lines)} words={sum(c.values())} top={c.most_common(2)}")
        self.emit(f"args={len(self.argv) - 1} same={self.argv is sys.argv}")
        return c


r = Report(sys.stdin, sys.stdout, sys.argv)
sys.argv.append("extra")
c = r.summary()
r.emit(r.argv[-1])
print(sorted(c.items())[:3], r.stream is sys.stdin, r.out is sys.stdout)
sys.exit(len(c) % 7)
