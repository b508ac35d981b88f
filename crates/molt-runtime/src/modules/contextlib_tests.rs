//! `with` statements, contextlib and io.StringIO as compiled code drives them (ctx::enter
//! / ctx::exit, generator bodies with `co.yield_`), compared line by line with python3.
//! The Rust side prints through sys.stdout, which the test redirects to a StringIO.

use crate::ctx;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::genobj::tests::{b, err, r, s};
use crate::genobj::{Co, generator};
use crate::io::{Stream, write_stream};
use crate::setops::testutil::run_python;
use crate::str::Str;
use crate::value::Value;

/// `print(text)`, as compiled code writes it.
fn pr(text: &str) {
    write_stream(Stream::Stdout, &format!("{text}\n"));
}

fn show(res: PyResult<Value>) {
    match res {
        Ok(v) => pr(&s(&v)),
        Err(e) => pr(&err(&e)),
    }
}

/// Runs `body` with sys.stdout captured, and compares what it printed with python3's
/// output for `py`.
fn compare(py: &str, body: impl FnOnce() -> PyResult<()>) {
    let top = crate::modules::io::call("StringIO", vec![], vec![]).expect("StringIO");
    let old = crate::io::set_redirect(Stream::Stdout, Some(top.clone()));
    if let Err(e) = body() {
        pr(&format!("uncaught {}", err(&e)));
    }
    crate::io::set_redirect(Stream::Stdout, old);
    let ours = s(&method(&top, "getvalue", vec![]).expect("getvalue"));
    let prelude = crate::genobj::tests::PY_PRELUDE;
    let theirs = run_python(&format!(
        "{prelude}import io, sys, contextlib\nfrom contextlib import *\n{py}"
    ));
    let (a, bl): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    for i in 0..a.len().max(bl.len()) {
        assert_eq!(
            a.get(i),
            bl.get(i),
            "line {i} differs\nours:\n{ours}\npython:\n{theirs}"
        );
    }
}

fn method(v: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    crate::value::call_method(v, name, args, vec![])
}

fn cl(name: &str, args: Vec<Value>) -> PyResult<Value> {
    crate::modules::call("contextlib", name, args, vec![])
}

fn sio(args: Vec<Value>) -> PyResult<Value> {
    crate::modules::call("io", "StringIO", args, vec![])
}

fn exc(kind: ExcKind, msg: &str) -> PyErr {
    PyErr::msg(kind, msg)
}

fn class(k: ExcKind) -> Value {
    crate::class::exc_type(k)
}

fn int(v: i64) -> Value {
    Value::int(v)
}

/// A `with mgr as v: body(v)` statement, as the compiler emits it.
fn with_(mgr: &Value, body: impl FnOnce(Value) -> PyResult<()>) -> PyResult<()> {
    let (exit, v) = ctx::enter(mgr)?;
    match body(v) {
        Ok(()) => {
            ctx::exit(&exit, None)?;
            Ok(())
        }
        Err(e) => {
            if ctx::exit(&exit, Some(&e))? {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// `try: ... except BaseException as e: print(err(e))`.
fn catch(r: PyResult<()>) {
    if let Err(e) = r {
        pr(&err(&e));
    }
}

/// A generator function as a value (what `def f(...): ... yield ...` compiles to).
fn genfunc<F, Fut>(name: &'static str, body: F) -> Value
where
    F: Fn(Vec<Value>, Co) -> Fut + 'static,
    Fut: std::future::Future<Output = PyResult<Value>> + 'static,
{
    let body = std::rc::Rc::new(body);
    crate::func::function(name, name, move |args, _kw| {
        let body = body.clone();
        Ok(generator(name, name, move |co: Co| body(args, co)))
    })
}

fn contextmanager(f: Value) -> Value {
    cl("contextmanager", vec![f]).expect("contextmanager")
}

fn call(f: &Value, args: Vec<Value>) -> PyResult<Value> {
    crate::modules::callable::call_value(f, args)
}

#[test]
fn contextmanager_matches_python() {
    let tag = contextmanager(genfunc("tag", |a: Vec<Value>, co: Co| async move {
        let name = s(&a[0]);
        pr(&format!("<{name}>"));
        co.yield_(Value::str(&name.to_uppercase())).await?;
        pr(&format!("</{name}>"));
        Ok(Value::None)
    }));
    let safe_section = contextmanager(genfunc(
        "safe_section",
        |a: Vec<Value>, co: Co| async move {
            let label = s(&a[0]);
            pr(&format!("[{label}] begin"));
            let r = match co.yield_(Value::None).await {
                Err(e) if e.matches(ExcKind::ValueError) => {
                    pr(&format!("[{label}] handled ValueError: {}", e.to_str()));
                    Ok(())
                }
                r => r.map(|_| ()),
            };
            pr(&format!("[{label}] end"));
            r?;
            Ok(Value::None)
        },
    ));
    let broken = contextmanager(genfunc(
        "broken",
        |_a, _co: Co| async move { Ok(Value::None) },
    ));
    let twice = contextmanager(genfunc("twice", |_a, co: Co| async move {
        co.yield_(int(1)).await?;
        co.yield_(int(2)).await?;
        Ok(Value::None)
    }));
    let stubborn = contextmanager(genfunc("stubborn", |_a, co: Co| async move {
        if co.yield_(int(1)).await.is_err() {
            co.yield_(int(2)).await?;
        }
        Ok(Value::None)
    }));
    // Converts the exception it receives into another one.
    let convert = contextmanager(genfunc("convert", |a: Vec<Value>, co: Co| async move {
        let how = s(&a[0]);
        match co.yield_(Value::None).await {
            Ok(_) => Ok(Value::None),
            Err(e) => match how.as_str() {
                "key" => Err(exc(ExcKind::KeyError, "converted").with_context(Some(e))),
                "reraise" => Err(e),
                "runtime" => Err(exc(ExcKind::RuntimeError, "new").with_context(Some(e))),
                "return" => Ok(Value::None),
                _ => Err(e),
            },
        }
    }));
    let timer_like = contextmanager(genfunc("timer_like", |a: Vec<Value>, co: Co| async move {
        let log = a[0].clone();
        method(&log, "append", vec![Value::str("start")])?;
        co.yield_(log.clone()).await?;
        method(&log, "append", vec![Value::str("stop")])?;
        Ok(Value::None)
    }));
    compare(
        r#"
@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

@contextmanager
def safe_section(label):
    print(f"[{label}] begin")
    try:
        yield
    except ValueError as e:
        print(f"[{label}] handled ValueError: {e}")
    finally:
        print(f"[{label}] end")

@contextmanager
def broken():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

@contextmanager
def stubborn():
    try:
        yield 1
    except BaseException:
        yield 2

@contextmanager
def convert(how):
    try:
        yield
    except BaseException as e:
        if how == "key":
            raise KeyError("converted")
        if how == "reraise":
            raise
        if how == "runtime":
            raise RuntimeError("new")
        if how == "return":
            return
        raise

@contextmanager
def timer_like(log):
    log.append("start")
    yield log
    log.append("stop")

with tag("html") as value:
    with tag("body"):
        print("  content", value)
with safe_section("one"):
    raise ValueError("bad value")
print("continued after one")
try:
    with safe_section("two"):
        raise KeyError("missing")
except BaseException as e:
    print("escaped:", err(e))
try:
    with broken():
        pass
except BaseException as e:
    print(err(e), e.__cause__, e.__suppress_context__)
try:
    with twice() as t:
        print("twice gave", t)
except BaseException as e:
    print(err(e))
try:
    with stubborn():
        raise ValueError("x")
except BaseException as e:
    print(err(e))
for how in ["key", "reraise", "runtime", "return", "other"]:
    for raised in [ValueError("v"), RuntimeError("r"), StopIteration("s"), KeyError("k")]:
        try:
            with convert(how):
                raise raised
            print(how, type(raised).__name__, "suppressed")
        except BaseException as e:
            print(how, type(raised).__name__, "->", err(e), "| context:", repr(e.__context__))
log = []
try:
    with timer_like(log):
        raise ValueError("x")
except ValueError:
    pass
print(log)
with timer_like(log) as same:
    print(same is log)
print(log)
cm = tag("again")
with cm:
    pass
try:
    with cm:
        pass
except BaseException as e:
    print(err(e))
cm = tag("manual")
print(cm.__enter__())
show(lambda: cm.__exit__(None, None))
show(lambda: cm.__exit__(None, None, None))
cm = twice()
cm.__enter__()
show(lambda: cm.__exit__(ValueError, None, None))
print(type(cm).__name__, repr(cm).startswith("<contextlib._GeneratorContextManager object at 0x"))

@tag("deco")
def decorated(x):
    print("in decorated", x)
    return x * 2
print(decorated(1), decorated(2), decorated.__name__)
"#,
        || {
            with_(&call(&tag, vec![Value::str("html")])?, |value| {
                with_(&call(&tag, vec![Value::str("body")])?, |_| {
                    pr(&format!("  content {}", s(&value)));
                    Ok(())
                })
            })?;
            with_(&call(&safe_section, vec![Value::str("one")])?, |_| {
                Err(exc(ExcKind::ValueError, "bad value"))
            })?;
            pr("continued after one");
            if let Err(e) = with_(&call(&safe_section, vec![Value::str("two")])?, |_| {
                Err(exc(ExcKind::KeyError, "missing"))
            }) {
                pr(&format!("escaped: {}", err(&e)));
            }
            if let Err(e) = with_(&call(&broken, vec![])?, |_| Ok(())) {
                pr(&format!(
                    "{} {} {}",
                    err(&e),
                    e.cause().map_or("None".into(), |c| err(&c)),
                    b(e.suppress_context())
                ));
            }
            catch(with_(&call(&twice, vec![])?, |t| {
                pr(&format!("twice gave {}", s(&t)));
                Ok(())
            }));
            catch(with_(&call(&stubborn, vec![])?, |_| {
                Err(exc(ExcKind::ValueError, "x"))
            }));
            for how in ["key", "reraise", "runtime", "return", "other"] {
                for (kind, msg) in [
                    (ExcKind::ValueError, "v"),
                    (ExcKind::RuntimeError, "r"),
                    (ExcKind::StopIteration, "s"),
                    (ExcKind::KeyError, "k"),
                ] {
                    let raised = exc(kind, msg);
                    match with_(&call(&convert, vec![Value::str(how)])?, |_| Err(raised)) {
                        Ok(()) => pr(&format!("{how} {} suppressed", kind.name())),
                        Err(e) => pr(&format!(
                            "{how} {} -> {} | context: {}",
                            kind.name(),
                            err(&e),
                            e.context()
                                .map_or("None".to_string(), |c| r(&Value::Exc(c.clone())))
                        )),
                    }
                }
            }
            let log = Value::List(crate::list::List::from_vec(vec![]));
            let _ = with_(&call(&timer_like, vec![log.clone()])?, |_| {
                Err(exc(ExcKind::ValueError, "x"))
            });
            pr(&s(&log));
            with_(&call(&timer_like, vec![log.clone()])?, |same| {
                pr(b(crate::obj::PyObj::py_is(&same, &log)));
                Ok(())
            })?;
            pr(&s(&log));
            let cm = call(&tag, vec![Value::str("again")])?;
            with_(&cm, |_| Ok(()))?;
            catch(with_(&cm, |_| Ok(())));
            let cm = call(&tag, vec![Value::str("manual")])?;
            show(method(&cm, "__enter__", vec![]));
            show(method(&cm, "__exit__", vec![Value::None, Value::None]));
            show(method(
                &cm,
                "__exit__",
                vec![Value::None, Value::None, Value::None],
            ));
            let cm = call(&twice, vec![])?;
            method(&cm, "__enter__", vec![])?;
            show(method(
                &cm,
                "__exit__",
                vec![class(ExcKind::ValueError), Value::None, Value::None],
            ));
            pr(&format!(
                "{} {}",
                cm.type_name_attr(),
                b(r(&cm).starts_with("<contextlib._GeneratorContextManager object at 0x"))
            ));
            let deco = call(
                &call(&tag, vec![Value::str("deco")])?,
                vec![crate::func::function(
                    "decorated",
                    "decorated",
                    |args, _| {
                        pr(&format!("in decorated {}", s(&args[0])));
                        crate::value::binop(crate::value::BinOp::Mul, &args[0], &int(2))
                    },
                )],
            )?;
            let x = call(&deco, vec![int(1)])?;
            let y = call(&deco, vec![int(2)])?;
            pr(&format!(
                "{} {} {}",
                s(&x),
                s(&y),
                s(&crate::value::getattr(&deco, "__name__")?)
            ));
            Ok(())
        },
    );
}

#[test]
fn with_protocol_and_contextlib_managers_match_python() {
    compare(
        r#"
with suppress(FileNotFoundError, KeyError):
    {}["nope"]
print("suppressed KeyError")
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not printed")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("IndexError not suppressed:", e)
with suppress((ValueError, TypeError)):
    int("x")
print("tuple suppressed")
try:
    with suppress():
        raise ValueError("none")
except ValueError as e:
    print("empty suppress:", e)
try:
    with suppress(1):
        raise ValueError("bad class")
except TypeError as e:
    print(err(e))
with suppress(1):
    print("no exception, no check")
with suppress(LookupError):
    raise KeyError("sub")
print("subclass suppressed")
with nullcontext(42) as n:
    print("nullcontext gives", n)
with nullcontext() as n:
    print("nullcontext gives", n)
s = io.StringIO()
with closing(s) as c:
    print(c is s, s.closed)
print(s.closed)
try:
    with 5:
        pass
except TypeError as e:
    print(err(e))
with io.StringIO() as f:
    f.write("inside")
    print(f.getvalue())
print(f.closed)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("in stack")
with ExitStack() as stack:
    stack.enter_context(suppress(ValueError))
    stack.callback(print, "cb runs first")
    raise ValueError("swallowed by the stack")
print("after stack")
try:
    with ExitStack() as stack:
        stack.callback(int, "bad")
        raise KeyError("orig")
except ValueError as e:
    print(err(e), "| context:", repr(e.__context__))
with ExitStack() as stack:
    stack.callback(print, "moved")
    other = stack.pop_all()
print("popped")
other.close()
with ExitStack() as stack:
    try:
        stack.enter_context(5)
    except TypeError as e:
        print(err(e))
    stack.push(lambda *a: print("pushed exit", a[0]))
    stack.push(nullcontext())
def swallow(et, ev, tb):
    print("swallow", et.__name__)
    return True
with ExitStack() as stack:
    stack.push(swallow)
    raise OSError("gone")
print("done")
"#,
        || {
            let suppress = |excs: Vec<Value>| cl("suppress", excs);
            with_(
                &suppress(vec![
                    class(ExcKind::FileNotFoundError),
                    class(ExcKind::KeyError),
                ])?,
                |_| Err(exc(ExcKind::KeyError, "nope")),
            )?;
            pr("suppressed KeyError");
            with_(&suppress(vec![class(ExcKind::ZeroDivisionError)])?, |_| {
                pr("before");
                Err(exc(ExcKind::ZeroDivisionError, "division by zero"))
            })?;
            if let Err(e) = with_(&suppress(vec![class(ExcKind::KeyError)])?, |_| {
                Err(exc(ExcKind::IndexError, "list index out of range"))
            }) {
                pr(&format!("IndexError not suppressed: {}", e.to_str()));
            }
            let tup = Value::Tuple(crate::tuple::Tup::from_vec(vec![
                class(ExcKind::ValueError),
                class(ExcKind::TypeError),
            ]));
            with_(&suppress(vec![tup])?, |_| {
                Err(exc(
                    ExcKind::ValueError,
                    "invalid literal for int() with base 10: 'x'",
                ))
            })?;
            pr("tuple suppressed");
            if let Err(e) = with_(&suppress(vec![])?, |_| {
                Err(exc(ExcKind::ValueError, "none"))
            }) {
                pr(&format!("empty suppress: {}", e.to_str()));
            }
            catch(with_(&suppress(vec![int(1)])?, |_| {
                Err(exc(ExcKind::ValueError, "bad class"))
            }));
            with_(&suppress(vec![int(1)])?, |_| {
                pr("no exception, no check");
                Ok(())
            })?;
            with_(&suppress(vec![class(ExcKind::LookupError)])?, |_| {
                Err(exc(ExcKind::KeyError, "sub"))
            })?;
            pr("subclass suppressed");
            with_(&cl("nullcontext", vec![int(42)])?, |n| {
                pr(&format!("nullcontext gives {}", s(&n)));
                Ok(())
            })?;
            with_(&cl("nullcontext", vec![])?, |n| {
                pr(&format!("nullcontext gives {}", s(&n)));
                Ok(())
            })?;
            let f = sio(vec![])?;
            with_(&cl("closing", vec![f.clone()])?, |c| {
                pr(&format!(
                    "{} {}",
                    b(crate::obj::PyObj::py_is(&c, &f)),
                    s(&crate::value::getattr(&f, "closed")?)
                ));
                Ok(())
            })?;
            pr(&s(&crate::value::getattr(&f, "closed")?));
            catch(with_(&int(5), |_| Ok(())));
            let f = sio(vec![])?;
            with_(&f, |f| {
                method(&f, "write", vec![Value::str("inside")])?;
                pr(&s(&method(&f, "getvalue", vec![])?));
                Ok(())
            })?;
            pr(&s(&crate::value::getattr(&f, "closed")?));
            // stack.callback(print, ...): print as a function value.
            let print = crate::func::function("print", "print", |args, _| {
                let parts: Vec<String> = args.iter().map(s).collect();
                pr(&parts.join(" "));
                Ok(Value::None)
            });
            let stack = cl("ExitStack", vec![])?;
            with_(&stack, |st| {
                for i in 0..3 {
                    method(
                        &st,
                        "callback",
                        vec![print.clone(), Value::str("cleanup"), int(i)],
                    )?;
                }
                pr("in stack");
                Ok(())
            })?;
            with_(&cl("ExitStack", vec![])?, |st| {
                method(
                    &st,
                    "enter_context",
                    vec![suppress(vec![class(ExcKind::ValueError)])?],
                )?;
                method(
                    &st,
                    "callback",
                    vec![print.clone(), Value::str("cb runs first")],
                )?;
                Err(exc(ExcKind::ValueError, "swallowed by the stack"))
            })?;
            pr("after stack");
            let int_fn = crate::modules::callable::builtin_ref("int")?;
            if let Err(e) = with_(&cl("ExitStack", vec![])?, |st| {
                method(&st, "callback", vec![int_fn.clone(), Value::str("bad")])?;
                Err(exc(ExcKind::KeyError, "orig"))
            }) {
                pr(&format!(
                    "{} | context: {}",
                    err(&e),
                    e.context()
                        .map_or("None".into(), |c| r(&Value::Exc(c.clone())))
                ));
            }
            let mut other = Value::None;
            with_(&cl("ExitStack", vec![])?, |st| {
                method(&st, "callback", vec![print.clone(), Value::str("moved")])?;
                other = method(&st, "pop_all", vec![])?;
                Ok(())
            })?;
            pr("popped");
            method(&other, "close", vec![])?;
            let pushed = crate::func::function("<lambda>", "<lambda>", |args, _| {
                pr(&format!("pushed exit {}", s(&args[0])));
                Ok(Value::None)
            });
            with_(&cl("ExitStack", vec![])?, |st| {
                catch(method(&st, "enter_context", vec![int(5)]).map(|_| ()));
                method(&st, "push", vec![pushed.clone()])?;
                method(&st, "push", vec![cl("nullcontext", vec![])?])?;
                Ok(())
            })?;
            let swallow = crate::func::function("swallow", "swallow", |args, _| {
                pr(&format!(
                    "swallow {}",
                    s(&crate::value::getattr(&args[0], "__name__")?)
                ));
                Ok(Value::Bool(true))
            });
            with_(&cl("ExitStack", vec![])?, |st| {
                method(&st, "push", vec![swallow.clone()])?;
                Err(exc(ExcKind::OSError, "gone"))
            })?;
            pr("done");
            Ok(())
        },
    );
}

#[test]
fn string_io_matches_python() {
    compare(
        r#"
s = io.StringIO()
print(s.write("hello\n"), s.write("wörld\nlast"), s.tell())
print(repr(s.getvalue()))
print(s.seek(0), repr(s.readline()), s.tell(), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
print(s.seek(0, 2), s.seek(0, 1), s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
show(lambda: s.seek(-1))
show(lambda: s.seek(1, 1))
show(lambda: s.seek(0, 5))
show(lambda: s.write(5))
show(lambda: s.truncate(-1))
show(lambda: s.read("x"))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
s.close()
print(s.closed)
for f in [lambda: s.write("x"), lambda: s.getvalue(), lambda: s.read(), lambda: s.tell(), lambda: next(iter(s)), lambda: s.flush(), lambda: s.isatty(), lambda: s.readlines()]:
    show(f)
t = io.StringIO("abc\ndef")
print(repr(t.readline()), t.tell(), repr(t.readline(2)), repr(t.readline()), repr(t.readline()))
t.write("XY")
print(repr(t.getvalue()))
u = io.StringIO("abc")
u.write("X")
print(repr(u.getvalue()), repr(u.read()))
n = io.StringIO(newline=None)
n.write("a\r\nb\rc\n")
print(repr(n.getvalue()))
n = io.StringIO(newline="")
n.write("a\r\nb\rc\n")
n.seek(0)
print([l for l in n])
n = io.StringIO("a\nb", newline="\r\n")
print(repr(n.getvalue()), n.readlines())
show(lambda: io.StringIO(newline="x"))
show(lambda: io.StringIO(5))
show(lambda: io.StringIO(newline=5))
print(type(io.StringIO()).__name__, repr(io.StringIO()).startswith("<_io.StringIO object at 0x"))
show(lambda: io.StringIO().foo())
r = io.StringIO()
for name, score in [("ann", 9), ("bob", 7)]:
    r.write(f"{name},{score}\n")
print(r.tell(), repr(r.getvalue()))
r.seek(0)
print([line.rstrip("\n").split(",") for line in r])
print(file=r, end="")
print("x", "y", sep="-", file=r)
print(repr(r.getvalue()[-4:]))
r.close()
show(lambda: print("late", file=r))
show(lambda: print("bad", file=5))
w = io.StringIO()
w.writelines(["a", "b\n", "c"])
print(repr(w.getvalue()))
"#,
        || {
            let st = sio(vec![])?;
            let m = |name: &str, args: Vec<Value>| method(&st, name, args);
            let a = m("write", vec![Value::str("hello\n")])?;
            let b2 = m("write", vec![Value::str("wörld\nlast")])?;
            pr(&format!("{} {} {}", s(&a), s(&b2), s(&m("tell", vec![])?)));
            pr(&r(&m("getvalue", vec![])?));
            let parts = [
                s(&m("seek", vec![int(0)])?),
                r(&m("readline", vec![])?),
                s(&m("tell", vec![])?),
                r(&m("read", vec![int(3)])?),
                r(&m("read", vec![])?),
                r(&m("read", vec![])?),
            ];
            pr(&parts.join(" "));
            m("seek", vec![int(2)])?;
            m("write", vec![Value::str("XY")])?;
            pr(&format!(
                "{} {}",
                r(&m("getvalue", vec![])?),
                s(&m("tell", vec![])?)
            ));
            m("seek", vec![int(0)])?;
            pr(&s(&m("readlines", vec![])?));
            m("seek", vec![int(0)])?;
            pr(&s(&Value::List(crate::list::List::from_vec(st.to_vec()?))));
            let parts = [
                s(&m("seek", vec![int(0), int(2)])?),
                s(&m("seek", vec![int(0), int(1)])?),
                s(&m("truncate", vec![int(4)])?),
                r(&m("getvalue", vec![])?),
                s(&m("tell", vec![])?),
            ];
            pr(&parts.join(" "));
            m("seek", vec![int(8)])?;
            m("write", vec![Value::str("!")])?;
            pr(&r(&m("getvalue", vec![])?));
            show(m("seek", vec![int(-1)]));
            show(m("seek", vec![int(1), int(1)]));
            show(m("seek", vec![int(0), int(5)]));
            show(m("write", vec![int(5)]));
            show(m("truncate", vec![int(-1)]));
            show(m("read", vec![Value::str("x")]));
            let parts: Vec<String> = ["readable", "writable", "seekable", "isatty"]
                .iter()
                .map(|n| m(n, vec![]).map(|v| s(&v)))
                .collect::<PyResult<_>>()?;
            pr(&format!(
                "{} {}",
                parts.join(" "),
                s(&crate::value::getattr(&st, "closed")?)
            ));
            m("close", vec![])?;
            pr(&s(&crate::value::getattr(&st, "closed")?));
            show(m("write", vec![Value::str("x")]));
            show(m("getvalue", vec![]));
            show(m("read", vec![]));
            show(m("tell", vec![]));
            show(crate::genobj::iter_value(&st).and_then(|i| crate::genobj::next_value(&i)));
            show(m("flush", vec![]));
            show(m("isatty", vec![]));
            show(m("readlines", vec![]));
            let t = sio(vec![Value::str("abc\ndef")])?;
            let parts = [
                r(&method(&t, "readline", vec![])?),
                s(&method(&t, "tell", vec![])?),
                r(&method(&t, "readline", vec![int(2)])?),
                r(&method(&t, "readline", vec![])?),
                r(&method(&t, "readline", vec![])?),
            ];
            pr(&parts.join(" "));
            method(&t, "write", vec![Value::str("XY")])?;
            pr(&r(&method(&t, "getvalue", vec![])?));
            let u = sio(vec![Value::str("abc")])?;
            method(&u, "write", vec![Value::str("X")])?;
            pr(&format!(
                "{} {}",
                r(&method(&u, "getvalue", vec![])?),
                r(&method(&u, "read", vec![])?)
            ));
            let kw = |nl: Value| vec![(Str::from("newline"), nl)];
            let n = crate::modules::io::call("StringIO", vec![], kw(Value::None))?;
            method(&n, "write", vec![Value::str("a\r\nb\rc\n")])?;
            pr(&r(&method(&n, "getvalue", vec![])?));
            let n = crate::modules::io::call("StringIO", vec![], kw(Value::str("")))?;
            method(&n, "write", vec![Value::str("a\r\nb\rc\n")])?;
            method(&n, "seek", vec![int(0)])?;
            pr(&s(&Value::List(crate::list::List::from_vec(n.to_vec()?))));
            let n = crate::modules::io::call(
                "StringIO",
                vec![Value::str("a\nb")],
                kw(Value::str("\r\n")),
            )?;
            pr(&format!(
                "{} {}",
                r(&method(&n, "getvalue", vec![])?),
                s(&method(&n, "readlines", vec![])?)
            ));
            show(crate::modules::io::call(
                "StringIO",
                vec![],
                kw(Value::str("x")),
            ));
            show(sio(vec![int(5)]));
            show(crate::modules::io::call("StringIO", vec![], kw(int(5))));
            let x = sio(vec![])?;
            pr(&format!(
                "{} {}",
                x.type_name_attr(),
                b(r(&x).starts_with("<_io.StringIO object at 0x"))
            ));
            show(method(&x, "foo", vec![]));
            let rep = sio(vec![])?;
            for (name, score) in [("ann", 9), ("bob", 7)] {
                method(
                    &rep,
                    "write",
                    vec![Value::str(&format!("{name},{score}\n"))],
                )?;
            }
            pr(&format!(
                "{} {}",
                s(&method(&rep, "tell", vec![])?),
                r(&method(&rep, "getvalue", vec![])?)
            ));
            method(&rep, "seek", vec![int(0)])?;
            let lines: Vec<String> = rep
                .to_vec()?
                .iter()
                .map(|l| {
                    let t = s(l);
                    let parts: Vec<String> = t
                        .trim_end_matches('\n')
                        .split(',')
                        .map(|p| format!("'{p}'"))
                        .collect();
                    format!("[{}]", parts.join(", "))
                })
                .collect();
            pr(&format!("[{}]", lines.join(", ")));
            // print(file=r, end="") and print("x", "y", sep="-", file=r), as compiled.
            let file = crate::io::stream_of(&rep)?;
            write_stream(file, "");
            let file = crate::io::stream_of(&rep)?;
            write_stream(file, "x-y\n");
            let v = method(&rep, "getvalue", vec![])?;
            let tail: String = s(&v)
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            pr(&r(&Value::str(&tail)));
            method(&rep, "close", vec![])?;
            show(crate::io::stream_of(&rep).map(|_| Value::None));
            show(crate::io::stream_of(&int(5)).map(|_| Value::None));
            let w = sio(vec![])?;
            method(
                &w,
                "writelines",
                vec![Value::List(crate::list::List::from_vec(vec![
                    Value::str("a"),
                    Value::str("b\n"),
                    Value::str("c"),
                ]))],
            )?;
            pr(&r(&method(&w, "getvalue", vec![])?));
            Ok(())
        },
    );
}

fn noisy_sum(values: &[i64]) -> i64 {
    for v in values {
        pr(&format!("adding {v}"));
    }
    pr("done");
    values.iter().sum()
}

#[test]
fn redirect_stdout_matches_python() {
    let indented = contextmanager(genfunc("indented", |a: Vec<Value>, co: Co| async move {
        let prefix = s(&a[0]);
        let inner = sio(vec![])?;
        let mut yielded = Ok(Value::None);
        // `with redirect_stdout(inner): yield inner`, the with statement spanning the
        // yield as in a compiled body.
        let (exit, _) = ctx::enter(&cl("redirect_stdout", vec![inner.clone()])?)?;
        match co.yield_(inner.clone()).await {
            Ok(_) => {
                ctx::exit(&exit, None)?;
            }
            Err(e) => {
                if !ctx::exit(&exit, Some(&e))? {
                    yielded = Err(e);
                }
            }
        }
        yielded?;
        let text = s(&method(&inner, "getvalue", vec![])?);
        for line in text.lines() {
            pr(&format!("{prefix}{line}"));
        }
        Ok(Value::None)
    }));
    compare(
        r#"
def noisy_sum(values):
    for v in values:
        print(f"adding {v}")
    print("done")
    return sum(values)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    result = noisy_sum([1, 2, 3])
    print("also captured")
    sys.stdout.write("via sys.stdout\n")
    print("to stdout", file=sys.stdout)
print(target is buf)
captured = buf.getvalue()
print("result:", result)
print("captured lines:", captured.splitlines())
print("characters captured:", len(captured))

@contextmanager
def indented(prefix):
    inner = io.StringIO()
    with redirect_stdout(inner):
        yield inner
    for line in inner.getvalue().splitlines():
        print(prefix + line)

with indented("  > "):
    print("first")
    with indented("| "):
        print("nested one")
        print("nested two")
    print("last")

buf2 = io.StringIO()
try:
    with redirect_stdout(buf2):
        print("partial output")
        raise ValueError("stopped midway")
except ValueError as e:
    print("ValueError:", e, "| captured:", repr(buf2.getvalue()))
with redirect_stdout(None):
    print("discarded")
print("back")
err_buf = io.StringIO()
with redirect_stderr(err_buf):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("more\n")
print(repr(err_buf.getvalue()))
cm = redirect_stdout(io.StringIO())
show(lambda: cm.__exit__(None, None, None))
outer = io.StringIO()
r = redirect_stdout(outer)
with r:
    print("level 1")
    with r:
        print("level 2")
    print("level 1 again")
print(repr(outer.getvalue()))
"#,
        || {
            let buf = sio(vec![])?;
            let mut result = 0;
            let mut target = Value::None;
            with_(&cl("redirect_stdout", vec![buf.clone()])?, |t| {
                target = t;
                result = noisy_sum(&[1, 2, 3]);
                pr("also captured");
                crate::io::stream_write(Stream::Stdout, &Str::from("via sys.stdout\n"))?;
                write_stream(Stream::Stdout, "to stdout\n");
                Ok(())
            })?;
            pr(b(crate::obj::PyObj::py_is(&target, &buf)));
            let captured = s(&method(&buf, "getvalue", vec![])?);
            pr(&format!("result: {result}"));
            let lines: Vec<String> = captured.lines().map(|l| format!("'{l}'")).collect();
            pr(&format!("captured lines: [{}]", lines.join(", ")));
            pr(&format!(
                "characters captured: {}",
                captured.chars().count()
            ));
            with_(&call(&indented, vec![Value::str("  > ")])?, |_| {
                pr("first");
                with_(&call(&indented, vec![Value::str("| ")])?, |_| {
                    pr("nested one");
                    pr("nested two");
                    Ok(())
                })?;
                pr("last");
                Ok(())
            })?;
            let buf2 = sio(vec![])?;
            if let Err(e) = with_(&cl("redirect_stdout", vec![buf2.clone()])?, |_| {
                pr("partial output");
                Err(exc(ExcKind::ValueError, "stopped midway"))
            }) {
                pr(&format!(
                    "ValueError: {} | captured: {}",
                    e.to_str(),
                    r(&method(&buf2, "getvalue", vec![])?)
                ));
            }
            with_(&cl("redirect_stdout", vec![Value::None])?, |_| {
                pr("discarded");
                Ok(())
            })?;
            pr("back");
            let err_buf = sio(vec![])?;
            with_(&cl("redirect_stderr", vec![err_buf.clone()])?, |_| {
                write_stream(Stream::Stderr, "to stderr\n");
                crate::io::stream_write(Stream::Stderr, &Str::from("more\n"))?;
                Ok(())
            })?;
            pr(&r(&method(&err_buf, "getvalue", vec![])?));
            let cm = cl("redirect_stdout", vec![sio(vec![])?])?;
            show(method(
                &cm,
                "__exit__",
                vec![Value::None, Value::None, Value::None],
            ));
            let outer = sio(vec![])?;
            let rr = cl("redirect_stdout", vec![outer.clone()])?;
            with_(&rr, |_| {
                pr("level 1");
                with_(&rr, |_| {
                    pr("level 2");
                    Ok(())
                })?;
                pr("level 1 again");
                Ok(())
            })?;
            pr(&r(&method(&outer, "getvalue", vec![])?));
            Ok(())
        },
    );
}
