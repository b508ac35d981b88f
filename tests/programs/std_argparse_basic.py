# argparse: parsed values for every action, nargs form and type; parse_args() from sys.argv
# (std_argparse_basic.args); Namespace behaviour.
import argparse
import sys
from argparse import ArgumentParser, Namespace


def run(p, args):
    try:
        ns = p.parse_args(args)
        print(ns)
        print(sorted(vars(ns).items()))
    except SystemExit as e:
        print("exit", e.code)


p = ArgumentParser(prog="demo", description="A demo program.", epilog="Bye.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--num", type=int, default=3, help="how many [%(type)s, default %(default)s]")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="mode: %(choices)s")
p.add_argument("-q", action="store_true", help="quiet")
p.add_argument("--tag", action="append", metavar="T")
p.add_argument("--ratio", type=float)
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--no-x", dest="x", action="store_false")
run(p, ["a"])
run(p, ["a", "b", "-n", "5", "-vvv", "--mode", "slow", "-q", "--tag", "x", "--tag=y",
        "--ratio", "2.5", "--const", "--no-x"])
run(p, ["a", "-n5", "--num=7", "--nu", "8"])
run(p, ["a", "-qv", "-vq"])
ns = p.parse_args(["zz"])
print(ns.src, ns.dst, ns.num, ns.verbose, ns.mode, ns.q, ns.tag, ns.ratio)
print("src" in ns, "foo" in ns)
ns.src = "changed"
ns.new = [1, 2]
print(ns)
del ns.new
print(ns)

# nargs variants
p = argparse.ArgumentParser(prog="nargs")
p.add_argument("first")
p.add_argument("rest", nargs="*")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--many", nargs="+", type=int)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--three", nargs=3)
run(p, ["a"])
run(p, ["a", "b", "c", "--pair", "k", "v", "--many", "1", "2", "3"])
run(p, ["a", "--opt"])
run(p, ["a", "--opt", "x", "y"])
run(p, ["--", "-x", "-y"])
run(p, ["a", "--", "--pair"])
run(p, ["a", "b", "--opt", "o", "c", "d"])

q = argparse.ArgumentParser(prog="pos")
q.add_argument("xs", nargs="+", type=float)
q.add_argument("last", nargs=1)
run(q, ["1", "2", "z"])
run(q, ["-1", "2", "3"])

# defaults, set_defaults, get_default, append/extend
s = argparse.ArgumentParser(prog="defs", add_help=False)
s.add_argument("--foo-bar", required=True)
s.add_argument("--items", action="append", default=[])
s.add_argument("--n", default="5", type=int)
s.add_argument("-x", dest="ex", action="append_const", const=1)
s.add_argument("--ext", action="extend", nargs="+")
s.set_defaults(extra="yes", n="7")
print(s.get_default("extra"), s.get_default("n"), s.get_default("nothing"))
run(s, ["--foo-bar", "1", "--items", "a", "--items", "b", "-x", "-x", "--ext", "a", "b", "--ext", "c"])
run(s, ["--foo-bar=z"])
ns, extra = s.parse_known_args(["--foo-bar", "1", "zz", "--what"])
print(ns, extra)


# a user type function and choices given as a range
def even(v):
    n = int(v)
    if n % 2:
        raise ValueError("odd")
    return n


t = argparse.ArgumentParser(prog="types")
t.add_argument("n", type=even)
t.add_argument("--k", type=int, choices=range(1, 4))
run(t, ["4", "--k", "2"])

# subparsers
sub = argparse.ArgumentParser(prog="git")
sub.add_argument("--verbose", "-v", action="store_true")
sp = sub.add_subparsers(dest="command", help="sub-command help")
c1 = sp.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c1.add_argument("--amend", action="store_true")
c2 = sp.add_parser("push", help="update remote", aliases=["p"])
c2.add_argument("remote", nargs="?", default="origin")
c2.add_argument("--force", action="store_true")
sp.add_parser("status")
run(sub, ["commit", "-m", "hi"])
run(sub, ["-v", "push", "up", "--force"])
run(sub, ["p"])
run(sub, ["status"])
run(sub, [])

# Namespace itself
n = Namespace(a=1, b="x")
print(n, n.a, n.b, vars(n))
print(Namespace(a=1) == Namespace(a=1), Namespace(a=1) == Namespace(a=2), Namespace() == 1)
print(Namespace())

# from sys.argv
main = argparse.ArgumentParser(description="Reads sys.argv.")
main.add_argument("words", nargs="+")
main.add_argument("--times", type=int, default=1)
main.add_argument("--upper", action="store_true")
args = main.parse_args()
for _ in range(args.times):
    out = " ".join(args.words)
    print(out.upper() if args.upper else out)
print(main.prog == "std_argparse_basic.py", main.prog)
