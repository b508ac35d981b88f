# A new exception raised while handling another one is the one reported last.
def risky():
    try:
        return [1, 2, 3][7]
    except IndexError:
        print("handling IndexError, then failing again")
        return {"a": 1}["zzz"]

print(risky())
