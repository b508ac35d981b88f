import json
docs = [
    '',
    ' ',
    '[1,]',
    '{"a":1,}',
    '{"a" 1}',
    '{a:1}',
    '[1 2]',
    '"abc',
    '"a\\x"',
    '"\\u12"',
    '"\\u12G4"',
    '"\\ud800\\u12G4"',
    '"\\ud800\\udc00"',
    '"\\ud83d\\ude00"',
    '1e',
    '1e+',
    '1.',
    '-',
    '-a',
    '01',
    '1.5e3',
    '-0',
    '-0.0',
    '1E400',
    'NaN',
    '-Infinity',
    'Infinity',
    'nul',
    'tru',
    'true false',
    '[',
    '{',
    '{"a"',
    '{"a":',
    '{"a":1',
    '[1',
    '"\t"',
    '\ufeff1',
    '[1,2,3]  \n ',
    '\n\n  x',
    '{"a":1, "a":2, "b":3}',
    '123456789012345678901234567890',
    '1.7976931348623157e309',
    '0.1',
    '2.5e-324',
    '[-]',
    '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
    '[1,\n2,\n',
    '{"a":[1,{"b":null}]}',
    ' 5 ',
    '"\\u00e9"',
    '"\\uD834\\uDD1E"',
    '1.0e',
    '1.0e-',
    '-1.5E+3',
    '[true,false,null]',
    '{"":""}',
    '{"a":1 "b":2}',
    '[1]]',
    '{}}',
    '[,1]',
    '"\\',
    '"\\u"',
    '"\\u123"',
    'tRue',
    '[NaN]',
    '{"x": {"y": [1, 2, {"z": "deep"}]}}',
    '[0.30000000000000004, 1e22, 1e-310, 12.0]',
    '"caf\\u00e9 \\u2603"',
    '  {"a" : 1 , "b" : [ ] }  ',
]
for d in docs:
    try:
        v = json.loads(d)
        print(repr(d), "->", repr(v))
    except ValueError as e:
        print(repr(d), "ERR", e)


data = {"name": "molt", "version": 1, "tags": ["fast", "safe"], "ratio": 0.5, "ok": True, "none": None,
        "nested": {"b": [1, 2, {"c": "d"}], "a": []}, "empty": {}, "uni": "héllo ☃ 😀", "ctl": "tab\tnl\n\x01\x7f"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=-3))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", " = ")))
print(json.dumps([1, (2, 3), [], {}, [[]], [{}]]))
print(json.dumps([1, (2, 3), [], {}, [[]], [{}]], indent=2))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null", "s": "str"}))
print(json.dumps({False: 0, 10**30: 1, -0.0: 2}))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 1e16, 1.5e-7, -0.0, 2**70]))
print(json.dumps("plain"), json.dumps(3), json.dumps(None), json.dumps(True), json.dumps(1.25))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.loads(json.dumps(data)) == data)

try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"a": [1, {2, 3}]}, indent=2)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({"x": float("inf")}, allow_nan=False)
except ValueError as e:
    print("ValueError", e)
a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError", e)
d = {"k": 1}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(range(3))
except TypeError as e:
    print("TypeError", e)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(1, foo=2)
except TypeError as e:
    print("TypeError", e)
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))
