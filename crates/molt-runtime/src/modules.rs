//! Stdlib modules beyond `math` and `sys`: calls and attributes by name, for the compiler's
//! dynamic path. Each module lives in its own file under `modules/`.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use crate::value::Value;

pub mod bind;
// random, json, re
pub mod json;
pub mod random;
pub mod re;
mod re_compile;
mod re_engine;
mod re_parse;
// collections, itertools, heapq, bisect, copy, functools, operator and the callables they
// take (builtins, module functions, method descriptors as values).
pub mod bisect;
pub mod callable;
pub mod collections;
pub mod copy;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod operator;
#[cfg(test)]
mod tests;
mod util;

pub use callable::{Callable, builtin_ref, call_value, method_ref};
pub use operator::inplace as inplace_binop;

/// `module.name(*args, **kwargs)`.
pub fn call(
    module: &str,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    match module {
        // random, json, re
        "random" => random::call(name, args, kwargs),
        "json" => json::call(name, args, kwargs),
        "re" => re::call(name, args, kwargs),
        "collections" => collections::call(name, args, kwargs),
        "itertools" => itertools::call(name, args, kwargs),
        "heapq" => heapq::call(name, args, kwargs),
        "bisect" => bisect::call(name, args, kwargs),
        "copy" => copy::call(name, args, kwargs),
        "functools" => functools::call(name, args, kwargs),
        "operator" => operator::call(name, args, kwargs),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {module}.{name} is not supported yet"),
        )),
    }
}

/// `module.name` for a module-level value.
pub fn attr(module: &str, name: &str) -> PyResult<Value> {
    match module {
        // random, json, re
        "re" => re::attr(name),
        "collections" | "itertools" | "heapq" | "bisect" | "copy" | "functools" | "operator" => {
            callable::module_function(module, name)
        }
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {module}.{name} is not supported yet"),
        )),
    }
}
