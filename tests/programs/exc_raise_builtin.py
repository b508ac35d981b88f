# Raising builtin exceptions with messages from validation code.
def withdraw(balance, amount):
    if not isinstance(amount, (int, float)):
        raise TypeError("amount must be a number, got " + type(amount).__name__)
    if amount <= 0:
        raise ValueError("amount must be positive: " + str(amount))
    if amount > balance:
        raise RuntimeError("insufficient funds: balance " + str(balance) + ", requested " + str(amount))
    return balance - amount

balance = 100
for amt in [30, -5, "ten", 500, 70, 1]:
    try:
        balance = withdraw(balance, amt)
        print("withdrew", amt, "balance", balance)
    except (TypeError, ValueError) as e:
        print("rejected:", e)
    except RuntimeError as e:
        print("error:", e)

def check_index(seq, i):
    if i >= len(seq) or i < -len(seq):
        raise IndexError("index " + str(i) + " out of range for length " + str(len(seq)))
    return seq[i]

for i in [0, 2, -3, 3, -4]:
    try:
        print(check_index("abc", i))
    except IndexError as e:
        print("IndexError:", e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise Exception("generic")
except Exception as e:
    print(type(e).__name__, e)
