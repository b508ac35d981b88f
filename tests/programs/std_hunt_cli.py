import argparse
import sys
from collections import namedtuple

Item = namedtuple("Item", ["name", "qty", "price"])
INVENTORY = [Item("bolt", 120, 0.05), Item("nut", 300, 0.03), Item("gear", 8, 4.5), Item("spring", 0, 0.4)]

def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Inventory tool.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    sub = p.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list", help="list items")
    ls.add_argument("--min-qty", type=int, default=0)
    ls.add_argument("--sort", choices=["name", "qty", "price"], default="name")
    ls.add_argument("--reverse", action="store_true")
    val = sub.add_parser("value", help="stock value")
    val.add_argument("names", nargs="*", metavar="NAME")
    return p

def run(argv):
    args = build_parser().parse_args(argv)
    if args.cmd == "list":
        items = [i for i in INVENTORY if i.qty >= args.min_qty]
        items.sort(key=lambda i: getattr(i, args.sort), reverse=args.reverse)
        for i in items:
            line = f"{i.name:<8}{i.qty:>5}"
            if args.verbose:
                line += f"  @ {i.price:.2f}"
            print(line)
    else:
        chosen = [i for i in INVENTORY if not args.names or i.name in args.names]
        print(f"value: {sum(i.qty * i.price for i in chosen):.2f} ({len(chosen)} items)")
    return 0

for argv in [["list"], ["-v", "list", "--sort", "qty", "--reverse"], ["list", "--min-qty", "10"], ["value"], ["value", "gear", "nut"], ["-vv", "value", "bolt"]]:
    print(">", " ".join(argv))
    run(argv)
ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a, vars(ns), "a" in ns)
try:
    run(["list", "--sort", "color"])
except SystemExit as e:
    print("exit", e.code)
sys.exit(run(sys.argv[1:] or ["value"]))
