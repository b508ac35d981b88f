//! `traceback`: format_exception_only, print_exc and print_exception (Lib/traceback.py of
//! CPython 3.11, `TracebackException` with `compact=True`).
//!
//! molt keeps no frames, so the printing functions write each traceback's header and the
//! exception lines but no frame lines: they write to stderr, whose last line (the
//! exception's, or its last note's) is what a program's behaviour is judged by. The
//! compiler refuses `file=` other than `sys.stderr`, `contextlib.redirect_stderr` with
//! them, and the functions that return the frame lines (`format_exc`, ...).

use super::stdc_util::{bind, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "format_exception_only" => {
            let a = bind("format_exception_only", &["exc", "value"], 1, args, kwargs)?;
            let value = match &a[1] {
                Some(v) => v.clone(),
                None => a[0].clone().unwrap_or_default(),
            };
            let lines = match exception_of(&value)? {
                Some(e) => exception_only(&e),
                None => vec!["NoneType: None\n".to_string()],
            };
            Ok(Value::List(crate::list::List::from_vec(
                lines
                    .into_iter()
                    .map(|l| Value::Str(Str::from_string(l)))
                    .collect(),
            )))
        }
        "print_exc" => {
            let a = bind("print_exc", &["limit", "file", "chain"], 0, args, kwargs)?;
            let chain = match &a[2] {
                Some(c) => c.try_truthy()?,
                None => true,
            };
            print(crate::exc_state::current(), chain);
            Ok(Value::None)
        }
        "print_exception" => {
            let a = bind(
                "print_exception",
                &["exc", "value", "tb", "limit", "file", "chain"],
                1,
                args,
                kwargs,
            )?;
            let chain = match &a[5] {
                Some(c) => c.try_truthy()?,
                None => true,
            };
            // _parse_value_tb: the exception alone, or its value and traceback.
            let value = match (&a[1], &a[2]) {
                (None, None) => {
                    let exc = a[0].clone().unwrap_or_default();
                    if exc.is_none() {
                        Value::None
                    } else if exception_of(&exc).is_ok_and(|e| e.is_some()) {
                        exc
                    } else {
                        return type_error(format!(
                            "Exception expected for value, {} found",
                            exc.class_name()
                        ));
                    }
                }
                (Some(v), Some(_)) => v.clone(),
                _ => return value_error("Both or neither of value and tb must be given"),
            };
            print(exception_of(&value)?, chain);
            Ok(Value::None)
        }
        _ => Err(unknown("traceback", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    Err(unknown("traceback", name))
}

/// The exception a value is (None for None); TracebackException's AttributeError for
/// anything else.
pub(crate) fn exception_of(v: &Value) -> PyResult<Option<PyErr>> {
    match v {
        Value::None => Ok(None),
        Value::Exc(e) => Ok(Some(e.clone())),
        Value::Obj(_) if crate::exc::to_exception(v.clone()).is_ok() => {
            crate::exc::to_exception(v.clone()).map(Some)
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '__suppress_context__'",
                v.class_name()
            ),
        )),
    }
}

/// TracebackException.format_exception_only: "Type: message\n", then each line of each
/// note.
fn exception_only(e: &PyErr) -> Vec<String> {
    let stype = match e.instance() {
        Some(o) => crate::class::excs_traceback_name(o),
        None => e.kind().qualified_name().to_string(),
    };
    let mut out = vec![];
    if e.matches(ExcKind::SyntaxError) && e.instance().is_none() && e.args().len() <= 1 {
        // _format_syntax_error without a location: `msg or "<no detail available>"`.
        let msg = match e.args().first() {
            Some(m) if m.try_truthy().unwrap_or(true) => m.str_string().unwrap_or_default(),
            _ => "<no detail available>".to_string(),
        };
        out.push(format!("{stype}: {msg}\n"));
    } else {
        let msg = e.to_str();
        out.push(if msg.is_empty() {
            format!("{stype}\n")
        } else {
            format!("{stype}: {msg}\n")
        });
    }
    if let Some(o) = e.instance() {
        for note in crate::class::excs_notes(o) {
            out.extend(note.split('\n').map(|l| format!("{l}\n")));
        }
    }
    out
}

/// TracebackException(...).format(chain=chain) without frame lines, written to stderr.
fn print(e: Option<PyErr>, chain: bool) {
    crate::io::stderr_write(&format(e, chain));
}

/// TracebackException(...).format(chain=chain) without frame lines.
pub(crate) fn format(e: Option<PyErr>, chain: bool) -> String {
    let mut out = String::new();
    match e {
        None => out.push_str("NoneType: None\n"),
        Some(e) => {
            let mut seen = vec![];
            format_chain(&e, chain, &mut seen, &mut out);
        }
    }
    out
}

fn format_chain(e: &PyErr, chain: bool, seen: &mut Vec<u64>, out: &mut String) {
    seen.push(e.identity());
    if chain {
        if let Some(c) = e.cause() {
            if !seen.contains(&c.identity()) {
                format_chain(&c, chain, seen, out);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if !e.suppress_context()
            && let Some(c) = e.context()
            && !seen.contains(&c.identity())
        {
            format_chain(&c, chain, seen, out);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    out.push_str("Traceback (most recent call last):\n");
    for l in exception_only(e) {
        out.push_str(&l);
    }
}
