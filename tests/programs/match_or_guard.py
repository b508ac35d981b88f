# match: OR patterns binding the same names, guards evaluated in order, AS patterns,
# and guard side effects only when the pattern matched.
checked = []


def is_small(n):
    checked.append(n)
    return n < 10


def bucket(value):
    match value:
        case 0 | 1 | 2:
            return "tiny literal"
        case int(n) if is_small(n):
            return f"small int {n}"
        case int(n) | float(n) if n > 1000:
            return f"huge {n}"
        case (int(a), int(b)) | [int(a), int(b)] if a + b == 10:
            return f"pair summing to ten ({a}, {b})"
        case (str() as s, _) | (_, str() as s):
            return f"pair containing the string {s!r}"
        case {"id": int() as ident} | {"ident": int() as ident}:
            return f"record {ident}"
        case _:
            return "other"


for v in [1, 5, 50, 5000, 3000.5, (3, 7), [4, 6], (4, 4), ("a", 1), (2, "b"), {"id": 9}, {"ident": 8}, {"id": "x"}, 7.5]:
    print(repr(v), "->", bucket(v))
print("guard calls:", checked)


# Guards can refer to names bound in the pattern and to outer variables.
LIMIT = 3


def clip(item):
    match item:
        case [*xs] if len(xs) > LIMIT:
            return xs[:LIMIT] + ["..."]
        case [*xs]:
            return xs
        case _:
            return None


print(clip([1, 2, 3, 4, 5]), clip([1, 2]), clip("abc"))


# Cases are tried in order; a failing guard moves on to the next case.
def grade(score):
    match score:
        case s if s >= 90:
            return "A"
        case s if s >= 80:
            return "B"
        case s if s >= 70:
            return "C"
        case _:
            return "F"


print([grade(s) for s in (95, 85, 75, 65, 90, 80)])


# Nested OR inside sequence patterns.
def route(req):
    match req:
        case ("GET" | "HEAD", "/"):
            return "index"
        case ("GET", "/users" | "/people"):
            return "list users"
        case ("GET" | "DELETE" as method, path) if path.startswith("/users/"):
            return f"{method.lower()} user {path.rsplit('/', 1)[1]}"
        case ("POST", path, body) if body:
            return f"create at {path} with {body}"
        case (method, *_) if method not in ("GET", "POST", "DELETE", "HEAD"):
            return f"405 {method}"
        case _:
            return "404"


for r in [("GET", "/"), ("HEAD", "/"), ("GET", "/people"), ("GET", "/users/7"), ("DELETE", "/users/9"),
          ("POST", "/users", {"name": "x"}), ("POST", "/users", {}), ("PATCH", "/x"), ("GET", "/nowhere")]:
    print(r, "->", route(r))
