//! `collections.ChainMap` (Lib/collections/__init__.py, 3.11) with the mixin methods of
//! `collections.abc.MutableMapping` it inherits (keys/items/values views, `__eq__`,
//! setdefault, update) and its `KeysView`/`ItemsView`/`ValuesView`.

use super::util::{bind_py, tuple};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::{BinOp, ReprGuard, Value, ValueIter};
use std::any::Any;
use std::rc::Rc;

pub struct ChainMap {
    /// `self.maps`: a list the program may read and change.
    maps: List<Value>,
}

fn key_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::KeyError, vec![Value::Str(Str::from_string(msg))])
}

fn is_key_error(e: &PyErr) -> bool {
    e.kind().is_subclass(ExcKind::KeyError)
}

/// `isinstance(v, collections.abc.Mapping)` for the mappings molt has.
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) => true,
        Value::Obj(o) => {
            downcast::<ChainMap>(o).is_some() || super::collections::as_dict(v).is_some()
        }
        _ => false,
    }
}

/// `ChainMap(*maps)`.
pub fn new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.first() {
        return type_error(format!(
            "ChainMap.__init__() got an unexpected keyword argument '{}'",
            k.as_str()
        ));
    }
    Ok(make(args))
}

fn make(maps: Vec<Value>) -> Value {
    let maps = if maps.is_empty() {
        vec![Value::Dict(Dict::new())]
    } else {
        maps
    };
    Value::Obj(Rc::new(ChainMap {
        maps: List::from_vec(maps),
    }))
}

/// `ChainMap.fromkeys(iterable, *args)`.
pub fn fromkeys(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    super::util::no_kwargs("fromkeys", &kwargs)?;
    if args.is_empty() || args.len() > 2 {
        return type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            args.len()
        ));
    }
    let d = Dict::new();
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let mut it = args[0].iter()?;
    while let Some(k) = it.next()? {
        d.setitem(k, v.clone())?;
    }
    Ok(make(vec![Value::Dict(d)]))
}

impl ChainMap {
    fn first(&self) -> Value {
        self.maps.iter_at(0).unwrap_or(Value::None)
    }

    fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        for m in self.maps.to_vec() {
            match m.getitem(key) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if is_key_error(&e) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(None)
    }

    fn contains_key(&self, key: &Value) -> PyResult<bool> {
        for m in self.maps.to_vec() {
            if m.contains(key)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The keys in `__iter__`'s order: `dict.fromkeys` of each map, last map first.
    fn key_dict(&self) -> PyResult<Dict<Value, Value>> {
        let d = Dict::new();
        for m in self.maps.to_vec().iter().rev() {
            let mut it = m.iter()?;
            while let Some(k) = it.next()? {
                d.setitem(k, Value::None)?;
            }
        }
        Ok(d)
    }

    fn to_dict(&self) -> PyResult<Dict<Value, Value>> {
        let d = Dict::new();
        for k in self.key_dict()?.keys_vec() {
            let v = self.getitem_or_missing(&k)?;
            d.setitem(k, v)?;
        }
        Ok(d)
    }

    fn getitem_or_missing(&self, key: &Value) -> PyResult<Value> {
        match self.get(key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
        }
    }

    fn copy(&self) -> PyResult<Value> {
        let mut maps = self.maps.to_vec();
        if let Some(m0) = maps.first_mut() {
            *m0 = crate::attr::call_method(m0, "copy", vec![], vec![])?;
        }
        Ok(make(maps))
    }

    /// MutableMapping.update(other=(), /, **kwds).
    fn update(&self, this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<()> {
        if args.len() > 1 {
            return type_error(format!(
                "update expected at most 1 argument, got {}",
                args.len()
            ));
        }
        let first = self.first();
        if let Some(other) = args.into_iter().next() {
            if is_mapping(&other) || crate::attr::hasattr(&other, "keys")? {
                let keys = if is_mapping(&other) {
                    other.to_vec()?
                } else {
                    crate::attr::call_method(&other, "keys", vec![], vec![])?.to_vec()?
                };
                for k in keys {
                    let v = other.getitem(&k)?;
                    self.setitem(this, k, v)?;
                }
            } else {
                for pair in other.to_vec()? {
                    let kv = pair.to_vec()?;
                    if kv.len() != 2 {
                        return Err(PyErr::msg(
                            ExcKind::ValueError,
                            format!("too many values to unpack (expected 2, got {})", kv.len())
                                .replace(
                                    "too many values to unpack (expected 2, got 1)",
                                    "not enough values to unpack (expected 2, got 1)",
                                )
                                .replace(
                                    "too many values to unpack (expected 2, got 0)",
                                    "not enough values to unpack (expected 2, got 0)",
                                ),
                        ));
                    }
                    first.setitem(kv[0].clone(), kv[1].clone())?;
                }
            }
        }
        for (k, v) in kwargs {
            first.setitem(Value::Str(k), v)?;
        }
        Ok(())
    }
}

impl Object for ChainMap {
    fn type_name(&self) -> &'static str {
        // Module-qualified like the other collections types (isinstance compares it).
        "collections.ChainMap"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        // reprlib.recursive_repr: a ChainMap inside itself shows as '...'.
        let Some(_g) = ReprGuard::enter(self as *const ChainMap as usize) else {
            out.push_str("...");
            return Ok(());
        };
        out.push_str("ChainMap(");
        for (i, m) in self.maps.to_vec().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&m.repr_string()?);
        }
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        // Mapping.__eq__: dict(self.items()) == dict(other.items()).
        if !is_mapping(other) {
            return Ok(None);
        }
        let mine = Value::Dict(self.to_dict()?);
        let theirs = match other {
            Value::Obj(o) => match downcast::<ChainMap>(o) {
                Some(c) => Value::Dict(c.to_dict()?),
                None => other.clone(),
            },
            _ => other.clone(),
        };
        Ok(Some(mine.eq(&theirs)?))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'ChainMap'")
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        for m in self.maps.to_vec() {
            if m.try_truthy()? {
                return Ok(true);
            }
        }
        Ok(false)
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.key_dict()?.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        self.getitem_or_missing(key)
    }
    fn setitem(&self, _this: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        self.first().setitem(key, value)
    }
    fn delitem(&self, _this: &ObjRef, key: &Value) -> PyResult<()> {
        match self.first().delitem(key) {
            Err(e) if is_key_error(&e) => Err(key_error(format!(
                "Key not found in the first mapping: {}",
                key.repr_string()?
            ))),
            r => r,
        }
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        Ok(Some(self.contains_key(x)?))
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        Ok(ValueIter::Dict(self.key_dict()?.iter()))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if op != BinOp::BitOr || !is_mapping(other) {
            return Ok(None);
        }
        if reflected {
            // __ror__: dict(other) updated with the maps, last first.
            let m = Dict::new();
            let items = match other {
                Value::Obj(o) => match downcast::<ChainMap>(o) {
                    Some(c) => c.to_dict()?.items_vec(),
                    None => super::collections::as_dict(other)
                        .map(|d| d.items_vec())
                        .unwrap_or_default(),
                },
                _ => super::collections::as_dict(other)
                    .map(|d| d.items_vec())
                    .unwrap_or_default(),
            };
            for (k, v) in items {
                m.setitem(k, v)?;
            }
            for child in self.maps.to_vec().iter().rev() {
                crate::attr::call_method(
                    &Value::Dict(m.clone()),
                    "update",
                    vec![child.clone()],
                    vec![],
                )?;
            }
            return Ok(Some(make(vec![Value::Dict(m)])));
        }
        let c = self.copy()?;
        if let Value::Obj(o) = &c
            && let Some(cm) = downcast::<ChainMap>(o)
        {
            crate::attr::call_method(&cm.first(), "update", vec![other.clone()], vec![])?;
        }
        Ok(Some(c))
    }
    fn inplace(&self, this: &ObjRef, op: BinOp, other: &Value) -> PyResult<Option<Value>> {
        if op != BinOp::BitOr {
            return Ok(None);
        }
        crate::attr::call_method(&self.first(), "update", vec![other.clone()], vec![])?;
        Ok(Some(Value::Obj(this.clone())))
    }
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        Some(self.copy())
    }
    fn py_deepcopy(
        &self,
        _this: &ObjRef,
        deep: &mut dyn FnMut(&Value) -> PyResult<Value>,
    ) -> Option<PyResult<Value>> {
        Some((|| {
            let maps = deep(&Value::List(self.maps.clone()))?;
            Ok(Value::Obj(Rc::new(ChainMap {
                maps: match maps {
                    Value::List(l) => l,
                    other => List::from_vec(other.to_vec()?),
                },
            })))
        })())
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "maps" => Ok(Value::List(self.maps.clone())),
            "parents" => Ok(make(self.maps.to_vec().into_iter().skip(1).collect())),
            _ => Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name)),
        }
        .and_then(|v| {
            if matches!(name, "maps" | "parents") || METHODS.contains(&name) {
                Ok(v)
            } else {
                Err(crate::attr::no_attr("ChainMap", name))
            }
        })
    }
    fn setattr(&self, _this: &ObjRef, name: &str, _value: Value) -> PyResult<()> {
        Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: setting ChainMap.{name} is not supported"),
        ))
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let q = |m: &str| format!("ChainMap.{m}");
        match name {
            "get" => {
                let a = bind_py(&q("get"), args, kwargs, &["key", "default"], 1, &[])?;
                let key = a[0].clone().unwrap_or(Value::None);
                // `self[key] if key in self else default`
                if self.contains_key(&key)? {
                    self.getitem_or_missing(&key)
                } else {
                    Ok(a[1].clone().unwrap_or(Value::None))
                }
            }
            "keys" | "items" | "values" => {
                bind_py(&q(name), args, kwargs, &[], 0, &[])?;
                Ok(Value::Obj(Rc::new(View {
                    map: this.clone(),
                    kind: match name {
                        "keys" => ViewKind::Keys,
                        "items" => ViewKind::Items,
                        _ => ViewKind::Values,
                    },
                })))
            }
            "copy" | "__copy__" => {
                bind_py(&q(name), args, kwargs, &[], 0, &[])?;
                self.copy()
            }
            "new_child" => {
                let a = bind_py(&q("new_child"), args, vec![], &["m"], 0, &[])?;
                let m = match a[0].clone() {
                    None | Some(Value::None) => {
                        let d = Dict::new();
                        for (k, v) in kwargs {
                            d.setitem(Value::Str(k), v)?;
                        }
                        Value::Dict(d)
                    }
                    Some(m) => {
                        if !kwargs.is_empty() {
                            crate::attr::call_method(&m, "update", vec![], kwargs)?;
                        }
                        m
                    }
                };
                let mut maps = vec![m];
                maps.extend(self.maps.to_vec());
                Ok(make(maps))
            }
            "popitem" => {
                bind_py(&q("popitem"), args, kwargs, &[], 0, &[])?;
                match crate::attr::call_method(&self.first(), "popitem", vec![], vec![]) {
                    Err(e) if is_key_error(&e) => {
                        Err(key_error("No keys found in the first mapping.".into()))
                    }
                    r => r,
                }
            }
            "pop" => {
                if args.is_empty() || args.len() > 2 || !kwargs.is_empty() {
                    // def pop(self, key, *args)
                    return type_error(if args.is_empty() {
                        "ChainMap.pop() missing 1 required positional argument: 'key'".to_string()
                    } else if !kwargs.is_empty() {
                        format!(
                            "ChainMap.pop() got an unexpected keyword argument '{}'",
                            kwargs[0].0.as_str()
                        )
                    } else {
                        format!("pop expected at most 2 arguments, got {}", args.len())
                    });
                }
                let key = args[0].clone();
                match crate::attr::call_method(&self.first(), "pop", args, vec![]) {
                    Err(e) if is_key_error(&e) => Err(key_error(format!(
                        "Key not found in the first mapping: {}",
                        key.repr_string()?
                    ))),
                    r => r,
                }
            }
            "clear" => {
                bind_py(&q("clear"), args, kwargs, &[], 0, &[])?;
                crate::attr::call_method(&self.first(), "clear", vec![], vec![])
            }
            "setdefault" => {
                let a = bind_py(&q("setdefault"), args, kwargs, &["key", "default"], 1, &[])?;
                let key = a[0].clone().unwrap_or(Value::None);
                let default = a[1].clone().unwrap_or(Value::None);
                match self.get(&key)? {
                    Some(v) => Ok(v),
                    None => {
                        self.first().setitem(key, default.clone())?;
                        Ok(default)
                    }
                }
            }
            "update" => {
                self.update(this, args, kwargs)?;
                Ok(Value::None)
            }
            "__getitem__" => {
                let a = bind_py(&q("__getitem__"), args, kwargs, &["key"], 1, &[])?;
                self.getitem_or_missing(&a[0].clone().unwrap_or(Value::None))
            }
            "__contains__" => {
                let a = bind_py(&q("__contains__"), args, kwargs, &["key"], 1, &[])?;
                Ok(Value::Bool(
                    self.contains_key(&a[0].clone().unwrap_or(Value::None))?,
                ))
            }
            "__len__" => {
                bind_py(&q("__len__"), args, kwargs, &[], 0, &[])?;
                Ok(Value::int(self.key_dict()?.len() as i64))
            }
            _ => Err(crate::attr::no_attr("ChainMap", name)),
        }
    }
}

const METHODS: &[&str] = &[
    "get",
    "keys",
    "items",
    "values",
    "copy",
    "__copy__",
    "new_child",
    "popitem",
    "pop",
    "clear",
    "setdefault",
    "update",
    "__getitem__",
    "__contains__",
    "__len__",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum ViewKind {
    Keys,
    Items,
    Values,
}

/// `KeysView(mapping)`, `ItemsView(mapping)`, `ValuesView(mapping)` of collections.abc.
struct View {
    map: ObjRef,
    kind: ViewKind,
}

impl View {
    fn chain(&self) -> Option<&ChainMap> {
        downcast::<ChainMap>(&self.map)
    }
}

impl Object for View {
    fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "KeysView",
            ViewKind::Items => "ItemsView",
            ViewKind::Values => "ValuesView",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(self.type_name());
        out.push('(');
        self.map.repr_into(out)?;
        out.push(')');
        Ok(())
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        self.map.len(&self.map)
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error(format!("unhashable type: '{}'", self.type_name()))
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        let Some(c) = self.chain() else {
            return Ok(None);
        };
        Ok(Some(match self.kind {
            ViewKind::Keys => c.contains_key(x)?,
            ViewKind::Items => {
                // ItemsView.__contains__: v is value or v == value.
                let kv = match x {
                    Value::Tuple(t) if t.len() == 2 => t.as_slice().to_vec(),
                    _ => return Ok(Some(false)),
                };
                match c.get(&kv[0])? {
                    Some(v) => v.py_is(&kv[1]) || v.eq(&kv[1])?,
                    None => false,
                }
            }
            ViewKind::Values => {
                let mut found = false;
                for k in c.key_dict()?.keys_vec() {
                    let v = c.getitem_or_missing(&k)?;
                    if v.py_is(x) || v.eq(x)? {
                        found = true;
                        break;
                    }
                }
                found
            }
        }))
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        let Some(c) = self.chain() else {
            return type_error("view of a non-ChainMap");
        };
        let keys = c.key_dict()?.keys_vec();
        let items: Vec<Value> = match self.kind {
            ViewKind::Keys => keys,
            ViewKind::Values => keys
                .iter()
                .map(|k| c.getitem_or_missing(k))
                .collect::<PyResult<_>>()?,
            ViewKind::Items => keys
                .into_iter()
                .map(|k| {
                    let v = c.getitem_or_missing(&k)?;
                    Ok(tuple(vec![k, v]))
                })
                .collect::<PyResult<_>>()?,
        };
        Ok(ValueIter::Vec(items.into_iter()))
    }
}
