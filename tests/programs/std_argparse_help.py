# argparse: --help and usage text (wrapping at 80 columns, sections, %-expansion of help
# strings, metavars and choices), printed to stdout.
import argparse


def run(p, args):
    try:
        p.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(
    prog="a_rather_long_program_name_that_goes_on_and_on_forever_and_ever",
    description="""This is a long description that should be wrapped by the help
    formatter at the terminal width.   Whitespace    is collapsed, and
    newlines are ignored entirely by the default formatter.""",
    epilog="See the documentation at %(prog)s for more details about everything that this program does.",
)
p.add_argument("--input-file-with-long-name", metavar="INPUT_FILE_PATH",
               help="The input file to process; it must exist and be readable by the current user, otherwise an error is raised.")
p.add_argument("--output", "-o", default="-", help="where to write the output (default: %(default)r)")
p.add_argument("--threshold", type=float, default=0.5, help="threshold %(default).2f of type %(type)s")
p.add_argument("--flag-one", action="store_true")
p.add_argument("--flag-two", action="store_true")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("files", nargs="*", help="files to process")
p.add_argument("--choice", choices=["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"])
p.print_help()
p.print_usage()
print(repr(p.format_usage()))

p = argparse.ArgumentParser(prog="short", description="Short %(prog)s.")
p.add_argument("x")
p.add_argument("ys", nargs="+", metavar="Y")
p.add_argument("--pair", nargs=2, metavar=("K", "V"), help="key and value")
p.add_argument("--opt", nargs="?", help="")
p.add_argument("--star", nargs="*", help="   ")
p.add_argument("--three", nargs=3, type=int)
p.add_argument("-V", "--version", action="version", version="%(prog)s 1.0")
run(p, ["-h"])
run(p, ["--version"])
print(p.format_help(), end="")

# groups
r = argparse.ArgumentParser(prog="mx", description="Mutual exclusion.")
g = r.add_mutually_exclusive_group()
g.add_argument("-a", action="store_true", help="alpha")
g.add_argument("-b", action="store_true", help="beta")
h = r.add_mutually_exclusive_group(required=True)
h.add_argument("--x", type=int)
h.add_argument("--y", type=int)
grp = r.add_argument_group("extra", "Extra options here.")
grp.add_argument("--level", type=int, default=1, help="level (default: %(default)s)")
grp.add_argument("name", help="a name")
empty = r.add_argument_group("empty group")
r.print_help()

# subcommands
sub = argparse.ArgumentParser(prog="git")
sub.add_argument("--verbose", "-v", action="store_true")
sp = sub.add_subparsers(dest="command", help="sub-command help")
c1 = sp.add_parser("commit", help="record changes")
c1.add_argument("-m", "--message", required=True)
c2 = sp.add_parser("push", help="update remote", aliases=["p"])
c2.add_argument("remote", nargs="?", default="origin")
sp.add_parser("status")
sub.print_help()
c1.print_help()
run(sub, ["push", "--help"])

sub2 = argparse.ArgumentParser(prog="tool", add_help=False)
sp2 = sub2.add_subparsers(title="commands", description="available commands", dest="cmd")
sp2.add_parser("add")
sub2.print_help()

w = argparse.ArgumentParser()
w.print_help()
nothing = argparse.ArgumentParser(prog="nothing", add_help=False)
print(repr(nothing.format_help()))
nothing.print_usage()
