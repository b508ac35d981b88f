# An uncaught AssertionError with a message.
def normalize(weights):
    total = sum(weights)
    assert total > 0, f"weights must sum to a positive number, got {total}"
    result = []
    for w in weights:
        result.append(w / total)
    return result

print(normalize([1, 1, 2]))
print(normalize([1, -1]))
