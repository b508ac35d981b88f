# A todo CLI built on argparse (append actions, choices, nargs='*', exit status 2 on a bad command).
import argparse
import sys
import json


def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
    p.add_argument("-v", "--verbose", action="store_true", help="chatty output")
    p.add_argument("--priority", type=int, default=3, choices=[1, 2, 3, 4, 5])
    p.add_argument("--tag", action="append", default=[], dest="tags")
    p.add_argument("--limit", "-n", type=int)
    p.add_argument("command", choices=["add", "list", "done"])
    p.add_argument("items", nargs="*")
    return p


def run(argv, store):
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        print("args:", sorted(vars(args).items()))
    if args.command == "add":
        for it in args.items:
            store.append({"title": it, "prio": args.priority, "tags": args.tags, "done": False})
        return f"added {len(args.items)}"
    if args.command == "done":
        n = 0
        for t in store:
            if t["title"] in args.items:
                t["done"] = True
                n += 1
        return f"completed {n}"
    todo = sorted((t for t in store if not t["done"]), key=lambda t: (t["prio"], t["title"]))
    if args.limit is not None:
        todo = todo[: args.limit]
    return "\n".join(f"[{t['prio']}] {t['title']} {' '.join('#' + g for g in t['tags'])}".rstrip() for t in todo)


store = []
print(run(["add", "buy milk", "walk dog", "--priority", "2", "--tag", "home"], store))
print(run(["add", "write report", "--tag", "work", "--tag", "urgent", "--priority=1"], store))
print(run(["-v", "add", "nap"], store))
print(run(["list"], store))
print(run(["done", "walk dog"], store))
print(run(["list", "-n", "2"], store))
print(json.dumps(store, indent=2, sort_keys=True))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns.a)
p2 = argparse.ArgumentParser(prog="calc")
p2.add_argument("x", type=float)
p2.add_argument("y", type=float, nargs="?", default=10.0)
p2.add_argument("--op", default="add")
a = p2.parse_args(["3.5"])
print(a.x + a.y, a.op)
a = p2.parse_args(["1", "2", "--op", "mul"])
print(a)
try:
    run(["list", "--priority", "9"], store)
except SystemExit as e:
    print("exit", e.code)
sys.exit(run(["bogus"], store))
