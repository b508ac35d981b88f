from ..registry import register
from .. import events as ev

trail = []


@register("login", "logout", priority=5)
def audit(event):
    trail.append(f"{event.name}:{event.payload.get('user', '?')}")
    event.mark("audit")
    return len(trail)


def summary():
    return ", ".join(trail) or "<empty>"


if __name__ == "__main__":
    print("not main")
print("audit loaded as", __name__, ev.Event.__name__)
