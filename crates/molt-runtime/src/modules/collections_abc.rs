//! collections.abc: its classes as values (opaque forms, like typing's, shown as
//! `<class 'collections.abc.Iterable'>`), and `isinstance`/`issubclass` against them and
//! against typing's aliases of them (`typing.Iterable`). A class statement that subclasses
//! one gets the front end's Python definition of it instead (its mixin methods; see
//! molt-front's prelude/collections_abc.py), which these checks recognise by its
//! `__module__` and name.
//!
//! The checks follow Lib/_collections_abc.py: the one-trick ABCs (Iterable, Sized, ...)
//! look for their methods in the class's MRO (`__subclasshook__`, a method set to None
//! does not count); the others (Sequence, Mapping, Set, ...) hold only the builtin types
//! registered with them.

use crate::attr::intern_static;
use crate::class::{Class, Meta};
use crate::value::Value;
use std::rc::Rc;

/// The classes of collections.abc molt knows.
pub const NAMES: &[&str] = &[
    "Container",
    "Hashable",
    "Iterable",
    "Iterator",
    "Reversible",
    "Generator",
    "Sized",
    "Callable",
    "Collection",
    "Set",
    "MutableSet",
    "Mapping",
    "MutableMapping",
    "MappingView",
    "KeysView",
    "ItemsView",
    "ValuesView",
    "Sequence",
    "MutableSequence",
];

thread_local! {
    static CLASSES: std::cell::RefCell<hashbrown::HashMap<&'static str, Value>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

/// `collections.abc.name` as a value.
pub fn attr(name: &str) -> crate::exc::PyResult<Value> {
    let Some(n) = NAMES.iter().find(|n| **n == name) else {
        return Err(crate::exc::PyErr::msg(
            crate::exc::ExcKind::NotImplementedError,
            format!("molt: collections.abc.{name} is not supported yet"),
        ));
    };
    if let Some(v) = CLASSES.with(|c| c.borrow().get(n).cloned()) {
        return Ok(v);
    }
    let v = Value::Obj(Rc::new(super::typing::Form {
        name: n.to_string(),
        subscripted: false,
        typevar: false,
        origin: None,
        args: None,
        abc: true,
        builtin: false,
    }));
    CLASSES.with(|c| c.borrow_mut().insert(n, v.clone()));
    Ok(v)
}

/// The collections.abc class that `v` stands for in an isinstance/issubclass check: an
/// unsubscripted collections.abc class or typing alias of one.
pub(crate) fn abc_of(v: &Value) -> Option<&'static str> {
    let Value::Obj(o) = v else { return None };
    let f = o.as_any().downcast_ref::<super::typing::Form>()?;
    if f.typevar || f.subscripted || f.origin.is_some() {
        return None;
    }
    let name = match f.name.as_str() {
        "AbstractSet" if !f.abc => "Set",
        "Set" if !f.abc => return None,
        n => n,
    };
    NAMES.iter().copied().find(|n| *n == name)
}

/// The methods whose presence in the MRO makes a class a virtual subclass of a one-trick
/// ABC; None for the ABCs that take only registered (builtin) classes.
fn hook_methods(abc: &str) -> Option<&'static [&'static str]> {
    Some(match abc {
        "Container" => &["__contains__"],
        "Hashable" => &["__hash__"],
        "Iterable" => &["__iter__"],
        "Iterator" => &["__iter__", "__next__"],
        "Reversible" => &["__reversed__", "__iter__"],
        "Generator" => &["__iter__", "__next__", "send", "throw", "close"],
        "Sized" => &["__len__"],
        "Callable" => &["__call__"],
        "Collection" => &["__len__", "__iter__", "__contains__"],
        _ => return None,
    })
}

/// The ABCs a builtin type (by its class name) is a subclass of.
fn builtin_is(type_name: &str, abc: &str) -> bool {
    const COLLECTION: &[&str] = &["Container", "Iterable", "Sized", "Collection"];
    let seq = |mutable: bool| {
        COLLECTION.contains(&abc)
            || matches!(abc, "Reversible" | "Sequence")
            || (mutable && abc == "MutableSequence")
    };
    let hashable = abc == "Hashable";
    match type_name {
        "list" | "bytearray" | "collections.deque" | "array.array" => seq(true),
        "tuple" | "str" | "range" | "bytes" => seq(false) || hashable,
        "dict"
        | "collections.OrderedDict"
        | "collections.defaultdict"
        | "collections.Counter"
        | "Counter"
        | "OrderedDict"
        | "defaultdict"
        | "collections.ChainMap" => {
            COLLECTION.contains(&abc) || matches!(abc, "Reversible" | "Mapping" | "MutableMapping")
        }
        "mappingproxy" => COLLECTION.contains(&abc) || matches!(abc, "Reversible" | "Mapping"),
        "set" => COLLECTION.contains(&abc) || matches!(abc, "Set" | "MutableSet"),
        "frozenset" => COLLECTION.contains(&abc) || abc == "Set" || hashable,
        "dict_keys" | "odict_keys" | "KeysView" => {
            COLLECTION.contains(&abc)
                || matches!(abc, "Reversible" | "Set" | "MappingView" | "KeysView")
        }
        "dict_items" => {
            COLLECTION.contains(&abc)
                || matches!(abc, "Reversible" | "Set" | "MappingView" | "ItemsView")
        }
        // dict_values compares by identity, so it stays hashable.
        "dict_values" => {
            COLLECTION.contains(&abc)
                || matches!(abc, "Reversible" | "MappingView" | "ValuesView")
                || hashable
        }
        "generator" => matches!(abc, "Iterable" | "Iterator" | "Generator") || hashable,
        "itertools.count" | "itertools.repeat" | "_csv.reader" | "_io.StringIO"
        | "_io.TextIOWrapper" | "TextIOWrapper" => {
            matches!(abc, "Iterable" | "Iterator") || hashable
        }
        _ => false,
    }
}

/// Whether a user class has the ABC's methods (not set to None) in its MRO.
fn class_hooks(c: &Class, methods: &[&'static str]) -> bool {
    // The lookup cache is keyed by interned names.
    let found = |m: &&'static str| c.lookup_value(&intern_static(m));
    methods.iter().all(|m| match found(m) {
        Some(v) => !v.is_none(),
        // object's __hash__ is not in the class dicts molt builds.
        None => *m == "__hash__",
    })
}

/// Whether `c` derives from molt's Python definition of the ABC (the front end's
/// prelude/collections_abc.py, whose classes are the program's with `__module__`
/// collections.abc), as a class that subclasses it in CPython does.
fn derives_from(c: &Class, abc: &str) -> bool {
    std::iter::once(c)
        .chain(c.mro.iter().map(|k| &**k))
        .any(|k| k.module.as_str() == "collections.abc" && k.name().as_str() == abc)
}

/// `issubclass(c, abc)` for a user class.
fn user_class_is(c: &Class, abc: &str) -> bool {
    if derives_from(c, abc) {
        return true;
    }
    if let Some(b) = crate::class::builtin_base::base_of(c)
        && builtin_is(b, abc)
    {
        return true;
    }
    match hook_methods(abc) {
        Some(m) => class_hooks(c, m),
        None => false,
    }
}

/// `isinstance(v, abc)`.
pub(crate) fn isinstance(v: &Value, abc: &str) -> bool {
    match v {
        Value::Iter(_) => matches!(abc, "Iterable" | "Iterator" | "Hashable"),
        Value::Exc(e) => match e.instance() {
            Some(i) => isinstance(&Value::Obj(i.clone()), abc),
            None => abc == "Hashable",
        },
        Value::Obj(o) => {
            if let Some(i) = crate::object::inst(o) {
                return user_class_is(&i.class, abc);
            }
            if let Some(c) = crate::class::obj_as_class(o) {
                // A class: its metaclass's methods (EnumMeta iterates its members).
                return match abc {
                    "Hashable" | "Callable" => true,
                    "Iterable" | "Sized" | "Container" | "Collection" | "Reversible" => {
                        c.meta == Meta::EnumMeta
                    }
                    _ => false,
                };
            }
            if abc == "Callable" {
                return o.is_callable();
            }
            if builtin_is(o.type_name(), abc) {
                return true;
            }
            // Functions, methods and the other runtime objects are hashable; the
            // mutable containers among them are listed in builtin_is.
            abc == "Hashable" && !unhashable_builtin(o.type_name())
        }
        _ => builtin_is(v.class_name(), abc) || (abc == "Hashable" && scalar(v)),
    }
}

/// The mutable containers among the runtime's objects (their `__hash__` is None).
fn unhashable_builtin(type_name: &str) -> bool {
    builtin_is(type_name, "MutableSequence")
        || builtin_is(type_name, "MutableMapping")
        || builtin_is(type_name, "MutableSet")
        || matches!(
            type_name,
            "dict_keys" | "dict_items" | "odict_keys" | "KeysView"
        )
}

fn scalar(v: &Value) -> bool {
    matches!(
        v,
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    )
}

/// `issubclass(cls, abc)`, for a class value; None when `cls` is not a class molt can
/// check.
pub(crate) fn issubclass(cls: &Value, abc: &str) -> Option<bool> {
    let Value::Obj(o) = cls else { return None };
    if let Some(c) = crate::class::obj_as_class(o) {
        return Some(user_class_is(&c, abc));
    }
    let f = o
        .as_any()
        .downcast_ref::<crate::modules::callable::BuiltinFn>()?;
    if !crate::modules::callable::is_builtin_type(f.name) {
        return None;
    }
    Some(
        builtin_is(f.name, abc)
            || (abc == "Hashable"
                && matches!(
                    f.name,
                    "int"
                        | "float"
                        | "bool"
                        | "str"
                        | "bytes"
                        | "tuple"
                        | "frozenset"
                        | "range"
                        | "object"
                        | "type"
                )),
    )
}
