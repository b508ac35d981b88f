# A tiny stack VM: instruction handlers registered by decorator in a dict, closures over the
# machine state, match on instruction tuples, exceptions for control flow.
from collections import deque
import operator

HANDLERS = {}


class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} at pc={pc}")
        self.pc = pc


class Halt(Exception):
    pass


def op(*names, arity=0):
    def deco(fn):
        for n in names:
            HANDLERS[n] = (fn, arity)
        return fn
    return deco


BINOPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
          "div": operator.floordiv, "mod": operator.mod, "lt": operator.lt, "eq": operator.eq}


@op(*BINOPS)
def binop(vm, name):
    b, a = vm.pop(), vm.pop()
    try:
        vm.push(BINOPS[name](a, b))
    except ZeroDivisionError:
        raise VMError("division by zero", vm.pc) from None


@op("push", arity=1)
def push(vm, name, value):
    vm.push(value)


@op("dup", "drop", "swap")
def stack_op(vm, name):
    match name:
        case "dup":
            v = vm.pop()
            vm.push(v)
            vm.push(v)
        case "drop":
            vm.pop()
        case "swap":
            b, a = vm.pop(), vm.pop()
            vm.push(b)
            vm.push(a)


@op("jmp", "jz", arity=1)
def jump(vm, name, target):
    if name == "jmp" or not vm.pop():
        vm.pc = target - 1


@op("load", "store", arity=1)
def var(vm, name, key):
    if name == "load":
        if key not in vm.vars:
            raise VMError(f"unknown variable {key!r}", vm.pc)
        vm.push(vm.vars[key])
    else:
        vm.vars[key] = vm.pop()


@op("print")
def out(vm, name):
    vm.output.append(str(vm.pop()))


@op("halt")
def halt(vm, name):
    raise Halt


class VM:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack = deque()
        self.vars = {}
        self.pc = 0
        self.output = []
        self.steps = 0
        self.trace = trace

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()

    def run(self, limit=10_000):
        try:
            while self.pc < len(self.program):
                instr = self.program[self.pc]
                match instr:
                    case (str(name), *args) if name in HANDLERS:
                        fn, arity = HANDLERS[name]
                        if len(args) != arity:
                            raise VMError(f"{name} takes {arity} args, got {len(args)}", self.pc)
                        fn(self, name, *args)
                    case (name, *_):
                        raise VMError(f"unknown op {name!r}", self.pc)
                    case _:
                        raise VMError(f"bad instruction {instr!r}", self.pc)
                self.pc += 1
                self.steps += 1
                if self.steps > limit:
                    raise VMError("step limit", self.pc)
        except Halt:
            pass
        return self.output


def assemble(src):
    prog = []
    labels = {}
    lines = [ln.split("#")[0].strip() for ln in src.strip().splitlines()]
    lines = [ln for ln in lines if ln]
    for ln in lines:
        if ln.endswith(":"):
            labels[ln[:-1]] = len(prog)
        else:
            prog.append(ln.split())
    out = []
    for name, *args in prog:
        conv = []
        for a in args:
            if a.lstrip("-").isdigit():
                conv.append(int(a))
            elif a in labels:
                conv.append(labels[a])
            else:
                conv.append(a)
        out.append((name, *conv))
    return out


FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
    push 99
    print
"""
print(VM(assemble(FACT)).run())
fizz = assemble("""
    push 1
    store i
top:
    load i
    push 16
    lt
    jz end
    load i
    push 15
    mod
    jz fb
    load i
    print
    jmp next
fb:
    push FizzBuzz
    print
next:
    load i
    push 1
    add
    store i
    jmp top
end:
""")
print(" ".join(VM(fizz).run()))
for bad in [[("push", 1), ("push", 0), ("div",)], [("pop",)], [("load", "x")], [("add",)],
            [("push",)], [42], [("jmp", 0)]]:
    try:
        VM(bad).run(limit=50)
    except VMError as e:
        print(type(e).__name__, e, e.pc, e.__cause__, e.__suppress_context__)
print(sorted(HANDLERS)[:5], len(HANDLERS))
