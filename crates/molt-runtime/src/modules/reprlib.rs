//! `reprlib` (Lib/reprlib.py, CPython 3.11): `recursive_repr`, the decorator that makes a
//! `__repr__` answer its fill value instead of recursing into an object it is already
//! printing.

use super::callable::{call_value_kw, is_callable};
use super::stdc_util::{bind, unknown};
use super::util::no_kwargs;
use crate::exc::{PyResult, type_error};
use crate::int::Int;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "recursive_repr" => {
            let a = bind("recursive_repr", &["fillvalue"], 0, args, kwargs)?;
            let fill = a[0].clone().unwrap_or_else(|| Value::Str(Str::from("...")));
            Ok(Value::Obj(Rc::new(Decorator { fill })))
        }
        _ => Err(unknown("reprlib", name)),
    }
}

/// `recursive_repr(fillvalue)`'s `decorating_function`.
struct Decorator {
    fill: Value,
}

impl Object for Decorator {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        no_kwargs("decorating_function", &kwargs)?;
        let [func] = <[Value; 1]>::try_from(args).map_err(|a| {
            crate::exc::PyErr::msg(
                crate::exc::ExcKind::TypeError,
                format!(
                    "decorating_function() takes 1 positional argument but {} were given",
                    a.len()
                ),
            )
        })?;
        if !is_callable(&func) {
            return type_error(format!("'{}' object is not callable", func.class_name()));
        }
        let w = Rc::new(RecursiveRepr {
            func: func.clone(),
            fill: self.fill.clone(),
            running: RefCell::new(vec![]),
            attrs: RefCell::new(vec![]),
        });
        // reprlib copies these five by hand (no `__wrapped__`, no `__dict__`).
        if let Value::Obj(src) = &func {
            for n in [
                "__module__",
                "__doc__",
                "__name__",
                "__qualname__",
                "__annotations__",
            ] {
                if let Ok(v) = src.getattr(src, n) {
                    w.attrs.borrow_mut().push((Str::from(n), v));
                }
            }
        }
        Ok(Value::Obj(w))
    }
}

/// The wrapper: binds like a function (class/descr.rs), and answers `fill` for an object
/// whose repr is already running (keyed by `id`; molt has one thread).
pub struct RecursiveRepr {
    func: Value,
    fill: Value,
    running: RefCell<Vec<Int>>,
    attrs: RefCell<Vec<(Str, Value)>>,
}

/// Removes the object's key when its repr ends, by return or by exception.
struct Running<'a>(&'a RefCell<Vec<Int>>, Int);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        let mut r = self.0.borrow_mut();
        if let Some(i) = r.iter().rposition(|k| *k == self.1) {
            r.remove(i);
        }
    }
}

impl Object for RecursiveRepr {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let Some(me) = args.first() else {
            return type_error("wrapper() missing 1 required positional argument: 'self'");
        };
        let key = crate::builtins::id(me);
        if self.running.borrow().contains(&key) {
            return Ok(self.fill.clone());
        }
        self.running.borrow_mut().push(key.clone());
        let _done = Running(&self.running, key);
        call_value_kw(&self.func, args, kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if let Some((_, v)) = self.attrs.borrow().iter().find(|(k, _)| k.as_str() == name) {
            return Ok(v.clone());
        }
        Err(crate::exc::PyErr::msg(
            crate::exc::ExcKind::AttributeError,
            format!("'function' object has no attribute '{name}'"),
        ))
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter_mut().find(|(k, _)| k.as_str() == name) {
            Some(slot) => slot.1 = value,
            None => attrs.push((Str::from(name), value)),
        }
        Ok(())
    }
}
