# Python unbinds an `except ... as name` name on every way out of the handler, a
# `break` or `continue` included (the handler body runs in a try/finally that does
# `name = None; del name`).

def break_out(xs):
    for x in xs:
        try:
            raise ValueError(x)
        except ValueError as e:
            e = 5
            break
    try:
        print(e)
    except UnboundLocalError as err:
        print("unbound", err)

def continue_out():
    seen = []
    e = "before"
    for i in range(3):
        if i:
            try:
                print("at head:", e)
            except UnboundLocalError as err:
                print("head unbound", err)
        try:
            raise KeyError(i)
        except KeyError as e:
            seen.append(str(e))
            continue
    return seen

def break_through_finally():
    for i in range(2):
        try:
            try:
                raise IndexError(i)
            except IndexError as exc:
                break
        finally:
            print("finally ran")
    try:
        return exc
    except UnboundLocalError as err:
        return "unbound: " + str(err)

def not_left_early():
    try:
        raise ValueError("kept?")
    except ValueError as e:
        msg = str(e)
    return msg

break_out([1, 2])
print(continue_out())
print(break_through_finally())
print(not_left_early())
