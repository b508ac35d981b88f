//! The values of `sys` beyond argv and the streams (Python/sysmodule.c, Objects/floatobject.c
//! float_info, Objects/longobject.c int_info), and sys's functions as values (`f = sys.exit`).
//!
//! The version: a molt binary behaves as CPython 3.11.7 does (the reference interpreter the
//! tests compare against; the Unicode tables are 3.11.7's), so `sys.version_info` and
//! `sys.hexversion` give that version. `sys.version` is the whole string of that reference
//! interpreter, build date and compiler included: the contract is python3's output, and a
//! program that prints `sys.version` must print what the reference python3 prints. (A
//! string naming molt instead was tried and dropped for that reason.)

use crate::class::namedtuple;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::str::Str;
use crate::value::Value;
use std::cell::RefCell;

const MAJOR: i64 = 3;
const MINOR: i64 = 11;
const MICRO: i64 = 7;
/// `sys.version` of the reference CPython 3.11.7 build.
const VERSION: &str = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";

thread_local! {
    /// The struct-sequence values, made once so that `sys.version_info is sys.version_info`.
    static CACHE: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// A struct sequence (`sys.version_info(major=3, ...)`): a named tuple whose class is
/// named like CPython's repr shows it.
fn struct_seq(typename: &str, fields: &[&str], items: Vec<Value>) -> PyResult<Value> {
    let fields: Vec<Str> = fields.iter().map(|f| Str::from(*f)).collect();
    let c = namedtuple::make_class(typename, "sys", fields, vec![])?;
    crate::func::call(&crate::class::class_value(&c), items, vec![])
}

fn cached(name: &'static str, make: impl FnOnce() -> PyResult<Value>) -> PyResult<Value> {
    if let Some(v) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(v);
    }
    let v = make()?;
    CACHE.with(|c| c.borrow_mut().push((name, v.clone())));
    Ok(v)
}

/// `sys.name` for the values and functions not compiled inline.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "version_info" => cached("version_info", || {
            struct_seq(
                "sys.version_info",
                &["major", "minor", "micro", "releaselevel", "serial"],
                vec![
                    Value::int(MAJOR),
                    Value::int(MINOR),
                    Value::int(MICRO),
                    Value::str("final"),
                    Value::int(0),
                ],
            )
        }),
        "version" => Ok(Value::str(VERSION)),
        // PY_VERSION_HEX: 0x030B07F0 for 3.11.7 final.
        "hexversion" => Ok(Value::int(
            (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xF0,
        )),
        "api_version" => Ok(Value::int(1013)),
        "maxunicode" => Ok(Value::int(0x10FFFF)),
        "float_repr_style" => Ok(Value::str("short")),
        "float_info" => cached("float_info", || {
            struct_seq(
                "sys.float_info",
                &[
                    "max",
                    "max_exp",
                    "max_10_exp",
                    "min",
                    "min_exp",
                    "min_10_exp",
                    "dig",
                    "mant_dig",
                    "epsilon",
                    "radix",
                    "rounds",
                ],
                vec![
                    Value::Float(f64::MAX),
                    Value::int(f64::MAX_EXP as i64),
                    Value::int(f64::MAX_10_EXP as i64),
                    Value::Float(f64::MIN_POSITIVE),
                    Value::int(f64::MIN_EXP as i64),
                    Value::int(f64::MIN_10_EXP as i64),
                    Value::int(f64::DIGITS as i64),
                    Value::int(f64::MANTISSA_DIGITS as i64),
                    Value::Float(f64::EPSILON),
                    Value::int(f64::RADIX as i64),
                    Value::int(1),
                ],
            )
        }),
        "int_info" => cached("int_info", || {
            struct_seq(
                "sys.int_info",
                &[
                    "bits_per_digit",
                    "sizeof_digit",
                    "default_max_str_digits",
                    "str_digits_check_threshold",
                ],
                vec![
                    Value::int(30),
                    Value::int(4),
                    Value::int(4300),
                    Value::int(640),
                ],
            )
        }),
        _ => Ok(super::callable::module_callable("sys", name)),
    }
}

/// `sys.name(*args)` through a function value (the compiler emits direct calls inline).
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    let arity = |lo: usize, hi: usize| -> PyResult<()> {
        if args.len() < lo || args.len() > hi {
            let what = if lo == hi {
                format!("exactly {lo} argument{}", if lo == 1 { "" } else { "s" })
            } else {
                format!("at most {hi} argument{}", if hi == 1 { "" } else { "s" })
            };
            return type_error(format!("{name}() takes {what} ({} given)", args.len()));
        }
        Ok(())
    };
    match name {
        "exit" => {
            if args.len() > 1 {
                return type_error(format!(
                    "exit expected at most 1 argument, got {}",
                    args.len()
                ));
            }
            Err(crate::rt::sys_exit(
                args.into_iter().next().unwrap_or(Value::None),
            ))
        }
        "exc_info" => {
            arity(0, 0)?;
            crate::exc_state::exc_info()
        }
        "getrecursionlimit" | "get_int_max_str_digits" => {
            arity(0, 0)?;
            Ok(Value::int(if name == "getrecursionlimit" {
                crate::rt::getrecursionlimit()
            } else {
                crate::int_ops::max_str_digits() as i64
            }))
        }
        "setrecursionlimit" | "set_int_max_str_digits" => {
            arity(1, 1)?;
            let a = args.first().cloned().unwrap_or(Value::None);
            let Some(n) = a.as_int() else {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    a.class_name()
                ));
            };
            if name == "setrecursionlimit" {
                crate::rt::setrecursionlimit(&n)?;
            } else {
                crate::int_ops::set_max_str_digits(&n)?;
            }
            Ok(Value::None)
        }
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: sys.{name} is not supported yet"),
        )),
    }
}
