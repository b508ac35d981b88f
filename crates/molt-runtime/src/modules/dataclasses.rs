//! The `dataclasses` and `abc` modules' entry points (implementations: class/dataclass.rs,
//! class/build.rs, class/descr.rs), and functools.total_ordering / collections.namedtuple,
//! which build classes too.

use crate::class::dataclass as dc;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use crate::value::Value;

fn unsupported<T>(module: &str, name: &str) -> PyResult<T> {
    Err(PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: {module}.{name} is not supported yet"),
    ))
}

fn no_kwargs(name: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if let Some((k, _)) = kwargs.first() {
        return crate::exc::type_error(format!(
            "{name}() got an unexpected keyword argument '{k}'"
        ));
    }
    Ok(())
}

/// `dataclasses.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "dataclass" => dc::dataclass(args, kwargs),
        "field" => dc::field(args, kwargs),
        "fields" => {
            no_kwargs(name, &kwargs)?;
            dc::fields(args)
        }
        "is_dataclass" => {
            no_kwargs(name, &kwargs)?;
            dc::is_dataclass(args)
        }
        "asdict" => dc::asdict(args, kwargs, true),
        "astuple" => dc::asdict(args, kwargs, false),
        "replace" => dc::replace(args, kwargs),
        "FrozenInstanceError" => crate::func::call(&dc::frozen_instance_error()?, args, kwargs),
        _ => unsupported("dataclasses", name),
    }
}

/// `dataclasses.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "FrozenInstanceError" => dc::frozen_instance_error(),
        "InitVar" => Ok(dc::initvar()),
        "KW_ONLY" => dc::kw_only(),
        "MISSING" => Ok(dc::missing()),
        "_HAS_DEFAULT_FACTORY" => Ok(dc::has_default_factory()),
        _ => crate::modules::callable::module_function("dataclasses", name),
    }
}

/// `abc.name(*args)`.
pub fn abc_call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "abstractmethod" => {
            no_kwargs(name, &kwargs)?;
            match <[Value; 1]>::try_from(args) {
                Ok([f]) => crate::class::abstractmethod(f),
                Err(a) => crate::exc::type_error(format!(
                    "abstractmethod() takes 1 positional argument but {} were given",
                    a.len()
                )),
            }
        }
        "ABC" | "ABCMeta" => crate::func::call(&abc_attr(name)?, args, kwargs),
        _ => unsupported("abc", name),
    }
}

/// `abc.name` as a value.
pub fn abc_attr(name: &str) -> PyResult<Value> {
    match name {
        "ABC" | "ABCMeta" => crate::class::builtin_class(name),
        _ => crate::modules::callable::module_function("abc", name),
    }
}

/// `functools.total_ordering(cls)`.
pub fn total_ordering(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("total_ordering", &kwargs)?;
    dc::total_ordering(args)
}
