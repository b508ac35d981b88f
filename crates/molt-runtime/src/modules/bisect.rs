//! `bisect`, after Modules/_bisectmodule.c (CPython 3.11): binary search over any sequence
//! with `<`, an optional key= callable, and insort through `list.insert` (or the
//! sequence's own insert method).

use super::callable::Callable;
use super::util::bind_clinic;
use crate::exc::{ExcKind, PyErr, PyResult, value_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::str::Str;
use crate::value::Value;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (fname, right, insort) = match name {
        "bisect_left" => ("bisect_left", false, false),
        "bisect_right" | "bisect" => ("bisect_right", true, false),
        "insort_left" => ("insort_left", false, true),
        "insort_right" | "insort" => ("insort_right", true, true),
        _ => {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!("molt: bisect.{name} is not supported yet"),
            ));
        }
    };
    let a = bind_clinic(fname, args, kwargs, &["a", "x", "lo", "hi"], 2, &["key"])?;
    let mut a = a.into_iter();
    let seq = a.next().flatten().unwrap_or(Value::None);
    let x = a.next().flatten().unwrap_or(Value::None);
    let lo = a.next().flatten();
    let hi = a.next().flatten();
    let (lo, hi) = bounds(lo.as_ref(), hi.as_ref())?;
    let key = Callable::optional(a.next().flatten());
    if insort {
        let kx = match &key {
            None => x.clone(),
            Some(f) => f.call1(x.clone())?,
        };
        let i = bisect(&seq, &kx, lo, hi, key.as_ref(), right)?;
        match &seq {
            Value::List(l) => l.insert(&Int::from(i), x)?,
            other => {
                crate::methods::call_method(
                    other,
                    "insert",
                    vec![Value::Int(Int::from(i)), x],
                    vec![],
                )?;
            }
        }
        return Ok(Value::None);
    }
    Ok(Value::Int(Int::from(bisect(
        &seq,
        &x,
        lo,
        hi,
        key.as_ref(),
        right,
    )?)))
}

/// A Py_ssize_t argument.
fn ssize(v: &Value) -> PyResult<i64> {
    let i = super::util::index_of(v)?;
    i.as_i64().ok_or_else(|| {
        PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// internal_bisect_left / internal_bisect_right.
pub fn bisect(
    seq: &Value,
    x: &Value,
    mut lo: i64,
    hi: i64,
    key: Option<&Callable>,
    right: bool,
) -> PyResult<i64> {
    if lo < 0 {
        return value_error("lo must be non-negative");
    }
    let mut hi = if hi == -1 { seq.len()? as i64 } else { hi };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = seq.getitem(&Value::Int(Int::from(mid)))?;
        if let Some(f) = key {
            item = f.call1(item)?;
        }
        if right {
            if x.compare(&item, CmpOp::Lt)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if item.compare(x, CmpOp::Lt)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// `bisect_left(a, x[, lo[, hi]])` / `bisect_right` on a list the compiler typed: the same
/// probes, comparisons and errors as `bisect` on the boxed list, without boxing.
pub fn bisect_list<T: PyObj>(
    l: &List<T>,
    x: &T,
    lo: Option<&Value>,
    hi: Option<&Value>,
    right: bool,
) -> PyResult<Int> {
    let (lo, hi) = bounds(lo, hi)?;
    Ok(Int::from(bisect_in(l, x, lo, hi, right)?))
}

/// `insort_left(a, x[, lo[, hi]])` / `insort_right` on a typed list.
pub fn insort_list<T: PyObj>(
    l: &List<T>,
    x: T,
    lo: Option<&Value>,
    hi: Option<&Value>,
    right: bool,
) -> PyResult<()> {
    let (lo, hi) = bounds(lo, hi)?;
    let i = bisect_in(l, &x, lo, hi, right)?;
    l.insert(&Int::from(i), x)
}

/// lo and hi as Argument Clinic converts them (hi None or -1: the list's length).
fn bounds(lo: Option<&Value>, hi: Option<&Value>) -> PyResult<(i64, i64)> {
    let lo = match lo {
        None => 0,
        Some(v) => ssize(v)?,
    };
    let hi = match hi {
        None | Some(Value::None) => -1,
        Some(v) => ssize(v)?,
    };
    Ok((lo, hi))
}

fn bisect_in<T: PyObj>(l: &List<T>, x: &T, mut lo: i64, hi: i64, right: bool) -> PyResult<i64> {
    if lo < 0 {
        return value_error("lo must be non-negative");
    }
    let mut hi = if hi == -1 { l.len() as i64 } else { hi };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        // Read at each probe, as PySequence_GetItem does: a comparison may have shrunk
        // the list (a boxed item's `__lt__`).
        let Some(item) = l.iter_at(mid as usize) else {
            return Err(PyErr::msg(ExcKind::IndexError, "list index out of range"));
        };
        if right {
            if x.py_cmp(&item, CmpOp::Lt)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if item.py_cmp(x, CmpOp::Lt)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}
