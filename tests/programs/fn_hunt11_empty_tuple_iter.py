# The empty tuple as an iterable argument of builtins.
x = ()
print(any(()), all(()), sum(()), list(()), sorted(()), max((), default=1), set(()))
print(tuple(()), min((), default=2), len(()), dict(()), frozenset(()), list(enumerate(())))
print(any(x), all(x), list(x), [z for z in ()], list(zip((), [1])), "".join(()))
for y in ():
    print(y)
print(list(map(str, ())), list(filter(None, ())), sorted((), key=len), list(reversed(())))
