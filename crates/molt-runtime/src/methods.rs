//! Method calls on dynamic values (`x.append(1)` where x's type is not known statically),
//! with CPython's errors for unknown methods and bad arguments.

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::PyObj;
use crate::set::{FrozenSet, Set, SetTable};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::{Value, ViewKind};

fn no_attr(v: &Value, name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{name}'", v.class_name()),
    )
}

fn nargs(recv: &str, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if max == 0 {
        format!("{recv}.{name}() takes no arguments ({n} given)")
    } else if min == max {
        if min == 1 {
            format!("{recv}.{name}() takes exactly one argument ({n} given)")
        } else {
            format!("{name} expected {min} arguments, got {n}")
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    type_error(msg)
}

/// A METH_NOARGS method called with arguments.
fn no_args(recv: &str, name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    no_kwargs(recv, name, kwargs)?;
    if args.is_empty() {
        Ok(())
    } else {
        type_error(format!(
            "{recv}.{name}() takes no arguments ({} given)",
            args.len()
        ))
    }
}

fn no_kwargs(recv: &str, name: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{recv}.{name}() takes no keyword arguments"))
    }
}

fn int_arg(v: &Value) -> PyResult<Int> {
    crate::conv::to_int(v)
}

/// A set table from any iterable (sets and frozensets are used directly).
fn table_of(v: &Value) -> PyResult<SetTable<Value>> {
    Ok(match v {
        Value::Set(s) => s.snapshot(),
        Value::FrozenSet(f) => f.table().clone(),
        other => {
            let mut t = SetTable::new();
            for x in other.to_vec()? {
                let h = x.hash()?;
                t.add_entry(x, h)?;
            }
            t
        }
    })
}

/// `recv.name(*args, **kwargs)`.
pub fn call_method(
    recv: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if name.starts_with("__") && name.ends_with("__") && !matches!(recv, Value::Obj(_)) {
        // Dunders of builtin values are their type's slots (attr.rs, dunder.rs).
        return crate::attr::call_method(recv, name, args, kwargs);
    }
    match recv {
        Value::Obj(o) => o.call_method(o, name, args, kwargs),
        Value::Str(s) => {
            if name == "format" {
                return Ok(Value::Str(crate::format::str_format(
                    s.as_str(),
                    &args,
                    &kwargs,
                )?));
            }
            crate::str_dispatch::call_method(s, name, &args, &kwargs)
        }
        Value::List(l) => list_method(recv, l, name, args, kwargs),
        Value::Dict(d) => dict_method(recv, d, name, args, kwargs),
        Value::Set(s) => set_method(recv, s, name, args, kwargs),
        Value::FrozenSet(f) => frozenset_method(recv, f, name, args, kwargs),
        Value::Tuple(t) => {
            no_kwargs("tuple", name, &kwargs)?;
            match name {
                "index" => {
                    nargs("tuple", name, &args, 1, 3)?;
                    let (start, stop) = bounds(&args, t.len())?;
                    for i in start..stop {
                        if let Some(x) = t.iter_at(i)
                            && (x.py_is(&args[0]) || x.eq(&args[0])?)
                        {
                            return Ok(Value::Int(Int::from(i)));
                        }
                    }
                    Err(PyErr::msg(
                        ExcKind::ValueError,
                        "tuple.index(x): x not in tuple",
                    ))
                }
                "count" => {
                    nargs("tuple", name, &args, 1, 1)?;
                    Ok(Value::Int(t.count(&args[0])?))
                }
                _ => Err(no_attr(recv, name)),
            }
        }
        Value::Int(_) | Value::Bool(_) => {
            let Some(i) = recv.as_int() else {
                return Err(no_attr(recv, name));
            };
            // METH_NOARGS methods (Objects/longobject.c).
            if matches!(
                name,
                "bit_length" | "bit_count" | "conjugate" | "as_integer_ratio"
            ) {
                no_args("int", name, &args, &kwargs)?;
            }
            match name {
                "bit_length" => Ok(Value::Int(Int::from(i.bit_length()))),
                "bit_count" => Ok(Value::Int(Int::from(i.bit_count()))),
                "to_bytes" => crate::modules::bytes::int_to_bytes(&i, args, kwargs),
                "conjugate" => Ok(Value::Int(i)),
                "as_integer_ratio" => Ok(Value::Tuple(Tup::from_vec(vec![
                    Value::Int(i),
                    Value::Int(Int::ONE),
                ]))),
                _ => Err(no_attr(recv, name)),
            }
        }
        Value::Float(f) => match name {
            // METH_NOARGS methods (Objects/floatobject.c).
            "is_integer" | "conjugate" | "as_integer_ratio" | "hex"
                if !(args.is_empty() && kwargs.is_empty()) =>
            {
                no_args("float", name, &args, &kwargs).map(|_| Value::None)
            }
            "is_integer" => Ok(Value::Bool(crate::float::is_integer(*f))),
            "hex" => Ok(Value::str(&crate::float::hex(*f))),
            "conjugate" => Ok(Value::Float(*f)),
            "as_integer_ratio" => {
                let (n, d) = crate::float::as_integer_ratio(*f)?;
                Ok(Value::Tuple(Tup::from_vec(vec![
                    Value::Int(n),
                    Value::Int(d),
                ])))
            }
            _ => Err(no_attr(recv, name)),
        },
        Value::Range(r) => match name {
            "index" => {
                nargs("range", name, &args, 1, 1)?;
                match args[0].as_int() {
                    Some(i) => Ok(Value::Int(r.index(&i)?)),
                    None => Err(PyErr::msg(
                        ExcKind::ValueError,
                        "sequence.index(x): x not in sequence",
                    )),
                }
            }
            "count" => {
                nargs("range", name, &args, 1, 1)?;
                Ok(Value::Int(Int::from(match args[0].as_int() {
                    Some(i) => r.contains(&i) as i64,
                    None => 0,
                })))
            }
            _ => Err(no_attr(recv, name)),
        },
        Value::View(ViewKind::Keys | ViewKind::Items, _) if name == "isdisjoint" => {
            no_kwargs(recv.class_name(), name, &kwargs)?;
            nargs(recv.class_name(), name, &args, 1, 1)?;
            // dictviews_isdisjoint: no item of the other iterable is in the view.
            for x in args[0].to_vec()? {
                if recv.contains(&x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        _ => Err(no_attr(recv, name)),
    }
}

/// Clamped start/stop arguments of index() (positions 1 and 2 of args).
fn bounds(args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let clamp = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) => {
                let b = crate::slice::bound(&int_arg(v)?);
                Ok(if b < 0 { (b + n).max(0) } else { b.min(n) })
            }
        }
    };
    Ok((
        clamp(args.get(1), 0)? as usize,
        clamp(args.get(2), n)? as usize,
    ))
}

fn list_method(
    recv: &Value,
    l: &List<Value>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if name != "sort" {
        no_kwargs("list", name, &kwargs)?;
    }
    let mut args = args;
    Ok(match name {
        "append" => {
            nargs("list", name, &args, 1, 1)?;
            l.append(args.remove(0));
            Value::None
        }
        "extend" => {
            nargs("list", name, &args, 1, 1)?;
            let items = args[0].to_vec()?;
            l.extend_vec(items);
            Value::None
        }
        "insert" => {
            nargs("list", name, &args, 2, 2)?;
            let i = int_arg(&args[0])?;
            l.insert(&i, args.remove(1))?;
            Value::None
        }
        "pop" => {
            nargs("list", name, &args, 0, 1)?;
            match args.first() {
                Some(i) => l.pop(Some(&int_arg(i)?))?,
                None => l.pop(None)?,
            }
        }
        "remove" => {
            nargs("list", name, &args, 1, 1)?;
            l.remove(&args[0])?;
            Value::None
        }
        "index" => {
            nargs("list", name, &args, 1, 3)?;
            let start = args.get(1).map(int_arg).transpose()?;
            let stop = args.get(2).map(int_arg).transpose()?;
            Value::Int(l.index(&args[0], start.as_ref(), stop.as_ref())?)
        }
        "count" => {
            nargs("list", name, &args, 1, 1)?;
            Value::Int(l.count(&args[0])?)
        }
        "reverse" => {
            nargs("list", name, &args, 0, 0)?;
            l.reverse();
            Value::None
        }
        "clear" => {
            nargs("list", name, &args, 0, 0)?;
            l.clear();
            Value::None
        }
        "copy" => {
            nargs("list", name, &args, 0, 0)?;
            Value::List(l.copy())
        }
        "sort" => {
            if !args.is_empty() {
                return type_error("sort() takes no positional arguments");
            }
            let mut reverse = false;
            let mut key = None;
            for (k, v) in &kwargs {
                match k.as_str() {
                    "reverse" => reverse = crate::builtins::sort_reverse_flag(v)?,
                    "key" if v.is_none() => key = None,
                    "key" => key = Some(v.clone()),
                    other => {
                        return type_error(format!(
                            "'{other}' is an invalid keyword argument for sort()"
                        ));
                    }
                }
            }
            match key {
                // Objects/listobject.c list_sort_impl: the key is called once per item.
                Some(k) => {
                    l.sort_by_key(|x| crate::modules::call_value(&k, vec![x.clone()]), reverse)?
                }
                None => l.sort(reverse)?,
            }
            Value::None
        }
        _ => return Err(no_attr(recv, name)),
    })
}

fn dict_method(
    recv: &Value,
    d: &Dict<Value, Value>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if name != "update" {
        no_kwargs("dict", name, &kwargs)?;
    }
    Ok(match name {
        "get" => {
            nargs("dict", "get", &args, 1, 2)?;
            match d.get(&args[0])? {
                Some(v) => v,
                None => args.get(1).cloned().unwrap_or(Value::None),
            }
        }
        "keys" => Value::View(ViewKind::Keys, d.clone()),
        "values" => Value::View(ViewKind::Values, d.clone()),
        "items" => Value::View(ViewKind::Items, d.clone()),
        "pop" => {
            nargs("dict", "pop", &args, 1, 2)?;
            d.pop(&args[0], args.get(1).cloned())?
        }
        "popitem" => {
            nargs("dict", name, &args, 0, 0)?;
            let (k, v) = d.popitem()?;
            Value::Tuple(Tup::from_vec(vec![k, v]))
        }
        "setdefault" => {
            nargs("dict", "setdefault", &args, 1, 2)?;
            d.setdefault(args[0].clone(), args.get(1).cloned().unwrap_or(Value::None))?
        }
        "update" => {
            nargs("dict", "update", &args, 0, 1)?;
            if let Some(x) = args.first() {
                crate::builtins::dict_update_from(d, x)?;
            }
            for (k, v) in kwargs {
                d.setitem(Value::Str(k), v)?;
            }
            Value::None
        }
        "copy" => Value::Dict(d.copy()),
        "clear" => {
            d.clear();
            Value::None
        }
        _ => return Err(no_attr(recv, name)),
    })
}

fn set_method(
    recv: &Value,
    s: &Set<Value>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    no_kwargs("set", name, &kwargs)?;
    Ok(match name {
        "add" => {
            nargs("set", name, &args, 1, 1)?;
            s.add(args[0].clone())?;
            Value::None
        }
        "remove" => {
            nargs("set", name, &args, 1, 1)?;
            s.remove(&args[0])?;
            Value::None
        }
        "discard" => {
            nargs("set", name, &args, 1, 1)?;
            s.discard(&args[0])?;
            Value::None
        }
        "pop" => s.pop()?,
        "clear" => {
            s.clear();
            Value::None
        }
        "copy" => Value::Set(s.copy()?),
        "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
            let mut t = s.snapshot();
            for a in &args {
                let o = table_of(a)?;
                t = match name {
                    "update" => crate::setops::union(&t, &o)?,
                    "intersection_update" => crate::setops::intersection(&t, &o)?,
                    "difference_update" => crate::setops::difference(&t, &o)?,
                    _ => crate::setops::symmetric_difference(&t, &o)?,
                };
            }
            if name == "update" {
                for a in &args {
                    let o = table_of(a)?;
                    s.update_from(&o)?;
                }
            } else {
                *s.table_mut() = t;
            }
            Value::None
        }
        _ => return set_common(recv, &s.snapshot(), name, &args, false),
    })
}

fn frozenset_method(
    recv: &Value,
    f: &FrozenSet<Value>,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    no_kwargs("frozenset", name, &kwargs)?;
    if name == "copy" {
        return Ok(Value::FrozenSet(f.clone()));
    }
    set_common(recv, f.table(), name, &args, true)
}

/// The read-only operations shared by set and frozenset.
fn set_common(
    recv: &Value,
    t: &SetTable<Value>,
    name: &str,
    args: &[Value],
    frozen: bool,
) -> PyResult<Value> {
    let wrap = |t: SetTable<Value>| {
        if frozen {
            Value::FrozenSet(FrozenSet::from_table(t))
        } else {
            Value::Set(Set::from_table(t))
        }
    };
    Ok(match name {
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            let mut r = t.clone();
            if name == "union" {
                let mut acc = SetTable::new();
                acc.merge(t)?;
                for a in args {
                    acc.merge(&table_of(a)?)?;
                }
                return Ok(wrap(acc));
            }
            for a in args {
                let o = table_of(a)?;
                r = match name {
                    "intersection" => crate::setops::intersection(&r, &o)?,
                    "difference" => crate::setops::difference(&r, &o)?,
                    _ => crate::setops::symmetric_difference(&r, &o)?,
                };
            }
            if args.is_empty() {
                let mut c = SetTable::new();
                c.merge(t)?;
                r = c;
            }
            wrap(r)
        }
        "issubset" => Value::Bool(crate::set::table_issubset(t, &table_of(&args[0])?)?),
        "issuperset" => Value::Bool(crate::set::table_issubset(&table_of(&args[0])?, t)?),
        "isdisjoint" => {
            let o = table_of(&args[0])?;
            let mut disjoint = true;
            for (h, k) in t.entries() {
                if o.contains_entry(k, h)? {
                    disjoint = false;
                    break;
                }
            }
            Value::Bool(disjoint)
        }
        _ => return Err(no_attr(recv, name)),
    })
}
