# CPython rejects this at compile time (SyntaxError): a `:=` in a generator expression
# may not rebind one of its iteration variables; molt refuses it the same way.
xs = [1]
print(list((x := 1) for x in xs))
