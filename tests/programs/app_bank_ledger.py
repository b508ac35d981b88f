# A small bank-ledger simulation with dicts, validation and error handling.
accounts = {}
history = []


def open_account(name, initial=0):
    if name in accounts:
        raise ValueError(f"account {name!r} already exists")
    if initial < 0:
        raise ValueError("initial deposit cannot be negative")
    accounts[name] = {"balance": initial, "frozen": False, "tx": 0}
    history.append(("open", name, initial))


def get_account(name):
    try:
        return accounts[name]
    except KeyError:
        raise KeyError(f"no such account: {name}")


def deposit(name, amount):
    acct = get_account(name)
    if amount <= 0:
        raise ValueError(f"deposit must be positive, got {amount}")
    if acct["frozen"]:
        raise RuntimeError(f"account {name} is frozen")
    acct["balance"] += amount
    acct["tx"] += 1
    history.append(("deposit", name, amount))


def withdraw(name, amount):
    acct = get_account(name)
    if amount > acct["balance"]:
        raise ValueError(f"insufficient funds in {name}: {acct['balance']} < {amount}")
    acct["balance"] -= amount
    acct["tx"] += 1
    history.append(("withdraw", name, amount))


def transfer(src, dst, amount):
    get_account(dst)
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except RuntimeError:
        deposit_back = accounts[src]
        deposit_back["balance"] += amount
        history.append(("refund", src, amount))
        raise


OPERATIONS = [
    ("open", "alice", 100), ("open", "bob", 50), ("open", "carol", 0), ("open", "alice", 5),
    ("deposit", "alice", 25), ("withdraw", "bob", 80), ("transfer", "alice", "bob", 60),
    ("deposit", "dave", 10), ("freeze", "carol"), ("transfer", "bob", "carol", 30),
    ("deposit", "bob", -5), ("withdraw", "alice", 65), ("open", "erin", -1), ("transfer", "bob", "alice", 110),
    ("deposit", "carol", 1),
]

errors = {}
for op in OPERATIONS:
    kind = op[0]
    try:
        if kind == "open":
            open_account(op[1], op[2])
        elif kind == "deposit":
            deposit(op[1], op[2])
        elif kind == "withdraw":
            withdraw(op[1], op[2])
        elif kind == "transfer":
            transfer(op[1], op[2], op[3])
        elif kind == "freeze":
            get_account(op[1])["frozen"] = True
        print("ok     ", op)
    except (ValueError, RuntimeError) as e:
        errors[type(e).__name__] = errors.get(type(e).__name__, 0) + 1
        print("failed ", op, "->", e)
    except KeyError as e:
        errors["KeyError"] = errors.get("KeyError", 0) + 1
        print("missing", op, "->", e.args[0])

print()
print(f"{'account':<8}{'balance':>9}{'tx':>4}  frozen")
total = 0
for name, acct in sorted(accounts.items()):
    total += acct["balance"]
    print(f"{name:<8}{acct['balance']:>9.2f}{acct['tx']:>4}  {acct['frozen']}")
print(f"{'total':<8}{total:>9.2f}")
print("errors:", errors)
print("history entries:", len(history))
kinds = {}
for entry in history:
    kinds[entry[0]] = kinds.get(entry[0], 0) + entry[2]
print("volume by kind:", kinds)
