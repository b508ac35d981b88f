//! The methods of `object` and `type` (Objects/typeobject.c: object_init, object_new,
//! object_repr, object_richcompare, object_init_subclass, ...). They live in the `object`
//! class's dict like in CPython, so `super().__init__()`, `object.__setattr__(self, ...)`
//! and the default protocols are ordinary MRO lookups.

use super::descr::{GetSetKind, getset, is_not_implemented, not_implemented};
use super::instance::Instance;
use super::{Class, class_value, obj_as_class};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

pub(crate) type NativeCall = fn(Vec<Value>, Vec<(Str, Value)>) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NKind {
    /// Binds to instances (a slot wrapper or method descriptor).
    Method,
    /// Binds to the class (`__init_subclass__`).
    Class,
    /// Does not bind (`__new__`).
    Static,
}

/// A method implemented in Rust, in a builtin class's dict.
pub struct NativeFn {
    pub name: &'static str,
    pub owner: &'static str,
    pub(crate) kind: NKind,
    pub(crate) f: NativeCall,
}

impl NativeFn {
    pub(crate) fn method(owner: &'static str, name: &'static str, f: NativeCall) -> NativeFn {
        NativeFn {
            name,
            owner,
            kind: NKind::Method,
            f,
        }
    }
}

impl Object for NativeFn {
    fn type_name(&self) -> &'static str {
        match self.kind {
            NKind::Method if self.name.starts_with("__") => "wrapper_descriptor",
            NKind::Method => "method_descriptor",
            _ => "builtin_function_or_method",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        match self.kind {
            NKind::Method if self.name.starts_with("__") => out.push_str(&format!(
                "<slot wrapper '{}' of '{}' objects>",
                self.name, self.owner
            )),
            NKind::Method => out.push_str(&format!(
                "<method '{}' of '{}' objects>",
                self.name, self.owner
            )),
            _ => out.push_str(&format!(
                "<built-in method {} of type object at {:#x}>",
                self.name, self as *const _ as usize
            )),
        }
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" => Ok(Value::str(self.name)),
            "__qualname__" => Ok(Value::Str(Str::from_string(format!(
                "{}.{}",
                self.owner, self.name
            )))),
            "__doc__" => Ok(Value::None),
            "__objclass__" => super::builtin_class(self.owner),
            _ => Err(crate::attr::no_attr(self.type_name(), name)),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        if self.kind == NKind::Method && args.is_empty() {
            return type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                self.name, self.owner
            ));
        }
        (self.f)(args, kwargs)
    }
}

fn native(owner: &'static str, name: &'static str, kind: NKind, f: NativeCall) -> Value {
    Value::Obj(Rc::new(NativeFn {
        name,
        owner,
        kind,
        f,
    }))
}

/// Whether `v` is one of `object`'s own methods (the default behaviour of a protocol).
pub(crate) fn is_object_native(v: &Value) -> bool {
    match v {
        Value::Obj(o) => downcast::<NativeFn>(o).is_some_and(|n| n.owner == "object"),
        _ => false,
    }
}

/// Whether `v` is `object.<name>`.
pub(crate) fn is_object_method(v: &Value, name: &str) -> bool {
    match v {
        Value::Obj(o) => {
            downcast::<NativeFn>(o).is_some_and(|n| n.owner == "object" && n.name == name)
        }
        _ => false,
    }
}

fn self_arg(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(v.clone()),
        None => type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        )),
    }
}

fn arg_count(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n + 1 {
        return Ok(());
    }
    let given = args.len().saturating_sub(1);
    if n == 0 {
        type_error(format!("{name}() takes no arguments ({given} given)"))
    } else if n == 1 {
        type_error(format!(
            "{name}() takes exactly one argument ({given} given)"
        ))
    } else {
        type_error(format!("expected {n} arguments, got {given}"))
    }
}

fn str_name(v: &Value) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(crate::attr::intern(s.as_str())),
        _ => type_error(format!(
            "attribute name must be string, not '{}'",
            v.class_name()
        )),
    }
}

fn no_kwargs(name: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// The dict of the `object` class.
pub(crate) fn object_dict() -> Dict<Value, Value> {
    let d = Dict::new();
    let m = |n: &'static str, f: NativeCall| native("object", n, NKind::Method, f);
    let entries: Vec<(&str, Value)> = vec![
        (
            "__new__",
            native("object", "__new__", NKind::Static, object_new),
        ),
        ("__repr__", m("__repr__", object_repr)),
        ("__hash__", m("__hash__", object_hash)),
        ("__str__", m("__str__", object_str)),
        (
            "__getattribute__",
            m("__getattribute__", object_getattribute),
        ),
        ("__setattr__", m("__setattr__", object_setattr)),
        ("__delattr__", m("__delattr__", object_delattr)),
        ("__lt__", m("__lt__", object_cmp_ni)),
        ("__le__", m("__le__", object_cmp_ni)),
        ("__eq__", m("__eq__", object_eq)),
        ("__ne__", m("__ne__", object_ne)),
        ("__gt__", m("__gt__", object_cmp_ni)),
        ("__ge__", m("__ge__", object_cmp_ni)),
        ("__init__", m("__init__", object_init)),
        ("__reduce_ex__", m("__reduce_ex__", object_unsupported)),
        ("__reduce__", m("__reduce__", object_unsupported)),
        ("__getstate__", m("__getstate__", object_unsupported)),
        (
            "__subclasshook__",
            native(
                "object",
                "__subclasshook__",
                NKind::Class,
                object_subclasshook,
            ),
        ),
        (
            "__init_subclass__",
            native(
                "object",
                "__init_subclass__",
                NKind::Class,
                object_init_subclass,
            ),
        ),
        ("__format__", m("__format__", object_format)),
        ("__sizeof__", m("__sizeof__", object_unsupported)),
        ("__dir__", m("__dir__", object_dir)),
        ("__class__", getset(GetSetKind::Class, "object")),
        (
            "__doc__",
            Value::str(
                "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
            ),
        ),
    ];
    for (k, v) in entries {
        let _ = d.setitem(Value::str(k), v);
    }
    d
}

fn object_unsupported(_args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    Err(PyErr::msg(
        ExcKind::NotImplementedError,
        "molt: pickling support (__reduce__, __getstate__, __sizeof__) is not available",
    ))
}

/// The class of an instance (`Py_TYPE(self)`), if it is an instance of a user class.
fn class_of(v: &Value) -> Option<Rc<Class>> {
    super::instance_class(v).cloned()
}

fn overrides(cls: &Class, name: &'static str) -> bool {
    cls.lookup_value(&crate::attr::intern_static(name))
        .is_some_and(|v| !is_object_method(&v, name) && !super::excs::is_exc_native(&v, name))
}

/// object_init.
fn object_init(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = self_arg(&args, "__init__")?;
    if args.len() > 1 || !kwargs.is_empty() {
        let Some(cls) = class_of(&this) else {
            return Ok(Value::None);
        };
        if overrides(&cls, "__init__") {
            return type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
        if !overrides(&cls, "__new__") {
            // object_init's message names tp_name (`inst.__init__(1)`,
            // `object.__init__(inst, 1)`); `C(1)` fails earlier in object_new.
            return type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                cls.name()
            ));
        }
    }
    Ok(Value::None)
}

/// object_new: `object.__new__(cls)`.
fn object_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return type_error("object.__new__(): not enough arguments");
    };
    let Some(cls) = super::as_class(first) else {
        return type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            first.class_name()
        ));
    };
    if args.len() > 1 || !kwargs.is_empty() {
        if overrides(&cls, "__new__") {
            return type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            );
        }
        if !overrides(&cls, "__init__") {
            return type_error(format!("{}() takes no arguments", cls.name()));
        }
    }
    new_instance(&cls, vec![])
}

/// Allocates an instance of `cls` after the checks object_new makes.
pub(crate) fn new_instance(cls: &Rc<Class>, exc_args: Vec<Value>) -> PyResult<Value> {
    match cls.builtin {
        Some(super::Builtin::Object) => {}
        Some(super::Builtin::Abc) => {}
        Some(_) => {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!("molt: object.__new__({}) is not supported", cls.name()),
            ));
        }
        None => {}
    }
    if let Some(b) = super::builtin_base::base_of(cls) {
        // object_new's tp_new check: the instance needs the builtin type's layout.
        return type_error(format!(
            "object.__new__({}) is not safe, use {b}.__new__()",
            cls.name()
        ));
    }
    check_abstract(cls)?;
    Ok(Instance::alloc(cls, exc_args).value())
}

/// ABCMeta's refusal to instantiate a class with abstract methods.
fn check_abstract(cls: &Class) -> PyResult<()> {
    let abstracts = cls.abstracts.borrow().clone();
    if !abstracts.is_empty() {
        let names: Vec<&str> = abstracts.iter().map(|s| s.as_str()).collect();
        return type_error(format!(
            "Can't instantiate abstract class {} with abstract method{} {}",
            cls.name(),
            if names.len() > 1 { "s" } else { "" },
            names.join(", ")
        ));
    }
    Ok(())
}

/// An instance of a subclass of a builtin type, carrying the builtin value `base`
/// (class/builtin_base.rs).
pub(crate) fn new_instance_with_base(cls: &Rc<Class>, base: Value) -> PyResult<Value> {
    check_abstract(cls)?;
    Ok(Instance::alloc_with_base(cls, base).value())
}

fn object_repr(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = self_arg(&args, "__repr__")?;
    Ok(Value::Str(Str::from_string(default_repr(&this))))
}

/// `<__main__.C object at 0x...>` (object_repr).
pub(crate) fn default_repr(v: &Value) -> String {
    let name = match super::instance_class(v) {
        Some(c) => c.display_name(true),
        None => v.class_name().to_string(),
    };
    format!("<{name} object at {:#x}>", super::descr::obj_addr(v))
}

fn object_str(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = self_arg(&args, "__str__")?;
    // object_str calls the type's tp_repr directly: the caller checks the result.
    if let Value::Obj(o) = &this
        && let Some(i) = crate::object::inst(o)
        && let Some(r) = i.call_special("__repr__", vec![])?
    {
        return Ok(r);
    }
    Ok(Value::Str(Str::from_string(this.repr_string()?)))
}

fn object_hash(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = self_arg(&args, "__hash__")?;
    Ok(Value::int(identity_hash(&this)))
}

/// _Py_HashPointer: the address rotated by 4 bits.
pub(crate) fn identity_hash(v: &Value) -> i64 {
    let p = super::descr::obj_addr(v);
    let h = p.rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

fn object_eq(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("__eq__", &args, 1)?;
    Ok(if args[0].py_is(&args[1]) {
        Value::Bool(true)
    } else {
        not_implemented()
    })
}

fn object_ne(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("__ne__", &args, 1)?;
    // By default __ne__ inverts __eq__ unless that is NotImplemented.
    let r = super::ops::richcmp_slot(&args[0], &args[1], super::ops::Cmp::Eq)?;
    if is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!r.try_truthy()?))
}

fn object_cmp_ni(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("comparison", &args, 1)?;
    Ok(not_implemented())
}

fn object_getattribute(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("__getattribute__", &args, 1)?;
    let name = str_name(&args[1])?;
    match &args[0] {
        Value::Obj(o) => match crate::object::inst(o) {
            Some(i) => i.generic_getattr(o, &name),
            None => crate::attr::getattr(&args[0], name.as_str()),
        },
        v => crate::attr::getattr(v, name.as_str()),
    }
}

/// `object.__setattr__(obj, name, v)`; also the internal builtin `__molt_object_setattr`
/// (the front end's lowering of that call with a literal name).
pub(crate) fn object_setattr(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("__setattr__", &args, 2)?;
    let name = str_name(&args[1])?;
    object_setattr_value(&args[0], name.as_str(), args[2].clone())?;
    Ok(Value::None)
}

/// `object.__setattr__(obj, name, v)`.
pub(crate) fn object_setattr_value(obj: &Value, name: &str, v: Value) -> PyResult<()> {
    match obj {
        Value::Obj(o) => match crate::object::inst(o) {
            Some(i) => i.generic_setattr(o, &Str::from(name), Some(v)),
            None => crate::attr::setattr(obj, name, v),
        },
        _ => crate::attr::setattr(obj, name, v),
    }
}

fn object_delattr(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("__delattr__", &args, 1)?;
    let name = str_name(&args[1])?;
    match &args[0] {
        Value::Obj(o) => match crate::object::inst(o) {
            Some(i) => i.generic_setattr(o, &name, None)?,
            None => crate::attr::delattr(&args[0], name.as_str())?,
        },
        v => crate::attr::delattr(v, name.as_str())?,
    }
    Ok(Value::None)
}

fn object_format(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    arg_count("__format__", &args, 1)?;
    let Value::Str(spec) = &args[1] else {
        return type_error(format!(
            "__format__() argument must be str, not {}",
            args[1].class_name()
        ));
    };
    if !spec.is_empty() {
        return type_error(format!(
            "unsupported format string passed to {}.__format__",
            args[0].class_name()
        ));
    }
    Ok(Value::Str(Str::from_string(args[0].str_string()?)))
}

fn object_dir(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = self_arg(&args, "__dir__")?;
    let names = crate::attr::dir_names(&this);
    Ok(Value::List(crate::list::List::from_vec(
        names.into_iter().map(Value::Str).collect(),
    )))
}

fn object_subclasshook(_args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    Ok(not_implemented())
}

/// object.__init_subclass__: takes no keyword arguments.
fn object_init_subclass(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let name = match args.first().and_then(super::as_class) {
        Some(c) => c.name().as_str().to_string(),
        None => "object".to_string(),
    };
    no_kwargs(&format!("{name}.__init_subclass__"), &kwargs)?;
    if args.len() > 1 {
        return type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(Value::None)
}

/// `type.mro` and `type.__subclasses__`, bound to a class.
pub(crate) fn type_method(name: &str) -> NativeFn {
    match name {
        "mro" => NativeFn::method("type", "mro", type_mro),
        _ => NativeFn::method("type", "__subclasses__", type_subclasses),
    }
}

fn cls_arg(args: &[Value]) -> PyResult<Rc<Class>> {
    match args.first() {
        Some(Value::Obj(o)) => match obj_as_class(o) {
            Some(c) => Ok(c),
            None => type_error("descriptor requires a 'type' object"),
        },
        _ => type_error("descriptor requires a 'type' object"),
    }
}

fn type_mro(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let c = cls_arg(&args)?;
    let mut v = vec![class_value(&c)];
    v.extend(c.mro.iter().map(class_value));
    // A named tuple class: tuple before object, as in `__mro__` (Class::meta_attr).
    if super::namedtuple::info_of(&c).is_some() && !v.is_empty() {
        v.insert(v.len() - 1, crate::modules::callable::builtin_ref("tuple")?);
    }
    Ok(Value::List(crate::list::List::from_vec(v)))
}

fn type_subclasses(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let c = cls_arg(&args)?;
    Ok(Value::List(crate::list::List::from_vec(
        c.subclasses().iter().map(class_value).collect(),
    )))
}

/// The dict of the `type` class: the metaclass protocol a user metaclass extends
/// (`super().__new__(mcs, ...)`, `super().__init__(...)`, `super().__call__(...)`).
pub(crate) fn type_dict() -> Dict<Value, Value> {
    let d = Dict::new();
    let entries: Vec<(&str, Value)> = vec![
        (
            "__new__",
            native("type", "__new__", NKind::Static, type_new),
        ),
        (
            "__init__",
            native("type", "__init__", NKind::Method, type_init),
        ),
        (
            "__call__",
            native("type", "__call__", NKind::Method, type_call),
        ),
    ];
    for (k, v) in entries {
        let _ = d.setitem(Value::str(k), v);
    }
    d
}

/// Whether `v` is `type.__new__`.
pub(crate) fn is_type_new(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            downcast::<NativeFn>(o).is_some_and(|n| n.owner == "type" && n.name == "__new__")
        }
        _ => false,
    }
}

/// type_new: `type.__new__(mcs, name, bases, namespace, **kwargs)`.
fn type_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return type_error("type.__new__(): not enough arguments");
    };
    let Some(mcs) = super::as_class(first) else {
        return type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            first.class_name()
        ));
    };
    let type_cls = super::builtin(super::Builtin::Type);
    if !mcs.is_subclass(&type_cls) {
        return type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            mcs.name(),
            mcs.name()
        ));
    }
    if args.len() == 2 && kwargs.is_empty() && Rc::ptr_eq(&mcs, &type_cls) {
        return super::type_of(&args[1]);
    }
    if args.len() != 4 {
        return type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len() - 1
        ));
    }
    let Value::Str(name) = &args[1] else {
        return type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            args[1].class_name()
        ));
    };
    let Value::Tuple(bases) = &args[2] else {
        return type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            args[2].class_name()
        ));
    };
    let Value::Dict(d) = &args[3] else {
        return type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            args[3].class_name()
        ));
    };
    let mut ns = Vec::with_capacity(d.len());
    for (k, v) in d.items_vec() {
        match k {
            Value::Str(s) => ns.push((s, v)),
            other => {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    format!(
                        "molt: a class namespace key that is not a str ({}) is not supported",
                        other.repr_string()?
                    ),
                ));
            }
        }
    }
    super::build::type_new_call(
        &mcs,
        name.as_str(),
        bases.as_slice().to_vec(),
        ns,
        &args[3],
        kwargs,
    )
}

/// type_init: checks the arguments only.
fn type_init(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n == 1 && !kwargs.is_empty() {
        return type_error("type.__init__() takes no keyword arguments");
    }
    if n != 1 && n != 3 {
        return type_error("type.__init__() takes 1 or 3 arguments");
    }
    Ok(Value::None)
}

/// type_call: `type.__call__(cls, *args, **kwargs)`, the instance protocol.
fn type_call(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut args = args.into_iter();
    let first = args.next().unwrap_or(Value::None);
    match super::as_class(&first) {
        Some(c) => super::build::instantiate(&c, args.collect(), kwargs),
        None => type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            first.class_name()
        )),
    }
}
