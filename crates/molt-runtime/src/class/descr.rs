//! Descriptors and the small objects of the object model: bound methods, staticmethod,
//! classmethod, property, slot members, getset attributes, mappingproxy, super, slice and
//! NotImplemented (Objects/descrobject.c, Objects/funcobject.c, Objects/classobject.c,
//! Objects/typeobject.c's super_getattro, Objects/sliceobject.c).

use super::instance::Instance;
use super::natives::{NKind, NativeFn};
use super::{Class, DKind, class_value, instance_class};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::func::Function;
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// The descriptor kind of a class attribute.
pub(crate) fn kind_of(v: &Value) -> DKind {
    let Value::Obj(o) = v else {
        return DKind::Plain;
    };
    let a = o.as_any();
    if a.is::<Function>() {
        DKind::Function
    } else if a.is::<Property>()
        || a.is::<SlotMember>()
        || a.is::<GetSet>()
        || a.is::<super::namedtuple::TupleGetter>()
    {
        DKind::Data
    } else if a.is::<StaticMethod>()
        || a.is::<ClassMethod>()
        || a.is::<NativeFn>()
        || a.is::<crate::modules::callable::MethodFn>()
        || a.is::<crate::modules::functools::LruWrapper>()
        || a.is::<crate::modules::reprlib::RecursiveRepr>()
    {
        DKind::NonData
    } else if let Some(i) = crate::object::inst(o) {
        let has = |n: &'static str| i.class.lookup(&crate::attr::intern_static(n)).is_some();
        if has("__set__") || has("__delete__") {
            DKind::Data
        } else if has("__get__") {
            DKind::NonData
        } else {
            DKind::Plain
        }
    } else {
        DKind::Plain
    }
}

/// `descr.__get__(obj, owner)`: obj is None for access through the class.
pub(crate) fn descr_get(descr: &Value, obj: Option<&Value>, owner: &Rc<Class>) -> PyResult<Value> {
    let Value::Obj(o) = descr else {
        return Ok(descr.clone());
    };
    let a = o.as_any();
    if a.is::<Function>() {
        return Ok(match obj {
            Some(x) => bound(descr.clone(), x.clone()),
            None => descr.clone(),
        });
    }
    // `str.lower`, `dict.get` as class attributes bind like CPython's method descriptors;
    // an lru_cache wrapper binds like a function (_functoolsmodule.c, lru_cache_descr_get),
    // and so does reprlib.recursive_repr's (a Python function in CPython).
    if a.is::<crate::modules::callable::MethodFn>()
        || a.is::<crate::modules::functools::LruWrapper>()
        || a.is::<crate::modules::reprlib::RecursiveRepr>()
    {
        return Ok(match obj {
            Some(x) => bound(descr.clone(), x.clone()),
            None => descr.clone(),
        });
    }
    if let Some(n) = a.downcast_ref::<NativeFn>() {
        return Ok(match (n.kind, obj) {
            (NKind::Method, Some(x)) => bound(descr.clone(), x.clone()),
            (NKind::Method, None) | (NKind::Static, _) => descr.clone(),
            (NKind::Class, _) => bound(descr.clone(), class_value(owner)),
        });
    }
    if let Some(s) = a.downcast_ref::<StaticMethod>() {
        return Ok(s.0.clone());
    }
    if let Some(c) = a.downcast_ref::<ClassMethod>() {
        return classmethod_get(&c.0, owner);
    }
    if let Some(p) = a.downcast_ref::<Property>() {
        return match obj {
            None => Ok(descr.clone()),
            Some(x) => p.get(x),
        };
    }
    if let Some(s) = a.downcast_ref::<SlotMember>() {
        return match obj {
            None => Ok(descr.clone()),
            Some(x) => s.get(x),
        };
    }
    if let Some(g) = a.downcast_ref::<GetSet>() {
        return match obj {
            None => Ok(descr.clone()),
            Some(x) => g.get(x),
        };
    }
    if let Some(g) = a.downcast_ref::<super::namedtuple::TupleGetter>() {
        return match obj {
            None => Ok(descr.clone()),
            Some(x) => g.get(x),
        };
    }
    if let Some(i) = crate::object::inst(o) {
        let get = crate::attr::intern_static("__get__");
        if let Some(f) = i.class.lookup_value(&get) {
            let objv = obj.cloned().unwrap_or(Value::None);
            return call_descr(&f, descr, vec![objv, class_value(owner)], vec![], &i.class);
        }
    }
    Ok(descr.clone())
}

/// Calls `f`, found on `cls` (the class of `obj`), as a method of `obj`: what
/// `obj.name(*args)` does once `f` is found, without making a bound method.
pub(crate) fn call_descr(
    f: &Value,
    obj: &Value,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    cls: &Rc<Class>,
) -> PyResult<Value> {
    if let Value::Obj(o) = f {
        let a = o.as_any();
        if let Some(func) = a.downcast_ref::<Function>() {
            return func.invoke(prepend(obj.clone(), args), kwargs);
        }
        if let Some(n) = a.downcast_ref::<NativeFn>() {
            return match n.kind {
                NKind::Method => (n.f)(prepend(obj.clone(), args), kwargs),
                NKind::Static => (n.f)(args, kwargs),
                NKind::Class => (n.f)(prepend(class_value(cls), args), kwargs),
            };
        }
        if let Some(s) = a.downcast_ref::<StaticMethod>() {
            return crate::func::call(&s.0, args, kwargs);
        }
        if let Some(c) = a.downcast_ref::<ClassMethod>() {
            if !wraps_descriptor(&c.0) {
                return crate::func::call(&c.0, prepend(class_value(cls), args), kwargs);
            }
            let got = classmethod_get(&c.0, cls)?;
            return crate::func::call(&got, args, kwargs);
        }
        if kind_of(f) != DKind::Plain {
            let bound = descr_get(f, Some(obj), cls)?;
            return crate::func::call(&bound, args, kwargs);
        }
    }
    crate::func::call(f, args, kwargs)
}

/// `call_descr` for arguments whose first slot is free (class/ic.rs): a function or native
/// method gets `obj` there instead of a new argument list.
pub(crate) fn call_descr_slot(
    f: &Value,
    obj: &Value,
    mut args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    cls: &Rc<Class>,
) -> PyResult<Value> {
    if let Value::Obj(o) = f
        && let Some(first) = args.first_mut()
    {
        let a = o.as_any();
        if let Some(func) = a.downcast_ref::<Function>() {
            *first = obj.clone();
            return func.invoke(args, kwargs);
        }
        if let Some(n) = a.downcast_ref::<NativeFn>()
            && n.kind == NKind::Method
        {
            *first = obj.clone();
            return (n.f)(args, kwargs);
        }
    }
    if !args.is_empty() {
        args.remove(0);
    }
    call_descr(f, obj, args, kwargs, cls)
}

/// `call_descr_slot` for positional arguments in the caller's array (`args[0]` free).
#[inline(always)]
pub(crate) fn call_descr_slot_pos(
    f: &Value,
    obj: &Value,
    args: &mut [Value],
    cls: &Rc<Class>,
) -> PyResult<Value> {
    if let Value::Obj(o) = f
        && let Some(func) = o.as_any().downcast_ref::<Function>()
        && let Some(first) = args.first_mut()
    {
        *first = obj.clone();
        return func.call_slice(args);
    }
    call_descr_slot(f, obj, crate::func::take_all(args), vec![], cls)
}

/// `o(*args[1..])` with the free slot `args[0]` (see `func::call_pos`): a bound method's
/// `self` or a new instance goes there; other callables get the arguments in a Vec.
pub(crate) fn call_pos_slot(o: &ObjRef, args: &mut [Value]) -> PyResult<Value> {
    let a = o.as_any();
    if let Some(b) = a.downcast_ref::<BoundMethod>()
        && let Value::Obj(f) = &b.func
        && let Some(func) = f.as_any().downcast_ref::<Function>()
        && let Some(first) = args.first_mut()
    {
        *first = b.obj.clone();
        return func.call_slice(args);
    }
    if let Some(cls) = super::obj_as_class(o) {
        return super::build::instantiate_pos(&cls, args);
    }
    let rest = args
        .get_mut(1..)
        .map(crate::func::take_all)
        .unwrap_or_default();
    o.call(o, rest, vec![])
}

pub(crate) fn prepend(x: Value, args: Vec<Value>) -> Vec<Value> {
    let mut v = Vec::with_capacity(args.len() + 1);
    v.push(x);
    v.extend(args);
    v
}

/// Whether a classmethod's callable is itself a descriptor other than a plain function
/// (a property, another classmethod, an object with `__get__`): 3.9-3.12 chain to its
/// `__get__` (`@classmethod @property`).
fn wraps_descriptor(f: &Value) -> bool {
    !matches!(kind_of(f), DKind::Plain | DKind::Function)
        && !matches!(f, Value::Obj(o) if o.as_any().is::<NativeFn>() || o.as_any().is::<crate::modules::callable::MethodFn>())
}

/// `classmethod.__get__(obj, cls)`, CPython 3.11's cm_descr_get (Objects/funcobject.c):
/// a callable with its own `__get__` is asked `callable.__get__(cls, type(cls))`, anything
/// else is bound to the class.
fn classmethod_get(f: &Value, owner: &Rc<Class>) -> PyResult<Value> {
    let cls = class_value(owner);
    if !wraps_descriptor(f) {
        return Ok(bound(f.clone(), cls));
    }
    // type(cls) is the metaclass (`type` for a plain class).
    let meta = super::type_of(&cls)?;
    let meta = super::as_class(&meta).unwrap_or_else(|| owner.clone());
    descr_get(f, Some(&cls), &meta)
}

/// The function inside a classmethod object, if `v` is one (and it is called with the
/// class, not asked for its own `__get__`).
pub(crate) fn as_classmethod(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => downcast::<ClassMethod>(o)
            .filter(|c| !wraps_descriptor(&c.0))
            .map(|c| c.0.clone()),
        _ => None,
    }
}

// ------------------------------------------------------------------ bound methods

/// A function bound to an object (`obj.method`).
pub struct BoundMethod {
    pub func: Value,
    pub obj: Value,
}

pub(crate) fn bound(func: Value, obj: Value) -> Value {
    Value::Obj(Rc::new(BoundMethod { func, obj }))
}

/// A native method bound to an object.
pub(crate) fn bound_native(obj: Value, f: NativeFn) -> Value {
    bound(Value::Obj(Rc::new(f)), obj)
}

impl Object for BoundMethod {
    fn type_name(&self) -> &'static str {
        match &self.func {
            Value::Obj(o) if o.as_any().is::<NativeFn>() => match &self.obj {
                Value::Obj(c) if c.as_any().is::<Class>() => "builtin_function_or_method",
                _ => "method-wrapper",
            },
            _ => "method",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        if let Value::Obj(o) = &self.func
            && let Some(n) = downcast::<NativeFn>(o)
        {
            match &self.obj {
                Value::Obj(c) if c.as_any().is::<Class>() => {
                    out.push_str(&format!(
                        "<built-in method {} of type object at {:#x}>",
                        n.name,
                        obj_addr(&self.obj)
                    ));
                }
                _ => out.push_str(&format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    n.name,
                    self.obj.class_name(),
                    obj_addr(&self.obj)
                )),
            }
            return Ok(());
        }
        let qn = crate::attr::getattr(&self.func, "__qualname__")
            .ok()
            .and_then(|v| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .unwrap_or_else(|| "?".to_string());
        out.push_str("<bound method ");
        out.push_str(&qn);
        out.push_str(" of ");
        self.obj.py_repr(out)?;
        out.push('>');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(match other {
            Value::Obj(o) => match downcast::<BoundMethod>(o) {
                Some(b) => b.obj.py_is(&self.obj) && b.func.py_is(&self.func),
                None => false,
            },
            _ => false,
        }))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok((obj_addr(&self.obj) as i64) ^ (obj_addr(&self.func) as i64 >> 4))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__self__" => Ok(self.obj.clone()),
            "__func__" => Ok(self.func.clone()),
            _ => crate::attr::getattr(&self.func, name).map_err(|e| {
                if e.kind() == ExcKind::AttributeError {
                    crate::attr::no_attr(self.type_name(), name)
                } else {
                    e
                }
            }),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let args = prepend(self.obj.clone(), args);
        if let Value::Obj(o) = &self.func {
            if let Some(f) = downcast::<Function>(o) {
                return f.invoke(args, kwargs);
            }
            if let Some(n) = downcast::<NativeFn>(o) {
                return (n.f)(args, kwargs);
            }
        }
        crate::func::call(&self.func, args, kwargs)
    }
}

/// An address-like number for reprs and identity hashes.
pub(crate) fn obj_addr(v: &Value) -> usize {
    match v {
        Value::Obj(o) => Rc::as_ptr(o) as *const () as usize,
        _ => crate::builtins::id(v).as_i64().unwrap_or(0) as usize,
    }
}

// ------------------------------------------------------------------ staticmethod, classmethod

pub struct StaticMethod(pub Value);
pub struct ClassMethod(pub Value);

/// `staticmethod(f)`.
pub fn staticmethod(f: Value) -> Value {
    Value::Obj(Rc::new(StaticMethod(f)))
}

/// `classmethod(f)`.
pub fn classmethod(f: Value) -> Value {
    Value::Obj(Rc::new(ClassMethod(f)))
}

fn wrapper_getattr(kind: &str, f: &Value, name: &str) -> PyResult<Value> {
    match name {
        "__func__" | "__wrapped__" => Ok(f.clone()),
        "__isabstractmethod__" => Ok(Value::Bool(is_abstract(f))),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => crate::attr::getattr(f, name),
        _ => Err(crate::attr::no_attr(kind, name)),
    }
}

impl Object for StaticMethod {
    fn type_name(&self) -> &'static str {
        "staticmethod"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<staticmethod(");
        self.0.py_repr(out)?;
        out.push_str(")>");
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        wrapper_getattr("staticmethod", &self.0, name)
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        crate::func::call(&self.0, args, kwargs)
    }
}

impl Object for ClassMethod {
    fn type_name(&self) -> &'static str {
        "classmethod"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<classmethod(");
        self.0.py_repr(out)?;
        out.push_str(")>");
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        wrapper_getattr("classmethod", &self.0, name)
    }
}

/// `getattr(f, "__isabstractmethod__", False)` as a bool.
pub(crate) fn is_abstract(f: &Value) -> bool {
    let Value::Obj(o) = f else { return false };
    if let Some(p) = downcast::<Property>(o) {
        return [&p.fget, &p.fset, &p.fdel].iter().any(|x| is_abstract(x));
    }
    if let Some(s) = downcast::<StaticMethod>(o) {
        return is_abstract(&s.0);
    }
    if let Some(c) = downcast::<ClassMethod>(o) {
        return is_abstract(&c.0);
    }
    // A bound method forwards attribute reads to its function (an inherited abstract
    // classmethod is read from the class bound).
    if let Some(m) = downcast::<BoundMethod>(o) {
        return is_abstract(&m.func);
    }
    if o.as_any().is::<Function>() {
        return crate::attr::getattr(f, "__isabstractmethod__").is_ok_and(|v| v.truthy());
    }
    false
}

/// `abc.abstractmethod(f)`: marks the function (`f.__isabstractmethod__ = True`).
pub fn abstractmethod(f: Value) -> PyResult<Value> {
    crate::attr::setattr(&f, "__isabstractmethod__", Value::Bool(true))?;
    Ok(f)
}

// ------------------------------------------------------------------ property

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// Set by `__set_name__` when the property is assigned in a class body.
    pub name: RefCell<Option<Str>>,
}

pub fn property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    // Like property_init: without a doc, the getter's docstring is the doc.
    let doc = if doc.is_none() && !fget.is_none() {
        crate::attr::getattr(&fget, "__doc__").unwrap_or(Value::None)
    } else {
        doc
    };
    Value::Obj(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc,
        name: RefCell::new(None),
    }))
}

impl Property {
    fn qualname_of(obj: &Value) -> String {
        match instance_class(obj) {
            Some(c) => c.qualname().as_str().to_string(),
            None => obj.type_name_attr().to_string(),
        }
    }

    fn missing(&self, obj: &Value, what: &str) -> PyErr {
        let q = Self::qualname_of(obj);
        let msg = match &*self.name.borrow() {
            Some(n) => format!("property '{n}' of '{q}' object has no {what}"),
            None => format!("property of '{q}' object has no {what}"),
        };
        PyErr::msg(ExcKind::AttributeError, msg)
    }

    pub(crate) fn get(&self, obj: &Value) -> PyResult<Value> {
        if self.fget.is_none() {
            return Err(self.missing(obj, "getter"));
        }
        crate::func::call(&self.fget, vec![obj.clone()], vec![])
    }

    pub(crate) fn set(&self, obj: &Value, v: Value) -> PyResult<()> {
        if self.fset.is_none() {
            return Err(self.missing(obj, "setter"));
        }
        crate::func::call(&self.fset, vec![obj.clone(), v], vec![])?;
        Ok(())
    }

    pub(crate) fn delete(&self, obj: &Value) -> PyResult<()> {
        if self.fdel.is_none() {
            return Err(self.missing(obj, "deleter"));
        }
        crate::func::call(&self.fdel, vec![obj.clone()], vec![])?;
        Ok(())
    }

    fn copy_with(&self, fget: Value, fset: Value, fdel: Value) -> Value {
        // property_copy: a doc taken from the old getter follows the new one.
        let doc = if !self.fget.is_none()
            && crate::attr::getattr(&self.fget, "__doc__")
                .is_ok_and(|d| d.py_is(&self.doc) && !d.is_none())
        {
            Value::None
        } else {
            self.doc.clone()
        };
        let v = property(fget, fset, fdel, doc);
        if let Value::Obj(o) = &v
            && let Some(p) = downcast::<Property>(o)
        {
            *p.name.borrow_mut() = self.name.borrow().clone();
        }
        v
    }
}

impl Object for Property {
    fn type_name(&self) -> &'static str {
        "property"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<property object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "fget" => Ok(self.fget.clone()),
            "fset" => Ok(self.fset.clone()),
            "fdel" => Ok(self.fdel.clone()),
            "__doc__" => Ok(self.doc.clone()),
            "__isabstractmethod__" => Ok(Value::Bool(
                [&self.fget, &self.fset, &self.fdel]
                    .iter()
                    .any(|x| is_abstract(x)),
            )),
            "getter" | "setter" | "deleter" | "__get__" | "__set__" | "__delete__"
            | "__set_name__" => {
                let this = _this.clone();
                let n = name.to_string();
                Ok(crate::func::function(
                    name,
                    &format!("property.{name}"),
                    move |args, _kw| match downcast::<Property>(&this) {
                        Some(p) => property_method(p, &this, &n, args),
                        None => Ok(Value::None),
                    },
                ))
            }
            _ => Err(crate::attr::no_attr("property", name)),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "getter" | "setter" | "deleter" | "__get__" | "__set__" | "__delete__"
            | "__set_name__" => {
                let _ = kwargs;
                property_method(self, this, name, args)
            }
            _ => {
                let f = self.getattr(this, name)?;
                crate::func::call(&f, args, kwargs)
            }
        }
    }
}

fn property_method(p: &Property, this: &ObjRef, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let one = |args: &[Value]| -> PyResult<Value> {
        match args {
            [x] => Ok(x.clone()),
            _ => type_error(format!(
                "property.{name}() takes exactly one argument ({} given)",
                args.len()
            )),
        }
    };
    match name {
        "getter" => Ok(p.copy_with(one(&args)?, p.fset.clone(), p.fdel.clone())),
        "setter" => Ok(p.copy_with(p.fget.clone(), one(&args)?, p.fdel.clone())),
        "deleter" => Ok(p.copy_with(p.fget.clone(), p.fset.clone(), one(&args)?)),
        "__get__" => match args.first() {
            None | Some(Value::None) => Ok(Value::Obj(this.clone())),
            Some(o) => p.get(o),
        },
        "__set__" => match args.as_slice() {
            [o, v] => p.set(o, v.clone()).map(|_| Value::None),
            _ => type_error("expected 2 arguments, got 1"),
        },
        "__delete__" => match args.as_slice() {
            [o] => p.delete(o).map(|_| Value::None),
            _ => type_error("expected 1 argument"),
        },
        _ => {
            if let Some(Value::Str(n)) = args.get(1) {
                *p.name.borrow_mut() = Some(n.clone());
            }
            Ok(Value::None)
        }
    }
}

// ------------------------------------------------------------------ slots and getsets

/// A `__slots__` member (`<member 'x' of 'P' objects>`).
pub struct SlotMember {
    pub name: Str,
    pub index: usize,
    pub owner: &'static str,
}

impl SlotMember {
    fn slot_of<'a>(&self, obj: &'a Value) -> PyResult<&'a Instance> {
        match obj {
            Value::Obj(o) => match crate::object::inst(o) {
                Some(i) if self.index < i.slots.borrow().len() => Ok(i),
                _ => Err(self.wrong(obj)),
            },
            _ => Err(self.wrong(obj)),
        }
    }

    fn wrong(&self, obj: &Value) -> PyErr {
        PyErr::msg(
            ExcKind::TypeError,
            format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.owner,
                obj.class_name()
            ),
        )
    }

    pub(crate) fn get(&self, obj: &Value) -> PyResult<Value> {
        let i = self.slot_of(obj)?;
        let v = i.slots.borrow().get(self.index).cloned().flatten();
        v.ok_or_else(|| {
            crate::attr::attr_error(
                obj,
                &self.name,
                &format!(
                    "'{}' object has no attribute '{}'",
                    obj.class_name(),
                    self.name
                ),
            )
        })
    }

    pub(crate) fn set(&self, obj: &Value, v: Option<Value>) -> PyResult<()> {
        let i = self.slot_of(obj)?;
        let old = {
            let mut s = i.slots.borrow_mut();
            match s.get_mut(self.index) {
                Some(slot) => {
                    if v.is_none() && slot.is_none() {
                        return Err(PyErr::new(
                            ExcKind::AttributeError,
                            vec![Value::Str(self.name.clone())],
                        ));
                    }
                    std::mem::replace(slot, v)
                }
                None => None,
            }
        };
        drop(old);
        Ok(())
    }
}

impl Object for SlotMember {
    fn type_name(&self) -> &'static str {
        "member_descriptor"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<member '{}' of '{}' objects>",
            self.name, self.owner
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" | "__qualname__" => Ok(Value::Str(self.name.clone())),
            _ => Err(crate::attr::no_attr("member_descriptor", name)),
        }
    }
}

/// The attributes that C types define with getters and setters: `__dict__`, `__class__`,
/// `__weakref__` and the exception attributes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum GetSetKind {
    Dict,
    Class,
    Weakref,
    Args,
    Cause,
    Context,
    SuppressContext,
    Traceback,
}

pub struct GetSet {
    pub(crate) kind: GetSetKind,
    pub(crate) owner: &'static str,
}

pub(crate) fn getset(kind: GetSetKind, owner: &'static str) -> Value {
    Value::Obj(Rc::new(GetSet { kind, owner }))
}

impl GetSet {
    fn attr_name(&self) -> &'static str {
        match self.kind {
            GetSetKind::Dict => "__dict__",
            GetSetKind::Class => "__class__",
            GetSetKind::Weakref => "__weakref__",
            GetSetKind::Args => "args",
            GetSetKind::Cause => "__cause__",
            GetSetKind::Context => "__context__",
            GetSetKind::SuppressContext => "__suppress_context__",
            GetSetKind::Traceback => "__traceback__",
        }
    }

    pub(crate) fn get(&self, obj: &Value) -> PyResult<Value> {
        let inst = match obj {
            Value::Obj(o) => crate::object::inst(o),
            _ => None,
        };
        match self.kind {
            GetSetKind::Class => super::type_of(obj),
            GetSetKind::Weakref => Ok(Value::None),
            // live_dict: layout fields move into the dict (class/layout.rs).
            GetSetKind::Dict => match inst.map(|i| i.live_dict()).transpose()?.flatten() {
                Some(d) => Ok(Value::Dict(d)),
                None => Err(crate::attr::attr_error(
                    obj,
                    &Str::from("__dict__"),
                    &format!("'{}' object has no attribute '__dict__'", obj.class_name()),
                )),
            },
            _ => match inst {
                Some(i) => super::excs::exc_attr_get(i, self.kind, obj),
                None => Err(crate::attr::no_attr(obj.class_name(), self.attr_name())),
            },
        }
    }

    pub(crate) fn set(&self, obj: &Value, v: Option<Value>) -> PyResult<()> {
        let inst = match obj {
            Value::Obj(o) => crate::object::inst(o),
            _ => None,
        };
        match (self.kind, inst) {
            (GetSetKind::Dict, Some(i)) => match (v, &i.live_dict()?) {
                (Some(Value::Dict(nd)), Some(d)) => {
                    // Replacing __dict__: copy the items into the instance's dict.
                    d.clear();
                    for (k, x) in nd.items_vec() {
                        d.setitem(k, x)?;
                    }
                    Ok(())
                }
                (Some(x), _) => type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    x.class_name()
                )),
                (None, _) => type_error("cannot delete __dict__"),
            },
            (GetSetKind::Class, _) => Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: assigning __class__ is not supported",
            )),
            (GetSetKind::Weakref, _) => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!(
                    "attribute '__weakref__' of '{}' objects is not writable",
                    self.owner
                ),
            )),
            (k, Some(i)) => super::excs::exc_attr_set(i, k, v),
            (_, None) => Err(crate::attr::no_attr(obj.class_name(), self.attr_name())),
        }
    }
}

impl Object for GetSet {
    fn type_name(&self) -> &'static str {
        match self.kind {
            GetSetKind::Args
            | GetSetKind::Cause
            | GetSetKind::Context
            | GetSetKind::SuppressContext
            | GetSetKind::Traceback => "getset_descriptor",
            _ => "getset_descriptor",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<attribute '{}' of '{}' objects>",
            self.attr_name(),
            self.owner
        ));
        Ok(())
    }
}

// ------------------------------------------------------------------ mappingproxy

/// A read-only view of a class namespace (`C.__dict__`).
pub struct MappingProxy(pub Dict<Value, Value>);

pub(crate) fn mappingproxy(d: Dict<Value, Value>) -> Value {
    Value::Obj(Rc::new(MappingProxy(d)))
}

impl Object for MappingProxy {
    fn type_name(&self) -> &'static str {
        "mappingproxy"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("mappingproxy(");
        self.0.py_repr(out)?;
        out.push(')');
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        self.0.py_repr(out)
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.0.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        self.0.getitem(key)
    }
    fn setitem(&self, _this: &ObjRef, _key: Value, _value: Value) -> PyResult<()> {
        type_error("'mappingproxy' object does not support item assignment")
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        self.0.contains(x).map(Some)
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<crate::value::ValueIter> {
        Value::Dict(self.0.clone()).iter()
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Dict(d) => Ok(Some(self.0.py_eq(d)?)),
            Value::Obj(o) => match downcast::<MappingProxy>(o) {
                Some(m) => Ok(Some(self.0.py_eq(&m.0)?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "keys" | "values" | "items" | "get" | "copy" => {
                crate::methods::call_method(&Value::Dict(self.0.clone()), name, args, kwargs)
            }
            _ => Err(crate::attr::no_attr("mappingproxy", name)),
        }
    }
}

// ------------------------------------------------------------------ super

/// `super(cls, obj)`: attribute lookup in obj's MRO after `cls`.
pub struct Super {
    pub(crate) start: Rc<Class>,
    pub(crate) obj: Value,
    /// type(obj), or obj itself when obj is a class (super() in a classmethod).
    pub(crate) obj_type: Rc<Class>,
}

/// `super()` in a method of `cls` whose first argument is `obj` (the compiler passes
/// both), or `super(cls, obj)`.
pub fn super_(cls: &Value, obj: &Value) -> PyResult<Value> {
    let Some(start) = super::as_class(cls) else {
        return type_error(format!(
            "super() argument 1 must be a type, not {}",
            cls.class_name()
        ));
    };
    // supercheck: a class that is a subclass of `start` (class-level super), else the
    // object's type (for a class, its metaclass).
    let obj_type = if let Some(c) = instance_class(obj) {
        c.clone()
    } else if let Some(c) = super::as_class(obj) {
        if c.is_subclass(&start) {
            c
        } else {
            c.metaclass()
        }
    } else if let Value::Exc(e) = obj
        && let Some(i) = e.instance()
        && let Some(c) = instance_class(&Value::Obj(i.clone()))
    {
        c.clone()
    } else {
        return type_error("super(type, obj): obj must be an instance or subtype of type");
    };
    if !obj_type.is_subclass(&start) {
        return type_error("super(type, obj): obj must be an instance or subtype of type");
    }
    Ok(Value::Obj(Rc::new(Super {
        start,
        obj: obj.clone(),
        obj_type,
    })))
}

impl Super {
    /// Class-level super (`super(C, cls)` in a classmethod): attributes are not bound to
    /// the object (super_getattro passes NULL when obj is obj_type).
    fn obj_is_type(&self) -> bool {
        matches!(&self.obj, Value::Obj(o) if std::ptr::eq(
            Rc::as_ptr(o) as *const u8,
            Rc::as_ptr(&self.obj_type) as *const u8
        ))
    }

    pub(crate) fn find(&self, name: &Str) -> Option<Value> {
        self.obj_type.lookup_after(&self.start, name)
    }

    pub(crate) fn get(&self, name: &Str) -> PyResult<Value> {
        if name.as_str() == "__class__" {
            return super::builtin_class("super");
        }
        match self.find(name) {
            Some(v) => {
                let obj = if self.obj_is_type() {
                    None
                } else {
                    Some(&self.obj)
                };
                descr_get(&v, obj, &self.obj_type)
            }
            None => Err(crate::attr::attr_error(
                &Value::None,
                name,
                &format!("'super' object has no attribute '{name}'"),
            )),
        }
    }

    pub(crate) fn call(
        &self,
        name: &Str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if !self.obj_is_type()
            && let Some(f) = self.find(name)
        {
            return call_descr(&f, &self.obj, args, kwargs, &self.obj_type);
        }
        let f = self.get(name)?;
        crate::func::call(&f, args, kwargs)
    }
}

impl Object for Super {
    fn type_name(&self) -> &'static str {
        "super"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<super: <class '{}'>, <{} object>>",
            self.start.name(),
            self.obj_type.name()
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        self.get(&crate::attr::intern(name))
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        self.call(&crate::attr::intern(name), args, kwargs)
    }
}

// ------------------------------------------------------------------ slice

/// A slice object (`slice(1, 3)`, what `x[1:3]` passes to a user `__getitem__`).
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub fn slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(Rc::new(SliceObj { start, stop, step }))
}

impl SliceObj {
    /// The bounds as clamped i64s (CPython's PySlice_Unpack).
    pub fn bounds(&self) -> PyResult<(Option<i64>, Option<i64>, Option<i64>)> {
        Ok((
            crate::conv::slice_bound(&self.start)?,
            crate::conv::slice_bound(&self.stop)?,
            crate::conv::slice_bound(&self.step)?,
        ))
    }

    fn tuple(&self) -> Value {
        Value::Tuple(crate::tuple::Tup::from_vec(vec![
            self.start.clone(),
            self.stop.clone(),
            self.step.clone(),
        ]))
    }
}

/// start, stop, step of a slice object.
pub(crate) type SliceBounds = (Option<i64>, Option<i64>, Option<i64>);

/// The bounds of `v` when it is a slice object.
pub(crate) fn slice_bounds(v: &Value) -> PyResult<Option<SliceBounds>> {
    match v {
        Value::Obj(o) => match downcast::<SliceObj>(o) {
            Some(s) => s.bounds().map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

impl Object for SliceObj {
    fn type_name(&self) -> &'static str {
        "slice"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("slice(");
        self.start.py_repr(out)?;
        out.push_str(", ");
        self.stop.py_repr(out)?;
        out.push_str(", ");
        self.step.py_repr(out)?;
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) => match downcast::<SliceObj>(o) {
                Some(s) => Ok(Some(self.tuple().eq(&s.tuple())?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'slice'")
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "start" => Ok(self.start.clone()),
            "stop" => Ok(self.stop.clone()),
            "step" => Ok(self.step.clone()),
            _ => Err(crate::attr::no_attr("slice", name)),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        _kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match (name, args.as_slice()) {
            ("indices", [n]) => {
                let len = crate::conv::to_int(n)?;
                let len = len.as_i64().unwrap_or(i64::MAX);
                if len < 0 {
                    return crate::exc::value_error("length should not be negative");
                }
                let (a, b, c) = self.bounds()?;
                let (start, stop, step, _) = crate::slice::indices(a, b, c, len)?;
                Ok(Value::Tuple(crate::tuple::Tup::from_vec(vec![
                    Value::int(start),
                    Value::int(stop),
                    Value::int(step),
                ])))
            }
            _ => Err(crate::attr::no_attr("slice", name)),
        }
    }
}

// ------------------------------------------------------------------ NotImplemented

pub struct NotImplementedType;

thread_local! {
    static NOT_IMPLEMENTED: ObjRef = Rc::new(NotImplementedType);
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(|n| Value::Obj(n.clone()))
}

pub(crate) fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_any().is::<NotImplementedType>())
}

impl Object for NotImplementedType {
    fn type_name(&self) -> &'static str {
        "NotImplementedType"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("NotImplemented");
        Ok(())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
}

// ------------------------------------------------------------------ Ellipsis

/// The type of `...` (CPython's `ellipsis`, Objects/sliceobject.c): one object, compared by
/// identity, repr `Ellipsis`, always true.
pub struct EllipsisType;

thread_local! {
    static ELLIPSIS: ObjRef = Rc::new(EllipsisType);
}

/// The `Ellipsis` singleton (`...`).
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|n| Value::Obj(n.clone()))
}

impl Object for EllipsisType {
    fn type_name(&self) -> &'static str {
        "ellipsis"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("Ellipsis");
        Ok(())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
}

/// Sets or deletes through a getset descriptor; false when `o` is not one.
pub(crate) fn getset_set(o: &ObjRef, obj: &Value, v: Option<Value>) -> PyResult<bool> {
    match downcast::<GetSet>(o) {
        Some(g) => {
            g.set(obj, v)?;
            Ok(true)
        }
        None => Ok(false),
    }
}
