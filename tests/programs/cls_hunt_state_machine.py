from enum import Enum, auto
from typing import NamedTuple


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    def __str__(self):
        return self.name.title()


class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"


class Transition(NamedTuple):
    src: State
    event: Event
    dst: State


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event.value} while {state}")
        self.state = state
        self.event = event


class Machine:
    transitions = [
        Transition(State.IDLE, Event.START, State.RUNNING),
        Transition(State.RUNNING, Event.PAUSE, State.PAUSED),
        Transition(State.PAUSED, Event.RESUME, State.RUNNING),
        Transition(State.RUNNING, Event.STOP, State.STOPPED),
        Transition(State.PAUSED, Event.STOP, State.STOPPED),
    ]

    def __init__(self, name):
        self.name = name
        self.state = State.IDLE
        self.history = [self.state]
        self._table = {(t.src, t.event): t.dst for t in self.transitions}
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self._table:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, self._table[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(self, old, self.state)
        return self

    def __repr__(self):
        return f"Machine({self.name!r}, state={self.state})"

    @property
    def done(self):
        return self.state is State.STOPPED


class Light:
    """A traffic light as a cycle of states with durations."""

    CYCLE = (("green", 3), ("yellow", 1), ("red", 2))

    def __init__(self):
        self.index = 0
        self.elapsed = 0

    @property
    def color(self):
        return self.CYCLE[self.index][0]

    def tick(self):
        self.elapsed += 1
        if self.elapsed >= self.CYCLE[self.index][1]:
            self.elapsed = 0
            self.index = (self.index + 1) % len(self.CYCLE)

    def __iter__(self):
        while True:
            yield self.color
            self.tick()


m = Machine("job")
log = []


@m.on_change
def record(machine, old, new):
    log.append(f"{machine.name}: {old} -> {new}")


m.fire(Event.START).fire(Event.PAUSE).fire(Event.RESUME)
print(m, m.done, [str(s) for s in m.history])
try:
    m.fire(Event.START)
except InvalidTransition as e:
    print("error:", e, e.state, e.event, e.args)
m.fire(Event.STOP)
print(m.done, log)
print(Machine.transitions[0], Machine.transitions[0].dst, Machine.transitions[-1]._asdict())
counts = {}
for t in Machine.transitions:
    counts[t.src] = counts.get(t.src, 0) + 1
print({str(k): v for k, v in counts.items()}, sorted(counts, key=lambda s: s.value))
print(State.RUNNING.value, State(3), State["STOPPED"], list(State)[1:], Event("pause"))
light = Light()
seq = []
for c in light:
    seq.append(c[0])
    if len(seq) == 12:
        break
print("".join(seq))
print(repr(State.IDLE), State.IDLE == State.IDLE, State.IDLE < State.RUNNING if False else "n/a")
