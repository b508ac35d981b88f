# Module-level state seen through `module.name`, names bound once by `from` imports, a module
# whose top-level code runs exactly once however often it is imported, and `__name__`.
import lib.state.counter as counter
from lib.state.counter import bump
import lib.state.user
from lib.state import counter as same_counter
from lib.state.counter import count as snapshot

print("main __name__:", __name__)
print(counter.count, bump(), bump(5), counter.count, snapshot)
print(lib.state.user.bump_twice(), counter.count, counter.history)
counter.count = 100
print(bump(), counter.history[-1], same_counter is counter, same_counter.count)
counter.reset()
print(counter.count, lib.state.user.count_at_import, counter.__name__)
f = counter.bump
print(f(2), list(map(lambda by: counter.bump(by), [1, 2])), counter.count)
print(sorted([counter.bump, bump], key=lambda g: g.__name__)[0].__qualname__)
if __name__ == "__main__":
    print("main block runs")
