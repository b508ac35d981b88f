//! The structural checks of `match` statements (CPython 3.11's MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS in Python/ceval.c). The compiler lowers a
//! pattern to a call of one of these and tests the parts they return: None when the
//! subject does not have the shape, else the list of values the sub-patterns match.

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

fn parts(v: Vec<Value>) -> Value {
    Value::List(List::from_vec(v))
}

fn count(v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(i) => i
            .as_i64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| PyErr::msg(ExcKind::SystemError, "molt: bad match arity")),
        _ => Err(PyErr::msg(ExcKind::SystemError, "molt: bad match arity")),
    }
}

/// The items of a subject that is a sequence for pattern matching: list, tuple, range,
/// collections.deque (never str, bytes or bytearray).
fn sequence_items(v: &Value) -> PyResult<Option<Vec<Value>>> {
    Ok(match v {
        Value::List(l) => Some(l.borrow().to_vec()),
        Value::Tuple(t) => Some(t.as_slice().to_vec()),
        Value::Range(_) => {
            let mut it = v.iter()?;
            let mut out = vec![];
            while let Some(x) = it.next()? {
                out.push(x);
            }
            Some(out)
        }
        // Py_TPFLAGS_SEQUENCE is inherited: named tuples and subclasses of list and tuple
        // match sequence patterns (their items are the builtin value's).
        Value::Obj(_) => match crate::class::namedtuple::tuple_subclass_items(v) {
            Some(t) => Some(t.as_slice().to_vec()),
            None => match crate::class::builtin_base::payload(v) {
                Some(Value::List(l)) => Some(l.borrow().to_vec()),
                _ => crate::modules::collections::deque_parts(v).map(|(items, _)| items),
            },
        },
        _ => None,
    })
}

/// `[a, b, *rest, z]`: `before` items, then (with a star) the middle as a list, then
/// `after` items.
pub fn match_seq(subj: &Value, before: &Value, after: &Value, star: &Value) -> PyResult<Value> {
    let (before, after, star) = (count(before)?, count(after)?, star.truthy());
    let Some(items) = sequence_items(subj)? else {
        return Ok(Value::None);
    };
    let n = items.len();
    let fits = if star {
        n >= before + after
    } else {
        n == before
    };
    if !fits {
        return Ok(Value::None);
    }
    let mut out: Vec<Value> = items[..before].to_vec();
    if star {
        out.push(parts(items[before..n - after].to_vec()));
        out.extend(items[n - after..].iter().cloned());
    }
    Ok(parts(out))
}

/// `{k1: p1, k2: p2, **rest}`: the values of the keys, then (with `**rest`) a dict of
/// the other items. Keys are looked up with `get` (a defaultdict adds nothing).
pub fn match_map(subj: &Value, keys: &Value, want_rest: &Value) -> PyResult<Value> {
    let Some(d) = crate::modules::collections::as_dict(subj) else {
        return Ok(Value::None);
    };
    let keys: Vec<Value> = match keys {
        Value::Tuple(t) => t.as_slice().to_vec(),
        _ => return Err(PyErr::msg(ExcKind::SystemError, "molt: bad match keys")),
    };
    if d.len() < keys.len() {
        return Ok(Value::None);
    }
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut out = Vec::with_capacity(keys.len() + 1);
    for k in &keys {
        for s in &seen {
            if s.eq(k)? {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!(
                        "mapping pattern checks duplicate key ({})",
                        k.repr_string()?
                    ),
                ));
            }
        }
        seen.push(k.clone());
        match d.get(k)? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    if want_rest.truthy() {
        let rest: Dict<Value, Value> = Dict::new();
        for (k, v) in d.items_vec() {
            let mut taken = false;
            for s in &seen {
                if s.eq(&k)? {
                    taken = true;
                    break;
                }
            }
            if !taken {
                rest.setitem(k, v)?;
            }
        }
        out.push(Value::Dict(rest));
    }
    Ok(parts(out))
}

/// Builtin classes whose single positional sub-pattern matches the subject itself.
const MATCH_SELF: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// `Cls(p1, p2, k=p3)`: isinstance, then the attributes `__match_args__` names for the
/// positional sub-patterns, then the keyword attributes.
pub fn match_class(subj: &Value, cls: &Value, npos: &Value, kw: &Value) -> PyResult<Value> {
    let npos = count(npos)?;
    let is_type = match cls {
        Value::Obj(o) => {
            o.type_name() == "type"
                || crate::class::isinstance(cls, &crate::class::builtin_class("type")?)?
        }
        _ => false,
    };
    if !is_type {
        return type_error("called match pattern must be a type");
    }
    if !crate::class::isinstance(subj, cls)? {
        return Ok(Value::None);
    }
    let kw: Vec<Str> = match kw {
        Value::Tuple(t) => t
            .as_slice()
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    let cls_name = || -> String {
        match crate::attr::getattr(cls, "__name__") {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => "?".to_string(),
        }
    };
    let mut names: Vec<Str> = vec![];
    let mut out = vec![];
    if npos > 0 {
        let match_args = match crate::attr::getattr(cls, "__match_args__") {
            Ok(v) => Some(v),
            Err(e) if e.matches(ExcKind::AttributeError) => None,
            Err(e) => return Err(e),
        };
        let builtin_self = match cls {
            Value::Obj(o) => match o
                .as_any()
                .downcast_ref::<crate::modules::callable::BuiltinFn>()
            {
                Some(b) => MATCH_SELF.contains(&b.name),
                None => false,
            },
            _ => false,
        };
        match match_args {
            None if builtin_self => {
                if npos > 1 {
                    return type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        cls_name()
                    ));
                }
                out.push(subj.clone());
            }
            m => {
                let m = match m {
                    None => vec![],
                    Some(Value::Tuple(t)) => t.as_slice().to_vec(),
                    Some(other) => {
                        return type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            cls_name(),
                            other.class_name()
                        ));
                    }
                };
                if npos > m.len() {
                    return type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        cls_name(),
                        m.len(),
                        if m.len() == 1 { "" } else { "s" }
                    ));
                }
                for a in &m[..npos] {
                    let Value::Str(name) = a else {
                        return type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            a.class_name()
                        ));
                    };
                    if names.iter().any(|n| n == name) {
                        return type_error(format!(
                            "{}() got multiple sub-patterns for attribute {}",
                            cls_name(),
                            Value::Str(name.clone()).repr_string()?
                        ));
                    }
                    names.push(name.clone());
                    match attr_or_none(subj, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
    }
    for name in &kw {
        if names.iter().any(|n| n == name) {
            return type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                cls_name(),
                Value::Str(name.clone()).repr_string()?
            ));
        }
        names.push(name.clone());
        match attr_or_none(subj, name)? {
            Some(v) => out.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(parts(out))
}

/// `getattr(subj, name)`, None for an AttributeError (the pattern does not match).
fn attr_or_none(subj: &Value, name: &Str) -> PyResult<Option<Value>> {
    match crate::attr::getattr(subj, name.as_str()) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}
