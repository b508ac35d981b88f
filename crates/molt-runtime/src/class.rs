//! Classes as values: `type(x)`, and (growing) the object model for user classes.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// A builtin exception class as a value (`type(e)`, `except_cls = ValueError`).
pub struct ExcType(pub ExcKind);

impl Object for ExcType {
    fn type_name(&self) -> &'static str {
        "type"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!("<class '{}'>", self.0.qualified_name()));
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(match other {
            Value::Obj(o) => crate::object::downcast::<ExcType>(o).is_some_and(|t| t.0 == self.0),
            _ => false,
        }))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::hash::hash_str(self.0.name()))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" | "__qualname__" => Ok(Value::str(self.0.name())),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("type object '{}' has no attribute '{name}'", self.0.name()),
            )),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        if !kwargs.is_empty() {
            return type_error(format!("{}() takes no keyword arguments", self.0.name()));
        }
        Ok(Value::Exc(PyErr::new(self.0, args)))
    }
}

/// The class of a builtin exception, as a value.
pub fn exc_type(kind: ExcKind) -> Value {
    Value::Obj(Rc::new(ExcType(kind)))
}

/// `type(v)`.
pub fn type_of(v: &Value) -> PyResult<Value> {
    match v {
        Value::Exc(e) => Ok(exc_type(e.kind())),
        _ => crate::modules::callable::builtin_ref(v.class_name()),
    }
}
