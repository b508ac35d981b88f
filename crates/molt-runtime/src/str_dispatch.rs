//! Calling a str method on dynamic values: `s.split(*args, **kwargs)` when the compiler
//! could not type the arguments. Parses the arguments the way CPython 3.11's argument
//! clinic (or the method's own parsing) does, with the same TypeError messages, then calls
//! the typed methods in str_methods.rs.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::list::List;
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// METH_NOARGS methods: `str.upper() takes no arguments (1 given)`.
fn no_args(name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    if !args.is_empty() {
        return type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            args.len()
        ));
    }
    Ok(())
}

fn no_kwargs(name: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if !kwargs.is_empty() {
        return type_error(format!("str.{name}() takes no keyword arguments"));
    }
    Ok(())
}

/// METH_O methods: `str.join() takes exactly one argument (0 given)`.
fn one_arg<'a>(name: &str, args: &'a [Value], kwargs: &[(Str, Value)]) -> PyResult<&'a Value> {
    no_kwargs(name, kwargs)?;
    match args {
        [a] => Ok(a),
        _ => type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.len()
        )),
    }
}

/// Positional-only clinic methods: `find() takes at most 3 arguments (4 given)`.
fn clinic_positional<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &[(Str, Value)],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(name, kwargs)?;
    let n = args.len();
    if n < min {
        return type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        ));
    }
    if n > max {
        return type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        ));
    }
    Ok(args)
}

/// Methods that check their count with _PyArg_CheckPositional:
/// `replace expected at least 2 arguments, got 1`.
fn check_positional<'a>(
    name: &str,
    args: &'a [Value],
    kwargs: &[(Str, Value)],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(name, kwargs)?;
    let n = args.len();
    if n < min {
        return type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ));
    }
    if n > max {
        return type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ));
    }
    Ok(args)
}

/// Clinic methods with keyword parameters (split, rsplit, splitlines, expandtabs, encode):
/// binds positional and keyword arguments to `params` (all optional), with
/// _PyArg_UnpackKeywords' messages.
fn clinic_keywords(
    name: &str,
    params: &[&str],
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Vec<Option<Value>>> {
    let total = args.len() + kwargs.len();
    if total > params.len() {
        return type_error(format!(
            "{name}() takes at most {} argument{} ({total} given)",
            params.len(),
            plural(params.len())
        ));
    }
    let mut bound: Vec<Option<Value>> = params.iter().map(|_| None).collect();
    for (slot, a) in bound.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    for (k, v) in kwargs {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if i < args.len() => {
                return type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                ));
            }
            Some(i) => {
                if let Some(slot) = bound.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
            None => {
                return type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
            }
        }
    }
    Ok(bound)
}

/// `operator.index` for a Py_ssize_t / int parameter.
fn index_arg(v: &Value) -> PyResult<Int> {
    v.to_int_index(|t| format!("'{t}' object cannot be interpreted as an integer"))
}

/// A start/end bound of find and friends.
fn slice_index(v: Option<&Value>) -> PyResult<Option<Int>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => v
            .to_int_index(|_| {
                "slice indices must be integers or None or have an __index__ method".into()
            })
            .map(Some),
    }
}

/// The substring argument of find, count, partition, ...: `must be str, not int`.
fn str_arg(v: &Value) -> PyResult<&Str> {
    match v {
        Value::Str(s) => Ok(s),
        other => type_error(format!("must be str, not {}", other.class_name())),
    }
}

fn named_str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a Str> {
    match v {
        Value::Str(s) => Ok(s),
        other => type_error(format!("{what} must be str, not {}", other.class_name())),
    }
}

fn list_value(v: Vec<Str>) -> Value {
    Value::List(List::from_vec(v.into_iter().map(Value::Str).collect()))
}

fn tuple3(t: (Str, Str, Str)) -> Value {
    Value::Tuple(Tup::from_vec(vec![
        Value::Str(t.0),
        Value::Str(t.1),
        Value::Str(t.2),
    ]))
}

/// `s.name(*args, **kwargs)` for a method of str.
pub fn call_method(
    s: &Str,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Value> {
    macro_rules! noarg {
        ($m:ident, $wrap:expr) => {{
            no_args(name, args, kwargs)?;
            Ok($wrap(s.$m()))
        }};
    }
    let string = |x: Str| Value::Str(x);
    match name {
        "encode" => crate::modules::bytes::str_encode(s, args, kwargs),
        "upper" => noarg!(upper, string),
        "lower" => noarg!(lower, string),
        "casefold" => noarg!(casefold, string),
        "capitalize" => noarg!(capitalize, string),
        "title" => noarg!(title, string),
        "swapcase" => noarg!(swapcase, string),
        "isalpha" => noarg!(isalpha, Value::Bool),
        "isalnum" => noarg!(isalnum, Value::Bool),
        "isdecimal" => noarg!(isdecimal, Value::Bool),
        "isdigit" => noarg!(isdigit, Value::Bool),
        "isnumeric" => noarg!(isnumeric, Value::Bool),
        "isspace" => noarg!(isspace, Value::Bool),
        "isupper" => noarg!(isupper, Value::Bool),
        "islower" => noarg!(islower, Value::Bool),
        "istitle" => noarg!(istitle, Value::Bool),
        "isidentifier" => noarg!(isidentifier, Value::Bool),
        "isprintable" => noarg!(isprintable, Value::Bool),
        "isascii" => noarg!(isascii, Value::Bool),
        "split" | "rsplit" => {
            let a = clinic_keywords(name, &["sep", "maxsplit"], args, kwargs)?;
            let sep = match &a[0] {
                None | Some(Value::None) => None,
                Some(Value::Str(x)) => Some(x),
                Some(other) => {
                    return type_error(format!("must be str or None, not {}", other.class_name()));
                }
            };
            let max = a[1].as_ref().map(index_arg).transpose()?;
            let parts = if name == "split" {
                s.split(sep, max.as_ref())?
            } else {
                s.rsplit(sep, max.as_ref())?
            };
            Ok(list_value(parts))
        }
        "splitlines" => {
            let a = clinic_keywords(name, &["keepends"], args, kwargs)?;
            let keep = match &a[0] {
                None => false,
                Some(v) => !index_arg(v)?.is_zero(),
            };
            Ok(list_value(s.splitlines(keep)))
        }
        "find" | "rfind" | "index" | "rindex" | "count" => {
            let a = clinic_positional(name, args, kwargs, 1, 3)?;
            let sub = str_arg(&a[0])?;
            let start = slice_index(a.get(1))?;
            let end = slice_index(a.get(2))?;
            let (start, end) = (start.as_ref(), end.as_ref());
            Ok(Value::Int(match name {
                "find" => s.find(sub, start, end),
                "rfind" => s.rfind(sub, start, end),
                "index" => s.index(sub, start, end)?,
                "rindex" => s.rindex(sub, start, end)?,
                _ => s.count(sub, start, end),
            }))
        }
        "startswith" | "endswith" => {
            let a = clinic_positional(name, args, kwargs, 1, 3)?;
            let start = slice_index(a.get(1))?;
            let end = slice_index(a.get(2))?;
            let (start, end) = (start.as_ref(), end.as_ref());
            let at_end = name == "endswith";
            let r = match &a[0] {
                Value::Str(x) => {
                    if at_end {
                        s.endswith(x, start, end)
                    } else {
                        s.startswith(x, start, end)
                    }
                }
                Value::Tuple(t) => {
                    // CPython checks the items one by one and stops at the first match.
                    let mut found = false;
                    for item in t.as_slice() {
                        let Value::Str(x) = item else {
                            return type_error(format!(
                                "tuple for {name} must only contain str, not {}",
                                item.class_name()
                            ));
                        };
                        let hit = if at_end {
                            s.endswith(x, start, end)
                        } else {
                            s.startswith(x, start, end)
                        };
                        if hit {
                            found = true;
                            break;
                        }
                    }
                    found
                }
                other => {
                    return type_error(format!(
                        "{name} first arg must be str or a tuple of str, not {}",
                        other.class_name()
                    ));
                }
            };
            Ok(Value::Bool(r))
        }
        "strip" | "lstrip" | "rstrip" => {
            let a = check_positional(name, args, kwargs, 0, 1)?;
            let chars = match a.first() {
                None | Some(Value::None) => None,
                Some(Value::Str(x)) => Some(x),
                Some(_) => return type_error(format!("{name} arg must be None or str")),
            };
            Ok(Value::Str(match name {
                "strip" => s.strip(chars),
                "lstrip" => s.lstrip(chars),
                _ => s.rstrip(chars),
            }))
        }
        "join" => {
            let it = one_arg(name, args, kwargs)?;
            let items = match it.iter() {
                Ok(_) => it.to_vec()?,
                Err(_) => return type_error("can only join an iterable"),
            };
            Ok(Value::Str(s.join_values(&items)?))
        }
        "replace" => {
            let a = check_positional(name, args, kwargs, 2, 3)?;
            let old = named_str_arg(&a[0], "replace() argument 1")?;
            let new = named_str_arg(&a[1], "replace() argument 2")?;
            let count = a.get(2).map(index_arg).transpose()?;
            Ok(Value::Str(s.replace(old, new, count.as_ref())?))
        }
        "center" | "ljust" | "rjust" => {
            let a = check_positional(name, args, kwargs, 1, 2)?;
            let width = index_arg(&a[0])?;
            let fill = match a.get(1) {
                None => None,
                Some(Value::Str(f)) => Some(f),
                Some(other) => {
                    return type_error(format!(
                        "The fill character must be a unicode character, not {}",
                        other.class_name()
                    ));
                }
            };
            Ok(Value::Str(match name {
                "center" => s.center(&width, fill)?,
                "ljust" => s.ljust(&width, fill)?,
                _ => s.rjust(&width, fill)?,
            }))
        }
        "zfill" => {
            let w = index_arg(one_arg(name, args, kwargs)?)?;
            Ok(Value::Str(s.zfill(&w)?))
        }
        "expandtabs" => {
            let a = clinic_keywords(name, &["tabsize"], args, kwargs)?;
            let t = a[0].as_ref().map(index_arg).transpose()?;
            Ok(Value::Str(s.expandtabs(t.as_ref())?))
        }
        "partition" | "rpartition" => {
            let sep = str_arg(one_arg(name, args, kwargs)?)?;
            Ok(tuple3(if name == "partition" {
                s.partition(sep)?
            } else {
                s.rpartition(sep)?
            }))
        }
        "removeprefix" | "removesuffix" => {
            let what = format!("{name}() argument");
            let x = named_str_arg(one_arg(name, args, kwargs)?, &what)?;
            Ok(Value::Str(if name == "removeprefix" {
                s.removeprefix(x)
            } else {
                s.removesuffix(x)
            }))
        }
        "translate" => {
            let table = one_arg(name, args, kwargs)?;
            let r =
                match table {
                    Value::Dict(d) => s.translate(d)?,
                    table => s.translate_with(|cp| {
                        match table.getitem(&Value::Int(Int::from(cp as i64))) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if e.matches(ExcKind::LookupError) => Ok(None),
                            Err(e) => Err(e),
                        }
                    })?,
                };
            Ok(Value::Str(r))
        }
        "maketrans" => maketrans_values(args, kwargs),
        "format" => Ok(Value::Str(crate::format::str_format(
            s.as_str(),
            args,
            kwargs,
        )?)),
        "format_map" => {
            if !kwargs.is_empty() {
                return type_error("str.format_map() takes no keyword arguments");
            }
            match args {
                [m] => Ok(Value::Str(crate::format::strfmt::str_format_map(
                    s.as_str(),
                    m,
                )?)),
                _ => type_error(format!(
                    "str.format_map() takes exactly one argument ({} given)",
                    args.len()
                )),
            }
        }
        "__format__" => {
            if !kwargs.is_empty() {
                return type_error("str.__format__() takes no keyword arguments");
            }
            match args {
                [Value::Str(spec)] => Ok(Value::Str(Str::from_string(crate::format::format_str(
                    s.as_str(),
                    spec.as_str(),
                )?))),
                [other] => type_error(format!(
                    "__format__() argument must be str, not {}",
                    other.class_name()
                )),
                _ => type_error(format!(
                    "str.__format__() takes exactly one argument ({} given)",
                    args.len()
                )),
            }
        }
        // Dunders that are plain operations (`s.__contains__(x)`, `s.__len__()`): the
        // generic dispatch of builtin values, which never comes back here for them.
        _ if name.starts_with("__") && name.ends_with("__") => {
            crate::attr::call_method(&Value::Str(s.clone()), name, args.to_vec(), kwargs.to_vec())
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'str' object has no attribute '{name}'"),
        )),
    }
}

/// `str.maketrans(*args)` on dynamic values.
pub fn maketrans_values(args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let a = check_positional("maketrans", args, kwargs, 1, 3)?;
    let d = match a {
        [x] => crate::str_methods::maketrans1(x)?,
        [x, y, rest @ ..] => {
            let Value::Str(x) = x else {
                return type_error(
                    "first maketrans argument must be a string if there is a second argument",
                );
            };
            let y = named_str_arg(y, "maketrans() argument 2")?;
            match rest.first() {
                None => crate::str_methods::maketrans2(x, y)?,
                Some(z) => {
                    let z = named_str_arg(z, "maketrans() argument 3")?;
                    crate::str_methods::maketrans3(x, y, z)?
                }
            }
        }
        [] => return type_error("maketrans expected at least 1 argument, got 0"),
    };
    Ok(Value::Dict(d))
}
