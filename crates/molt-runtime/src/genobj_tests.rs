//! Generators built the way the compiler emits them (async bodies with `co.yield_`),
//! driven through the runtime's iteration, next/send/throw/close, and compared line by
//! line with python3 running the same program.

use super::*;
use crate::builtins::call_builtin;
use crate::list::List;
use crate::obj::PyObj;
use crate::setops::testutil::run_python;

/// The lines a test prints (the Rust side of `print`).
#[derive(Clone, Default)]
pub(crate) struct Log(Rc<RefCell<Vec<String>>>);

impl Log {
    pub(crate) fn p(&self, s: impl Into<String>) {
        self.0.borrow_mut().push(s.into());
    }
    pub(crate) fn lines(&self) -> Vec<String> {
        self.0.borrow().clone()
    }
}

/// `str(v)`.
pub(crate) fn s(v: &Value) -> String {
    v.str_string()
        .unwrap_or_else(|e| format!("<str failed: {e:?}>"))
}

/// `repr(v)`.
pub(crate) fn r(v: &Value) -> String {
    v.repr_string()
        .unwrap_or_else(|e| format!("<repr failed: {e:?}>"))
}

/// `str(b)`.
pub(crate) fn b(v: bool) -> &'static str {
    if v { "True" } else { "False" }
}

/// `f"{type(e).__name__}: {e}"`.
pub(crate) fn err(e: &PyErr) -> String {
    format!("{}: {}", e.kind().name(), e.to_str())
}

/// Prints the result of a fallible step the way the Python side's `show` does.
pub(crate) fn show(log: &Log, r: PyResult<Value>) {
    match r {
        Ok(v) => log.p(s(&v)),
        Err(e) => log.p(err(&e)),
    }
}

pub(crate) const PY_PRELUDE: &str = "def err(e):\n    return f'{type(e).__name__}: {e}'\n\n\ndef show(f):\n    try:\n        print(f())\n    except BaseException as e:\n        print(err(e))\n\n\n";

/// Runs the Python program and compares its stdout with the lines.
pub(crate) fn compare(py: &str, ours: Vec<String>) {
    let out = run_python(&format!("{PY_PRELUDE}{py}"));
    let theirs: Vec<&str> = out.lines().collect();
    let n = theirs.len().max(ours.len());
    for i in 0..n {
        let a = ours.get(i).map(|x| x.as_str());
        let b = theirs.get(i).copied();
        assert_eq!(
            a,
            b,
            "line {i} differs\nours:\n{}\npython:\n{}",
            ours.join("\n"),
            out
        );
    }
}

fn int(v: i64) -> Value {
    Value::int(v)
}

fn list(v: Vec<Value>) -> Value {
    Value::List(List::from_vec(v))
}

fn to_list(v: &Value) -> PyResult<Value> {
    Ok(list(v.to_vec()?))
}

fn exc(kind: ExcKind, msg: &str) -> PyErr {
    PyErr::msg(kind, msg)
}

fn method(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    crate::value::call_method(v, name, args, vec![])
}

// ------------------------------------------------------------------ generator bodies

fn countdown(log: &Log, n: i64) -> Value {
    let log = log.clone();
    generator("countdown", "countdown", move |co: Co| async move {
        log.p(format!("start countdown({n})"));
        let mut n = n;
        while n > 0 {
            co.yield_(int(n)).await?;
            n -= 1;
        }
        log.p("countdown done");
        Ok(Value::None)
    })
}

fn fib(limit: i64) -> Value {
    generator("fib", "fib", move |co: Co| async move {
        let (mut a, mut b) = (0i64, 1i64);
        while a <= limit {
            co.yield_(int(a)).await?;
            (a, b) = (b, a + b);
        }
        Ok(Value::None)
    })
}

fn nothing() -> Value {
    generator("nothing", "nothing", move |_co: Co| async move {
        Ok(Value::None)
    })
}

#[test]
fn basics_match_python() {
    let log = Log::default();
    let run = || -> PyResult<()> {
        let g = countdown(&log, 3);
        log.p(format!(
            "{} {} {}",
            g.type_name_attr(),
            b(r(&g).starts_with("<generator object countdown at 0x")),
            b(iter_value(&g)?.py_is(&g))
        ));
        show(&log, next_value(&g));
        show(&log, next_value(&g));
        show(&log, to_list(&g));
        show(&log, to_list(&g));
        match next_value(&g) {
            Err(e) if e.kind() == ExcKind::StopIteration => log.p(format!(
                "stop {}",
                r(&crate::value::getattr(&Value::Exc(e), "args")?)
            )),
            other => show(&log, other),
        }
        show(&log, next_or(&g, Value::str("dflt")));
        log.p(format!(
            "{} {}",
            s(&to_list(&fib(100))?),
            s(&call_builtin("sum", vec![fib(4_000_000)])?)
        ));
        log.p(format!(
            "{} {}",
            b(fib(10).contains(&int(3))?),
            b(fib(10).contains(&int(4))?)
        ));
        let [a, b, c] = crate::iter::unpack_value::<3>(&countdown(&log, 3))?;
        log.p(format!("{} {} {}", s(&a), s(&b), s(&c)));
        let z = call_builtin("zip", vec![countdown(&log, 2), Value::str("xyz")])?;
        show(&log, to_list(&z));
        let sorted = call_builtin("sorted", vec![countdown(&log, 3)])?;
        let d = call_builtin(
            "dict",
            vec![call_builtin(
                "zip",
                vec![Value::str("ab"), countdown(&log, 2)],
            )?],
        )?;
        log.p(format!("{} {}", s(&sorted), s(&d)));
        let (g1, g2) = (countdown(&log, 2), countdown(&log, 2));
        let x = next_value(&g1)?;
        let y = next_value(&g2)?;
        let z = next_value(&g1)?;
        log.p(format!("{} {} {}", s(&x), s(&y), s(&z)));
        show(&log, to_list(&nothing()));
        log.p(format!(
            "{} {}",
            s(&crate::value::getattr(&g, "__name__")?),
            s(&crate::value::getattr(&g, "__qualname__")?)
        ));
        // A for loop over a generator (what the compiler emits for `for x in g`).
        let mut total = 0;
        let mut it = countdown(&log, 4).iter()?;
        while let Some(x) = it.next()? {
            total += x.as_int().and_then(|i| i.as_i64()).unwrap_or(0);
        }
        log.p(format!("total {total}"));
        show(&log, next_value(&list(vec![])));
        show(&log, iter_value(&int(5)));
        Ok(())
    };
    if let Err(e) = run() {
        log.p(format!("uncaught {}", err(&e)));
    }
    compare(
        r#"
def countdown(n):
    print(f"start countdown({n})")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

def fib(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b

def nothing():
    return
    yield

g = countdown(3)
print(type(g).__name__, repr(g).startswith("<generator object countdown at 0x"), iter(g) is g)
show(lambda: next(g))
show(lambda: next(g))
show(lambda: list(g))
show(lambda: list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.args))
show(lambda: next(g, "dflt"))
print(list(fib(100)), sum(fib(4000000)))
print(3 in fib(10), 4 in fib(10))
a, b, c = countdown(3)
print(a, b, c)
show(lambda: list(zip(countdown(2), "xyz")))
srt = sorted(countdown(3))
d = dict(zip("ab", countdown(2)))
print(srt, d)
g1, g2 = countdown(2), countdown(2)
x = next(g1); y = next(g2); z = next(g1)
print(x, y, z)
show(lambda: list(nothing()))
print(g.__name__, g.__qualname__)
total = 0
for x in countdown(4):
    total += x
print("total", total)
show(lambda: next([]))
show(lambda: iter(5))
"#,
        log.lines(),
    );
}

fn running_average() -> Value {
    generator(
        "running_average",
        "running_average",
        move |co: Co| async move {
            let mut total = 0.0;
            let mut count = 0.0;
            let mut average = Value::None;
            loop {
                let v = co.yield_(average.clone()).await?;
                total += crate::builtins::float_of(&v)?;
                count += 1.0;
                average = Value::Float(total / count);
            }
        },
    )
}

fn accumulator() -> Value {
    generator("accumulator", "accumulator", move |co: Co| async move {
        let items = List::<Value>::new();
        loop {
            let cmd = co.yield_(int(items.len() as i64)).await?;
            if cmd.is_none() {
                continue;
            }
            let parts = cmd.to_vec()?;
            let op = s(&parts[0]);
            match op.as_str() {
                "add" => {
                    for x in &parts[1..] {
                        items.append(x.clone());
                    }
                }
                "dump" => {
                    co.yield_(list(items.to_vec())).await?;
                }
                "stop" => return Ok(Value::List(items)),
                _ => {}
            }
        }
    })
}

#[test]
fn send_matches_python() {
    let log = Log::default();
    let avg = running_average();
    show(&log, next_value(&avg));
    for v in [10, 20, 30, 5] {
        show(&log, method(&avg, "send", vec![int(v)]));
    }
    let acc = accumulator();
    show(&log, next_value(&acc));
    show(
        &log,
        method(
            &acc,
            "send",
            vec![Value::Tuple(crate::tuple::Tup::from_vec(vec![
                Value::str("add"),
                int(1),
                int(2),
            ]))],
        ),
    );
    show(&log, method(&acc, "send", vec![Value::None]));
    show(
        &log,
        method(&acc, "send", vec![list(vec![Value::str("dump")])]),
    );
    show(&log, next_value(&acc));
    match method(&acc, "send", vec![list(vec![Value::str("stop")])]) {
        Err(e) if e.kind() == ExcKind::StopIteration => log.p(format!(
            "stopped with {} {}",
            s(&stop_value(&e)),
            r(&crate::value::getattr(&Value::Exc(e.clone()), "value").unwrap_or_default())
        )),
        other => show(&log, other),
    }
    // Protocol errors.
    let fresh = running_average();
    show(&log, method(&fresh, "send", vec![int(5)]));
    show(&log, method(&fresh, "send", vec![Value::None]));
    show(&log, method(&acc, "send", vec![int(1)]));
    show(&log, method(&fresh, "send", vec![]));
    show(&log, method(&fresh, "send", vec![int(1), int(2)]));
    show(&log, method(&fresh, "close", vec![int(1)]));
    show(&log, method(&fresh, "throw", vec![]));
    show(&log, method(&fresh, "throw", vec![int(1)]));
    show(&log, method(&fresh, "nope", vec![]));
    compare(
        r#"
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

def accumulator():
    items = []
    while True:
        cmd = yield len(items)
        if cmd is None:
            continue
        op, *args = cmd
        if op == "add":
            items.extend(args)
        elif op == "dump":
            yield list(items)
        elif op == "stop":
            return items

avg = running_average()
show(lambda: next(avg))
for v in [10, 20, 30, 5]:
    show(lambda: avg.send(v))
acc = accumulator()
show(lambda: next(acc))
show(lambda: acc.send(("add", 1, 2)))
show(lambda: acc.send(None))
show(lambda: acc.send(["dump"]))
show(lambda: next(acc))
try:
    acc.send(["stop"])
except StopIteration as e:
    print("stopped with", e.args[0], repr(e.value))
fresh = running_average()
show(lambda: fresh.send(5))
show(lambda: fresh.send(None))
show(lambda: acc.send(1))
show(lambda: fresh.send())
show(lambda: fresh.send(1, 2))
show(lambda: fresh.close(1))
show(lambda: fresh.throw())
show(lambda: fresh.throw(1))
show(lambda: fresh.nope())
"#,
        log.lines(),
    );
}

fn parse_numbers(tokens: Vec<&'static str>) -> Value {
    generator("parse_numbers", "parse_numbers", move |co: Co| async move {
        let mut bad = 0;
        for t in tokens {
            match t.parse::<i64>() {
                Ok(n) => {
                    co.yield_(int(n)).await?;
                }
                Err(_) => bad += 1,
            }
        }
        Ok(int(bad))
    })
}

fn split_evens(n: i64) -> Value {
    generator("split_evens", "split_evens", move |co: Co| async move {
        let mut odds = vec![];
        for i in 0..n {
            if i % 2 == 0 {
                co.yield_(int(i)).await?;
            } else {
                odds.push(int(i));
            }
        }
        Ok(Value::Tuple(crate::tuple::Tup::from_vec(odds)))
    })
}

fn stop_info(log: &Log, res: PyResult<Value>) {
    match res {
        Err(e) if e.kind() == ExcKind::StopIteration => {
            let v = Value::Exc(e);
            log.p(format!(
                "value: {} args: {} repr: {}",
                r(&crate::value::getattr(&v, "value").unwrap_or_default()),
                r(&crate::value::getattr(&v, "args").unwrap_or_default()),
                r(&v)
            ));
        }
        other => show(log, other),
    }
}

#[test]
fn return_values_match_python() {
    let log = Log::default();
    let g = parse_numbers(vec!["1", "x", "-4", "7", "??"]);
    let mut got = vec![];
    loop {
        match next_value(&g) {
            Ok(v) => got.push(v),
            Err(e) => {
                log.p(format!("values {}", s(&list(got.clone()))));
                stop_info(&log, Err(e));
                break;
            }
        }
    }
    stop_info(&log, next_value(&g));
    let g = split_evens(7);
    for _ in 0..4 {
        show(&log, next_value(&g));
    }
    stop_info(&log, next_value(&g));
    stop_info(&log, method(&g, "send", vec![Value::None]));
    // A for loop discards the return value.
    show(&log, to_list(&parse_numbers(vec!["5", "6", "seven"])));
    compare(
        r#"
def parse_numbers(tokens):
    bad = 0
    for t in tokens:
        try:
            n = int(t)
        except ValueError:
            bad += 1
        else:
            yield n
    return bad

def split_evens(n):
    odds = []
    for i in range(n):
        if i % 2 == 0:
            yield i
        else:
            odds.append(i)
    return tuple(odds)

def stop_print(e):
    print("value:", repr(e.value), "args:", repr(e.args), "repr:", repr(e))

def stop_info(f):
    try:
        r = f()
    except StopIteration as e:
        stop_print(e)
    except BaseException as e:
        print(err(e))
    else:
        print(r)

g = parse_numbers(["1", "x", "-4", "7", "??"])
got = []
while True:
    try:
        got.append(next(g))
    except StopIteration as e:
        print("values", got)
        stop_print(e)
        break
stop_info(lambda: next(g))
g = split_evens(7)
for _ in range(4):
    show(lambda: next(g))
stop_info(lambda: next(g))
stop_info(lambda: g.send(None))
show(lambda: list(parse_numbers(["5", "6", "seven"])))
"#,
        log.lines(),
    );
}

fn inner(log: &Log, n: i64) -> Value {
    let log = log.clone();
    generator("inner", "inner", move |co: Co| async move {
        let mut i = 0;
        while i < n {
            match co.yield_(int(i)).await {
                Ok(v) => {
                    if !v.is_none() {
                        log.p(format!("  inner got {}", s(&v)));
                    }
                }
                Err(e) if e.matches(ExcKind::ValueError) => {
                    log.p(format!("  inner caught {}", err(&e)));
                    co.yield_(Value::str("recovered")).await?;
                }
                Err(e) => return Err(e),
            }
            i += 1;
        }
        Ok(Value::str(&format!("inner({n}) finished")))
    })
}

fn outer(log: &Log) -> Value {
    let log = log.clone();
    generator("outer", "outer", move |co: Co| async move {
        let result = co.yield_from(inner(&log, 3)).await?;
        log.p(format!("  got: {}", s(&result)));
        let result2 = co.yield_from(inner(&log, 1)).await?;
        log.p(format!("  got: {}", s(&result2)));
        co.yield_from(Value::str("ab")).await?;
        co.yield_from(list(vec![int(10), int(20)])).await?;
        Ok(Value::str("outer finished"))
    })
}

fn averager() -> Value {
    generator("averager", "averager", move |co: Co| async move {
        let (mut total, mut count) = (0.0, 0.0);
        loop {
            let x = co.yield_(Value::None).await?;
            if x.is_none() {
                return Ok(Value::Float(if count > 0.0 { total / count } else { 0.0 }));
            }
            total += crate::builtins::float_of(&x)?;
            count += 1.0;
        }
    })
}

fn grouper(results: Value, key: &'static str) -> Value {
    generator("grouper", "grouper", move |co: Co| async move {
        let v = co.yield_from(averager()).await?;
        results.setitem(Value::str(key), v)?;
        Ok(Value::None)
    })
}

fn with_finally(log: &Log, name: &'static str, sub: Option<Value>) -> Value {
    let log = log.clone();
    generator(name, name, move |co: Co| async move {
        let r = match sub {
            Some(sub) => co.yield_from(sub).await.map(|_| ()),
            None => co.yield_(int(1)).await.map(|_| ()),
        };
        log.p(format!("{name} finally"));
        r?;
        Ok(Value::None)
    })
}

fn bad_yield_from() -> Value {
    generator("bad", "bad", move |co: Co| async move {
        co.yield_(int(1)).await?;
        co.yield_from(int(5)).await?;
        Ok(Value::None)
    })
}

fn tree_walk(node: Value, depth: usize) -> Value {
    generator("tree_walk", "tree_walk", move |co: Co| async move {
        let [name, children] = crate::iter::unpack_value::<2>(&node)?;
        co.yield_(Value::str(&format!("{}{}", "  ".repeat(depth), s(&name))))
            .await?;
        let mut it = children.iter()?;
        while let Some(child) = it.next()? {
            co.yield_from(tree_walk(child, depth + 1)).await?;
        }
        Ok(Value::None)
    })
}

fn node(name: &str, children: Vec<Value>) -> Value {
    Value::Tuple(crate::tuple::Tup::from_vec(vec![
        Value::str(name),
        list(children),
    ]))
}

#[test]
fn yield_from_matches_python() {
    let log = Log::default();
    show(&log, to_list(&outer(&log)));
    // send() and throw() are delegated to the subgenerator.
    let o = outer(&log);
    show(&log, next_value(&o));
    show(&log, method(&o, "send", vec![Value::str("hello")]));
    show(
        &log,
        method(
            &o,
            "throw",
            vec![Value::Exc(exc(ExcKind::ValueError, "bad"))],
        ),
    );
    show(&log, next_value(&o));
    show(
        &log,
        method(&o, "throw", vec![Value::Exc(exc(ExcKind::KeyError, "k"))]),
    );
    show(&log, next_value(&o));
    // Return values through yield from.
    let results = Value::Dict(crate::dict::Dict::new());
    for (key, values) in [
        ("a", vec![1, 2, 3, 4]),
        ("b", vec![10, 20]),
        ("empty", vec![]),
    ] {
        let gr = grouper(results.clone(), key);
        let _ = next_value(&gr);
        for v in values {
            let _ = method(&gr, "send", vec![int(v)]);
        }
        match method(&gr, "send", vec![Value::None]) {
            Err(e) if e.kind() == ExcKind::StopIteration => {}
            other => show(&log, other),
        }
    }
    log.p(s(&results));
    // close() closes the innermost generator first.
    let c = with_finally(
        &log,
        "outer2",
        Some(with_finally(
            &log,
            "middle",
            Some(with_finally(&log, "inner2", None)),
        )),
    );
    show(&log, next_value(&c));
    show(&log, method(&c, "close", vec![]));
    log.p("closed");
    // Dropping a suspended delegating generator closes it the same way.
    let c = with_finally(&log, "outer3", Some(with_finally(&log, "inner3", None)));
    show(&log, next_value(&c));
    drop(c);
    log.p("dropped");
    // Delegation to an iterator without send(): a non-None send fails.
    let g = generator("lst", "lst", move |co: Co| async move {
        co.yield_from(list(vec![int(1), int(2)])).await
    });
    show(&log, next_value(&g));
    show(&log, method(&g, "send", vec![int(3)]));
    let g = generator("lst2", "lst2", move |co: Co| async move {
        co.yield_from(list(vec![int(1), int(2)])).await
    });
    show(&log, next_value(&g));
    show(
        &log,
        method(&g, "throw", vec![Value::Exc(exc(ExcKind::IndexError, "i"))]),
    );
    show(&log, next_value(&g));
    let g = bad_yield_from();
    show(&log, next_value(&g));
    show(&log, next_value(&g));
    let tree = node(
        "root",
        vec![
            node("a", vec![node("a1", vec![]), node("a2", vec![])]),
            node("b", vec![]),
            node("c", vec![node("c1", vec![node("c1x", vec![])])]),
        ],
    );
    let mut it = tree_walk(tree, 0).iter().expect("iter");
    while let Ok(Some(line)) = it.next() {
        log.p(s(&line));
    }
    compare(
        r#"
def inner(n):
    for i in range(n):
        try:
            v = yield i
            if v is not None:
                print("  inner got", v)
        except ValueError as e:
            print("  inner caught", err(e))
            yield "recovered"
    return f"inner({n}) finished"

def outer():
    result = yield from inner(3)
    print("  got:", result)
    result2 = yield from inner(1)
    print("  got:", result2)
    yield from "ab"
    yield from [10, 20]
    return "outer finished"

show(lambda: list(outer()))
o = outer()
show(lambda: next(o))
show(lambda: o.send("hello"))
show(lambda: o.throw(ValueError("bad")))
show(lambda: next(o))
show(lambda: o.throw(KeyError("k")))
show(lambda: next(o))

def averager():
    total = count = 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0.0
        total += x
        count += 1

def grouper(results, key):
    results[key] = yield from averager()

results = {}
for key, values in {"a": [1, 2, 3, 4], "b": [10, 20], "empty": []}.items():
    gr = grouper(results, key)
    next(gr)
    for v in values:
        gr.send(v)
    try:
        gr.send(None)
    except StopIteration:
        pass
print(results)

def with_finally(name, sub):
    try:
        if sub is not None:
            yield from sub
        else:
            yield 1
    finally:
        print(f"{name} finally")

c = with_finally("outer2", with_finally("middle", with_finally("inner2", None)))
show(lambda: next(c))
show(lambda: c.close())
print("closed")
c = with_finally("outer3", with_finally("inner3", None))
show(lambda: next(c))
del c
print("dropped")

def lst():
    return (yield from [1, 2])
g = lst()
show(lambda: next(g))
show(lambda: g.send(3))
g = lst()
show(lambda: next(g))
show(lambda: g.throw(IndexError("i")))
show(lambda: next(g))

def bad():
    yield 1
    yield from 5
g = bad()
show(lambda: next(g))
show(lambda: next(g))

def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree_walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", []), ("c", [("c1", [("c1x", [])])])])
for line in tree_walk(tree):
    print(line)
"#,
        log.lines(),
    );
}

fn worker(log: &Log, name: &'static str) -> Value {
    let log = log.clone();
    generator("worker", "worker", move |co: Co| async move {
        log.p(format!("  {name}: start"));
        let r: PyResult<Value> = async {
            loop {
                match co.yield_(Value::None).await {
                    Ok(job) => log.p(format!("  {name}: job {}", s(&job))),
                    Err(e) if e.matches(ExcKind::ValueError) => log.p(format!(
                        "  {name}: recovered from ValueError({})",
                        e.to_str()
                    )),
                    Err(e) => return Err(e),
                }
            }
        }
        .await;
        log.p(format!("  {name}: finally"));
        r
    })
}

fn stubborn() -> Value {
    generator("stubborn", "stubborn", move |co: Co| async move {
        match co.yield_(int(1)).await {
            Err(e) if e.matches(ExcKind::GeneratorExit) => {
                co.yield_(int(2)).await?;
            }
            r => {
                r?;
            }
        }
        Ok(Value::None)
    })
}

fn returns_on_exit() -> Value {
    generator("r", "r", move |co: Co| async move {
        match co.yield_(int(1)).await {
            Err(e) if e.matches(ExcKind::GeneratorExit) => Ok(int(5)),
            r => r,
        }
    })
}

fn raises_stop_on_exit() -> Value {
    generator("s", "s", move |co: Co| async move {
        match co.yield_(int(1)).await {
            Err(e) if e.matches(ExcKind::GeneratorExit) => {
                Err(PyErr::new(ExcKind::StopIteration, vec![int(3)]))
            }
            r => r,
        }
    })
}

fn resilient(log: &Log) -> Value {
    let log = log.clone();
    generator("resilient", "resilient", move |co: Co| async move {
        let mut count = 0;
        loop {
            match co.yield_(int(count)).await {
                Ok(_) => {}
                Err(e) if e.matches(ExcKind::ArithmeticError) => {
                    count += 100;
                    log.p(format!("  resilient caught {}", e.kind().name()));
                }
                Err(e) => return Err(e),
            }
            count += 1;
        }
    })
}

fn fragile(n: i64) -> Value {
    generator("fragile", "fragile", move |co: Co| async move {
        for i in 0..n {
            if i == 2 {
                return Err(exc(ExcKind::IndexError, &format!("item {i} is broken")));
            }
            co.yield_(int(i)).await?;
        }
        Ok(Value::None)
    })
}

fn exc_class(k: ExcKind) -> Value {
    crate::class::exc_type(k)
}

#[test]
fn close_and_throw_match_python() {
    let log = Log::default();
    let w = worker(&log, "w1");
    show(&log, next_value(&w));
    show(&log, method(&w, "send", vec![Value::str("a")]));
    show(
        &log,
        method(
            &w,
            "throw",
            vec![Value::Exc(exc(ExcKind::ValueError, "bad job"))],
        ),
    );
    show(&log, method(&w, "send", vec![Value::str("b")]));
    show(&log, method(&w, "close", vec![]));
    show(&log, method(&w, "send", vec![Value::str("c")]));
    show(&log, method(&w, "close", vec![]));
    let w2 = worker(&log, "w2");
    show(&log, next_value(&w2));
    show(
        &log,
        method(&w2, "throw", vec![Value::Exc(exc(ExcKind::KeyError, "k"))]),
    );
    show(&log, next_value(&w2));
    let never = worker(&log, "never");
    show(&log, method(&never, "close", vec![]));
    let st = stubborn();
    show(&log, next_value(&st));
    show(&log, method(&st, "close", vec![]));
    show(&log, next_value(&st));
    let g = returns_on_exit();
    show(&log, next_value(&g));
    show(&log, method(&g, "close", vec![]));
    let g = raises_stop_on_exit();
    show(&log, next_value(&g));
    show(&log, method(&g, "close", vec![]));
    let res = resilient(&log);
    show(&log, next_value(&res));
    show(&log, next_value(&res));
    show(
        &log,
        method(&res, "throw", vec![exc_class(ExcKind::ZeroDivisionError)]),
    );
    show(
        &log,
        method(
            &res,
            "throw",
            vec![exc_class(ExcKind::OverflowError), Value::str("msg")],
        ),
    );
    show(
        &log,
        method(
            &res,
            "throw",
            vec![
                exc_class(ExcKind::ZeroDivisionError),
                Value::Tuple(crate::tuple::Tup::from_vec(vec![int(1), int(2)])),
            ],
        ),
    );
    show(&log, next_value(&res));
    show(
        &log,
        method(
            &res,
            "throw",
            vec![Value::Exc(exc(ExcKind::ValueError, "v")), int(1)],
        ),
    );
    show(
        &log,
        method(
            &res,
            "throw",
            vec![exc_class(ExcKind::ValueError), Value::None, int(1)],
        ),
    );
    show(&log, method(&res, "throw", vec![Value::str("notexc")]));
    show(&log, next_value(&res));
    show(&log, method(&res, "close", vec![]));
    let fresh = resilient(&log);
    show(
        &log,
        method(
            &fresh,
            "throw",
            vec![Value::Exc(exc(ExcKind::OverflowError, "early"))],
        ),
    );
    show(&log, to_list(&fresh));
    let mut got = vec![];
    let mut it = fragile(5).iter().expect("iter");
    loop {
        match it.next() {
            Ok(Some(v)) => got.push(v),
            Ok(None) => break,
            Err(e) => {
                log.p(format!("{} {}", err(&e), s(&list(got.clone()))));
                break;
            }
        }
    }
    // throw(GeneratorExit) is an ordinary throw.
    let w3 = worker(&log, "w3");
    show(&log, next_value(&w3));
    show(
        &log,
        method(&w3, "throw", vec![exc_class(ExcKind::GeneratorExit)]),
    );
    show(&log, next_value(&w3));
    compare(
        r#"
def worker(name):
    print(f"  {name}: start")
    try:
        while True:
            try:
                job = yield
                print(f"  {name}: job {job}")
            except ValueError as e:
                print(f"  {name}: recovered from ValueError({e})")
    finally:
        print(f"  {name}: finally")

w = worker("w1")
show(lambda: next(w))
show(lambda: w.send("a"))
show(lambda: w.throw(ValueError("bad job")))
show(lambda: w.send("b"))
show(lambda: w.close())
show(lambda: w.send("c"))
show(lambda: w.close())
w2 = worker("w2")
show(lambda: next(w2))
show(lambda: w2.throw(KeyError("k")))
show(lambda: next(w2))
never = worker("never")
show(lambda: never.close())

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

st = stubborn()
show(lambda: next(st))
show(lambda: st.close())
show(lambda: next(st))

def r():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = r()
show(lambda: next(g))
show(lambda: g.close())

def s():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration(3)
g = s()
show(lambda: next(g))
show(lambda: g.close())

def resilient():
    count = 0
    while True:
        try:
            yield count
        except ArithmeticError as e:
            count += 100
            print(f"  resilient caught {type(e).__name__}")
        count += 1

res = resilient()
show(lambda: next(res))
show(lambda: next(res))
show(lambda: res.throw(ZeroDivisionError))
show(lambda: res.throw(OverflowError, "msg"))
show(lambda: res.throw(ZeroDivisionError, (1, 2)))
show(lambda: next(res))
show(lambda: res.throw(ValueError("v"), 1))
show(lambda: res.throw(ValueError, None, 1))
show(lambda: res.throw("notexc"))
show(lambda: next(res))
show(lambda: res.close())
fresh = resilient()
show(lambda: fresh.throw(OverflowError("early")))
show(lambda: list(fresh))

def fragile(n):
    for i in range(n):
        if i == 2:
            raise IndexError(f"item {i} is broken")
        yield i

got = []
try:
    for v in fragile(5):
        got.append(v)
except IndexError as e:
    print(err(e), got)
w3 = worker("w3")
show(lambda: next(w3))
show(lambda: w3.throw(GeneratorExit))
show(lambda: next(w3))
"#,
        log.lines(),
    );
}

fn leaky(items: Value) -> Value {
    generator("leaky", "leaky", move |co: Co| async move {
        let it = iter_value(&items)?;
        loop {
            co.yield_(next_value(&it)?).await?;
        }
    })
}

fn explicit() -> Value {
    generator("explicit", "explicit", move |co: Co| async move {
        co.yield_(int(1)).await?;
        Err(PyErr::msg(ExcKind::StopIteration, "manual"))
    })
}

fn cause_line(e: &PyErr) -> String {
    let cause = e
        .cause()
        .map(|c| {
            format!(
                "{}{}",
                c.kind().name(),
                r(&Value::Tuple(crate::tuple::Tup::from_vec(
                    c.args().to_vec()
                )))
            )
        })
        .unwrap_or_else(|| "None".into());
    let ctx = e.context().map(|c| c.kind().name()).unwrap_or("None");
    format!(
        "{} | cause: {cause} | context: {ctx} | suppress: {}",
        err(e),
        b(e.suppress_context())
    )
}

#[test]
fn pep479_matches_python() {
    let log = Log::default();
    match to_list(&leaky(list(vec![int(1), int(2), int(3)]))) {
        Ok(v) => log.p(s(&v)),
        Err(e) => log.p(cause_line(&e)),
    }
    let g = explicit();
    show(&log, next_value(&g));
    match next_value(&g) {
        Ok(v) => log.p(s(&v)),
        Err(e) => log.p(cause_line(&e)),
    }
    show(&log, next_value(&g));
    let g = explicit();
    match method(&g, "throw", vec![exc_class(ExcKind::StopIteration)]) {
        Ok(v) => log.p(s(&v)),
        Err(e) => log.p(cause_line(&e)),
    }
    let g = explicit();
    show(&log, next_value(&g));
    match method(
        &g,
        "throw",
        vec![Value::Exc(exc(ExcKind::StopIteration, "t"))],
    ) {
        Ok(v) => log.p(s(&v)),
        Err(e) => log.p(cause_line(&e)),
    }
    // Thrown into a finished generator, StopIteration comes back as it is.
    match method(
        &g,
        "throw",
        vec![Value::Exc(exc(ExcKind::StopIteration, "t2"))],
    ) {
        Ok(v) => log.p(s(&v)),
        Err(e) => log.p(cause_line(&e)),
    }
    // iter(callable, sentinel)
    let n = Rc::new(Cell::new(0));
    let n2 = n.clone();
    let tick = crate::func::function("tick", "tick", move |_, _| {
        n2.set(n2.get() + 1);
        Ok(int(n2.get()))
    });
    show(&log, to_list(&iter_callable(tick, int(5)).expect("iter")));
    show(&log, iter_callable(int(1), int(5)));
    compare(
        r#"
def cause_line(e):
    c = e.__cause__
    cause = "None" if c is None else type(c).__name__ + repr(c.args)
    ctx = "None" if e.__context__ is None else type(e.__context__).__name__
    return f"{err(e)} | cause: {cause} | context: {ctx} | suppress: {e.__suppress_context__}"

def leaky(items):
    it = iter(items)
    while True:
        yield next(it)

try:
    print(list(leaky([1, 2, 3])))
except RuntimeError as e:
    print(cause_line(e))

def explicit():
    yield 1
    raise StopIteration("manual")

g = explicit()
show(lambda: next(g))
try:
    next(g)
except RuntimeError as e:
    print(cause_line(e))
show(lambda: next(g))
g = explicit()
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(cause_line(e))
g = explicit()
show(lambda: next(g))
try:
    g.throw(StopIteration("t"))
except RuntimeError as e:
    print(cause_line(e))
try:
    g.throw(StopIteration("t2"))
except StopIteration as e:
    print(cause_line(e))
n = 0
def tick():
    global n
    n += 1
    return n
show(lambda: list(iter(tick, 5)))
show(lambda: iter(1, 5))
"#,
        log.lines(),
    );
}

#[test]
fn reentry_and_finalization_match_python() {
    let log = Log::default();
    // A generator that resumes itself: "generator already executing".
    let slot: Rc<RefCell<Value>> = Rc::new(RefCell::new(Value::None));
    let slot2 = slot.clone();
    let g = generator("selfish", "selfish", move |co: Co| async move {
        let me = slot2.borrow().clone();
        let r = next_value(&me);
        co.yield_(Value::str(&match r {
            Ok(v) => s(&v),
            Err(e) => err(&e),
        }))
        .await?;
        Ok(Value::None)
    });
    *slot.borrow_mut() = g.clone();
    show(&log, next_value(&g));
    *slot.borrow_mut() = Value::None;
    // gi_running inside and outside.
    let slot = Rc::new(RefCell::new(Value::None));
    let slot2 = slot.clone();
    let g = generator("running", "running", move |co: Co| async move {
        let me = slot2.borrow().clone();
        co.yield_(crate::value::getattr(&me, "gi_running")?).await?;
        Ok(Value::None)
    });
    *slot.borrow_mut() = g.clone();
    show(&log, next_value(&g));
    show(&log, crate::value::getattr(&g, "gi_running"));
    *slot.borrow_mut() = Value::None;
    // break out of a for loop over an infinite generator: its finally runs when the
    // loop's iterator goes away.
    let mk = |log: &Log| {
        let log = log.clone();
        generator("naturals", "naturals", move |co: Co| async move {
            let mut n = 0;
            let r: PyResult<Value> = async {
                loop {
                    n += 1;
                    co.yield_(int(n)).await?;
                }
            }
            .await;
            log.p(format!("  naturals cleanup at {n}"));
            r
        })
    };
    {
        let mut it = mk(&log).iter().expect("iter");
        while let Ok(Some(v)) = it.next() {
            if v.as_int().and_then(|i| i.as_i64()) == Some(3) {
                break;
            }
        }
    }
    log.p("after loop");
    // zip() stops pulling and drops the generator when it is dropped.
    // (The zip object is a temporary that Python frees before printing.)
    let l = {
        let two = call_builtin("range", vec![int(2)]);
        let z = two.and_then(|two| call_builtin("zip", vec![two, mk(&log)]));
        z.and_then(|z| to_list(&z))
    };
    show(&log, l);
    log.p("after zip");
    // A generator ignoring GeneratorExit when collected: reported, not raised.
    let st = stubborn();
    show(&log, next_value(&st));
    drop(st);
    log.p("after drop");
    compare(
        r#"
def selfish():
    try:
        r = next(me)
    except BaseException as e:
        r = err(e)
    yield r
me = selfish()
show(lambda: next(me))

def running():
    yield me2.gi_running
me2 = running()
show(lambda: next(me2))
show(lambda: me2.gi_running)

def naturals():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print(f"  naturals cleanup at {n}")

for v in naturals():
    if v == 3:
        break
print("after loop")
show(lambda: list(zip(range(2), naturals())))
print("after zip")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
st = stubborn()
show(lambda: next(st))
import sys, io
sys.stderr = io.StringIO()
del st
sys.stderr = sys.__stderr__
print("after drop")
"#,
        log.lines(),
    );
}

fn numbers(n: i64) -> Value {
    generator("numbers", "numbers", move |co: Co| async move {
        for i in 0..n {
            co.yield_(int(i)).await?;
        }
        Ok(Value::None)
    })
}

fn map_gen(src: Value, k: i64) -> Value {
    generator("times", "times", move |co: Co| async move {
        let mut it = src.iter()?;
        while let Some(x) = it.next()? {
            co.yield_(crate::value::binop(crate::value::BinOp::Mul, &x, &int(k))?)
                .await?;
        }
        Ok(Value::None)
    })
}

fn filter_gen(src: Value) -> Value {
    generator("odd", "odd", move |co: Co| async move {
        let mut it = src.iter()?;
        while let Some(x) = it.next()? {
            if x.as_int().is_some_and(|i| i.is_odd()) {
                co.yield_(x).await?;
            }
        }
        Ok(Value::None)
    })
}

fn deep(n: i64) -> Value {
    generator("deep", "deep", move |co: Co| async move {
        if n == 0 {
            co.yield_(int(0)).await?;
        } else {
            co.yield_from(deep(n - 1)).await?;
        }
        Ok(Value::None)
    })
}

#[test]
fn pipelines_and_depth_match_python() {
    let log = Log::default();
    show(
        &log,
        call_builtin("sum", vec![map_gen(filter_gen(numbers(1000)), 3)]),
    );
    show(
        &log,
        to_list(&map_gen(map_gen(filter_gen(numbers(10)), 2), 5)),
    );
    show(&log, to_list(&deep(50)));
    match to_list(&deep(5000)) {
        Ok(_) => log.p("no error"),
        Err(e) => log.p(e.kind().name()),
    }
    show(&log, to_list(&deep(10)));
    compare(
        r#"
def numbers(n):
    for i in range(n):
        yield i
def times(src, k):
    for x in src:
        yield x * k
def odd(src):
    for x in src:
        if x % 2:
            yield x
def deep(n):
    if n == 0:
        yield 0
    else:
        yield from deep(n - 1)
show(lambda: sum(times(odd(numbers(1000)), 3)))
show(lambda: list(times(times(odd(numbers(10)), 2), 5)))
show(lambda: list(deep(50)))
try:
    list(deep(5000))
    print("no error")
except RecursionError as e:
    print(type(e).__name__)
show(lambda: list(deep(10)))
"#,
        log.lines(),
    );
}

// ------------------------------------------------------------------ typed handles

fn squares_typed(n: i64) -> Gen<crate::int::Int> {
    generator_typed("squares", "squares", move |co: Co| async move {
        for i in 0..n {
            co.yield_(int(i * i)).await?;
        }
        Ok(Value::str("done"))
    })
}

#[test]
fn typed_handle_is_the_generator_object() {
    use crate::conv::FromValue;
    use crate::int::Int;
    let g = squares_typed(4);
    let v = g.to_value();
    // The same object: what the dynamic side consumes, the typed side no longer sees.
    assert_eq!(s(&next_value(&v).unwrap()), "0");
    let mut it = g.py_iter().unwrap();
    let mut got = vec![];
    while let Some(x) = it.next_item().unwrap() {
        got.push(x.str_string().unwrap());
    }
    assert_eq!(got, ["1", "4", "9"]);
    assert!(it.next_item().unwrap().is_none());
    assert_eq!(g.type_name(), "generator");
    assert!(g.py_is(&g.clone()));
    assert!(g.py_truthy().unwrap());
    let back = Gen::<Int>::from_value(v.clone()).unwrap();
    assert!(back.py_is(&g));
    let mut out = String::new();
    g.py_repr(&mut out).unwrap();
    assert_eq!(out, r(&v));
    // The generator's return value stays its StopIteration value.
    let g = squares_typed(0);
    match g.to_value().iter().and_then(|mut i| i.next()) {
        Ok(None) => {}
        other => panic!(
            "expected an empty generator, got {:?}",
            other.map(|o| o.is_some())
        ),
    }
    let g = squares_typed(0);
    let e = next_value(&g.to_value()).unwrap_err();
    assert_eq!(s(&stop_value(&e)), "done");
    // Anything else is not a generator.
    let e = Gen::<Int>::from_value(int(3)).err().map(|e| err(&e));
    assert_eq!(e.as_deref(), Some("TypeError: expected generator, got int"));
}

#[test]
fn typed_items_unbox_what_the_body_yields() {
    let g: Gen<crate::str::Str> = generator_typed("w", "w", move |co: Co| async move {
        co.yield_(Value::str("a")).await?;
        co.yield_(int(1)).await?;
        Ok(Value::None)
    });
    let mut it = g.py_iter().unwrap();
    let first = it.next_item().unwrap().map(|x| x.str_string().unwrap());
    assert_eq!(first.as_deref(), Some("a"));
    // A yield of the wrong type (which codegen never emits) is an error, not a wrong value.
    assert!(it.next_item().is_err());
}

/// The running sums of fused generators (`FloatSum`, `DynSum`) give `sum()`'s results.
#[test]
fn fused_sums_match_python() {
    use crate::builtins::{Num, SumStart};
    let log = Log::default();
    let float_sum = |items: Vec<Num>, start: SumStart| -> PyResult<Value> {
        let mut acc = FloatSum::new(start);
        for n in items {
            acc.add(n)?;
        }
        Ok(Value::Float(acc.finish()?))
    };
    let big = || crate::Int::parse("100000000000000000000", 10);
    let run = || -> PyResult<()> {
        show(
            &log,
            float_sum(
                vec![Num::F(0.5), Num::F(1.5)],
                SumStart::Int(crate::Int::ZERO),
            ),
        );
        show(
            &log,
            float_sum(
                vec![
                    Num::I(crate::Int::from(1)),
                    Num::I(crate::Int::from(2)),
                    Num::F(0.5),
                ],
                SumStart::Int(crate::Int::ZERO),
            ),
        );
        show(&log, float_sum(vec![], SumStart::Float(1.5)));
        show(
            &log,
            float_sum(
                vec![Num::I(big()?), Num::F(1.0)],
                SumStart::Int(crate::Int::ZERO),
            ),
        );
        show(
            &log,
            float_sum(
                vec![Num::F(0.1), Num::F(0.1), Num::F(0.1)],
                SumStart::Int(crate::Int::ZERO),
            ),
        );
        let dyn_sum = |items: Vec<Value>, start: Value| -> PyResult<Value> {
            let mut acc = DynSum::new(start)?;
            for v in items {
                acc.add(v)?;
            }
            Ok(acc.finish())
        };
        show(&log, dyn_sum(vec![int(1), Value::Float(2.5)], int(0)));
        show(&log, dyn_sum(vec![int(1), Value::str("x")], int(0)));
        show(&log, dyn_sum(vec![Value::str("a")], Value::str("")));
        show(
            &log,
            dyn_sum(
                vec![
                    List::from_vec(vec![int(1)]).to_value(),
                    List::from_vec(vec![int(2)]).to_value(),
                ],
                List::<Value>::from_vec(vec![]).to_value(),
            ),
        );
        Ok(())
    };
    if let Err(e) = run() {
        log.p(err(&e));
    }
    compare(
        "show(lambda: sum([0.5, 1.5]))\nshow(lambda: sum([1, 2, 0.5]))\nshow(lambda: sum([], 1.5))\nshow(lambda: sum([10**20, 1.0]))\nshow(lambda: sum([0.1, 0.1, 0.1]))\nshow(lambda: sum([1, 2.5]))\nshow(lambda: sum([1, 'x']))\nshow(lambda: sum(['a'], ''))\nshow(lambda: sum([[1], [2]], []))\n",
        log.lines(),
    );
}
