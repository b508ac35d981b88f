//! The `enum` module's entry points (implementation: class/enums.rs).

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use crate::value::Value;

/// `enum.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    crate::func::call(&attr(name)?, args, kwargs)
}

/// `enum.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    crate::class::enums::module_attr(name).unwrap_or_else(|| {
        Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: enum.{name} is not supported yet"),
        ))
    })
}
