# An uncaught TypeError from the argument binder when a call misses a keyword-only argument.
def render(template, /, *, context, strict=False):
    out = template
    for key, value in context.items():
        out = out.replace("{" + key + "}", str(value))
    if strict and "{" in out:
        raise KeyError(out)
    return out


print(render("Hello {name}!", context={"name": "Ada"}))
print(render("{a}+{b}={c}", context={"a": 1, "b": 2, "c": 3}))
options = {"strict": True}
print(render("{missing}", **options))
