# array.array: CPython's errors, overflow checks and messages for every typecode.
import array
from array import array as arr


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)


values = [0, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535,
          65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
          -2**63, -2**63 - 1, 2**64 - 1, 2**64, 10**30, -10**30, 1.5, True, 'a', None, '']
for tc in array.typecodes:
    for v in values:
        attempt(tc + ' ' + repr(v), lambda: arr(tc, [v]))

a = arr('i', [1, 2, 3])
attempt('append float', lambda: a.append(1.5))
attempt('append str to d', lambda: arr('d').append('x'))
attempt('append none to f', lambda: arr('f').append(None))
attempt('u append int', lambda: arr('u').append(1))
attempt('u append long str', lambda: arr('u').append('ab'))
attempt('d big int', lambda: arr('d', [10**400]))
attempt('bad typecode', lambda: arr('x'))
attempt('long typecode', lambda: arr('ii'))
attempt('int typecode', lambda: arr(1))
attempt('no args', lambda: arr())
attempt('three args', lambda: arr('i', [1], 3))
attempt('kwargs', lambda: arr('i', initializer=[1]))
attempt('str init', lambda: arr('i', 'abc'))
attempt('unicode array init', lambda: arr('i', arr('u', 'ab')))
attempt('int array to u', lambda: arr('u', arr('i', [1])))
attempt('narrowing', lambda: arr('b', arr('i', [1000])))
attempt('float array to int', lambda: arr('i', arr('d', [1.0])))
attempt('not iterable', lambda: arr('i', 5))
attempt('none init', lambda: arr('i', None))
attempt('index missing', lambda: a.index(5))
attempt('index range', lambda: a.index(3, 0, 2))
attempt('index bad start', lambda: a.index(1, 'a'))
attempt('index no args', lambda: a.index())
attempt('remove missing', lambda: a.remove(7))
attempt('pop range', lambda: a.pop(10))
attempt('pop empty', lambda: arr('i').pop())
attempt('pop float', lambda: a.pop(1.0))
attempt('pop huge', lambda: a.pop(2**70))
attempt('insert huge', lambda: a.insert(2**70, 1))
attempt('insert one arg', lambda: a.insert(1))
attempt('insert bad item', lambda: a.insert(0, 'x'))
attempt('append no arg', lambda: a.append())
attempt('append kwarg', lambda: a.append(x=1))
attempt('tolist arg', lambda: a.tolist(1))
attempt('count no arg', lambda: a.count())
attempt('extend kind', lambda: a.extend(arr('d', [1.0])))
attempt('extend int', lambda: a.extend(5))
attempt('fromlist tuple', lambda: a.fromlist((1,)))
attempt('tounicode', lambda: a.tounicode())
attempt('fromunicode', lambda: a.fromunicode('x'))
attempt('fromunicode int', lambda: arr('u').fromunicode(5))
attempt('add list', lambda: a + [1])
attempt('add kind', lambda: a + arr('d'))
attempt('radd list', lambda: [1] + a)
attempt('mul float', lambda: a * 1.5)
attempt('rmul float', lambda: 1.5 * a)
attempt('mul huge', lambda: a * 2**70)
attempt('lt list', lambda: a < [1])
attempt('lt mixed', lambda: arr('u', 'a') < arr('i', [1]))
attempt('hash', lambda: hash(a))
attempt('set', lambda: {a})
attempt('dict key', lambda: {a: 1})
attempt('getitem range', lambda: a[100])
attempt('getitem str', lambda: a['x'])
attempt('getitem float', lambda: a[1.0])
attempt('getitem huge', lambda: a[2**70])
attempt('no attribute', lambda: a.nosuch)
attempt('set typecode', lambda: setattr(a, 'typecode', 'd'))
attempt('set other', lambda: setattr(a, 'other', 1))
attempt('u bad setitem', lambda: arr('u', 'abc').__setitem__(0, 'xy'))
attempt('len of', lambda: arr('i', [4, 5]).__len__())


def setitem(k, v):
    b = arr('i', range(10))
    try:
        b[k] = v
        print('set', b)
    except Exception as e:
        print('set', type(e).__name__, e)


setitem(slice(1, 3), [7])
setitem(slice(None, None, 2), arr('i', [1]))
setitem(slice(1, 3), arr('d', [1.0]))
setitem(0, 'x')
setitem(0, 2**40)
setitem(20, 1)
setitem(20, 'x')
setitem(-11, 1)
setitem('k', 1)
setitem(slice(None, None, 0), arr('i', [1]))


def delitem(k):
    b = arr('i', range(10))
    try:
        del b[k]
        print('del', b)
    except Exception as e:
        print('del', type(e).__name__, e)


delitem(10)
delitem(-11)
delitem('x')
delitem(slice(None, None, 0))

c = arr('b', [1, 2])
attempt('fromlist atomic', lambda: c.fromlist([3, 300]))
print(c)
attempt('extend partial', lambda: c.extend([3, 300, 4]))
print(c)
d = arr('i', [1])
try:
    d += [1]
except TypeError as e:
    print('iadd', e)
try:
    d += arr('b', [1])
except TypeError as e:
    print('iadd', e)
try:
    d *= 'x'
except TypeError as e:
    print('imul', e)
print(d)
e = arr('b', [1, 2, 3])
e[0] = 300
