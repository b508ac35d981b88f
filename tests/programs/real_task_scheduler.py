# Priority task scheduler: heapq of order=True dataclasses, an itertools.count() tie-breaker in an attribute.
import heapq
import itertools
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class Priority(IntEnum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    CRITICAL = 0


@dataclass(order=True)
class Task:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    duration: int = field(default=1, compare=False)
    deps: tuple = field(default=(), compare=False)
    meta: Any = field(default=None, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()
        self.done = set()
        self.clock = 0
        self.timeline = []

    def submit(self, name, priority=Priority.NORMAL, duration=1, deps=()):
        t = Task(priority, next(self._counter), name, duration, tuple(deps))
        heapq.heappush(self._heap, t)
        return t

    def run(self):
        waiting = []
        while self._heap or waiting:
            if not self._heap:
                raise RuntimeError(f"deadlock: {[t.name for t in waiting]}")
            t = heapq.heappop(self._heap)
            if not all(d in self.done for d in t.deps):
                waiting.append(t)
                continue
            start = self.clock
            self.clock += t.duration
            self.done.add(t.name)
            self.timeline.append((start, self.clock, t.name, t.priority.name))
            for w in waiting:
                heapq.heappush(self._heap, w)
            waiting.clear()
        return self.timeline


s = Scheduler()
s.submit("compile", Priority.HIGH, 3)
s.submit("test", Priority.CRITICAL, 2, deps=["compile"])
s.submit("docs", Priority.LOW, 1)
s.submit("lint", duration=1)
s.submit("deploy", Priority.CRITICAL, 1, deps=["test", "docs"])
for start, end, name, pr in s.run():
    print(f"{start:>2}-{end:<2} {name:<8} {pr}")
print(Priority.HIGH < Priority.LOW, Priority(2), Priority.CRITICAL + 1, sorted(Priority)[0], int(Priority.LOW))
t = Task(Priority.LOW, 99, "x")
print(t, t == Task(Priority.LOW, 99, "y"), t < Task(Priority.HIGH, 0, "z"))
s2 = Scheduler()
s2.submit("a", deps=["b"])
s2.submit("b", deps=["a"])
try:
    s2.run()
except RuntimeError as e:
    print(e)


def tennis(points):
    names = ["Love", "Fifteen", "Thirty", "Forty"]
    a = b = 0
    out = []
    for p in points:
        if p == "A":
            a += 1
        else:
            b += 1
        if a >= 4 and a - b >= 2:
            out.append("Game A")
            break
        if b >= 4 and b - a >= 2:
            out.append("Game B")
            break
        if a >= 3 and b >= 3:
            out.append("Deuce" if a == b else f"Advantage {'A' if a > b else 'B'}")
        elif a == b:
            out.append(f"{names[a]}-All")
        else:
            out.append(f"{names[a]}-{names[b]}")
    return out


print(tennis("AABBABAA"))
print(tennis("BBBB"))


def bowling(rolls):
    score = i = 0
    for frame in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
    return score


print(bowling([10] * 12), bowling([9, 0] * 10), bowling([5, 5] * 10 + [5]), bowling([10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]))
try:
    bowling([1, 2])
except IndexError as e:
    print("IndexError:", e)
