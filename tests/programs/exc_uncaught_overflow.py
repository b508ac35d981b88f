# OverflowError when converting a huge int to float, uncaught.
n = 1
for i in range(1, 200):
    n *= i
print(len(str(n)), "digits")
print(n * 0.5)
