# Using lists as stacks and queues.
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok in "+-*":
        b = stack.pop()
        a = stack.pop()
        if tok == "+":
            stack.append(a + b)
        elif tok == "-":
            stack.append(a - b)
        else:
            stack.append(a * b)
    else:
        stack.append(int(tok))
    print(tok, stack)
print("result", stack[-1])
queue = ["a", "b", "c"]
served = []
while queue:
    cur = queue.pop(0)
    served.append(cur)
    if cur == "a":
        queue.append("d")
    if cur == "b":
        queue.insert(0, "urgent")
print(served)
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
order = []
seen = {1}
frontier = [1]
while frontier:
    node = frontier.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            frontier.append(nxt)
print("bfs", order)
order = []
seen = set()
todo = [1]
while todo:
    node = todo.pop()
    if node in seen:
        continue
    seen.add(node)
    order.append(node)
    for nxt in reversed(graph[node]):
        todo.append(nxt)
print("dfs", order)
