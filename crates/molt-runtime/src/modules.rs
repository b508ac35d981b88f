//! Stdlib modules beyond `math` and `sys`: calls and attributes by name, for the compiler's
//! dynamic path. Each module lives in its own file under `modules/`.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use crate::value::Value;

pub mod bind;
pub mod collections_abc;
pub mod numbers;
// contextlib and io.StringIO (generators and `with`, gen.rs and ctx.rs)
pub mod contextlib;
pub mod io;
// class-building stdlib: dataclasses, abc, typing, enum (class/dataclass.rs, enums.rs,
// namedtuple.rs)
pub mod dataclasses;
pub mod enum_mod;
pub mod typeddict;
pub mod typing;
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
pub mod chainmap;
pub mod collections;
pub mod copy;
pub mod defaultdict;
pub mod functools;
pub mod heapq;
pub mod itertools;
pub mod operator;
#[cfg(test)]
mod tests;
pub mod typesmod;
pub(crate) mod util;

pub use callable::{Callable, builtin_ref, call_value, method_ref};
pub use operator::inplace as inplace_binop;
// ---- group C: numbers, text, time, binary data, files
pub mod argparse;
pub mod array;
pub mod base64;
pub mod bytes;
pub mod calendar;
pub mod csv;
pub mod datetime;
pub mod decimal;
pub mod files;
pub mod fractions;
pub mod globmod;
pub mod hashlib;
pub mod html;
mod html_entities;
pub mod logging;
pub mod object_methods;
pub mod os;
pub mod pathlib;
pub mod pprint;
pub mod reprlib;
pub mod shlex;
pub mod statistics;
pub mod stdc_util;
pub mod string;
pub mod structmod;
pub mod sysmod;
pub mod tempfile;
pub mod textwrap;
pub mod time;
pub mod traceback;
pub mod warnings;

/// `module.name(*args, **kwargs)`.
pub fn call(
    module: &str,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    match module {
        // random, json, re
        "math" => crate::math::call(name, args, kwargs),
        "sys" => sysmod::call(name, args, kwargs),
        "random" => random::call(name, args, kwargs),
        "json" => json::call(name, args, kwargs),
        "re" => re::call(name, args, kwargs),
        "collections" if name == "namedtuple" => crate::class::namedtuple::namedtuple(args, kwargs),
        "collections" if name == "ChainMap" => chainmap::new(args, kwargs),
        "collections" => collections::call(name, args, kwargs),
        "itertools" => itertools::call(name, args, kwargs),
        "heapq" => heapq::call(name, args, kwargs),
        "bisect" => bisect::call(name, args, kwargs),
        "copy" => copy::call(name, args, kwargs),
        "functools" if name == "total_ordering" => dataclasses::total_ordering(args, kwargs),
        "functools" if name == "cached_property" => crate::func::call(
            &crate::class::dataclass::cached_property_class()?,
            args,
            kwargs,
        ),
        "functools" if name == "singledispatchmethod" => {
            crate::func::call(&functools::singledispatchmethod_class()?, args, kwargs)
        }
        "functools" => functools::call(name, args, kwargs),
        "operator" => operator::call(name, args, kwargs),
        // ---- group C
        "fractions" => fractions::call(name, args, kwargs),
        "decimal" => decimal::call(name, args, kwargs),
        "statistics" => statistics::call(name, args, kwargs),
        "string" => string::call(name, args, kwargs),
        "textwrap" => textwrap::call(name, args, kwargs),
        "traceback" => traceback::call(name, args, kwargs),
        "time" => time::call(name, args, kwargs),
        "struct" => structmod::call(name, args, kwargs),
        "hashlib" => hashlib::call(name, args, kwargs),
        "base64" => base64::call(name, args, kwargs),
        "os" => os::call(name, args, kwargs),
        "datetime" => datetime::call(name, args, kwargs),
        "os.path" => os::path_call(name, args, kwargs),
        "pathlib" => pathlib::call(name, args, kwargs),
        "contextlib" => contextlib::call(name, args, kwargs),
        "io" => io::call(name, args, kwargs),
        "dataclasses" => dataclasses::call(name, args, kwargs),
        "abc" => dataclasses::abc_call(name, args, kwargs),
        "typing" => typing::call(name, args, kwargs),
        "enum" => enum_mod::call(name, args, kwargs),
        "argparse" => argparse::call(name, args, kwargs),
        "types" => typesmod::call(name, args, kwargs),
        "csv" => csv::call(name, args, kwargs),
        "tempfile" => tempfile::call(name, args, kwargs),
        "shutil" => tempfile::shutil_call(name, args, kwargs),
        "calendar" => calendar::call(name, args, kwargs),
        "array" => array::call(name, args, kwargs),
        "fnmatch" => globmod::fnmatch_call(name, args, kwargs),
        "glob" => globmod::glob_call(name, args, kwargs),
        "html" => html::call(name, args, kwargs),
        "logging" => logging::call(name, args, kwargs),
        "pprint" => pprint::call(name, args, kwargs),
        "warnings" => warnings::call(name, args, kwargs),
        "shlex" => shlex::call(name, args, kwargs),
        "reprlib" => reprlib::call(name, args, kwargs),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {module}.{name} is not supported yet"),
        )),
    }
}

/// `module.name` for a module-level value.
pub fn attr(module: &str, name: &str) -> PyResult<Value> {
    // The front end lets through only the names a module defines (catalog.rs), so a name
    // that is not one of the module's values is one of its functions: a callable value
    // that dispatches to `call` (`map(math.sqrt, xs)`, `f = random.random`).
    if module == "math" {
        return Ok(callable::module_callable(module, name));
    }
    match module_value(module, name) {
        Ok(v) => Ok(v),
        Err(_) => Ok(callable::module_callable(module, name)),
    }
}

/// The exception classes of stdlib modules (their kinds are in exc.rs).
fn module_exception(module: &str, name: &str) -> Option<ExcKind> {
    Some(match (module, name) {
        ("json", "JSONDecodeError") => ExcKind::JSONDecodeError,
        ("re", "error") => ExcKind::error,
        ("statistics", "StatisticsError") => ExcKind::StatisticsError,
        ("struct", "error") => ExcKind::StructError,
        ("csv", "Error") => ExcKind::CsvError,
        ("shutil", "Error") => ExcKind::ShutilError,
        ("shutil", "SameFileError") => ExcKind::SameFileError,
        ("calendar", "IllegalMonthError") => ExcKind::CalendarIllegalMonth,
        ("calendar", "IllegalWeekdayError") => ExcKind::CalendarIllegalWeekday,
        ("io", "UnsupportedOperation") => ExcKind::UnsupportedOperation,
        ("decimal", "InvalidOperation") => ExcKind::DecimalInvalidOperation,
        ("decimal", "DivisionByZero") => ExcKind::DecimalDivisionByZero,
        ("decimal", "Overflow") => ExcKind::DecimalOverflow,
        _ => return None,
    })
}

fn module_value(module: &str, name: &str) -> PyResult<Value> {
    if let Some(k) = module_exception(module, name) {
        return Ok(crate::class::exc_type(k));
    }
    match module {
        // random, json, re
        "re" => re::attr(name),
        "functools" if name == "cached_property" => {
            crate::class::dataclass::cached_property_class()
        }
        "functools" if name == "singledispatchmethod" => functools::singledispatchmethod_class(),
        "sys" => sysmod::attr(name),
        "collections" | "itertools" | "heapq" | "bisect" | "copy" | "functools" | "operator" => {
            callable::module_function(module, name)
        }
        // ---- group C
        "fractions" => fractions::attr(name),
        "decimal" => decimal::attr(name),
        "statistics" => statistics::attr(name),
        "string" => string::attr(name),
        "textwrap" => textwrap::attr(name),
        "traceback" => traceback::attr(name),
        "time" => time::attr(name),
        "struct" => structmod::attr(name),
        "hashlib" => hashlib::attr(name),
        "base64" => base64::attr(name),
        "os" => os::attr(name),
        "datetime" => datetime::attr(name),
        "os.path" => os::path_attr(name),
        "pathlib" => pathlib::attr(name),
        "contextlib" => contextlib::attr(name),
        "io" => io::attr(name),
        "dataclasses" => dataclasses::attr(name),
        "abc" => dataclasses::abc_attr(name),
        "typing" => typing::attr(name),
        "collections.abc" => collections_abc::attr(name),
        "numbers" => numbers::attr(name),
        "enum" => enum_mod::attr(name),
        "argparse" => argparse::attr(name),
        "types" => typesmod::attr(name),
        "csv" => csv::attr(name),
        "tempfile" => tempfile::attr(name),
        "shutil" => tempfile::shutil_attr(name),
        "calendar" => calendar::attr(name),
        "array" => array::attr(name),
        "fnmatch" => Err(stdc_util::unknown("fnmatch", name)),
        "glob" => Err(stdc_util::unknown("glob", name)),
        "html" => Err(stdc_util::unknown("html", name)),
        "logging" => logging::attr(name),
        "pprint" => pprint::attr(name),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {module}.{name} is not supported yet"),
        )),
    }
}
