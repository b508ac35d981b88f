# A generator's code object and frame, and an exception's traceback, are interpreter
# objects molt does not keep: reading them is refused at compile time.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


g = countdown(3)
print(next(g), g.gi_running)
print(g.gi_code.co_name)
print(g.gi_frame.f_lineno)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno)
print(getattr(countdown, "__code__").co_argcount)
