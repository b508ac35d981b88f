//! Set algebra with CPython 3.11's algorithms (Objects/setobject.c): which operand is
//! iterated, when a result is copied then trimmed, when a table is resized. The iteration
//! order of every result is observable, so each function follows its C counterpart.
//!
//! The operand of a set method can be another set or frozenset (`SetArg::Set`/`Frozen`), a
//! dict (`SetArg::Dict`, which CPython treats specially: its stored hashes are reused and a
//! set is pre-sized for its keys), or any other iterable, materialised in iteration order
//! (`SetArg::Iter`; a dict's keys *view* is such an iterable, not a dict).

use crate::exc::PyResult;
use crate::obj::PyObj;
use crate::set::{FrozenSet, Set, SetTable, table_issubset};
use crate::value::{BinOp, Value};

/// A dict seen by set operations: its size, membership by known hash, and its keys with
/// their hashes in insertion order. Implemented by `Dict<K, V>` for every `V`.
pub trait DictKeys<K> {
    fn dk_len(&self) -> usize;
    fn dk_contains(&self, key: &K, hash: i64) -> PyResult<bool>;
    fn dk_entries(&self) -> Vec<(i64, K)>;
}

/// An operand of a set method or operator.
pub enum SetArg<'a, T> {
    Set(&'a Set<T>),
    Frozen(&'a FrozenSet<T>),
    /// An exact dict (not a view of one).
    Dict(&'a dyn DictKeys<T>),
    /// Any other iterable, its items in iteration order.
    Iter(Vec<T>),
}

/// An operand with its table borrowed.
pub enum ArgView<'b, T> {
    Table(&'b SetTable<T>),
    Dict(&'b dyn DictKeys<T>),
    Items(&'b [T]),
}

impl<T> Clone for ArgView<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ArgView<'_, T> {}

/// Runs `f` with the operand's table borrowed.
pub fn with_view<T: PyObj, R>(
    arg: &SetArg<'_, T>,
    f: impl FnOnce(ArgView<'_, T>) -> PyResult<R>,
) -> PyResult<R> {
    match arg {
        SetArg::Set(s) => {
            let t = s.try_table()?;
            f(ArgView::Table(&t))
        }
        SetArg::Frozen(fs) => f(ArgView::Table(fs.table())),
        SetArg::Dict(d) => f(ArgView::Dict(*d)),
        SetArg::Iter(v) => f(ArgView::Items(v)),
    }
}

/// make_new_set: a new table filled by set_update_internal.
pub fn make_new<T: PyObj>(arg: &SetArg<'_, T>) -> PyResult<SetTable<T>> {
    let mut t = SetTable::new();
    with_view(arg, |v| update_internal(&mut t, v))?;
    Ok(t)
}

/// set_update_internal. The caller skips an operand that is `so` itself.
pub fn update_internal<T: PyObj>(so: &mut SetTable<T>, other: ArgView<'_, T>) -> PyResult<()> {
    match other {
        ArgView::Table(o) => so.merge(o),
        ArgView::Dict(d) => {
            so.presize_for(d.dk_len());
            for (h, k) in d.dk_entries() {
                so.add_entry(k, h)?;
            }
            Ok(())
        }
        ArgView::Items(xs) => {
            for x in xs {
                so.add_key(x.clone())?;
            }
            Ok(())
        }
    }
}

/// set_copy: a new table merged from `so` (same layout when `so` has no dummies).
pub fn copy<T: PyObj>(so: &SetTable<T>) -> PyResult<SetTable<T>> {
    let mut r = SetTable::new();
    r.merge(so)?;
    Ok(r)
}

/// The keys of a dict or iterable operand with their hashes, in iteration order.
fn hashed_items<T: PyObj>(other: ArgView<'_, T>) -> PyResult<Vec<(i64, T)>> {
    match other {
        ArgView::Table(o) => Ok(o.entries().map(|(h, k)| (h, k.clone())).collect()),
        ArgView::Dict(d) => Ok(d.dk_entries()),
        ArgView::Items(xs) => {
            let mut v = Vec::with_capacity(xs.len());
            for x in xs {
                v.push((x.py_hash()?, x.clone()));
            }
            Ok(v)
        }
    }
}

/// set_intersection.
pub fn intersection_view<T: PyObj>(
    so: &SetTable<T>,
    other: ArgView<'_, T>,
) -> PyResult<SetTable<T>> {
    let mut r = SetTable::new();
    match other {
        ArgView::Table(o) => {
            if std::ptr::eq(so, o) {
                return copy(so);
            }
            // Iterate over the smaller set (over `other` on a tie).
            let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
            for (h, k) in small.entries() {
                if big.contains_entry(k, h)? {
                    r.add_entry(k.clone(), h)?;
                }
            }
        }
        ArgView::Dict(d) => {
            for (h, k) in d.dk_entries() {
                if so.contains_entry(&k, h)? {
                    r.add_entry(k, h)?;
                    if r.len() >= so.len() {
                        break;
                    }
                }
            }
        }
        ArgView::Items(xs) => {
            // Hashes are computed as the iteration goes, and it stops once every key of
            // `so` has been found (later items are never hashed).
            for x in xs {
                let h = x.py_hash()?;
                if so.contains_entry(x, h)? {
                    r.add_entry(x.clone(), h)?;
                    if r.len() >= so.len() {
                        break;
                    }
                }
            }
        }
    }
    Ok(r)
}

/// set_difference.
pub fn difference_view<T: PyObj>(so: &SetTable<T>, other: ArgView<'_, T>) -> PyResult<SetTable<T>> {
    let other_size = match other {
        ArgView::Table(o) => o.len(),
        ArgView::Dict(d) => d.dk_len(),
        ArgView::Items(_) => return copy_and_difference(so, other),
    };
    // When so is much bigger, copy it and discard the other's keys.
    if (so.len() >> 2) > other_size {
        return copy_and_difference(so, other);
    }
    let mut r = SetTable::new();
    for (h, k) in so.entries() {
        let found = match other {
            ArgView::Table(o) => o.contains_entry(k, h)?,
            ArgView::Dict(d) => d.dk_contains(k, h)?,
            ArgView::Items(_) => false,
        };
        if !found {
            r.add_entry(k.clone(), h)?;
        }
    }
    Ok(r)
}

/// set_copy_and_difference.
fn copy_and_difference<T: PyObj>(so: &SetTable<T>, other: ArgView<'_, T>) -> PyResult<SetTable<T>> {
    let mut r = copy(so)?;
    difference_update_internal(&mut r, other)?;
    Ok(r)
}

/// set_difference_update_internal (the caller clears `so` when other is `so` itself).
pub fn difference_update_internal<T: PyObj>(
    so: &mut SetTable<T>,
    other: ArgView<'_, T>,
) -> PyResult<()> {
    match other {
        ArgView::Table(o) => {
            if (o.len() >> 3) > so.len() {
                // CPython first intersects with the (much bigger) other; the same keys
                // get discarded either way.
                let mut common = Vec::new();
                for (h, k) in so.entries() {
                    if o.contains_entry(k, h)? {
                        common.push((h, k.clone()));
                    }
                }
                for (h, k) in common {
                    so.discard_entry(&k, h)?;
                }
            } else {
                for (h, k) in o.entries() {
                    so.discard_entry(k, h)?;
                }
            }
        }
        ArgView::Dict(_) | ArgView::Items(_) => {
            for (h, k) in hashed_items(other)? {
                so.discard_entry(&k, h)?;
            }
        }
    }
    // If more than a quarter of the slots are dummies, resize them away.
    so.purge_dummies_if_many();
    Ok(())
}

/// set_symmetric_difference_update (the caller clears `so` when other is `so` itself).
pub fn symmetric_difference_update_view<T: PyObj>(
    so: &mut SetTable<T>,
    other: ArgView<'_, T>,
) -> PyResult<()> {
    let toggle = |so: &mut SetTable<T>, k: &T, h: i64| -> PyResult<()> {
        if !so.discard_entry(k, h)? {
            so.add_entry(k.clone(), h)?;
        }
        Ok(())
    };
    match other {
        ArgView::Table(o) => {
            for (h, k) in o.entries() {
                toggle(so, k, h)?;
            }
        }
        ArgView::Dict(d) => {
            for (h, k) in d.dk_entries() {
                toggle(so, &k, h)?;
            }
        }
        ArgView::Items(xs) => {
            // A non-set iterable becomes a set first; its order is what gets toggled in.
            let mut tmp = SetTable::new();
            update_internal(&mut tmp, ArgView::Items(xs))?;
            for (h, k) in tmp.entries() {
                toggle(so, k, h)?;
            }
        }
    }
    Ok(())
}

/// set_issubset: a non-set operand is made into a set first (so every item is hashed).
pub fn issubset_view<T: PyObj>(so: &SetTable<T>, other: ArgView<'_, T>) -> PyResult<bool> {
    match other {
        ArgView::Table(o) => table_issubset(so, o),
        _ => {
            let mut tmp = SetTable::new();
            update_internal(&mut tmp, other)?;
            table_issubset(so, &tmp)
        }
    }
}

/// set_issuperset: a non-set operand is iterated until an item is missing.
pub fn issuperset_view<T: PyObj>(so: &SetTable<T>, other: ArgView<'_, T>) -> PyResult<bool> {
    match other {
        ArgView::Table(o) => table_issubset(o, so),
        ArgView::Dict(d) => {
            for (h, k) in d.dk_entries() {
                if !so.contains_entry(&k, h)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        ArgView::Items(xs) => {
            for x in xs {
                if !so.contains_key(x)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

/// set_isdisjoint (the caller answers `len == 0` when other is `so` itself).
pub fn isdisjoint_view<T: PyObj>(so: &SetTable<T>, other: ArgView<'_, T>) -> PyResult<bool> {
    match other {
        ArgView::Table(o) => {
            if std::ptr::eq(so, o) {
                return Ok(so.is_empty());
            }
            let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
            for (h, k) in small.entries() {
                if big.contains_entry(k, h)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        ArgView::Dict(d) => {
            for (h, k) in d.dk_entries() {
                if so.contains_entry(&k, h)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        ArgView::Items(xs) => {
            for x in xs {
                if so.contains_key(x)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

/// `a | b` for two set tables (either may be a set or a frozenset): a copy of a, then b
/// merged in.
pub fn union<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    let mut r = copy(a)?;
    if !std::ptr::eq(a, b) {
        r.merge(b)?;
    }
    Ok(r)
}

/// `a & b` for two set tables.
pub fn intersection<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    intersection_view(a, ArgView::Table(b))
}

/// `a - b` for two set tables.
pub fn difference<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    difference_view(a, ArgView::Table(b))
}

/// `a ^ b` for two set tables: a copy of b, updated with a.
pub fn symmetric_difference<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<SetTable<T>> {
    let mut r = copy(b)?;
    if std::ptr::eq(a, b) {
        r.clear();
        return Ok(r);
    }
    symmetric_difference_update_view(&mut r, ArgView::Table(a))?;
    Ok(r)
}

/// `r ^= other` on a table (other must not be `r`).
pub fn symmetric_difference_update<T: PyObj>(
    r: &mut SetTable<T>,
    other: &SetTable<T>,
) -> PyResult<()> {
    symmetric_difference_update_view(r, ArgView::Table(other))
}

/// `a op b` for dynamic values that are sets or frozensets; the result has the type of
/// the left operand.
pub fn value_set_binop(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let arg = match b {
        Value::Set(s) => SetArg::Set(s),
        Value::FrozenSet(f) => SetArg::Frozen(f),
        _ => SetArg::Iter(vec![]),
    };
    let one = std::slice::from_ref(&arg);
    Ok(match a {
        Value::FrozenSet(f) => Value::FrozenSet(match op {
            BinOp::BitOr => f.union(one)?,
            BinOp::BitAnd => f.intersection(one)?,
            BinOp::Sub => f.difference(one)?,
            _ => f.symmetric_difference(&arg)?,
        }),
        Value::Set(s) => Value::Set(match op {
            BinOp::BitOr => s.union(one)?,
            BinOp::BitAnd => s.intersection(one)?,
            BinOp::Sub => s.difference(one)?,
            _ => s.symmetric_difference(&arg)?,
        }),
        _ => Value::Set(Set::new()),
    })
}

/// `a op= b` for dynamic values: in place when a is a set; a new frozenset otherwise.
pub fn value_set_inplace(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let Value::Set(s) = a else {
        return value_set_binop(op, a, b);
    };
    let arg = match b {
        Value::Set(s) => SetArg::Set(s),
        Value::FrozenSet(f) => SetArg::Frozen(f),
        _ => SetArg::Iter(vec![]),
    };
    match op {
        BinOp::BitOr => s.ior(&arg)?,
        BinOp::BitAnd => s.iand(&arg)?,
        BinOp::Sub => s.isub(&arg)?,
        _ => s.ixor(&arg)?,
    }
    Ok(a.clone())
}

/// Helpers for tests that compare with the real CPython.
#[cfg(test)]
pub(crate) mod testutil {
    use crate::exc::PyResult;
    use crate::obj::PyObj;
    use std::process::{Command, Stdio};

    /// str hashes (and so set order) depend on PYTHONHASHSEED, which the runtime reads
    /// once per process. Returns true when this process runs with PYTHONHASHSEED=0;
    /// otherwise runs the named test in a child process that does, asserts that it
    /// passed, and returns false.
    pub fn in_seed0_process(test_path: &str) -> bool {
        if std::env::var("PYTHONHASHSEED").as_deref() == Ok("0") {
            return true;
        }
        let exe = std::env::current_exe().expect("test binary path");
        let out = Command::new(exe)
            .args([test_path, "--exact", "--test-threads=1", "--nocapture"])
            .env("PYTHONHASHSEED", "0")
            .output()
            .expect("re-run the test binary");
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{test_path} failed:\n{text}");
        assert!(
            text.contains("1 passed"),
            "{test_path} did not run in the child:\n{text}"
        );
        false
    }

    /// Runs a Python program under python3 with PYTHONHASHSEED=0 and returns its stdout.
    /// The program goes through a temporary file: python3 reads a program on stdin slowly.
    pub fn run_python(src: &str) -> String {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "molt-coll-test-{}-{}.py",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, src).expect("write the program");
        let out = Command::new("python3")
            .arg(&path)
            .env("PYTHONHASHSEED", "0")
            .stdin(Stdio::null())
            .output()
            .expect("python3 on PATH");
        let _ = std::fs::remove_file(&path);
        assert!(
            out.status.success(),
            "python3 failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    /// The prelude every generated program starts with: `show(f)` prints f()'s repr, or
    /// the exception's class and str.
    pub const PRELUDE: &str = "def show(f):\n    try:\n        r = f()\n    except Exception as e:\n        return type(e).__name__ + ' ' + str(e)\n    return repr(r)\n";

    /// Rust's counterpart of `show`.
    pub fn show<T: PyObj>(r: PyResult<T>) -> String {
        match r {
            Ok(v) => v
                .repr_string()
                .unwrap_or_else(|e| format!("repr failed: {e:?}")),
            Err(e) => {
                let msg = e.to_str();
                format!("{} {}", e.kind().name(), msg)
            }
        }
    }

    /// Python statements that print `repr(expr)`, or the exception's class and str.
    pub fn py_show(expr: &str) -> String {
        format!(
            "try: r = repr({expr})\nexcept Exception as e: r = type(e).__name__ + ' ' + str(e)\nprint(r)\n"
        )
    }

    /// Runs the cases (each a Python program, compiled on its own: CPython compiles one
    /// huge module in quadratic time) and compares their output with the lines Rust
    /// produced, pointing at the case where they first differ. Each case should print a
    /// `case N` line first.
    pub fn compare_cases(cases: &[String], rust_lines: &[String]) {
        for c in cases {
            assert!(!c.contains("\'\'\'"), "a case contains triple quotes");
        }
        let mut src = String::from(PRELUDE);
        src.push_str("CASES = r\'\'\'");
        src.push_str(&cases.join("\n#--case--\n"));
        src.push_str("\'\'\'\nfor c in CASES.split('\\n#--case--\\n'):\n    exec(compile(c, 'case', 'exec'), {'show': show})\n");
        let out = run_python(&src);
        let py_lines: Vec<&str> = out.lines().collect();
        let mut case = 0usize;
        for (i, r) in rust_lines.iter().enumerate() {
            let p = py_lines.get(i).copied().unwrap_or("<missing>");
            if let Some(n) = r.strip_prefix("case ") {
                case = n.parse().unwrap_or(0);
            }
            if p != r {
                let snippet: String = cases
                    .get(case)
                    .map(|c| c.chars().take(4000).collect())
                    .unwrap_or_default();
                if let Some(c) = cases.get(case) {
                    let _ = std::fs::write(
                        std::env::temp_dir().join("molt_failed_case.py"),
                        format!("{PRELUDE}{c}"),
                    );
                }
                let lo = i.saturating_sub(4);
                let ctx_py = py_lines
                    .get(lo..i)
                    .map(|l| l.join("\n"))
                    .unwrap_or_default();
                let ctx_rs = rust_lines
                    .get(lo..i)
                    .map(|l| l.join("\n"))
                    .unwrap_or_default();
                panic!(
                    "line {i} differs in case {case}:\n  python: {p}\n  molt:   {r}\nbefore (python):\n{ctx_py}\nbefore (molt):\n{ctx_rs}\nprogram:\n{snippet}"
                );
            }
        }
        assert_eq!(py_lines.len(), rust_lines.len(), "line counts differ");
    }

    /// xorshift64*: a small deterministic generator for test cases.
    pub struct Rng(pub u64);

    impl Rng {
        pub fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            self.0 = x;
            x.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        /// Uniform in 0..n (n > 0).
        pub fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }
}
