# JSON config processor: json.load/json.dump on files, JSONDecodeError fields, deep merge.
import json
import os
from pathlib import Path
import copy

DEFAULTS = {
    "server": {"host": "localhost", "port": 8080, "tls": False},
    "workers": 4,
    "features": ["auth"],
    "log": {"level": "INFO", "file": None},
}


def deep_merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def validate(cfg, path=""):
    errors = []
    schema = {"server.port": int, "workers": int, "server.host": str, "log.level": str}
    for dotted, typ in schema.items():
        node = cfg
        for part in dotted.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, typ) or isinstance(node, bool):
            errors.append(f"{dotted}: expected {typ.__name__}, got {type(node).__name__}")
    if cfg["log"]["level"] not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        errors.append(f"log.level: bad value {cfg['log']['level']!r}")
    return errors


def flatten(d, prefix=""):
    for k, v in sorted(d.items()):
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


work = Path("/tmp") / f"molt_real_cfg_{os.getpid()}"
work.mkdir(exist_ok=True)
(work / "prod.json").write_text(json.dumps({"server": {"port": 443, "tls": True}, "workers": 16, "features": ["auth", "cache"]}))
with open(work / "dev.json", "w") as f:
    json.dump({"log": {"level": "DEBUG", "file": "dev.log"}, "server": {"port": "80"}}, f, indent=2)
(work / "broken.json").write_text('{"workers": 3,}')
for name in sorted(os.listdir(work)):
    p = work / name
    try:
        with p.open() as f:
            override = json.load(f)
    except json.JSONDecodeError as e:
        print(f"{p.name}: invalid JSON at line {e.lineno} col {e.colno}: {e.msg}")
        continue
    cfg = deep_merge(DEFAULTS, override)
    errs = validate(cfg)
    print(f"{p.stem}: {'OK' if not errs else errs}")
    for k, v in flatten(cfg):
        print(f"  {k} = {json.dumps(v)}")
print(DEFAULTS["server"]["port"], json.dumps(DEFAULTS, sort_keys=True, separators=(",", ":")))
s = json.dumps({"name": "café", "n": [1.5, True, None], "t": (1, 2)}, ensure_ascii=False)
print(s, json.loads(s)["t"], json.dumps("café"), json.loads('"\\u00e9"'))
print(json.dumps({3: "a", "b": 2.0}), json.loads("[1e3, -0.5, 12345678901234567890]"))
print(sorted(p.name for p in work.glob("*.json")), (work / "dev.json").exists(), (work / "dev.json").suffix)
for p in work.iterdir():
    p.unlink()
work.rmdir()
print(work.exists())
try:
    json.load()
except TypeError as e:
    print(e)
try:
    json.dump([1])
except TypeError as e:
    print(e)
