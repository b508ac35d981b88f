from fn_hunt_pkg.registry import register
import fn_hunt_pkg.plugins.audit as audit_mod

outbox = []


@register("login")
def welcome(event):
    user = event.payload["user"]
    if user == "root":
        return StopIteration
    outbox.append(f"welcome {user} (audit #{len(audit_mod.trail)})")
    event.mark("mailer")
    return user


@register()
def signup(event, *, greet=True):
    if greet:
        outbox.append("hi " + event.payload["user"])
    return "signed"
