# send()-driven coroutines: a running averager and a filter stage feeding a sink.
import sys


def averager():
    total = 0
    count = 0
    avg = 0
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def sink():
    acc = 0
    while True:
        x = yield acc
        acc = (acc * 7 + x) % 1000003


N = int(sys.argv[1]) if len(sys.argv) > 1 else 1600000
a = averager()
next(a)
r = 0
for i in range(N):
    r = a.send(i * 3 % 101)
print(r)
s = sink()
next(s)
last = 0
for i in range(N):
    if i % 3:
        last = s.send(i)
print(last)
