//! `copy.copy` and `copy.deepcopy` (Lib/copy.py, CPython 3.11): the dispatch table's
//! copiers for the builtin types, the memo that keeps shared and cyclic structure, and the
//! `__reduce_ex__` reconstruction order for sets, deques and the dict subclasses.

use super::collections::{self as coll, DictKind};
use super::util::{bind_py, identity};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::list::List;
use crate::object::downcast;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "copy" => {
            let a = bind_py("copy", args, kwargs, &["x"], 1, &[])?;
            let x = a.into_iter().next().flatten().unwrap_or(Value::None);
            copy(&x)
        }
        "deepcopy" => {
            let a = bind_py("deepcopy", args, kwargs, &["x", "memo", "_nil"], 1, &[])?;
            let mut a = a.into_iter();
            let x = a.next().flatten().unwrap_or(Value::None);
            match a.next().flatten() {
                Some(Value::Dict(d)) => Memo { dict: d }.deep(&x),
                Some(m) if !m.is_none() => Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: copy.deepcopy with a memo that is not a dict is not supported",
                )),
                _ => deepcopy(&x),
            }
        }
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: copy.{name} is not supported yet"),
        )),
    }
}

fn cannot_pickle(x: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::TypeError,
        format!("cannot pickle '{}' object", x.class_name()),
    )
}

fn unsupported(what: &str, x: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!(
            "molt: copy.{what}() of a '{}' object is not supported",
            x.class_name()
        ),
    )
}

/// Objects that are their own copies: functions and classes (copy's `_copy_immutable` /
/// `_deepcopy_atomic` for types and functions).
fn is_callable_singleton(x: &Value) -> bool {
    match x {
        Value::Obj(o) => {
            downcast::<super::callable::BuiltinFn>(o).is_some()
                || downcast::<super::callable::ModFunc>(o).is_some()
                || downcast::<super::callable::MethodFn>(o).is_some()
                || downcast::<crate::func::Function>(o).is_some()
                || crate::class::is_class_value(x)
        }
        _ => false,
    }
}

/// `copy.copy(x)`.
pub fn copy(x: &Value) -> PyResult<Value> {
    Ok(match x {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Str(_)
        | Value::Tuple(_)
        | Value::FrozenSet(_)
        | Value::Range(_) => x.clone(),
        Value::List(l) => Value::List(l.copy()),
        Value::Dict(d) => Value::Dict(d.copy()),
        Value::Set(s) => Value::Set(s.copy()?),
        Value::View(..) => return Err(cannot_pickle(x)),
        Value::Exc(e) => Value::Exc(PyErr::new(e.kind(), e.args().to_vec())),
        Value::Obj(o) => {
            if is_callable_singleton(x) {
                return Ok(x.clone());
            }
            match o.py_copy(o) {
                Some(r) => r?,
                None => return Err(unsupported("copy", x)),
            }
        }
        Value::Iter(_) => return Err(unsupported("copy", x)),
    })
}

/// `copy.deepcopy(x)`.
pub fn deepcopy(x: &Value) -> PyResult<Value> {
    Memo { dict: Dict::new() }.deep(x)
}

/// deepcopy's memo: a dict from the identity of each original to its copy, plus, under the
/// memo's own identity, the list of originals kept alive (`_keep_alive`), as in Lib/copy.py;
/// it is the dict a `__deepcopy__(memo)` method receives.
struct Memo {
    dict: Dict<Value, Value>,
}

impl Memo {
    fn key(id: usize) -> Value {
        Value::Int(crate::int::Int::from(id))
    }

    fn get(&self, x: &Value) -> PyResult<Option<Value>> {
        match identity(x) {
            Some(id) => self.dict.get(&Memo::key(id)),
            None => Ok(None),
        }
    }

    /// `memo[id(x)] = y` (before the copy's contents, for cycles).
    fn register(&self, x: &Value, y: &Value) {
        if let Some(id) = identity(x) {
            let _ = self.dict.setitem(Memo::key(id), y.clone());
        }
    }

    /// `memo[id(x)] = y; _keep_alive(x, memo)`.
    fn remember(&self, x: &Value, y: &Value) {
        self.register(x, y);
        let me = Memo::key(self.dict.id());
        match self.dict.get(&me) {
            Ok(Some(Value::List(l))) => l.append(x.clone()),
            _ => {
                let _ = self
                    .dict
                    .setitem(me, Value::List(List::from_vec(vec![x.clone()])));
            }
        }
    }

    fn deep(&mut self, x: &Value) -> PyResult<Value> {
        let _depth = crate::rt::enter()?;
        if let Some(y) = self.get(x)? {
            return Ok(y);
        }
        let y = match x {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Range(_) => return Ok(x.clone()),
            Value::List(l) => {
                // The type's copier is a second Python frame (_deepcopy_list, ...).
                let _copier = crate::rt::enter()?;
                let y = List::new();
                self.remember(x, &Value::List(y.clone()));
                for item in l.to_vec() {
                    let c = self.deep(&item)?;
                    y.append(c);
                }
                return Ok(Value::List(y));
            }
            Value::Dict(d) => {
                // The type's copier is a second Python frame (_deepcopy_list, ...).
                let _copier = crate::rt::enter()?;
                let y = Dict::new();
                self.remember(x, &Value::Dict(y.clone()));
                for (k, v) in d.items_vec() {
                    let k = self.deep(&k)?;
                    let v = self.deep(&v)?;
                    y.setitem(k, v)?;
                }
                return Ok(Value::Dict(y));
            }
            Value::Tuple(t) => {
                // The type's copier is a second Python frame (_deepcopy_list, ...).
                let _copier = crate::rt::enter()?;
                let mut items = Vec::with_capacity(t.len());
                for item in t.as_slice() {
                    items.push(self.deep(item)?);
                }
                // A cycle through the tuple may have copied it meanwhile.
                if let Some(y) = self.get(x)? {
                    return Ok(y);
                }
                let same = items
                    .iter()
                    .zip(t.as_slice())
                    .all(|(a, b)| crate::obj::PyObj::py_is(a, b));
                if same {
                    return Ok(x.clone());
                }
                Value::Tuple(Tup::from_vec(items))
            }
            Value::Set(s) => {
                // set.__reduce__: set(list(self)) with the list deep-copied.
                let mut items = Vec::with_capacity(s.len());
                for item in s.to_vec() {
                    items.push(self.deep(&item)?);
                }
                Value::Set(Set::from_vec(items)?)
            }
            Value::FrozenSet(s) => {
                let mut items = Vec::with_capacity(s.len());
                for item in s.to_vec() {
                    items.push(self.deep(&item)?);
                }
                Value::FrozenSet(FrozenSet::from_vec(items)?)
            }
            Value::Exc(e) => {
                let mut args = Vec::new();
                for a in e.args() {
                    args.push(self.deep(a)?);
                }
                Value::Exc(PyErr::new(e.kind(), args))
            }
            Value::View(..) => return Err(cannot_pickle(x)),
            Value::Iter(_) => return Err(unsupported("deepcopy", x)),
            Value::Obj(o) => {
                if is_callable_singleton(x) {
                    return Ok(x.clone());
                }
                if let Some(inst) = crate::object::inst(o) {
                    // copier = getattr(x, "__deepcopy__", None); y = copier(memo)
                    let copier = crate::attr::getattr_default(x, "__deepcopy__", Value::None)?;
                    if !copier.is_none() {
                        let y = crate::func::call(
                            &copier,
                            vec![Value::Dict(self.dict.clone())],
                            vec![],
                        )?;
                        if !crate::obj::PyObj::py_is(&y, x) {
                            self.remember(x, &y);
                        }
                        return Ok(y);
                    }
                    let memo = &*self;
                    let mut register = |y: &Value| memo.register(x, y);
                    let mut deep = |v: &Value| {
                        Memo {
                            dict: memo.dict.clone(),
                        }
                        .deep(v)
                    };
                    if let Some(r) = inst.copy_protocol(Some(&mut deep), &mut register) {
                        let y = r?;
                        self.remember(x, &y);
                        return Ok(y);
                    }
                    let y = inst.deepcopy_state(&mut register, &mut deep)?;
                    self.remember(x, &y);
                    return Ok(y);
                }
                if let Some((items, maxlen)) = coll::deque_parts(x) {
                    let y = coll::new_deque(vec![], maxlen);
                    self.remember(x, &y);
                    for item in items {
                        let c = self.deep(&item)?;
                        coll::deque_append(&y, c);
                    }
                    return Ok(y);
                }
                if let Some((kind, d, factory)) = coll::dictobj_parts(x) {
                    if kind == DictKind::Counter {
                        // Counter.__reduce__: Counter(dict(self)), the dict deep-copied.
                        let nd = Dict::new();
                        for (k, v) in d.items_vec() {
                            let k = self.deep(&k)?;
                            let v = self.deep(&v)?;
                            nd.setitem(k, v)?;
                        }
                        coll::make_dictobj(kind, nd, Value::None)
                    } else {
                        let factory = self.deep(&factory)?;
                        let nd = Dict::new();
                        let y = coll::make_dictobj(kind, nd.clone(), factory);
                        self.remember(x, &y);
                        for (k, v) in d.items_vec() {
                            let k = self.deep(&k)?;
                            let v = self.deep(&v)?;
                            nd.setitem(k, v)?;
                        }
                        return Ok(y);
                    }
                } else {
                    let mut f = |v: &Value| self.deep(v);
                    match o.py_deepcopy(o, &mut f) {
                        Some(r) => r?,
                        None => return Err(unsupported("deepcopy", x)),
                    }
                }
            }
        };
        if !crate::obj::PyObj::py_is(&y, x) {
            self.remember(x, &y);
        }
        Ok(y)
    }
}
