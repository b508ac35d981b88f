# A discrete-event simulation of a small bank queue: a priority queue of event objects.
import heapq
from collections import deque


class Event:
    seq = 0

    def __init__(self, time, customer=None):
        self.time = time
        self.customer = customer
        Event.seq += 1
        self.order = Event.seq          # tie-breaker: earlier-created events first

    def __lt__(self, other):
        return (self.time, self.order) < (other.time, other.order)

    def handle(self, sim):
        raise NotImplementedError

    def __repr__(self):
        who = f" c{self.customer.ident}" if self.customer else ""
        return f"{type(self).__name__}@{self.time}{who}"


class Customer:
    def __init__(self, ident, arrival, service, vip=False):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.vip = vip
        self.start = None
        self.teller = None

    @property
    def wait(self):
        return self.start - self.arrival


class Arrival(Event):
    def handle(self, sim):
        c = self.customer
        free = sim.free_teller()
        if free is not None:
            sim.begin(free, c, self.time)
        elif c.vip:
            sim.queue.appendleft(c)
        else:
            sim.queue.append(c)
        sim.log(self.time, f"c{c.ident} arrives{' (vip)' if c.vip else ''}, queue={len(sim.queue)}")


class Departure(Event):
    def __init__(self, time, customer, teller):
        super().__init__(time, customer)
        self.teller = teller

    def handle(self, sim):
        sim.busy[self.teller] = None
        sim.served.append(self.customer)
        sim.log(self.time, f"c{self.customer.ident} leaves teller {self.teller}")
        if sim.queue:
            sim.begin(self.teller, sim.queue.popleft(), self.time)


class Break(Event):
    def __init__(self, time, teller, length):
        super().__init__(time)
        self.teller, self.length = teller, length

    def handle(self, sim):
        if sim.busy[self.teller] is not None:
            # Retry when the teller is free: reschedule one tick later.
            sim.schedule(Break(self.time + 1, self.teller, self.length))
            sim.log(self.time, f"teller {self.teller} busy, break postponed")
            return
        sim.busy[self.teller] = "break"
        sim.schedule(BackFromBreak(self.time + self.length, self.teller))
        sim.log(self.time, f"teller {self.teller} on break")


class BackFromBreak(Event):
    def __init__(self, time, teller):
        super().__init__(time)
        self.teller = teller

    def handle(self, sim):
        sim.busy[self.teller] = None
        sim.log(self.time, f"teller {self.teller} back")
        if sim.queue:
            sim.begin(self.teller, sim.queue.popleft(), self.time)


class Simulation:
    def __init__(self, tellers):
        self.busy = [None] * tellers
        self.queue = deque()
        self.events = []
        self.served = []
        self.lines = []
        self.now = 0

    def schedule(self, event):
        heapq.heappush(self.events, event)

    def free_teller(self):
        for i, who in enumerate(self.busy):
            if who is None:
                return i
        return None

    def begin(self, teller, customer, time):
        customer.start = time
        customer.teller = teller
        self.busy[teller] = customer
        self.schedule(Departure(time + customer.service, customer, teller))

    def log(self, time, text):
        self.lines.append(f"[{time:3}] {text}")

    def run(self, until=None):
        handled = 0
        while self.events:
            event = heapq.heappop(self.events)
            if until is not None and event.time > until:
                heapq.heappush(self.events, event)
                break
            self.now = event.time
            event.handle(self)
            handled += 1
        return handled


sim = Simulation(tellers=2)
arrivals = [(0, 5, False), (1, 3, False), (2, 4, False), (2, 2, True), (3, 6, False),
            (8, 1, False), (9, 2, True), (9, 2, False), (15, 3, False)]
customers = [Customer(i + 1, t, s, v) for i, (t, s, v) in enumerate(arrivals)]
for c in customers:
    sim.schedule(Arrival(c.arrival, c))
sim.schedule(Break(4, 0, 3))
print("pending:", sorted(sim.events)[:4])
n1 = sim.run(until=10)
print("handled until t=10:", n1, "pending:", len(sim.events), "queue:", [c.ident for c in sim.queue])
n2 = sim.run()
print("handled after:", n2)
print("\n".join(sim.lines))
print("served order:", [c.ident for c in sim.served])
waits = {c.ident: c.wait for c in customers}
print("waits:", waits)
print("avg wait: %.3f" % (sum(waits.values()) / len(waits)), "max wait:", max(waits.values()))
per_teller = {}
for c in sim.served:
    per_teller.setdefault(c.teller, []).append(c.ident)
print("per teller:", dict(sorted(per_teller.items())))
try:
    Event(0).handle(sim)
except NotImplementedError as e:
    print("NotImplementedError", repr(str(e)))
