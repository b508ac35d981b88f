//! The `types` module: `SimpleNamespace` (Objects/namespaceobject.c).

use super::stdc_util::{class, dict_delattr, dict_getattr, s, unknown};
use crate::dict::Dict;
use crate::exc::{PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// `types.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "SimpleNamespace" => {
            if !args.is_empty() {
                return type_error("no positional arguments expected");
            }
            let d = Dict::new();
            for (k, v) in kwargs {
                d.setitem(Value::Str(k), v)?;
            }
            Ok(Value::Obj(Rc::new(Namespace { d })))
        }
        _ => Err(unknown("types", name)),
    }
}

/// `types.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "SimpleNamespace" => Ok(class("types", "SimpleNamespace", "types")),
        _ => Err(unknown("types", name)),
    }
}

/// A SimpleNamespace: its attributes are its `__dict__`, in insertion order.
pub struct Namespace {
    d: Dict<Value, Value>,
}

impl Object for Namespace {
    fn type_name(&self) -> &'static str {
        "types.SimpleNamespace"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    /// namespace_repr: `namespace(k=v, ...)`, `namespace(...)` when recursive.
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let Some(_g) = crate::value::ReprGuard::enter(self.d.id()) else {
            out.push_str("namespace(...)");
            return Ok(());
        };
        out.push_str("namespace(");
        for (i, (k, v)) in self.d.items_vec().into_iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Value::Str(k) = &k {
                out.push_str(k.as_str());
                out.push('=');
                v.py_repr(out)?;
            }
        }
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) => match downcast::<Namespace>(o) {
                Some(n) => Ok(Some(
                    Value::Dict(self.d.clone()).eq(&Value::Dict(n.d.clone()))?,
                )),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    /// No `__contains__` and no `__iter__` (PySequence_Contains's message).
    fn contains(&self, _this: &ObjRef, _x: &Value) -> PyResult<Option<bool>> {
        type_error("argument of type 'types.SimpleNamespace' is not iterable")
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'types.SimpleNamespace'")
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        dict_getattr(&self.d, name, "types.SimpleNamespace")
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        self.d.setitem(s(name), value)
    }
    fn delattr(&self, _this: &ObjRef, name: &str) -> PyResult<()> {
        dict_delattr(&self.d, name, "types.SimpleNamespace")
    }
}
