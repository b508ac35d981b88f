# Reading past the end of stdin raises an uncaught EOFError.
name = input()
print("hello,", name)
age = input("Age: ")
print("age", age)
