# A plugin registry spread over a package (fn_hunt_pkg): decorators with arguments, relative
# imports, module-level state, __name__ checks, dataclasses.
import fn_hunt_pkg
from fn_hunt_pkg import dispatch, events
from fn_hunt_pkg.events import make
import fn_hunt_pkg.plugins as plugins
from fn_hunt_pkg.plugins import audit
from fn_hunt_pkg.registry import order, REGISTRY

print("plugins:", plugins.loaded, fn_hunt_pkg.VERSION, fn_hunt_pkg.__all__)
print("order:", order(), sorted(REGISTRY))
e = make("login", user="ann")
print(dispatch("login", e), e.handled)
print(dispatch("login", make("login", user="root")))
print(dispatch("logout", events.Event("logout", {"user": "bob"})))
print(dispatch("signup", make("signup", user="cy")), dispatch("signup", make("signup", user="dee"), greet=False))
print(dispatch("unknown"), audit.summary(), plugins.outbox)
print(plugins.mailer.outbox is plugins.outbox, audit.trail is fn_hunt_pkg.plugins.audit.trail)
print(__name__, audit.__name__, events.__name__, fn_hunt_pkg.registry.__name__)


@fn_hunt_pkg.register("logout", priority=10)
def first_out(event):
    return "first"


print(dispatch("logout", make("logout")), [f.__name__ for _, _, f in REGISTRY["logout"]])
print(repr(make("x", a=1)))
