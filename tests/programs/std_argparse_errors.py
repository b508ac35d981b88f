# argparse: error messages (on stderr) and exit codes; the program ends with an uncaught
# parse error, so the harness compares its last stderr line and exit code 2.
import argparse
import sys


def run(p, args):
    try:
        ns = p.parse_args(args)
        print(ns)
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(prog="errs")
p.add_argument("x")
p.add_argument("--n", type=int)
p.add_argument("--f", type=float)
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--pair", nargs=2)
p.add_argument("--one", nargs="+")
p.add_argument("--flag-one", action="store_true")
p.add_argument("--flag-two", action="store_true")
run(p, [])
run(p, ["v", "--n", "x"])
run(p, ["v", "--f", "1.5.2"])
run(p, ["v", "--mode", "z"])
run(p, ["v", "w"])
run(p, ["v", "--bogus", "-z"])
run(p, ["v", "--pair", "1"])
run(p, ["v", "--one"])
run(p, ["v", "--n"])
run(p, ["v", "--flag"])
run(p, ["v", "--flag-one=3"])
run(p, ["v", "--n", "-3"])

m = argparse.ArgumentParser(prog="mx")
g = m.add_mutually_exclusive_group(required=True)
g.add_argument("-a", action="store_true")
g.add_argument("-b", action="store_true")
run(m, ["-a", "-b"])
run(m, [])


def positive(v):
    n = int(v)
    if n <= 0:
        raise ValueError(v)
    return n


t = argparse.ArgumentParser(prog="types")
t.add_argument("n", type=positive)
run(t, ["-1"])
run(t, ["0"])
run(t, ["abc"])

s = argparse.ArgumentParser(prog="tool")
sp = s.add_subparsers(dest="cmd", required=True)
a = sp.add_parser("add")
a.add_argument("x", type=int)
run(s, [])
run(s, ["nope"])
run(s, ["add", "q"])
run(s, ["add", "1", "2"])

try:
    s.error("custom problem")
except SystemExit as e:
    print("exit", e.code)
try:
    s.exit(3, "bye\n")
except SystemExit as e:
    print("exit", e.code)

# definition errors
for kwargs in [dict(nargs=0), dict(const=1), dict(type="int"), dict(action="nope"),
               dict(nargs="x"), dict(metavar=("A", "B"))]:
    try:
        p.add_argument("--bad", **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    p.add_argument("bad-start", "--x")
except ValueError as e:
    print("ValueError", e)

p.parse_args(["v", "--n", "seven"])
print("not reached")
