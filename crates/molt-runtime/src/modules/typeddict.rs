//! `typing.TypedDict` (Lib/typing.py of CPython 3.11, `_TypedDictMeta`): a class whose
//! calls make plain dicts, with `__annotations__`, `__required_keys__`,
//! `__optional_keys__` and `__total__` computed as CPython does, for the class statement
//! and the functional form `TypedDict("Name", {"k": type}, total=...)`.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::modules::callable::builtin_ref;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// A TypedDict class.
pub struct TypedDictClass {
    name: String,
    qualname: String,
    module: String,
    annotations: Value,
    required: Value,
    optional: Value,
    total: Value,
}

/// `typing.TypedDict`, the function (and, as a base, `_TypedDict`).
pub struct TypedDictFn;

thread_local! {
    static TD_FN: Value = Value::Obj(Rc::new(TypedDictFn));
}

pub fn typeddict_fn() -> Value {
    TD_FN.with(|v| v.clone())
}

fn not_supported(what: &str) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: TypedDict {what} is not supported yet"),
    )
}

fn as_td(v: &Value) -> Option<&TypedDictClass> {
    match v {
        Value::Obj(o) => o.as_any().downcast_ref::<TypedDictClass>(),
        _ => None,
    }
}

fn is_td_fn(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_any().is::<TypedDictFn>())
}

/// `isinstance(x, C)` / `issubclass(x, C)` of a TypedDict class: CPython's TypeError.
pub(crate) fn check(cls: &Value) -> PyResult<()> {
    if as_td(cls).is_some() || is_td_fn(cls) {
        return type_error("TypedDict does not support instance and class checks");
    }
    Ok(())
}

/// `Required[T]` / `NotRequired[T]` (get_origin): which one an annotation is.
fn required_origin(tp: &Value) -> Option<bool> {
    let Value::Obj(o) = tp else { return None };
    let f = o.as_any().downcast_ref::<super::typing::Form>()?;
    if !f.subscripted {
        return None;
    }
    match f.name.as_str() {
        "Required" => Some(true),
        "NotRequired" => Some(false),
        _ => None,
    }
}

/// _TypedDictMeta.__new__ over the bases' TypedDicts and the own annotations.
fn build(
    name: &str,
    qualname: &str,
    module: &str,
    bases: &[&TypedDictClass],
    own: &[(Value, Value)],
    total: Value,
) -> PyResult<Value> {
    let set = crate::func::call(&builtin_ref("set")?, vec![], vec![])?;
    let required = set.clone();
    let optional = crate::func::call(&builtin_ref("set")?, vec![], vec![])?;
    let annotations = crate::dict::Dict::new();
    for b in bases {
        if let Value::Dict(d) = &b.annotations {
            for (k, v) in d.items_vec() {
                annotations.setitem(k, v)?;
            }
        }
        crate::attr::call_method(&required, "update", vec![b.required.clone()], vec![])?;
        crate::attr::call_method(&optional, "update", vec![b.optional.clone()], vec![])?;
    }
    for (k, v) in own {
        annotations.setitem(k.clone(), v.clone())?;
    }
    let is_total = total.try_truthy()?;
    for (k, v) in own {
        let req = required_origin(v).unwrap_or(is_total);
        let target = if req { &required } else { &optional };
        crate::attr::call_method(target, "add", vec![k.clone()], vec![])?;
    }
    let frozen = builtin_ref("frozenset")?;
    Ok(Value::Obj(Rc::new(TypedDictClass {
        name: name.to_string(),
        qualname: qualname.to_string(),
        module: module.to_string(),
        annotations: Value::Dict(annotations),
        required: crate::func::call(&frozen, vec![required], vec![])?,
        optional: crate::func::call(&frozen, vec![optional], vec![])?,
        total,
    })))
}

/// `class X(TypedDict, total=...): ...`: the TypedDict class, or None when no base is a
/// TypedDict.
pub(crate) fn class_statement(
    name: &str,
    qualname: &str,
    module: &str,
    bases: &[Value],
    ns: &[(Str, Value)],
    kwargs: &[(Str, Value)],
) -> PyResult<Option<Value>> {
    if !bases.iter().any(|b| is_td_fn(b) || as_td(b).is_some()) {
        return Ok(None);
    }
    let mut tds = vec![];
    for b in bases {
        if let Some(t) = as_td(b) {
            tds.push(t);
        } else if !is_td_fn(b) {
            return type_error(
                "cannot inherit from both a TypedDict type and a non-TypedDict base class",
            );
        }
    }
    let mut total = Value::Bool(true);
    for (k, v) in kwargs {
        match k.as_str() {
            "total" => total = v.clone(),
            _ => return Err(not_supported(&format!("class keyword {k}="))),
        }
    }
    let mut own = vec![];
    for (k, v) in ns {
        match k.as_str() {
            "__module__" | "__qualname__" => {}
            "__annotations__" => match v {
                Value::Dict(d) => own = d.items_vec(),
                _ => return Err(not_supported("__annotations__ that is not a dict")),
            },
            _ => return Err(not_supported(&format!("class attribute {k}"))),
        }
    }
    build(name, qualname, module, &tds, &own, total).map(Some)
}

impl Object for TypedDictFn {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<function TypedDict at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    /// `TypedDict(typename, fields=None, /, *, total=True, **kwargs)`.
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let mut total = Value::Bool(true);
        for (k, v) in kwargs {
            match k.as_str() {
                "total" => total = v,
                // The keyword form is deprecated in 3.11 and warns: not reproduced.
                _ => return Err(not_supported("fields given as keywords")),
            }
        }
        let mut a = args.into_iter();
        let (name, fields) = match (a.next(), a.next(), a.next()) {
            (Some(n), f, None) => (n, f.unwrap_or_default()),
            (None, _, _) => {
                return type_error(
                    "TypedDict() missing 1 required positional argument: 'typename'",
                );
            }
            _ => return type_error("TypedDict() takes from 1 to 2 positional arguments"),
        };
        let Value::Str(name) = name else {
            return Err(not_supported("a typename that is not a str"));
        };
        let own = match &fields {
            Value::None => vec![],
            Value::Dict(d) => d.items_vec(),
            _ => return Err(not_supported("fields that are not a dict")),
        };
        build(name.as_str(), name.as_str(), "__main__", &[], &own, total)
    }
}

impl Object for TypedDictClass {
    fn type_name(&self) -> &'static str {
        "_TypedDictMeta"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!("<class '{}.{}'>", self.module, self.qualname));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    /// An instance is a plain dict: `dict(*args, **kwargs)`.
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        crate::func::call(&builtin_ref("dict")?, args, kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        Ok(match name {
            "__name__" => Value::Str(Str::new(&self.name)),
            "__qualname__" => Value::Str(Str::new(&self.qualname)),
            "__module__" => Value::Str(Str::new(&self.module)),
            "__annotations__" => self.annotations.clone(),
            "__required_keys__" => self.required.clone(),
            "__optional_keys__" => self.optional.clone(),
            "__total__" => self.total.clone(),
            "__doc__" => Value::None,
            _ => return Err(not_supported(&format!("class attribute {name}"))),
        })
    }
}
