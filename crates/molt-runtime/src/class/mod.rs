//! User-defined classes: type objects, instances, descriptors, `super`, `isinstance`, with
//! CPython 3.11's semantics (Objects/typeobject.c, Objects/object.c, Objects/descrobject.c,
//! Objects/funcobject.c, Lib/abc.py). Builtin classes that user code names as values
//! (`object`, the exception classes, `abc.ABC`, `property`, ...) are `Class` objects too, so
//! one MRO walk serves both.
//!
//! Compiled code builds a class with `new_class` (the metaclass machinery of a `class`
//! statement) and reaches attributes through `crate::attr`. Instances dispatch every
//! protocol (repr, ==, +, len, iter, ...) to their class's dunders through the `Object`
//! trait, so the rest of the runtime (containers, builtins, formatting) handles them
//! without knowing about classes.
//!
//! Lookups are cached per class and keyed by interned attribute names (`attr::intern`):
//! a cache hit is one pointer-keyed hash probe. Assigning to a class attribute clears the
//! caches of the class and of all its subclasses.

mod build;
pub mod builtin_base;
pub mod dataclass;
mod descr;
pub mod enums;
mod excs;
pub mod ic;
mod instance;
mod layout;
pub mod namedtuple;
pub(crate) mod natives;
mod ops;
mod tables;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_extra;
#[cfg(test)]
mod tests_layout;

pub use build::{ClassCell, class_cell, new_class};
pub(crate) use descr::call_pos_slot;
pub(crate) use descr::descr_get;
pub use descr::{
    BoundMethod, ClassMethod, NotImplementedType, Property, SliceObj, StaticMethod, Super,
    abstractmethod, classmethod, ellipsis, not_implemented, property, slice, staticmethod, super_,
};
pub(crate) use excs::exc_del_error;
pub use excs::{exc_cause, exc_matches, exc_type, exception_from_class, is_exc_class};
pub use instance::Instance;
pub use layout::{
    SlotValue, View, alloc, field_get, field_get_as, field_set, field_set_raw, set_layout, tag,
    vfield_get_as, vfield_set, view, vtag,
};
pub use ops::{compare_op, ctx_enter, ctx_exit, inplace, ne};
pub(crate) use ops::{divmod as divmod_op, pow3 as pow3_op};

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::modules::typing::CheckTarget;
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

/// Builtin classes that are `Class` objects.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Builtin {
    Object,
    Type,
    Exc(ExcKind),
    /// `abc.ABC`
    Abc,
    /// `abc.ABCMeta`
    AbcMeta,
    /// `enum.EnumMeta` (the metaclass of enums)
    EnumMeta,
    /// Other builtin types seen as values (`property`, `slice`, `NoneType`, ...): their
    /// instances are recognised by `Value::class_name`.
    Named(&'static str),
    /// A builtin type user classes extend (`list` in `class Stack(list)`): its methods
    /// apply to the instance's builtin value (builtin_base.rs).
    Data(&'static str),
}

/// The metaclass of a class.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(clippy::enum_variant_names)] // the names of Python's metaclasses
pub(crate) enum Meta {
    Type,
    AbcMeta,
    EnumMeta,
}

/// Descriptor kinds, computed once per cached lookup.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum DKind {
    /// A plain value: returned as is.
    Plain,
    /// A Python function: binds to instances.
    Function,
    /// A data descriptor (property, slot, getset, `__set__`/`__delete__` objects).
    Data,
    /// Any other descriptor (`__get__` only, staticmethod, classmethod, native methods).
    NonData,
}

/// Special methods whose presence changes attribute access, computed once per class
/// (and again after the class changes).
#[derive(Clone, Copy, Default)]
pub(crate) struct Flags {
    pub getattribute: bool,
    pub getattr: bool,
    pub setattr: bool,
    pub delattr: bool,
}

pub struct Class {
    pub(crate) name: RefCell<Str>,
    /// The name leaked once, for `Object::type_name` (error messages use it).
    pub(crate) sname: Cell<&'static str>,
    pub(crate) qualname: RefCell<Str>,
    pub(crate) module: Str,
    pub(crate) bases: Vec<Rc<Class>>,
    /// The MRO after the class itself.
    pub(crate) mro: Vec<Rc<Class>>,
    pub(crate) dict: Dict<Value, Value>,
    pub(crate) builtin: Option<Builtin>,
    pub(crate) meta: Meta,
    /// The builtin exception class this class derives from (the first in its MRO).
    pub(crate) exc_kind: Option<ExcKind>,
    /// Instances have a `__dict__`.
    pub(crate) has_dict: bool,
    /// Number of `__slots__` slots in instances (own and inherited).
    pub(crate) nslots: usize,
    /// `__abstractmethods__`, sorted (ABCMeta classes only).
    pub(crate) abstracts: RefCell<Vec<Str>>,
    cache: RefCell<hashbrown::HashMap<usize, Option<(Value, DKind)>>>,
    flags: Cell<Option<Flags>>,
    /// Changes whenever a lookup through this class may give another answer (the class or
    /// a base changed); unique among classes, so inline caches (`ic.rs`) key on it alone.
    pub(crate) tag: Cell<u64>,
    /// What calling the class does, worked out for one `tag` (build.rs, `ctor_plan`).
    pub(crate) ctor: RefCell<Option<(u64, build::Ctor)>>,
    /// typing's `_is_protocol`: typing.Protocol is among the bases.
    pub(crate) protocol: bool,
    /// typing's `_is_runtime_protocol`, set by `@runtime_checkable` (typing.rs).
    pub(crate) runtime_protocol: Cell<bool>,
    subclasses: RefCell<Vec<Weak<Class>>>,
    /// Extra state of dataclasses, enums and named tuples.
    #[allow(dead_code)] // read once those modules land (class/dataclass.rs, enums.rs)
    pub(crate) ext: RefCell<Option<Rc<dyn Any>>>,
    /// Where instances keep the fields the compiler numbered (layout.rs); unset for
    /// classes without a layout.
    pub(crate) layout: OnceCell<layout::Layout>,
    /// The metaclass when it is a user class (`class Meta(type)`), set once by
    /// `type.__new__` (build.rs); builtin metaclasses are `meta` alone.
    pub(crate) user_meta: OnceCell<Rc<Class>>,
    /// The class itself, for the protocols a metaclass defines (`repr_into` has no `this`).
    me: Weak<Class>,
}

/// The key of an interned name in the lookup caches.
#[inline]
fn key(name: &Str) -> usize {
    name.as_str().as_ptr() as usize ^ (name.as_str().len() << 48)
}

/// `d[name]` for a namespace dict (str keys cannot make a lookup fail).
#[inline]
pub(crate) fn dict_get(d: &Dict<Value, Value>, name: &Str) -> Option<Value> {
    d.get_hashed(&Value::Str(name.clone()), name.hash())
        .ok()
        .flatten()
}

/// Leaks a class name once per distinct name (`Object::type_name` is `&'static str`; a
/// program defines finitely many class names).
pub(crate) fn leak_name(s: &str) -> &'static str {
    thread_local! {
        static NAMES: RefCell<hashbrown::HashSet<&'static str>> = RefCell::new(hashbrown::HashSet::new());
    }
    NAMES.with(|n| {
        if let Some(x) = n.borrow().get(s) {
            return *x;
        }
        let l: &'static str = Box::leak(s.to_string().into_boxed_str());
        n.borrow_mut().insert(l);
        l
    })
}

impl Class {
    /// A class of the typing module (Generic, Protocol): plain classes without instance
    /// dicts.
    pub(crate) fn new_typing(
        name: &str,
        bases: Vec<Rc<Class>>,
        mro: Vec<Rc<Class>>,
        dict: Dict<Value, Value>,
    ) -> Rc<Class> {
        Class::new_raw(
            name,
            name,
            "typing",
            bases,
            mro,
            dict,
            None,
            Meta::Type,
            false,
            0,
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new_raw(
        name: &str,
        qualname: &str,
        module: &str,
        bases: Vec<Rc<Class>>,
        mro: Vec<Rc<Class>>,
        dict: Dict<Value, Value>,
        builtin: Option<Builtin>,
        meta: Meta,
        has_dict: bool,
        nslots: usize,
    ) -> Rc<Class> {
        let exc_kind = match builtin {
            Some(Builtin::Exc(k)) => Some(k),
            _ => mro.iter().find_map(|c| match c.builtin {
                Some(Builtin::Exc(k)) => Some(k),
                _ => None,
            }),
        };
        let protocol = crate::modules::typing::lists_protocol(&bases);
        let c = Rc::new_cyclic(|me| Class {
            me: me.clone(),
            user_meta: OnceCell::new(),
            name: RefCell::new(Str::from(name)),
            sname: Cell::new(leak_name(name)),
            qualname: RefCell::new(Str::from(qualname)),
            module: Str::from(module),
            bases,
            mro,
            dict,
            builtin,
            meta,
            exc_kind,
            has_dict,
            nslots,
            abstracts: RefCell::new(vec![]),
            cache: RefCell::new(hashbrown::HashMap::new()),
            flags: Cell::new(None),
            tag: Cell::new(ic::new_tag()),
            ctor: RefCell::new(None),
            protocol,
            runtime_protocol: Cell::new(false),
            subclasses: RefCell::new(vec![]),
            ext: RefCell::new(None),
            layout: OnceCell::new(),
        });
        for b in &c.bases {
            b.subclasses.borrow_mut().push(Rc::downgrade(&c));
        }
        c
    }

    /// The class itself, then the rest of its MRO.
    pub(crate) fn mro_iter(&self) -> impl Iterator<Item = &Class> {
        std::iter::once(self).chain(self.mro.iter().map(|c| &**c))
    }

    pub fn name(&self) -> Str {
        self.name.borrow().clone()
    }

    pub fn qualname(&self) -> Str {
        self.qualname.borrow().clone()
    }

    pub(crate) fn is_user(&self) -> bool {
        matches!(self.builtin, None | Some(Builtin::Abc))
    }

    /// `issubclass(self, other)` for classes.
    pub(crate) fn is_subclass(&self, other: &Class) -> bool {
        self.mro_iter().any(|c| std::ptr::eq(c, other))
    }

    /// `_PyType_Lookup`: the attribute in the MRO's dicts, with its descriptor kind.
    #[inline]
    pub(crate) fn lookup(&self, name: &Str) -> Option<(Value, DKind)> {
        let k = key(name);
        if let Some(hit) = self.cache.borrow().get(&k) {
            return hit.clone();
        }
        let found = self
            .mro_iter()
            .find_map(|c| dict_get(&c.dict, name))
            .map(|v| {
                let kind = descr::kind_of(&v);
                (v, kind)
            });
        self.cache.borrow_mut().insert(k, found.clone());
        found
    }

    /// The attribute's value in the MRO, without descriptor handling.
    pub(crate) fn lookup_value(&self, name: &Str) -> Option<Value> {
        self.lookup(name).map(|(v, _)| v)
    }

    /// The attribute in the classes after `start` in this class's MRO (`super()`).
    pub(crate) fn lookup_after(&self, start: &Class, name: &Str) -> Option<Value> {
        self.mro_iter()
            .skip_while(|c| !std::ptr::eq(*c, start))
            .skip(1)
            .find_map(|c| dict_get(&c.dict, name))
    }

    /// Whether the attribute found in the MRO is one of object's native methods (the
    /// default behaviour of a protocol).
    pub(crate) fn flags(&self) -> Flags {
        if let Some(f) = self.flags.get() {
            return f;
        }
        let user = |n: &str| {
            let name = crate::attr::intern(n);
            self.lookup_value(&name)
                .is_some_and(|v| !natives::is_object_native(&v))
        };
        let f = Flags {
            getattribute: user("__getattribute__"),
            getattr: user("__getattr__"),
            setattr: user("__setattr__"),
            delattr: user("__delattr__"),
        };
        self.flags.set(Some(f));
        f
    }

    /// Forgets cached lookups of this class and its subclasses (after a class attribute
    /// changed).
    pub(crate) fn invalidate(&self) {
        self.cache.borrow_mut().clear();
        self.flags.set(None);
        self.tag.set(ic::new_tag());
        let subs: Vec<Rc<Class>> = self
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for s in subs {
            s.invalidate();
        }
    }

    /// `type.__subclasses__()`.
    pub(crate) fn subclasses(&self) -> Vec<Rc<Class>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect()
    }

    /// The name a traceback and `repr` show: `module.qualname`, without the module for
    /// builtins and `__main__`... (repr keeps `__main__`).
    pub(crate) fn display_name(&self, with_main: bool) -> String {
        let m = self.module.as_str();
        if m == "builtins" || (!with_main && m == "__main__") {
            self.qualname().as_str().to_string()
        } else {
            format!("{m}.{}", self.qualname())
        }
    }

    /// Sets a class attribute (`C.x = v`), keeping the caches right.
    pub(crate) fn set_attr(&self, name: &Str, v: Value) -> PyResult<()> {
        self.dict.setitem(Value::Str(name.clone()), v)?;
        self.invalidate();
        Ok(())
    }

    /// `type(cls)` as a class: the user metaclass, else the builtin one.
    pub(crate) fn metaclass(&self) -> Rc<Class> {
        if let Some(m) = self.user_meta.get() {
            return m.clone();
        }
        builtin(match self.meta {
            Meta::Type => Builtin::Type,
            Meta::AbcMeta => Builtin::AbcMeta,
            Meta::EnumMeta => Builtin::EnumMeta,
        })
    }

    /// An attribute a user metaclass's own classes define (`_PyType_Lookup(type(cls),
    /// name)` up to the builtin metaclasses, whose behaviour the runtime has built in):
    /// the metaclass, the value and its descriptor kind.
    pub(crate) fn meta_lookup(&self, name: &Str) -> Option<(Rc<Class>, Value, DKind)> {
        let m = self.user_meta.get()?;
        let v = m
            .mro_iter()
            .filter(|c| c.builtin.is_none())
            .find_map(|c| dict_get(&c.dict, name))?;
        let kind = descr::kind_of(&v);
        Some((m.clone(), v, kind))
    }

    /// Calls the special method `name` of a user metaclass on this class (None: the
    /// metaclass does not define it).
    pub(crate) fn meta_special(
        &self,
        name: &'static str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        if self.user_meta.get().is_none() {
            return Ok(None);
        }
        let Some((m, f, _)) = self.meta_lookup(&crate::attr::intern_static(name)) else {
            return Ok(None);
        };
        let Some(me) = self.me.upgrade() else {
            return Ok(None);
        };
        if f.is_none() {
            return type_error(format!("'{}' object is not callable", f.class_name()));
        }
        descr::call_descr(&f, &class_value(&me), args, vec![], &m).map(Some)
    }

    pub(crate) fn del_attr(&self, name: &Str) -> PyResult<bool> {
        let r = self.dict.remove(&Value::Str(name.clone()))?.is_some();
        self.invalidate();
        Ok(r)
    }
}

/// The class behind a value, when the value is a class object.
pub(crate) fn as_class(v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Obj(o) => obj_as_class(o),
        _ => None,
    }
}

pub(crate) fn obj_as_class(o: &ObjRef) -> Option<Rc<Class>> {
    // The class's own weak handle: one virtual call, where upcasting the `Rc` to
    // `dyn Any` and downcasting it took three.
    o.as_any().downcast_ref::<Class>()?.me.upgrade()
}

pub(crate) fn class_value(c: &Rc<Class>) -> Value {
    Value::Obj(c.clone() as ObjRef)
}

/// A class as `__bases__` and `__mro__` show it: the builtin type a subclass extends is
/// the value the name `list` (or `dict`, ...) gives, so `C.__bases__[0] is list` holds.
fn visible_class(c: &Rc<Class>) -> Value {
    match c.builtin {
        Some(Builtin::Data(n)) if crate::modules::callable::builtin_ref_supported(n) => {
            crate::modules::callable::builtin_ref(n).unwrap_or_else(|_| class_value(c))
        }
        _ => class_value(c),
    }
}

/// Whether `v` is a class (`isinstance(v, type)`): a user or builtin class, a builtin
/// type, a stdlib class.
pub(crate) fn is_class_value(v: &Value) -> bool {
    class_arg(v).is_some()
}

/// `cls.__mro__` for any class value, each class as the name that gives it shows it
/// (`list`, `collections.Counter`); None when `cls` is not a class.
pub(crate) fn mro_values(cls: &Value) -> PyResult<Option<Vec<Value>>> {
    let object = || class_value(&builtin(Builtin::Object));
    Ok(Some(match class_arg(cls) {
        None => return Ok(None),
        Some(ClassArg::Class(c)) => {
            let mut out = vec![class_value(&c)];
            out.extend(c.mro.iter().map(visible_class));
            out
        }
        Some(ClassArg::BuiltinType(n)) => {
            let mut out = vec![cls.clone()];
            if n == "bool" {
                out.push(crate::modules::callable::builtin_ref("int")?);
            }
            if n != "object" {
                out.push(object());
            }
            out
        }
        Some(ClassArg::ModuleClass(n)) => {
            let mut out = vec![cls.clone()];
            match n.as_str() {
                "collections.Counter" | "collections.OrderedDict" | "collections.defaultdict" => {
                    out.push(crate::modules::callable::builtin_ref("dict")?)
                }
                "datetime.datetime" => {
                    if let Some(d) = crate::modules::stdc_util::class_of_type("date") {
                        out.push(d);
                    }
                }
                "logging.RootLogger" => {
                    if let Some(d) = crate::modules::stdc_util::class_of_type("Logger") {
                        out.push(d);
                    }
                }
                _ => {}
            }
            out.push(object());
            out
        }
    }))
}

// ------------------------------------------------------------------ builtin classes

thread_local! {
    static BUILTINS: RefCell<hashbrown::HashMap<Builtin, Rc<Class>>> =
        RefCell::new(hashbrown::HashMap::new());
}

/// The builtin class, created once per thread so that identity holds (`type(e) is
/// ValueError`).
pub(crate) fn builtin(b: Builtin) -> Rc<Class> {
    if let Some(c) = BUILTINS.with(|m| m.borrow().get(&b).cloned()) {
        return c;
    }
    let c = make_builtin(b);
    BUILTINS.with(|m| m.borrow_mut().entry(b).or_insert(c).clone())
}

pub(crate) fn object_class() -> Rc<Class> {
    builtin(Builtin::Object)
}

fn make_builtin(b: Builtin) -> Rc<Class> {
    let obj = || builtin(Builtin::Object);
    let chain = |base: Rc<Class>| {
        let mut m = vec![base.clone()];
        m.extend(base.mro.iter().cloned());
        (vec![base], m)
    };
    match b {
        Builtin::Object => Class::new_raw(
            "object",
            "object",
            "builtins",
            vec![],
            vec![],
            natives::object_dict(),
            Some(b),
            Meta::Type,
            false,
            0,
        ),
        Builtin::Type => {
            let (bases, mro) = chain(obj());
            Class::new_raw(
                "type",
                "type",
                "builtins",
                bases,
                mro,
                natives::type_dict(),
                Some(b),
                Meta::Type,
                true,
                0,
            )
        }
        Builtin::Exc(k) => {
            let base = match k.parent() {
                Some(p) => builtin(Builtin::Exc(p)),
                None => obj(),
            };
            let (bases, mro) = chain(base);
            let (module, name) = match k.qualified_name().rsplit_once('.') {
                Some((m, n)) => (m, n),
                None => ("builtins", k.name()),
            };
            Class::new_raw(
                name,
                name,
                module,
                bases,
                mro,
                excs::exc_class_dict(k),
                Some(b),
                Meta::Type,
                true,
                0,
            )
        }
        Builtin::Abc => {
            let (bases, mro) = chain(obj());
            let d = Dict::new();
            let _ = d.setitem(Value::str("__module__"), Value::str("abc"));
            let _ = d.setitem(
                Value::str("__doc__"),
                Value::str(
                    "Helper class that provides a standard way to create an ABC using\n    inheritance.\n    ",
                ),
            );
            let _ = d.setitem(
                Value::str("__slots__"),
                Value::Tuple(crate::tuple::Tup::from_vec(vec![])),
            );
            Class::new_raw(
                "ABC",
                "ABC",
                "abc",
                bases,
                mro,
                d,
                Some(b),
                Meta::AbcMeta,
                false,
                0,
            )
        }
        Builtin::AbcMeta | Builtin::EnumMeta => {
            let (bases, mro) = chain(builtin(Builtin::Type));
            let (name, module) = match b {
                Builtin::AbcMeta => ("ABCMeta", "abc"),
                _ => ("EnumType", "enum"),
            };
            Class::new_raw(
                name,
                name,
                module,
                bases,
                mro,
                Dict::new(),
                Some(b),
                Meta::Type,
                true,
                0,
            )
        }
        Builtin::Data(n) => builtin_base::make_class(n),
        Builtin::Named(n) => {
            let (bases, mro) = chain(obj());
            let (module, name) = match n.rsplit_once('.') {
                Some((m, x)) => (m, x),
                None => ("builtins", n),
            };
            Class::new_raw(
                name,
                name,
                module,
                bases,
                mro,
                Dict::new(),
                Some(b),
                Meta::Type,
                false,
                0,
            )
        }
    }
}

/// Builtin types whose instances are `Value` variants or runtime objects, and that
/// `builtin_class` gives as `Named` classes.
const NAMED: &[&str] = &[
    "property",
    "staticmethod",
    "classmethod",
    "slice",
    "super",
    "function",
    "method",
    "NoneType",
    "NotImplementedType",
    "ellipsis",
    "mappingproxy",
    "builtin_function_or_method",
    "member_descriptor",
    "getset_descriptor",
    "wrapper_descriptor",
    "method-wrapper",
];

/// `object`, the builtin exception classes, `abc.ABC`/`abc.ABCMeta`, and builtin types
/// used as values or bases.
pub fn builtin_class(name: &str) -> PyResult<Value> {
    let b = match name {
        "object" => Builtin::Object,
        "type" => Builtin::Type,
        "ABC" | "abc.ABC" => Builtin::Abc,
        "ABCMeta" | "abc.ABCMeta" => Builtin::AbcMeta,
        "EnumMeta" | "EnumType" | "enum.EnumMeta" | "enum.EnumType" => Builtin::EnumMeta,
        n if crate::modules::callable::is_builtin_type(n) => {
            return crate::modules::callable::builtin_ref(n);
        }
        n => {
            let kind = ExcKind::ALL
                .iter()
                .copied()
                .find(|k| k.qualified_name() == n || (k.name() == n && !n.contains('.')));
            match kind {
                Some(k) => Builtin::Exc(k),
                None => match NAMED.iter().find(|x| **x == n) {
                    Some(x) => Builtin::Named(x),
                    None => {
                        return Err(PyErr::msg(
                            ExcKind::NotImplementedError,
                            format!("molt: the class {name} cannot be used as a value yet"),
                        ));
                    }
                },
            }
        }
    };
    Ok(class_value(&builtin(b)))
}

/// `type(v)`.
pub fn type_of(v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => {
            if let Some(i) = crate::object::inst(o) {
                return Ok(class_value(&i.class));
            }
            if let Some(c) = downcast::<Class>(o) {
                return Ok(class_value(&c.metaclass()));
            }
            let n = o.type_name();
            if crate::modules::callable::builtin_ref_supported(n) {
                return crate::modules::callable::builtin_ref(n);
            }
            // The collections types: the object the module's name gives, so that
            // `type(x) is Counter` holds.
            if let Some(c) = n.strip_prefix("collections.").or(match n {
                "Counter" => Some("Counter"),
                _ => None,
            }) && matches!(
                c,
                "deque" | "Counter" | "OrderedDict" | "defaultdict" | "ChainMap"
            ) {
                return crate::modules::callable::module_function("collections", c);
            }
            // A stdlib class that its module gives as a value (`fractions.Fraction`).
            if let Some(c) = crate::modules::stdc_util::class_of_type(n) {
                return Ok(c);
            }
            Ok(class_value(&builtin(Builtin::Named(leak_name(n)))))
        }
        Value::Exc(e) => match e.instance() {
            Some(i) => type_of(&Value::Obj(i.clone())),
            None => Ok(exc_type(e.kind())),
        },
        Value::None => Ok(class_value(&builtin(Builtin::Named("NoneType")))),
        _ => {
            let n = v.class_name();
            if crate::modules::callable::builtin_ref_supported(n) {
                crate::modules::callable::builtin_ref(n)
            } else {
                Ok(class_value(&builtin(Builtin::Named(n))))
            }
        }
    }
}

/// The class of an instance of a user class.
pub(crate) fn instance_class(v: &Value) -> Option<&Rc<Class>> {
    match v {
        Value::Obj(o) => crate::object::inst(o).map(|i| &i.class),
        _ => None,
    }
}

// ------------------------------------------------------------------ isinstance

/// What the second argument of isinstance/issubclass is.
enum ClassArg {
    Class(Rc<Class>),
    /// A builtin type used as a value (`int`, `list`): `BuiltinFn` objects.
    BuiltinType(&'static str),
    /// A stdlib class (`collections.deque`).
    ModuleClass(String),
}

fn class_arg(v: &Value) -> Option<ClassArg> {
    let Value::Obj(o) = v else { return None };
    if let Some(c) = obj_as_class(o) {
        return Some(ClassArg::Class(c));
    }
    if let Some(b) = downcast::<crate::modules::callable::BuiltinFn>(o) {
        return crate::modules::callable::is_builtin_type(b.name)
            .then_some(ClassArg::BuiltinType(b.name));
    }
    if o.type_name() == "type" {
        // A stdlib class from modules::callable (`<class 'collections.deque'>`).
        let mut r = String::new();
        if o.repr_into(&mut r).is_ok()
            && let Some(n) = r
                .strip_prefix("<class '")
                .and_then(|s| s.strip_suffix("'>"))
        {
            return Some(ClassArg::ModuleClass(n.to_string()));
        }
    }
    None
}

/// The builtin-type ancestry of builtin types (`bool` is an `int`, a Counter a dict).
fn builtin_type_is_sub(a: &str, b: &str) -> bool {
    a == b
        || (a == "bool" && b == "int")
        || (matches!(a, "Counter" | "defaultdict" | "OrderedDict") && b == "dict")
}

/// Whether class `c` extends the collections class named `n` (`collections.Counter`).
fn extends_module_class(c: &Class, n: &str) -> bool {
    c.mro_iter().any(|k| match k.builtin {
        Some(Builtin::Data(d)) => n.strip_prefix("collections.") == Some(d),
        _ => false,
    })
}

/// The class a value is an instance of, as a class argument (for `isinstance`).
fn value_is_instance(v: &Value, cls: &ClassArg) -> bool {
    match cls {
        ClassArg::Class(c) => match c.builtin {
            Some(Builtin::Object) => true,
            _ => match v {
                Value::Obj(o) => {
                    if let Some(i) = crate::object::inst(o) {
                        i.class.is_subclass(c)
                    } else if let Some(k) = downcast::<Class>(o) {
                        // A class is an instance of its metaclass.
                        match c.builtin {
                            Some(Builtin::Type) => true,
                            Some(Builtin::AbcMeta) => k.meta == Meta::AbcMeta,
                            Some(Builtin::EnumMeta) => k.meta == Meta::EnumMeta,
                            _ => k.user_meta.get().is_some_and(|m| m.is_subclass(c)),
                        }
                    } else {
                        match c.builtin {
                            Some(Builtin::Named(n)) => {
                                o.type_name() == n
                                    || (n == "function" && o.type_name() == "function")
                            }
                            Some(Builtin::Type) => o.type_name() == "type",
                            _ => false,
                        }
                    }
                }
                Value::Exc(e) => match (e.instance(), c.builtin) {
                    (Some(i), _) => value_is_instance(&Value::Obj(i.clone()), cls),
                    (None, Some(Builtin::Exc(k))) => e.matches(k),
                    _ => false,
                },
                _ => matches!(c.builtin, Some(Builtin::Named(n)) if v.class_name() == n),
            },
        },
        ClassArg::BuiltinType(n) => {
            if let Some(i) = instance_class(v) {
                // Enum members of int/str mixins are instances of int/str, and instances
                // of `class L(list)` of list.
                return enums::mixin_of(i)
                    .or_else(|| builtin_base::base_of(i))
                    .is_some_and(|m| builtin_type_is_sub(m, n));
            }
            crate::builtins::isinstance(v, &[n])
        }
        ClassArg::ModuleClass(n) => match instance_class(v) {
            // An instance of `class C(Counter)`.
            Some(i) => extends_module_class(i, n),
            None => crate::modules::stdc_util::is_instance_of(v, n),
        },
    }
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Tuple(t) => Some(t.as_slice().to_vec()),
        _ => None,
    }
}

/// A member of a typing Union: None stands for NoneType.
fn none_as_type(v: &Value) -> Value {
    if v.is_none() {
        class_value(&builtin(Builtin::Named("NoneType")))
    } else {
        v.clone()
    }
}

/// `isinstance(v, cls)`, where cls is a class or a (nested) tuple of classes.
pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = tuple_items(cls) {
        for c in &items {
            if isinstance(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match crate::modules::typing::check_target(cls, "isinstance")? {
        CheckTarget::Class(c) => return isinstance(v, &c),
        CheckTarget::AnyOf(members) => {
            for m in &members {
                if isinstance(v, &none_as_type(m))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        CheckTarget::Other => {}
    }
    if let Some(abc) = crate::modules::collections_abc::abc_of(cls) {
        return Ok(crate::modules::collections_abc::isinstance(v, abc));
    }
    if let Some(abc) = crate::modules::numbers::abc_of(cls) {
        return Ok(crate::modules::numbers::isinstance(v, abc));
    }
    if let Some(c) = as_class(cls)
        && c.user_meta.get().is_some()
    {
        // PyObject_IsInstance: an exact type match, else the metaclass's check.
        if instance_class(v).is_some_and(|k| Rc::ptr_eq(k, &c)) {
            return Ok(true);
        }
        if let Some(r) = c.meta_special("__instancecheck__", vec![v.clone()])? {
            return r.try_truthy();
        }
    }
    if let Some(c) = as_class(cls)
        && abc_hooked(&c, || instance_class(v).is_some_and(|k| k.is_subclass(&c)))
    {
        // ABCMeta.__instancecheck__: type(v) is an exact match, else the class check
        // (v's `__class__` is its type here: molt refuses assigning it).
        if instance_class(v).is_some_and(|k| Rc::ptr_eq(k, &c)) {
            return Ok(true);
        }
        return abc_subclasscheck(&c, &type_of(v)?);
    }
    match class_arg(cls) {
        Some(ClassArg::Class(c)) if c.protocol => {
            crate::modules::typing::protocol_isinstance(v, &c)
        }
        Some(c) => Ok(value_is_instance(v, &c)),
        None => type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    }
}

/// Whether ABCMeta's check of the ABC `c` can answer other than the MRO does, so that it
/// must run (`abc_subclasscheck`): `c` has a `__subclasshook__` of its own, or the MRO
/// check (`by_mro`) fails and a subclass of `c` has one (a subclass's hook is asked only
/// then). The common case, an ABC without hooks, costs one cached lookup.
fn abc_hooked(c: &Rc<Class>, by_mro: impl FnOnce() -> bool) -> bool {
    if c.meta != Meta::AbcMeta || c.builtin.is_some() {
        return false;
    }
    own_hook(c) || (!by_mro() && c.subclasses().iter().any(tree_has_hook))
}

/// Whether `c` finds a `__subclasshook__` other than object's in its MRO.
fn own_hook(c: &Class) -> bool {
    let name = crate::attr::intern_static("__subclasshook__");
    c.lookup(&name)
        .is_some_and(|(f, _)| !natives::is_object_native(&f))
}

/// Whether `c` or one of its subclasses has a hook (`own_hook`).
fn tree_has_hook(c: &Rc<Class>) -> bool {
    own_hook(c) || c.subclasses().iter().any(tree_has_hook)
}

/// ABCMeta.__subclasscheck__ (CPython's `_abc__abc_subclasscheck_impl`, without its
/// caches, whose answers it does not change): the class's `__subclasshook__`, then the
/// MRO of `sub`, then each subclass of the ABC in turn (through `issubclass`, so their
/// hooks run too). `register` is refused at compile time, so there is no registry.
fn abc_subclasscheck(c: &Rc<Class>, sub: &Value) -> PyResult<bool> {
    if class_arg(sub).is_none() {
        return type_error("issubclass() arg 1 must be a class");
    }
    let me = class_value(c);
    let hook = crate::attr::getattr_static(&me, "__subclasshook__")?;
    let ok = crate::func::call(&hook, vec![sub.clone()], vec![])?;
    if !descr::is_not_implemented(&ok) {
        return match ok {
            Value::Bool(b) => Ok(b),
            _ => Err(PyErr::msg(
                ExcKind::AssertionError,
                "__subclasshook__ must return either False, True, or NotImplemented",
            )),
        };
    }
    if let Some(k) = as_class(sub)
        && k.is_subclass(c)
    {
        return Ok(true);
    }
    for s in c.subclasses() {
        if issubclass(sub, &class_value(&s))? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `issubclass(a, b)`.
pub fn issubclass(a: &Value, b: &Value) -> PyResult<bool> {
    // numbers' ABCs among themselves: the tower is a chain.
    if crate::modules::numbers::abc_of(a).is_some()
        && let Some(abc) = crate::modules::numbers::abc_of(b)
        && let Some(r) = crate::modules::numbers::issubclass(a, abc)
    {
        return Ok(r);
    }
    let Some(ac) = class_arg(a) else {
        return type_error("issubclass() arg 1 must be a class");
    };
    if let Some(items) = tuple_items(b) {
        for c in &items {
            if issubclass(a, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    match crate::modules::typing::check_target(b, "issubclass")? {
        CheckTarget::Class(c) => return issubclass(a, &c),
        CheckTarget::AnyOf(members) => {
            for m in &members {
                if issubclass(a, &none_as_type(m))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        CheckTarget::Other => {}
    }
    if let Some(abc) = crate::modules::collections_abc::abc_of(b)
        && let Some(r) = crate::modules::collections_abc::issubclass(a, abc)
    {
        return Ok(r);
    }
    if let Some(abc) = crate::modules::numbers::abc_of(b)
        && let Some(r) = crate::modules::numbers::issubclass(a, abc)
    {
        return Ok(r);
    }
    if let Some(c) = as_class(b)
        && let Some(r) = c.meta_special("__subclasscheck__", vec![a.clone()])?
    {
        return r.try_truthy();
    }
    if let Some(c) = as_class(b)
        && abc_hooked(&c, || as_class(a).is_some_and(|k| k.is_subclass(&c)))
    {
        return abc_subclasscheck(&c, a);
    }
    let Some(bc) = class_arg(b) else {
        return type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    };
    if let ClassArg::Class(p) = &bc
        && p.protocol
    {
        let own = match &ac {
            ClassArg::Class(c) => Some(c.clone()),
            _ => None,
        };
        return crate::modules::typing::protocol_issubclass(a, own.as_ref(), p);
    }
    Ok(match (&ac, &bc) {
        (ClassArg::Class(x), ClassArg::Class(y)) => x.is_subclass(y),
        (_, ClassArg::Class(y)) => y.builtin == Some(Builtin::Object),
        (ClassArg::BuiltinType(x), ClassArg::BuiltinType(y)) => builtin_type_is_sub(x, y),
        (ClassArg::Class(x), ClassArg::BuiltinType(y)) => enums::mixin_of(x)
            .or_else(|| builtin_base::base_of(x))
            .is_some_and(|m| builtin_type_is_sub(m, y)),
        (ClassArg::Class(x), ClassArg::ModuleClass(y)) => extends_module_class(x, y),
        // A stdlib class: its MRO as `__mro__` gives it (`datetime` extends `date`,
        // `Counter` extends `dict`).
        (ClassArg::ModuleClass(_), _) => match mro_values(a)? {
            Some(mro) => {
                let mut found = false;
                for c in &mro {
                    let same = match (class_arg(c), &bc) {
                        (Some(ClassArg::ModuleClass(x)), ClassArg::ModuleClass(y)) => x == *y,
                        (Some(ClassArg::BuiltinType(x)), ClassArg::BuiltinType(y)) => x == *y,
                        (Some(ClassArg::Class(x)), ClassArg::Class(y)) => Rc::ptr_eq(&x, y),
                        _ => false,
                    };
                    if same {
                        found = true;
                        break;
                    }
                }
                found
            }
            None => false,
        },
        _ => false,
    })
}

// ------------------------------------------------------------------ the class object

impl Object for Class {
    fn type_name(&self) -> &'static str {
        if let Some(m) = self.user_meta.get() {
            return m.sname.get();
        }
        match self.meta {
            Meta::Type => "type",
            Meta::AbcMeta => "ABCMeta",
            Meta::EnumMeta => "EnumType",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        if let Some(r) = self.meta_special("__repr__", vec![])? {
            out.push_str(meta_str(&r, "__repr__")?.as_str());
            return Ok(());
        }
        if self.meta == Meta::EnumMeta
            && let Some(r) = enums::class_repr(self)
        {
            out.push_str(&r);
            return Ok(());
        }
        out.push_str("<class '");
        out.push_str(&self.display_name(true));
        out.push_str("'>");
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        if let Some(r) = self.meta_special("__str__", vec![])? {
            out.push_str(meta_str(&r, "__str__")?.as_str());
            return Ok(());
        }
        self.repr_into(out)
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        let n = crate::attr::intern(name);
        self.get_attr(this, &n)
    }
    fn setattr(&self, this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let n = crate::attr::intern(name);
        self.set_attr_checked(this, &n, value)
    }
    fn delattr(&self, this: &ObjRef, name: &str) -> PyResult<()> {
        let n = crate::attr::intern(name);
        self.del_attr_checked(this, &n)
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let n = crate::attr::intern(name);
        self.call_attr(this, &n, args, kwargs)
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        match obj_as_class(this) {
            Some(c) => build::call_class(&c, args, kwargs),
            None => type_error("bad class object"),
        }
    }
    fn iter(&self, this: &ObjRef) -> PyResult<crate::value::ValueIter> {
        if let Some(r) = self.meta_special("__iter__", vec![])? {
            return instance::iter_of_iterator(r);
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
        {
            return enums::class_iter(&c);
        }
        type_error(format!("'{}' object is not iterable", self.type_name()))
    }
    fn len(&self, this: &ObjRef) -> PyResult<usize> {
        if let Some(r) = self.meta_special("__len__", vec![])? {
            return meta_len(&r);
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
        {
            return enums::class_len(&c);
        }
        type_error(format!(
            "object of type '{}' has no len()",
            self.type_name()
        ))
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        if let Some(r) = self.meta_special("__bool__", vec![])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => type_error(format!(
                    "__bool__ should return bool, returned {}",
                    other.class_name()
                )),
            };
        }
        if let Some(r) = self.meta_special("__len__", vec![])? {
            return Ok(meta_len(&r)? != 0);
        }
        Ok(true)
    }
    fn contains(&self, this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        if let Some(r) = self.meta_special("__contains__", vec![x.clone()])? {
            return Ok(Some(r.try_truthy()?));
        }
        if self.user_meta.get().is_some()
            && self
                .meta_lookup(&crate::attr::intern_static("__iter__"))
                .is_some()
        {
            // _PySequence_IterSearch over the metaclass's __iter__.
            let mut it = self.iter(this)?;
            while let Some(v) = it.next()? {
                if v.py_is(x) || v.py_eq(x)? {
                    return Ok(Some(true));
                }
            }
            return Ok(Some(false));
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
        {
            return enums::class_contains(&c, x).map(Some);
        }
        type_error(format!(
            "argument of type '{}' is not iterable",
            self.type_name()
        ))
    }
    fn getitem(&self, this: &ObjRef, key: &Value) -> PyResult<Value> {
        // The metaclass's mp_subscript comes before `__class_getitem__`.
        if let Some(r) = self.meta_special("__getitem__", vec![key.clone()])? {
            return Ok(r);
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
        {
            return enums::class_getitem(&c, key);
        }
        if let Some(c) = obj_as_class(this)
            && let Some(alias) = crate::modules::typing::class_getitem(&c, key)
        {
            return Ok(alias);
        }
        // `C[item]` calls the class's `__class_getitem__` (a classmethod; type_new
        // wraps it), as PyObject_GetItem does for a type.
        if self
            .lookup_value(&crate::attr::intern_static("__class_getitem__"))
            .is_some()
        {
            let f = crate::attr::getattr(&Value::Obj(this.clone()), "__class_getitem__")?;
            return crate::func::call(&f, vec![key.clone()], vec![]);
        }
        // `type[C]`: a types.GenericAlias, as for the other generic builtin classes.
        if self.name().as_str() == "type" && self.module.as_str() == "builtins" {
            return Ok(crate::modules::typing::builtin_alias("type", key));
        }
        type_error(format!("type '{}' is not subscriptable", self.name()))
    }
    fn binop(
        &self,
        this: &ObjRef,
        op: crate::value::BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let _ = (this, op, other, reflected);
        Ok(None)
    }
}

impl Class {
    /// `type.__getattribute__(cls, name)`.
    pub(crate) fn get_attr(&self, this: &ObjRef, name: &Str) -> PyResult<Value> {
        // The metaclass's data descriptors come first.
        if let Some(v) = self.meta_attr(this, name)? {
            return Ok(v);
        }
        // type_getattro: a user metaclass's data descriptors, then the class's MRO, then
        // the metaclass's other attributes bound to the class.
        let meta = self.meta_lookup(name);
        if let Some((m, d, DKind::Data)) = &meta {
            return descr::descr_get(d, Some(&Value::Obj(this.clone())), m);
        }
        if let Some((v, kind)) = self.lookup(name) {
            let owner = obj_as_class(this);
            return match (kind, owner) {
                (DKind::Plain, _) => Ok(v),
                (_, Some(owner)) => descr::descr_get(&v, None, &owner),
                (_, None) => Ok(v),
            };
        }
        if let Some((m, d, _)) = &meta {
            return descr::descr_get(d, Some(&Value::Obj(this.clone())), m);
        }
        if let Some(v) = self.meta_method(this, name)? {
            return Ok(v);
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
            && let Some(v) = enums::class_getattr(&c, name)?
        {
            return Ok(v);
        }
        Err(crate::attr::no_attr_type(
            self.name().as_str(),
            name.as_str(),
        ))
    }

    /// A class made by namedtuple() or a `typing.NamedTuple` class statement.
    fn is_namedtuple_root(&self) -> bool {
        self.ext
            .borrow()
            .as_ref()
            .is_some_and(|e| e.is::<namedtuple::NtInfo>())
    }

    /// The attributes `type` defines as data descriptors (`__name__`, `__mro__`, ...).
    fn meta_attr(&self, this: &ObjRef, name: &Str) -> PyResult<Option<Value>> {
        use crate::tuple::Tup;
        let classes =
            |v: &[Rc<Class>]| Value::Tuple(Tup::from_vec(v.iter().map(visible_class).collect()));
        Ok(Some(match name.as_str() {
            "__name__" => Value::Str(self.name()),
            "__qualname__" => Value::Str(self.qualname()),
            // A named tuple class derives from tuple, which molt keeps out of its MRO
            // (the class carries tuple's methods itself): show it where CPython has it.
            "__mro__" => {
                let mut v = vec![Value::Obj(this.clone())];
                v.extend(self.mro.iter().map(visible_class));
                if namedtuple::info_of(self).is_some() && !v.is_empty() {
                    v.insert(v.len() - 1, crate::modules::callable::builtin_ref("tuple")?);
                }
                Value::Tuple(Tup::from_vec(v))
            }
            "__bases__" if self.is_namedtuple_root() => {
                Value::Tuple(Tup::from_vec(vec![crate::modules::callable::builtin_ref(
                    "tuple",
                )?]))
            }
            "__base__" if self.is_namedtuple_root() => {
                crate::modules::callable::builtin_ref("tuple")?
            }
            "__bases__" => classes(&self.bases),
            "__base__" => match build::best_base(&self.bases).ok().flatten() {
                Some(b) => visible_class(&b),
                None => Value::None,
            },
            "__dict__" => descr::mappingproxy(self.dict.clone()),
            "__class__" => type_of(&Value::Obj(this.clone()))?,
            "__module__" if !self.is_user() => Value::Str(self.module.clone()),
            "__doc__" if !self.is_user() && dict_get(&self.dict, name).is_none() => Value::None,
            "__abstractmethods__" if self.meta == Meta::AbcMeta => {
                let a = self.abstracts.borrow().clone();
                Value::FrozenSet(crate::set::FrozenSet::from_vec(
                    a.into_iter().map(Value::Str).collect(),
                )?)
            }
            "__members__" if self.meta == Meta::EnumMeta => match obj_as_class(this) {
                Some(c) => enums::members_proxy(&c)?,
                None => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    /// The methods `type` defines (`mro`, `__subclasses__`), after the class's own
    /// attributes.
    fn meta_method(&self, this: &ObjRef, name: &Str) -> PyResult<Option<Value>> {
        let me = Value::Obj(this.clone());
        Ok(Some(match name.as_str() {
            "mro" | "__subclasses__" => {
                descr::bound_native(me, natives::type_method(name.as_str()))
            }
            _ => return Ok(None),
        }))
    }

    /// `C.name(*args)` without making a bound method when possible.
    pub(crate) fn call_attr(
        &self,
        this: &ObjRef,
        name: &Str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if let Some((v, kind)) = self.lookup(name)
            && self.meta_attr(this, name)?.is_none()
            && !matches!(self.meta_lookup(name), Some((_, _, DKind::Data)))
        {
            match kind {
                DKind::Plain | DKind::Function => {
                    return crate::func::call(&v, args, kwargs);
                }
                _ => {
                    if let Some(cm) = descr::as_classmethod(&v) {
                        let mut a = Vec::with_capacity(args.len() + 1);
                        a.push(Value::Obj(this.clone()));
                        a.extend(args);
                        return crate::func::call(&cm, a, kwargs);
                    }
                }
            }
        }
        let f = self.get_attr(this, name)?;
        crate::func::call(&f, args, kwargs)
    }

    /// `C.name = value` (type.__setattr__).
    pub(crate) fn set_attr_checked(&self, this: &ObjRef, name: &Str, value: Value) -> PyResult<()> {
        if !self.is_user() {
            return type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name,
                self.name()
            ));
        }
        match name.as_str() {
            "__name__" | "__qualname__" => {
                let Value::Str(s) = value else {
                    return type_error(format!(
                        "can only assign string to {}.{name}, not '{}'",
                        self.name(),
                        value.class_name()
                    ));
                };
                if name.as_str() == "__name__" {
                    self.sname.set(leak_name(s.as_str()));
                    *self.name.borrow_mut() = s;
                } else {
                    *self.qualname.borrow_mut() = s;
                }
                return Ok(());
            }
            "__bases__" | "__mro__" | "__class__" | "__dict__" => {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    format!("molt: assigning {name} of a class is not supported"),
                ));
            }
            _ => {}
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
        {
            enums::check_class_setattr(&c, name)?;
        }
        // A data descriptor of a user metaclass (a property with a setter) takes it.
        if let Some((m, d, DKind::Data)) = self.meta_lookup(name) {
            return instance::descr_set(&d, &Value::Obj(this.clone()), Some(value), &m);
        }
        self.set_attr(name, value)
    }

    pub(crate) fn del_attr_checked(&self, this: &ObjRef, name: &Str) -> PyResult<()> {
        if !self.is_user() {
            return type_error(format!(
                "cannot delete '{}' attribute of immutable type '{}'",
                name,
                self.name()
            ));
        }
        if self.meta == Meta::EnumMeta
            && let Some(c) = obj_as_class(this)
        {
            enums::check_class_delattr(&c, name)?;
        }
        if let Some((m, d, DKind::Data)) = self.meta_lookup(name) {
            return instance::descr_set(&d, &Value::Obj(this.clone()), None, &m);
        }
        if self.del_attr(name)? {
            Ok(())
        } else {
            Err(crate::attr::no_attr_type(
                self.name().as_str(),
                name.as_str(),
            ))
        }
    }
}

/// The str a metaclass's `__repr__`/`__str__` returned.
fn meta_str(r: &Value, what: &str) -> PyResult<Str> {
    match r {
        Value::Str(s) => Ok(s.clone()),
        other => type_error(format!(
            "{what} returned non-string (type {})",
            other.class_name()
        )),
    }
}

/// The length a metaclass's `__len__` returned.
fn meta_len(r: &Value) -> PyResult<usize> {
    let i = ops::index_of(r)?;
    if i.is_negative() {
        return crate::exc::value_error("__len__() should return >= 0");
    }
    match i.as_i64() {
        Some(n) => Ok(n as usize),
        None => crate::exc::overflow_error("cannot fit 'int' into an index-sized integer"),
    }
}

// ------------------------------------------------------------------ hooks for exc.rs & attr.rs

pub(crate) fn excs_instance_matches(o: &ObjRef, kind: ExcKind) -> bool {
    excs::instance_matches(o, kind)
}

pub(crate) fn excs_sync_chain(o: &ObjRef, cause: Option<Option<PyErr>>, context: Option<PyErr>) {
    excs::sync_chain(o, cause, context)
}

/// An exception value (builtin or a user instance) as a PyErr.
pub(crate) fn value_err(v: &Value) -> Option<PyErr> {
    excs::value_err(v)
}

pub(crate) fn excs_chain(o: &ObjRef) -> Option<(Option<PyErr>, Option<PyErr>, bool)> {
    excs::chain(o)
}

pub(crate) fn excs_set_context(o: &ObjRef, context: Option<PyErr>) {
    excs::set_context(o, context)
}

pub(crate) fn excs_traceback_name(o: &ObjRef) -> String {
    excs::traceback_name(o)
}

pub(crate) fn excs_notes(o: &ObjRef) -> Vec<String> {
    excs::notes(o)
}

pub(crate) fn note_lines(v: &Value) -> Vec<String> {
    excs::note_lines(v)
}

pub(crate) fn excs_to_exception(v: &Value) -> PyResult<PyErr> {
    excs::to_exception(v)
}

/// `dir(t)` of a builtin type, from CPython's tables.
pub(crate) fn type_dir_table(t: &str) -> Option<&'static [&'static str]> {
    tables::TYPE_DIRS
        .iter()
        .find(|(n, _)| *n == t)
        .map(|(_, d)| *d)
}

/// `dir(cls)` of a stdlib class the runtime gives as a class value (`collections.deque`),
/// each name with whether it is a plain instance method; sorted by name.
pub(crate) fn stdlib_class_dir(
    module: &str,
    name: &str,
) -> Option<&'static [(&'static str, bool)]> {
    tables::STDLIB_CLASS_DIRS
        .iter()
        .find(|(m, n, _)| *m == module && *n == name)
        .map(|(_, _, d)| *d)
}

/// `dir(e)` of a builtin exception value.
pub(crate) fn exc_dir(kind: ExcKind) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = type_dir_table("object").unwrap_or(&[]).to_vec();
    for k in kind.mro() {
        if let Some((_, names, _)) = tables::EXC_DICTS.iter().find(|(n, _, _)| *n == k.name()) {
            v.extend(names.iter().copied());
        }
    }
    v.push("__doc__");
    v
}

/// The names in the dicts of a class's MRO (type.__dir__ / object.__dir__'s class part).
pub(crate) fn class_dir_names(c: &Class) -> Vec<Str> {
    let mut out = vec![];
    for k in c.mro_iter() {
        match k.builtin {
            Some(Builtin::Exc(kind)) => {
                if let Some((_, names, _)) =
                    tables::EXC_DICTS.iter().find(|(n, _, _)| *n == kind.name())
                {
                    out.extend(names.iter().map(|n| Str::from(*n)));
                }
                out.push(Str::from("__doc__"));
            }
            _ => {
                for key in k.dict.keys_vec() {
                    if let Value::Str(s) = key {
                        out.push(s);
                    }
                }
            }
        }
    }
    out
}

/// `iter(instance)`: the object `__iter__` returns, checked to be an iterator.
pub fn instance_iter(i: &Instance) -> PyResult<Value> {
    let it = crate::attr::intern_static("__iter__");
    match i.class.lookup_value(&it) {
        Some(f) if !f.is_none() => {
            let r = descr::call_descr(&f, &i.value(), vec![], vec![], &i.class)?;
            let ok = match &r {
                Value::Iter(_) => true,
                Value::Obj(o) => match crate::object::inst(o) {
                    Some(x) => x.special("__next__").is_some(),
                    None => true,
                },
                _ => false,
            };
            if ok {
                Ok(r)
            } else {
                type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    r.class_name()
                ))
            }
        }
        _ => {
            let mut it = i.make_iter()?;
            Ok(Value::Iter(crate::iter::Iter::from_fn(
                "iterator",
                move || it.next(),
            )))
        }
    }
}

pub use ops::Cmp;
pub(crate) use ops::involves_instance;

/// `a op b` when a user instance is involved (None: both sides declined).
pub(crate) fn binop(op: crate::value::BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    ops::binop(op, a, b)
}

pub(crate) use descr::slice_bounds;

/// The slice object for `x[a:b:c]` on a user object.
pub(crate) fn slice_of(start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Value {
    let b = |x: Option<i64>| x.map_or(Value::None, Value::int);
    descr::slice(b(start), b(stop), b(step))
}
