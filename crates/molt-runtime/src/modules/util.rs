//! Argument binding and small helpers shared by the stdlib modules.

use crate::exc::{PyResult, type_error};
use crate::int::Int;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

/// Binds the arguments of a function written in Python (heapq.nlargest, copy.deepcopy, ...)
/// to its parameters, with the TypeErrors CPython's argument binding raises
/// (Python/ceval.c). `params` are the positional-or-keyword parameters, of which the first
/// `required` have no default; `kwonly` are keyword-only parameters (all with defaults).
pub fn bind_py(
    fname: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let n = args.len();
    if n > params.len() {
        let takes = if required == params.len() {
            format!(
                "{} positional argument{}",
                params.len(),
                if params.len() == 1 { "" } else { "s" }
            )
        } else {
            format!("from {} to {} positional arguments", required, params.len())
        };
        return type_error(format!(
            "{fname}() takes {takes} but {n} {} given",
            if n == 1 { "was" } else { "were" }
        ));
    }
    let mut slots: Vec<Option<Value>> = vec![None; params.len() + kwonly.len()];
    for (slot, a) in slots.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (k, v) in kwargs {
        let pos = params
            .iter()
            .chain(kwonly.iter())
            .position(|p| *p == k.as_str());
        let Some(p) = pos else {
            return type_error(format!(
                "{fname}() got an unexpected keyword argument '{}'",
                k.as_str()
            ));
        };
        if let Some(slot) = slots.get_mut(p) {
            if slot.is_some() {
                return type_error(format!(
                    "{fname}() got multiple values for argument '{}'",
                    k.as_str()
                ));
            }
            *slot = Some(v);
        }
    }
    let missing: Vec<String> = params
        .iter()
        .zip(slots.iter())
        .take(required)
        .filter(|(_, s)| s.is_none())
        .map(|(p, _)| format!("'{p}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => String::new(),
        };
        return type_error(format!(
            "{fname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(slots)
}

/// `f() takes no keyword arguments` for builtins that take none.
pub fn no_kwargs(fname: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{fname}() takes no keyword arguments"))
    }
}

/// Argument Clinic's count check for positional-only builtins: "f expected 2 arguments,
/// got 1" / "f expected at least 1 argument, got 0" / "f expected at most 3 arguments, got 4".
pub fn clinic_count(fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return type_error(format!(
            "{fname} expected {min} argument{}, got {n}",
            s(min)
        ));
    }
    if n < min {
        return type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            s(min)
        ));
    }
    if n > max {
        return type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            s(max)
        ));
    }
    Ok(())
}

/// An index-like argument as an i64 (`PyNumber_AsSsize_t`): ints and bools; None when the
/// value is not an int or does not fit.
pub fn as_ssize(v: &Value) -> Option<i64> {
    v.as_int().and_then(|i| i.as_i64())
}

/// `operator.index(v)` with CPython's message.
pub fn index_of(v: &Value) -> PyResult<Int> {
    match v.as_index()? {
        Some(i) => Ok(i),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )),
    }
}

pub fn tuple(items: Vec<Value>) -> Value {
    Value::Tuple(crate::tuple::Tup::from_vec(items))
}

pub fn repr_of(v: &Value) -> PyResult<String> {
    let mut s = String::new();
    v.py_repr(&mut s)?;
    Ok(s)
}

/// `a is b or a == b`, as `PyObject_RichCompareBool(a, b, Py_EQ)` tests it.
pub fn eq_bool(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.py_is(b) || a.eq(b)?)
}

/// A stable address for an object that shares state (for `is`, `id` and deepcopy memos).
pub fn identity(v: &Value) -> Option<usize> {
    Some(match v {
        Value::List(l) => l.id(),
        Value::Dict(d) => d.id(),
        Value::Set(s) => s.id(),
        Value::Tuple(t) => t.as_slice().as_ptr() as *const () as usize,
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const () as usize,
        _ => return None,
    })
}

/// Binds arguments the way Argument Clinic / `PyArg_ParseTupleAndKeywords` does for C
/// functions with keyword parameters (Python/getargs.c): `params` positional-or-keyword
/// (the first `required` mandatory), then keyword-only `kwonly`.
pub fn bind_clinic(
    fname: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    params: &[&str],
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let n = args.len();
    if n > params.len() {
        let total = n + kwargs.len();
        return if kwonly.is_empty() {
            type_error(format!(
                "{fname}() takes at most {} argument{} ({total} given)",
                params.len(),
                if params.len() == 1 { "" } else { "s" }
            ))
        } else {
            type_error(format!(
                "{fname}() takes at most {} positional argument{} ({n} given)",
                params.len(),
                if params.len() == 1 { "" } else { "s" }
            ))
        };
    }
    if n + kwargs.len() > params.len() + kwonly.len() && kwonly.is_empty() {
        return type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            n + kwargs.len()
        ));
    }
    let mut slots: Vec<Option<Value>> = vec![None; params.len() + kwonly.len()];
    for (slot, a) in slots.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (k, v) in kwargs {
        let pos = params
            .iter()
            .chain(kwonly.iter())
            .position(|p| *p == k.as_str());
        let Some(p) = pos else {
            return type_error(format!(
                "'{}' is an invalid keyword argument for {fname}()",
                k.as_str()
            ));
        };
        if let Some(slot) = slots.get_mut(p) {
            if slot.is_some() {
                return type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    p + 1
                ));
            }
            *slot = Some(v);
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if slots.get(i).is_some_and(|s| s.is_none()) {
            return type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            ));
        }
    }
    Ok(slots)
}
