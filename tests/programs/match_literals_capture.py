# match: literal patterns, capture patterns, wildcard, value patterns (dotted names), None/True/False.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case 418:
            return "teapot"
        case _:
            return f"other ({code})"


print([http_status(c) for c in (200, 302, 404, 418, 500)])


def classify(value):
    match value:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0:
            return "zero"
        case 1.5:
            return "one and a half"
        case "":
            return "empty string"
        case "yes" | "y":
            return "affirmative"
        case -1:
            return "minus one"
        case Color.RED:
            return "red"
        case other:
            return f"captured {other!r}"


for v in [None, True, False, 0, 0.0, 1, 1.5, "", "y", -1, Color.RED, Color.GREEN, [1]]:
    print(repr(v), "->", classify(v))


# A capture pattern binds the name even after the match statement.
match 42:
    case n:
        pass
print("n after match:", n)

# Bytes and strings do not match each other; 1 == 1.0 matches by equality.
for v in ["abc", b"abc", 1.0, 2]:
    match v:
        case "abc":
            print(repr(v), "is the str")
        case b"abc":
            print(repr(v), "is the bytes")
        case 1:
            print(repr(v), "equals 1")
        case _:
            print(repr(v), "no match")


def command(text):
    match text.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["go", direction]:
            return f"going {direction}"
        case ["say", *words]:
            return "saying " + " ".join(words)
        case _:
            return f"unknown: {text!r}"


for t in ["", "quit", "exit", "go north", "say hello there", "go", "dance now"]:
    print(f"{t!r:20} => {command(t)}")

# No case matches: nothing happens.
match 3:
    case 1:
        print("one")
print("fell through silently")
