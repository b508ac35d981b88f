from dataclasses import dataclass, field


@dataclass
class Event:
    name: str
    payload: dict = field(default_factory=dict)
    handled: list = field(default_factory=list)

    def mark(self, who):
        self.handled.append(who)
        return self


def make(name, **payload):
    return Event(name, payload)
