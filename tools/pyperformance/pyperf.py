# A stand-in for pyperf (run.sh): runs each benchmark once and prints what it returns.


def perf_counter():
    return 0.0


class _Parser:
    def __init__(self):
        self.defaults = {}

    def add_argument(self, *names, **kw):
        name = names[-1].lstrip("-").replace("-", "_")
        if "dest" in kw:
            name = kw["dest"]
        self.defaults[name] = kw.get("default")


class _NS:
    pass


class Runner:
    def __init__(self, add_cmdline_args=None):
        self.metadata = {}
        self.argparser = _Parser()

    def parse_args(self):
        ns = _NS()
        for k, v in self.argparser.defaults.items():
            setattr(ns, k, v)
        return ns

    def bench_func(self, name, func, *args):
        r = func(*args)
        print(name, "->", repr(r)[:300])

    def bench_time_func(self, name, func, *args, inner_loops=None):
        r = func(1, *args)
        print(name, "done", type(r).__name__)
