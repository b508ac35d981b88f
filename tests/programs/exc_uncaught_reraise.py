# An exception is logged in a handler and re-raised with bare raise.
def load(records, key):
    try:
        return records[key]
    except KeyError as e:
        print("load failed for", repr(e), "- re-raising")
        raise

records = {"alpha": 1}
print(load(records, "alpha"))
print(load(records, "beta"))
