# int() accepts Unicode decimal digits; isdigit/isdecimal on them.
print(int("١٢٣"), int("٠"), int("۵۶"), int("１２３"))
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "١٢٣".isnumeric())
print("²".isdigit(), "²".isdecimal(), "½".isnumeric(), "½".isdigit())
print(int(" ４２ "))
try:
    int("²")
except ValueError as e:
    print("ValueError:", e)
print(float("１.５"))
