//! The `with` statement's protocol, as CPython 3.11's ceval.c runs it (BEFORE_WITH,
//! WITH_EXCEPT_START). The compiler emits:
//!
//! ```ignore
//! let (exit, value) = rt::ctx::enter(&mgr)?;
//! // body; on normal completion:
//! rt::ctx::exit(&exit, None)?;
//! // on an exception e:
//! if !rt::ctx::exit(&exit, Some(&e))? { /* re-raise e */ }
//! ```

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::ObjRef;
use crate::value::Value;

/// A context manager's `__exit__`, looked up when the `with` statement starts.
pub enum Exit {
    /// A runtime object (files, io.StringIO, contextlib's managers): its `__exit__` method.
    Obj(ObjRef),
    /// A bound `__exit__` method (user classes).
    Call(Value),
}

/// Whether a runtime object implements `__enter__`/`__exit__`.
pub fn supports(o: &ObjRef) -> bool {
    let a = o.as_any();
    a.is::<crate::modules::files::File>()
        || a.is::<crate::modules::io::StringIO>()
        || a.is::<crate::modules::io::StdStream>()
        || a.is::<crate::modules::warnings::CatchWarnings>()
        || crate::modules::contextlib::is_manager(o)
        || crate::modules::tempfile::is_manager(o)
        || crate::modules::decimal::is_manager(o)
}

fn no_protocol(mgr: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::TypeError,
        format!(
            "'{}' object does not support the context manager protocol",
            mgr.class_name()
        ),
    )
}

/// BEFORE_WITH: `__exit__` (looked up first) and the result of `__enter__()`.
pub fn enter(mgr: &Value) -> PyResult<(Exit, Value)> {
    if let Value::Obj(o) = mgr
        && supports(o)
    {
        let v = o.call_method(o, "__enter__", vec![], vec![])?;
        return Ok((Exit::Obj(o.clone()), v));
    }
    // Instances of user classes look their methods up in their class (class/ops.rs).
    if let Value::Obj(o) = mgr
        && o.as_any().is::<crate::class::Instance>()
    {
        let (exit, v) = crate::class::ctx_enter(mgr)?;
        return Ok((Exit::Call(exit), v));
    }
    Err(no_protocol(mgr))
}

/// `with` as the compiler lowers it: `__molt_with_enter(mgr)` is (exit, value).
pub fn enter_value(mgr: &Value) -> PyResult<Value> {
    let (exit, v) = enter(mgr)?;
    let exit = match exit {
        Exit::Obj(o) => Value::Obj(o),
        Exit::Call(f) => f,
    };
    Ok(Value::Tuple(crate::tuple::Tup::from_vec(vec![exit, v])))
}

/// `__molt_with_exit(exit, exc)`: whether `__exit__` suppressed the exception.
pub fn exit_value(exit: &Value, exc: &Value) -> PyResult<bool> {
    let e = match exit {
        Value::Obj(o) if supports(o) => Exit::Obj(o.clone()),
        f => Exit::Call(f.clone()),
    };
    let err = match exc {
        Value::None => None,
        v => Some(crate::exc::to_exception(v.clone())?),
    };
    self::exit(&e, err.as_ref())
}

/// The arguments of `__exit__`: (type, value, traceback), all None on normal exit.
/// The exception was raised, so it has a traceback.
pub fn exit_args(exc: Option<&PyErr>) -> PyResult<Vec<Value>> {
    Ok(match exc {
        None => vec![Value::None, Value::None, Value::None],
        Some(e) => {
            let v = Value::Exc(e.clone());
            vec![
                crate::class::type_of(&v)?,
                v,
                crate::exc_state::traceback(e),
            ]
        }
    })
}

/// Calls `__exit__` and returns whether it suppresses the exception (its truth value).
/// An exception raised by `__exit__` while handling `exc` has `exc` as its context.
pub fn exit(exit: &Exit, exc: Option<&PyErr>) -> PyResult<bool> {
    let r = exit_args(exc).and_then(|args| match exit {
        Exit::Obj(o) => o.call_method(o, "__exit__", args, vec![]),
        Exit::Call(f) => crate::modules::callable::call_value(f, args),
    });
    let r = r.and_then(|v| v.try_truthy());
    match (r, exc) {
        (Err(e), Some(handled)) if !same_exc(&e, handled) => {
            Err(e.with_context(Some(handled.clone())))
        }
        (r, _) => r,
    }
}

/// Whether two exception values are the same exception. `PyErr` clones share their
/// arguments but not an identity, so this compares the class and the arguments by
/// identity: a re-raised exception matches, a new one made from other values does not.
pub fn same_exc(a: &PyErr, b: &PyErr) -> bool {
    crate::obj::PyObj::py_is(a, b)
}

/// `issubclass(type(e), cls)` for an exception class or a tuple of them (suppress).
pub fn exc_matches(e: &PyErr, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Tuple(t) => {
            for c in t.as_slice() {
                if exc_matches(e, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        c if crate::class::is_exc_class(c) => crate::class::exc_matches(e, c),
        // Classes that are not exceptions (int, str, user classes) never match.
        Value::Obj(o) if o.type_name() == "type" => Ok(false),
        _ => type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
    }
}

/// The exception `__exit__(typ, value, tb)` describes (None for `typ is None`).
pub fn exc_of_exit_args(args: &[Value]) -> PyResult<Option<PyErr>> {
    let typ = args.first().cloned().unwrap_or_default();
    let val = args.get(1).cloned().unwrap_or_default();
    match (typ, val) {
        (Value::None, _) => Ok(None),
        (_, Value::Exc(e)) => Ok(Some(e)),
        (t, _) => crate::genobj::exception_of(t, Value::None).map(Some),
    }
}
