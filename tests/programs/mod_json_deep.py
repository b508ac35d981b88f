# Deep nesting raises RecursionError with the C scanner/encoder messages.
import json
ok = "[" * 900 + "]" * 900
print(len(json.dumps(json.loads(ok))))
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError", e)
x = []
for i in range(5000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", e)
json.loads("{\"a\":" * 3000)
