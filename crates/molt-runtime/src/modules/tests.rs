//! Randomized cases for collections, itertools, heapq and bisect, run in one python3
//! process and compared line by line with the runtime's results.

use super::{builtin_ref, call};
use crate::exc::PyResult;
use crate::list::List;
use crate::setops::testutil::{PRELUDE, run_python, show};
use crate::str::Str;
use crate::value::Value;

/// A small deterministic generator (the cases must be the same on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> i64 {
        (self.next() % n) as i64
    }
}

fn ints(v: &[i64]) -> Value {
    Value::List(List::from_vec(v.iter().map(|i| Value::int(*i)).collect()))
}

fn py_list(v: &[i64]) -> String {
    let s: Vec<String> = v.iter().map(|i| i.to_string()).collect();
    format!("[{}]", s.join(", "))
}

fn m(module: &str, name: &str, args: Vec<Value>) -> PyResult<Value> {
    call(module, name, args, vec![])
}

fn mk(module: &str, name: &str, args: Vec<Value>, kw: Vec<(&str, Value)>) -> PyResult<Value> {
    call(
        module,
        name,
        args,
        kw.into_iter().map(|(k, v)| (Str::from(k), v)).collect(),
    )
}

fn list_of(v: PyResult<Value>) -> PyResult<Value> {
    Ok(Value::List(List::from_vec(v?.to_vec()?)))
}

/// Compares the Rust lines with Python's output for the same cases.
fn compare(py_body: &str, ours: Vec<String>) {
    let py = run_python(&format!("{PRELUDE}{py_body}"));
    let theirs: Vec<&str> = py.lines().collect();
    assert_eq!(theirs.len(), ours.len(), "case count differs");
    for (i, (a, b)) in ours.iter().zip(theirs.iter()).enumerate() {
        assert_eq!(a, b, "case {i} differs");
    }
}

#[test]
fn heapq_matches_python() {
    let mut g = Lcg(7);
    let mut py = String::from("import heapq\n");
    let mut ours = Vec::new();
    for case in 0..150 {
        let n = g.below(40) as usize;
        let v: Vec<i64> = (0..n).map(|_| g.below(12) - 3).collect();
        let k = g.below(8) - 1;
        let pushes: Vec<i64> = (0..g.below(6)).map(|_| g.below(20) - 5).collect();
        py.push_str(&format!(
            "h = {}\nheapq.heapify(h)\nprint(repr(h))\n",
            py_list(&v)
        ));
        let h = ints(&v);
        ours.push(show(
            m("heapq", "heapify", vec![h.clone()]).map(|_| h.clone()),
        ));
        for p in &pushes {
            py.push_str(&format!(
                "print(show(lambda: heapq.heappushpop(h, {p})), repr(h))\n"
            ));
            let r = show(m("heapq", "heappushpop", vec![h.clone(), Value::int(*p)]));
            ours.push(format!("{r} {}", show(Ok(h.clone()))));
            py.push_str(&format!("heapq.heappush(h, {p})\nprint(repr(h))\n"));
            let _ = m("heapq", "heappush", vec![h.clone(), Value::int(*p)]);
            ours.push(show(Ok(h.clone())));
        }
        py.push_str("print(show(lambda: heapq.heappop(h)), show(lambda: heapq.heapreplace(h, 4)), repr(h))\n");
        let a = show(m("heapq", "heappop", vec![h.clone()]));
        let b = show(m("heapq", "heapreplace", vec![h.clone(), Value::int(4)]));
        ours.push(format!("{a} {b} {}", show(Ok(h.clone()))));
        // nlargest / nsmallest on pairs with ties (the decoration's order decides them).
        let pairs: Vec<String> = v
            .iter()
            .enumerate()
            .map(|(i, x)| format!("({}, {})", x.rem_euclid(3), i % 4))
            .collect();
        let pyl = format!("[{}]", pairs.join(", "));
        let items = Value::List(List::from_vec(
            v.iter()
                .enumerate()
                .map(|(i, x)| {
                    super::util::tuple(vec![
                        Value::int(x.rem_euclid(3)),
                        Value::int((i % 4) as i64),
                    ])
                })
                .collect(),
        ));
        let key = super::operator::itemgetter_value(vec![Value::int(0)]);
        for f in ["nlargest", "nsmallest"] {
            py.push_str(&format!(
                "print(show(lambda: heapq.{f}({k}, {pyl})), show(lambda: heapq.{f}({k}, iter({pyl}), key=lambda t: t[0])))\n"
            ));
            let a = show(m("heapq", f, vec![Value::int(k), items.clone()]));
            let it = Value::Iter(crate::iter::Iter::from_fn("list_iterator", {
                let mut src = items.to_vec().unwrap_or_default().into_iter();
                move || Ok(src.next())
            }));
            let b = show(mk(
                "heapq",
                f,
                vec![Value::int(k), it],
                vec![("key", key.clone())],
            ));
            ours.push(format!("{a} {b}"));
        }
        let _ = case;
    }
    compare(&py, ours);
}

#[test]
fn bisect_matches_python() {
    let mut g = Lcg(11);
    let mut py = String::from("import bisect\n");
    let mut ours = Vec::new();
    for _ in 0..200 {
        let n = g.below(12) as usize;
        let mut v: Vec<i64> = (0..n).map(|_| g.below(8)).collect();
        v.sort();
        let x = g.below(10) - 1;
        let lo = g.below(5);
        let hi = g.below(16) - 2;
        for f in ["bisect_left", "bisect_right"] {
            py.push_str(&format!(
                "print(show(lambda: bisect.{f}({}, {x}, {lo}, {hi})), show(lambda: bisect.{f}({}, {x}, lo={lo})))\n",
                py_list(&v),
                py_list(&v)
            ));
            let a = show(m(
                "bisect",
                f,
                vec![ints(&v), Value::int(x), Value::int(lo), Value::int(hi)],
            ));
            let b = show(mk(
                "bisect",
                f,
                vec![ints(&v), Value::int(x)],
                vec![("lo", Value::int(lo))],
            ));
            ours.push(format!("{a} {b}"));
        }
        py.push_str(&format!(
            "l = {}\nbisect.insort(l, {x}, key=abs)\nprint(l)\n",
            py_list(&v)
        ));
        let l = ints(&v);
        let _ = mk(
            "bisect",
            "insort",
            vec![l.clone(), Value::int(x)],
            vec![("key", builtin_ref("abs").expect("abs"))],
        );
        ours.push(show(Ok(l)));
    }
    compare(&py, ours);
}

#[test]
fn itertools_matches_python() {
    let mut g = Lcg(3);
    let mut py = String::from("import itertools\n");
    let mut ours = Vec::new();
    let it = |name: &str, args: Vec<Value>| list_of(m("itertools", name, args));
    for _ in 0..60 {
        let n = g.below(5) as usize;
        let v: Vec<i64> = (0..n).map(|_| g.below(3)).collect();
        let r = g.below(5) - 1;
        let pl = py_list(&v);
        for f in [
            "permutations",
            "combinations",
            "combinations_with_replacement",
        ] {
            py.push_str(&format!(
                "print(show(lambda: list(itertools.{f}({pl}, {r}))))\n"
            ));
            ours.push(show(it(f, vec![ints(&v), Value::int(r)])));
        }
        py.push_str(&format!(
            "print(show(lambda: list(itertools.product({pl}, [0, 1], repeat={}))))\n",
            r.max(0) % 3
        ));
        ours.push(show(list_of(mk(
            "itertools",
            "product",
            vec![ints(&v), ints(&[0, 1])],
            vec![("repeat", Value::int(r.max(0) % 3))],
        ))));
        // islice with every argument form, including invalid ones.
        let a = g.below(8) - 2;
        let b = g.below(10) - 2;
        let c = g.below(4) - 1;
        let big: Vec<i64> = (0..10).collect();
        let bl = py_list(&big);
        py.push_str(&format!(
            "print(show(lambda: list(itertools.islice({bl}, {a}))), show(lambda: list(itertools.islice({bl}, {a}, {b}))), show(lambda: list(itertools.islice({bl}, {a}, {b}, {c}))), show(lambda: list(itertools.islice({bl}, None, {b}, None))))\n"
        ));
        let s1 = show(it("islice", vec![ints(&big), Value::int(a)]));
        let s2 = show(it("islice", vec![ints(&big), Value::int(a), Value::int(b)]));
        let s3 = show(it(
            "islice",
            vec![ints(&big), Value::int(a), Value::int(b), Value::int(c)],
        ));
        let s4 = show(it(
            "islice",
            vec![ints(&big), Value::None, Value::int(b), Value::None],
        ));
        ours.push(format!("{s1} {s2} {s3} {s4}"));
        // groupby on runs, with and without a key.
        let w: Vec<i64> = (0..g.below(10)).map(|_| g.below(3) - 1).collect();
        let wl = py_list(&w);
        py.push_str(&format!(
            "print([(k, list(gr)) for k, gr in itertools.groupby({wl})], [(k, list(gr)) for k, gr in itertools.groupby({wl}, key=abs)])\n"
        ));
        let mut parts = Vec::new();
        for key in [None, Some(builtin_ref("abs").expect("abs"))] {
            let kw = match &key {
                Some(k) => vec![("key", k.clone())],
                None => vec![],
            };
            let mut out = Vec::new();
            if let Ok(gb) = mk("itertools", "groupby", vec![ints(&w)], kw)
                && let Ok(mut gi) = gb.iter()
            {
                while let Ok(Some(pair)) = gi.next() {
                    let kv = pair.to_vec().unwrap_or_default();
                    if let [k, grp] = kv.as_slice() {
                        let items = grp.to_vec().unwrap_or_default();
                        out.push(super::util::tuple(vec![
                            k.clone(),
                            Value::List(List::from_vec(items)),
                        ]));
                    }
                }
            }
            parts.push(show(Ok(Value::List(List::from_vec(out)))));
        }
        ours.push(parts.join(" "));
    }
    compare(&py, ours);
}

#[test]
fn deque_and_counter_match_python() {
    let mut g = Lcg(5);
    let mut py = String::from("import collections\n");
    let mut ours = Vec::new();
    for _ in 0..80 {
        let maxlen = g.below(6) - 1;
        let ml = if maxlen < 0 {
            "None".to_string()
        } else {
            maxlen.to_string()
        };
        let mlv = if maxlen < 0 {
            Value::None
        } else {
            Value::int(maxlen)
        };
        py.push_str(&format!("d = collections.deque(range(4), {ml})\n"));
        let d = match m("collections", "deque", vec![ints(&[0, 1, 2, 3]), mlv]) {
            Ok(d) => d,
            Err(_) => continue,
        };
        for _ in 0..8 {
            let op = g.below(7);
            let x = g.below(9) - 4;
            let (pyop, name, args) = match op {
                0 => (format!("d.append({x})"), "append", vec![Value::int(x)]),
                1 => (
                    format!("d.appendleft({x})"),
                    "appendleft",
                    vec![Value::int(x)],
                ),
                2 => ("d.pop()".to_string(), "pop", vec![]),
                3 => ("d.popleft()".to_string(), "popleft", vec![]),
                4 => (format!("d.rotate({x})"), "rotate", vec![Value::int(x)]),
                5 => (
                    format!("d.insert({x}, 'i')"),
                    "insert",
                    vec![Value::int(x), Value::str("i")],
                ),
                _ => (
                    format!("d.extendleft(range({}))", x.abs()),
                    "extendleft",
                    vec![ints(&(0..x.abs()).collect::<Vec<_>>())],
                ),
            };
            py.push_str(&format!("print(show(lambda: {pyop}), repr(d))\n"));
            let r = show(crate::methods::call_method(&d, name, args, vec![]));
            ours.push(format!("{r} {}", show(Ok(d.clone()))));
        }
        let s: String = (0..g.below(15))
            .map(|_| (b'a' + g.below(5) as u8) as char)
            .collect();
        let k = g.below(6) - 1;
        py.push_str(&format!(
            "c = collections.Counter({s:?})\nprint(repr(c), c.most_common({k}), c.most_common())\n"
        ));
        let c = m("collections", "Counter", vec![Value::str(&s)]);
        let c = match c {
            Ok(c) => c,
            Err(e) => {
                ours.push(show::<Value>(Err(e)));
                continue;
            }
        };
        let a = show(crate::methods::call_method(
            &c,
            "most_common",
            vec![Value::int(k)],
            vec![],
        ));
        let b = show(crate::methods::call_method(
            &c,
            "most_common",
            vec![],
            vec![],
        ));
        ours.push(format!("{} {a} {b}", show(Ok(c.clone()))));
    }
    compare(&py, ours);
}

#[test]
fn builtin_values_report_arity_like_python() {
    let names = [
        "abs",
        "len",
        "repr",
        "ascii",
        "ord",
        "chr",
        "hex",
        "oct",
        "bin",
        "hash",
        "round",
        "divmod",
        "pow",
        "min",
        "max",
        "sum",
        "sorted",
        "any",
        "all",
        "format",
        "int",
        "float",
        "bool",
        "list",
        "tuple",
        "set",
        "frozenset",
        "dict",
        "enumerate",
        "range",
        "reversed",
    ];
    let mut py = String::new();
    let mut ours = Vec::new();
    for name in names {
        for n in 0..5usize {
            // Only the argument-count errors are compared (successful calls print values
            // such as id() that differ by design).
            py.push_str(&format!(
                "r = show(lambda: {name}(*([[1]] * {n})))\nprint(r if r.startswith('TypeError') and ('expected' in r or 'takes' in r or 'missing' in r) else '-')\n"
            ));
            let args = vec![Value::List(List::from_vec(vec![Value::int(1)])); n];
            let r = show(builtin_ref(name).and_then(|f| super::call_value(&f, args)));
            let arity = ["expected", "takes", "missing"]
                .iter()
                .any(|w| r.contains(w));
            ours.push(if arity && r.starts_with("TypeError") {
                r
            } else {
                "-".to_string()
            });
        }
    }
    compare(&py, ours);
}
