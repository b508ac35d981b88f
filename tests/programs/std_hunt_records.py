import csv
import io
import json
from dataclasses import dataclass, field, asdict, astuple, replace
from enum import Enum, auto
from typing import List, Optional

class Status(Enum):
    ACTIVE = auto()
    SUSPENDED = auto()
    CLOSED = auto()

@dataclass(order=True)
class Account:
    balance: float
    owner: str
    status: Status = Status.ACTIVE
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = None

CSV = """owner,balance,status,tags
alice,120.50,ACTIVE,vip;early
bob,-15.00,SUSPENDED,
carol,3000,ACTIVE,vip
dave,0,CLOSED,legacy
"""
accounts = []
for row in csv.DictReader(io.StringIO(CSV)):
    tags = [t for t in row["tags"].split(";") if t]
    accounts.append(Account(float(row["balance"]), row["owner"], Status[row["status"]], tags))
for a in accounts:
    print(a)
print(sorted(accounts)[0].owner, max(accounts).owner, accounts[0] < accounts[1])
print(asdict(accounts[0]), astuple(accounts[3]))
rich = replace(accounts[2], balance=accounts[2].balance * 2, note="doubled")
print(rich, rich == accounts[2], rich.status is Status.ACTIVE)
by_status = {}
for a in accounts:
    by_status.setdefault(a.status.name, []).append(a.owner)
print(by_status, [s.name for s in Status], Status.CLOSED.value, Status(2), repr(Status.ACTIVE))
def encode(o):
    if isinstance(o, Status):
        return o.name
    raise TypeError(f"cannot encode {type(o).__name__}")
payload = json.dumps([asdict(a) for a in accounts], default=encode, indent=1)
print(payload[:120])
decoded = json.loads(payload)
print(decoded[1]["owner"], decoded[1]["status"], decoded[1]["tags"], len(decoded))
out = io.StringIO()
writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
writer.writerow(["owner", "balance", "tags"])
for a in accounts:
    writer.writerow([a.owner, a.balance, "|".join(a.tags)])
print(out.getvalue())
dw = io.StringIO()
w = csv.DictWriter(dw, fieldnames=["owner", "status"], extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerows({"owner": a.owner, "status": a.status.name, "x": 1} for a in accounts)
print(dw.getvalue())
rows = list(csv.reader(io.StringIO('a,"b,c",d\n"multi\nline",2,"q""uote"\n')))
print(rows)
total = sum(a.balance for a in accounts if a.status is Status.ACTIVE)
print(f"active total: {total:,.2f}", round(total / 3, 2), f"{total:10.1f}|")
try:
    Status["OPEN"]
except KeyError as e:
    print("KeyError", e)
try:
    json.dumps({"s": Status.ACTIVE})
except TypeError as e:
    print("TypeError", e)
