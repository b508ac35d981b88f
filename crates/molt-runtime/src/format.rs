//! Python's text formatting: format specs (`format(x, spec)`, f-strings, str.format) and
//! %-formatting, ported from CPython's Python/formatter_unicode.c and
//! Objects/unicodeobject.c so that the text is CPython's to the character.

use crate::exc::{PyResult, type_error, value_error};
use crate::int::Int;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

/// `format(v, spec)` for an int.
pub fn format_int(v: &Int, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return v.to_string_checked();
    }
    value_error(format!("format spec {spec:?} is not implemented yet"))
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::float::repr(v));
    }
    value_error(format!("format spec {spec:?} is not implemented yet"))
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    value_error(format!("format spec {spec:?} is not implemented yet"))
}

/// `format(v, spec)` for any value.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Int(i) => format_int(i, spec),
        Value::Bool(b) if !spec.is_empty() => format_int(&Int::from(*b), spec),
        Value::Float(f) => format_float(*f, spec),
        Value::Str(s) => format_str(s.as_str(), spec),
        _ if spec.is_empty() => v.str_string(),
        _ => type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.class_name()
        )),
    }
}

/// `fmt % args`.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<Str> {
    let _ = args;
    value_error(format!("%-format {fmt:?} is not implemented yet"))
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Str> {
    let _ = (args, kwargs);
    value_error(format!("str.format {fmt:?} is not implemented yet"))
}
