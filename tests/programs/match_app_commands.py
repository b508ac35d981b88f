# A small command interpreter for a stack machine driven by the match statement.
def run(program):
    stack = []
    vars = {}
    out = []
    for lineno, line in enumerate(program.strip().splitlines(), 1):
        tokens = line.split("#")[0].split()
        try:
            match tokens:
                case []:
                    continue
                case ["push", value] if value.lstrip("-").isdigit():
                    stack.append(int(value))
                case ["push", value]:
                    stack.append(vars[value])
                case ["pop"]:
                    stack.pop()
                case ["add" | "sub" | "mul" | "div" | "mod" as op]:
                    b, a = stack.pop(), stack.pop()
                    match op:
                        case "add":
                            stack.append(a + b)
                        case "sub":
                            stack.append(a - b)
                        case "mul":
                            stack.append(a * b)
                        case "div":
                            stack.append(a // b)
                        case "mod":
                            stack.append(a % b)
                case ["dup"]:
                    stack.append(stack[-1])
                case ["swap"]:
                    stack[-1], stack[-2] = stack[-2], stack[-1]
                case ["store", name]:
                    vars[name] = stack.pop()
                case ["print"]:
                    out.append(str(stack[-1]))
                case ["print", *words]:
                    out.append(" ".join(words))
                case ["repeat", count, *body] if count.isdigit() and body:
                    for _ in range(int(count)):
                        execute_inline(body, stack, vars, out)
                case [cmd, *args]:
                    raise SyntaxError(f"unknown command {cmd!r} with {len(args)} args")
        except IndexError:
            out.append(f"line {lineno}: stack underflow in {' '.join(tokens)!r}")
        except KeyError as e:
            out.append(f"line {lineno}: undefined variable {e}")
        except ZeroDivisionError as e:
            out.append(f"line {lineno}: {e}")
        except SyntaxError as e:
            out.append(f"line {lineno}: {e}")
    return stack, vars, out


def execute_inline(body, stack, vars, out):
    match body:
        case ["dup", "mul"]:
            stack.append(stack.pop() ** 2)
        case ["push", n, "add"]:
            stack.append(stack.pop() + int(n))
        case _:
            out.append(f"unsupported inline body {body}")


program = """
push 6
push 7
mul
print            # 42
store answer
push answer
push 10
mod
print
push 3
repeat 3 dup mul  # 3 -> 9 -> 81 -> 6561
print
repeat 2 push 5 add
print
add
print
pop
pop
push -4
push 0
div
push missing
jump 10
print done here
swap
"""
stack, vars, out = run(program)
print("\n".join(out))
print("stack:", stack, "vars:", vars)
