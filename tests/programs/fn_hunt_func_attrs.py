# Function attributes: __module__ of functions from imported modules (and what
# functools.wraps copies), __doc__ kept out of __dict__, lru_cache's cache_parameters().
import functools
from fn_hunt_pkg import registry
from fn_hunt_pkg.events import Event, make


def documented():
    """A docstring."""


def wrap(f):
    @functools.wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


print(registry.register.__module__, make.__module__, Event.__module__, Event.mark.__module__)
print(registry.dispatch.__module__, documented.__module__, (lambda: 0).__module__)
w = wrap(make)
print(w.__module__, w.__name__, w.__doc__, sorted(w.__dict__))
print(documented.__doc__, documented.__dict__, wrap(documented).__doc__, sorted(wrap(documented).__dict__))
documented.__module__ = "elsewhere"
documented.__doc__ = "changed"
print(documented.__module__, documented.__doc__, documented.__dict__)


@functools.lru_cache(maxsize=3)
def sq(x):
    return x * x


@functools.lru_cache(maxsize=None, typed=True)
def cube(x):
    return x ** 3


@functools.cache
def ident(x):
    return x


print(sq.cache_parameters(), cube.cache_parameters(), ident.cache_parameters())
print(sq.__module__, sq.__name__, sq(4), sq.cache_info())
