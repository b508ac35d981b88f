# input() with a prompt writes the prompt to stdout (no newline).
name = input("Your name: ")
qty = int(input("Quantity: "))
price = float(input("Unit price: "))
print()
print(f"{name} ordered {qty} at {price:.2f} = {qty * price:.2f}")
answer = input("Confirm? ").strip().lower()
if answer in ("y", "yes"):
    print("confirmed")
else:
    print("cancelled:", repr(answer))
