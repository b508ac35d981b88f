//! Snapshot tests (insta) of what users read: the diagnostics of refused programs and the
//! Rust that `molt emit` generates. A changed snapshot is reviewed with `cargo insta review`
//! (or INSTA_UPDATE=always) and committed with the change that caused it.

use std::path::PathBuf;
use std::process::Command;

/// Runs `molt <args> prog.py` on `source` in a fresh directory, so paths in the output are
/// the same on every machine. Returns (exit code, stdout, stderr).
fn molt(name: &str, source: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(format!("molt-snap-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("prog.py"), source).expect("write prog.py");
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(args)
        .arg("prog.py")
        .current_dir(&dir)
        .env("MOLT_CACHE_DIR", cache_dir())
        .output()
        .expect("run molt");
    let _ = std::fs::remove_dir_all(&dir);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn cache_dir() -> PathBuf {
    std::env::var_os("MOLT_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("molt-snap-cache"))
}

/// A refused program: exit code 2 and its diagnostics.
fn refused(name: &str, source: &str) -> String {
    let (code, _, err) = molt(name, source, &["build", "-o", "out"]);
    assert_eq!(code, Some(2), "molt should refuse {name}:\n{err}");
    err
}

#[test]
fn diagnostic_dynamic_code() {
    insta::assert_snapshot!(refused("eval", "x = 1\nprint(eval(\"x + 1\"))\n"));
}

#[test]
fn diagnostic_builtin_base_class() {
    insta::assert_snapshot!(refused(
        "base",
        "class Frozen(frozenset):\n    def top(self):\n        return min(self)\n"
    ));
}

#[test]
fn diagnostic_walrus_in_generator_expression() {
    // `:=` in a generator expression binds in the enclosing scope; rebinding one of the
    // expression's own iteration variables is CPython's SyntaxError, refused here.
    insta::assert_snapshot!(refused("walrus", "print(list((x := 1) for x in [1]))\n"));
}

/// logging: a format field molt cannot reproduce (the clock) and a logged traceback in a
/// program that logs to stdout are refused where they are written.
#[test]
fn diagnostic_logging_refusals() {
    insta::assert_snapshot!(refused(
        "logging",
        "import logging, sys\n\nlogging.basicConfig(stream=sys.stdout, format=\"%(asctime)s %(message)s\")\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    logging.exception(\"failed\")\n"
    ));
}

/// pprint: a subclass of PrettyPrinter (which would override `format`) is refused.
#[test]
fn diagnostic_pprint_subclass() {
    insta::assert_snapshot!(refused(
        "pprint",
        "import pprint\n\n\nclass Short(pprint.PrettyPrinter):\n    pass\n"
    ));
}

/// warnings: a stacklevel above 1 would report a caller's line, which molt cannot know.
#[test]
fn diagnostic_warnings_stacklevel() {
    insta::assert_snapshot!(refused(
        "warnings",
        "import warnings\n\n\ndef old():\n    warnings.warn(\"old\", DeprecationWarning, stacklevel=2)\n"
    ));
}

/// The front end's refused logging fields are the runtime's.
#[test]
fn logging_fields_agree() {
    assert_eq!(
        molt_front::catalog::LOGGING_UNSUPPORTED_FIELDS,
        molt_runtime::modules::logging::UNSUPPORTED_FIELDS
    );
}

#[test]
fn diagnostic_several_constructs() {
    insta::assert_snapshot!(refused(
        "several",
        "import asyncio\n\nasync def main():\n    pass\n\ndata = memoryview(b\"raw\")\n"
    ));
}

#[test]
fn generated_rust_typed_recursion() {
    let (code, out, err) = molt(
        "fib",
        "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nprint(fib(20))\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn generated_rust_class_and_with() {
    let (code, out, err) = molt(
        "class",
        "class Box:\n    def __init__(self, v):\n        self.v = v\n    def __enter__(self):\n        return self.v\n    def __exit__(self, *exc):\n        return False\n\nwith Box(3) as v:\n    print(v * 2)\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn generated_rust_fused_generators() {
    // Generator fusion (molt-codegen fuse.rs): the pipeline is one loop in the module's
    // code, no generator object; `nums` and `sq` stay compiled for other callers.
    let (code, out, err) = molt(
        "fused",
        "def nums(n):\n    for i in range(n):\n        yield i\n\ndef sq(xs):\n    for x in xs:\n        if x % 2:\n            continue\n        yield x * x\n\nfor v in sq(nums(10)):\n    if v > 30:\n        break\n    print(v)\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn generated_rust_typed_genexpr_and_split_variable() {
    // A generator expression's function is called where it is made, so its parameter
    // and items are typed (inference `genexpr_call`); `g`, a list of lists and later an
    // int, is two variables (molt-front split.rs), each typed; module-level names that no
    // function reaches are locals of the module code (lower_scopes.rs); a nested def that
    // is only called (`direct_only`) has typed parameters although its object is made.
    let (code, out, err) = molt(
        "genexpr_split",
        "def total(g):\n    return sum(sum(row) for row in g)\n\ndef scale(xs, k):\n    def times(v):\n        return v * k\n    return [times(x) for x in xs]\n\ng = [[1, 2], [3, -4]]\nt = total(g)\ng = len(g)\nprint(t + g, scale([1, 2], 3))\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn generated_rust_typed_dataclass() {
    // A plain `@dataclass` gets the `__init__` CPython generates written into its body
    // (molt-front lower_dataclass.rs), so it is a typed class: `Vec(...)` allocates and
    // calls that `__init__` directly, fields are slots (`x: float` typed, `n: int = 0`
    // an instance field shadowing the class attribute), the factory default is
    // `dataclasses._HAS_DEFAULT_FACTORY`; the annotations naming `Vec` do not make its
    // `__init__` dynamic.
    let (code, out, err) = molt(
        "dataclass_typed",
        "from dataclasses import dataclass, field\n\n@dataclass\nclass Vec:\n    x: float\n    y: float\n    n: int = 0\n    tags: list = field(default_factory=list)\n\n    def dot(self, o):\n        return self.x * o.x + self.y * o.y\n\n@dataclass\nclass Pair:\n    a: Vec\n    b: Vec\n\np = Pair(Vec(1.0, 2.0), Vec(3.0, -4.0, 2))\nprint(p.a.dot(p.b) + p.b.n, p)\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn generated_rust_fast_list_loops() {
    // Fast loops (molt-codegen fast.rs): the list borrowed once for the loop, items read
    // and stored through i64 indexes; a store followed by something that may give up is
    // logged so that the iteration can be undone; the while loop tests on machine values.
    let (code, out, err) = molt(
        "fastlists",
        "def f(n):\n    xs = [0] * n\n    acc = 1\n    for i in range(n):\n        xs[i] += i\n        acc *= 3\n    lo, hi = 0, n\n    while lo < hi:\n        mid = (lo + hi) // 2\n        if xs[mid] < 5:\n            lo = mid + 1\n        else:\n            hi = mid\n    return acc, lo\n\nprint(f(10))\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

#[test]
fn generated_rust_fast_list_handles() {
    // Fast loops over lists of lists (molt-codegen fast.rs, `Handle`): each binding of a
    // row borrows it and checks its length once, constant indexes reach a fixed-size
    // array; stores that something may undo log the row as bound; the handle is written
    // back after the loop. A prefix reversal `xs[:k + 1] = xs[k::-1]` is in place.
    let (code, out, err) = molt(
        "fasthandles",
        "def f(rows, dt):\n    n = len(rows)\n    for i in range(n):\n        a = rows[i]\n        for j in range(i + 1, n):\n            b = rows[j]\n            d = a[0] - b[0]\n            m = dt / d\n            a[1] -= m\n            b[1] += m\n    for r in rows:\n        r[0] += dt * r[1]\n\ndef g(xs):\n    k = xs[0]\n    while k != 0:\n        xs[: k + 1] = xs[k::-1]\n        k = xs[0]\n\nrows = [[0.0, 1.0], [2.0, 0.5]]\nf(rows, 0.1)\nxs = [2, 0, 1]\ng(xs)\nprint(rows, xs)\n",
        &["emit"],
    );
    assert_eq!(code, Some(0), "{err}");
    insta::assert_snapshot!(out);
}

/// The front end and the runtime cannot depend on each other, so each lists the classes of
/// collections.abc; this keeps the two lists the same.
#[test]
fn collections_abc_names_agree() {
    assert_eq!(
        molt_front::catalog::module_values("collections.abc"),
        molt_runtime::modules::collections_abc::NAMES
    );
}

/// The front end's names of numbers and the runtime's classes are the same list.
#[test]
fn numbers_names_agree() {
    assert_eq!(
        molt_front::catalog::module_values("numbers"),
        molt_runtime::modules::numbers::NAMES
    );
}

/// `molt run prog.py -h --x` gives the program every argument after it, `-h` included
/// (clap once took `-h` as `molt run`'s own help flag).
#[test]
fn run_passes_options_after_the_program() {
    let dir = std::env::temp_dir().join(format!("molt-snap-{}-runargs", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("prog.py"), "import sys\nprint(sys.argv[1:])\n")
        .expect("write prog.py");
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["run", "prog.py", "-h", "--x", "y"])
        .current_dir(&dir)
        .env("MOLT_CACHE_DIR", cache_dir())
        .output()
        .expect("run molt");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['-h', '--x', 'y']\n",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
