# Uncaught explicitly raised RuntimeError with a formatted message.
def check_config(cfg):
    for key in ["host", "port", "user"]:
        if key not in cfg:
            raise RuntimeError(f"missing config key {key!r} (have: {', '.join(sorted(cfg))})")
    return True

print(check_config({"host": "h", "port": 1, "user": "u"}))
print(check_config({"port": 8080, "host": "localhost"}))
