//! `decimal` (placeholder until implemented).

use super::stdc_util::unknown;
use crate::exc::PyResult;
use crate::int::Int;
use crate::str::Str;
use crate::value::Value;

/// `d.as_integer_ratio()` when `v` is a Decimal.
pub fn as_integer_ratio(v: &Value) -> PyResult<Option<(Int, Int)>> {
    let _ = v;
    Ok(None)
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let _ = (args, kwargs);
    Err(unknown("decimal", name))
}

pub fn attr(name: &str) -> PyResult<Value> {
    Err(unknown("decimal", name))
}
