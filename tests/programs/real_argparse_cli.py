# argparse: options, positionals, nargs, choices, type errors, help and usage layout, Namespace.
import argparse
import io
import contextlib


def try_parse(parser, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
        print("ok", argv, ns)
        return ns
    except SystemExit as e:
        print("exit", e.code, argv)
        print(err.getvalue(), end="")


p = argparse.ArgumentParser(prog="tool", description="A tool that does   things. " * 3, epilog="See docs.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="how many times to repeat the whole operation, which is a long help text that wraps")
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--ratio", type=float, metavar="R")
p.add_argument("--tags", nargs="+", default=[])
p.add_argument("--pair", nargs=2, type=int)
p.add_argument("--no-cache", dest="cache", action="store_false")
p.add_argument("--level", type=int, default="3")
p.print_help()
print(repr(p.format_usage()))
for argv in [["a.txt"], ["a.txt", "b.txt", "-n", "5", "-vvq"], ["--count=7", "x"], ["x", "--mode", "slow", "--ratio", "0.5"],
             ["x", "--tags", "a", "b", "--pair", "1", "2", "--no-cache"], ["x", "-n5", "--cou", "6"],
             [], ["x", "y", "z"], ["x", "--mode", "medium"], ["x", "-n", "abc"], ["x", "--pair", "1"],
             ["x", "--tags"], ["x", "--bogus"], ["x", "--", "-y"], ["x", "-n", "-3"], ["-q"], ["x", "--ratio", "nan"],
             ["x", "-h"]]:
    ns = try_parse(p, argv)
    if ns is not None:
        print(" ", ns.src, ns.dst, ns.count, ns.quiet, ns.verbose, ns.mode, ns.cache, ns.level, vars(ns) == ns.__dict__)
q = argparse.ArgumentParser(prog="q", add_help=False)
q.add_argument("files", nargs="*")
q.add_argument("--out", required=True)
q.add_argument("--x", action="append", type=int)
try_parse(q, ["--x", "1", "a", "--x", "2", "b"])
try_parse(q, ["--out", "o", "a", "b"])
try_parse(q, ["a", "--out", "o", "b"])
q.print_help()
ns = argparse.Namespace(a=1, b=[2])
ns.c = "x"
print(ns, ns == argparse.Namespace(a=1, b=[2], c="x"), "a" in ns, vars(ns))
d = argparse.ArgumentParser()
d.add_argument("--size", type=int, default=4)
print(d.parse_args(), d.prog)
