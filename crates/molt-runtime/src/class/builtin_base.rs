//! User classes that extend a builtin type (`class Stack(list)`, `class Name(str)`,
//! `class Money(int)`): CPython lays the subclass's instance out as the builtin object plus a
//! `__dict__` (Objects/typeobject.c type_new, best_base); here the instance carries the
//! builtin value (`Instance::base`, the payload) and the builtin type is a class in the MRO
//! whose dict holds the type's methods, each applied to the payload. So a subclass override
//! wins wherever CPython calls the slot (`len`, `[]`, `in`, `==`, repr, ...), the builtin's
//! own methods never call overrides (`dict.update` does not call `__setitem__`, `dict.get`
//! does not call `__missing__`), and results are of the base type (a slice of a list
//! subclass is a list, `Money(1) + 1` is an int), as in CPython.

use super::descr::{not_implemented, staticmethod};
use super::{Builtin, Class, as_class, builtin, object_class};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::func::function;
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::object::downcast;
use crate::str::Str;
use crate::value::{BinOp, Value};
use std::rc::Rc;

/// The builtin types a class can extend.
pub const BASES: &[&str] = &["list", "dict", "set", "str", "int", "float", "tuple"];

/// The collections types a class can extend: their instance carries the collections
/// object (modules/collections.rs) as its payload, and Counter, defaultdict and
/// OrderedDict derive from dict (Lib/collections/__init__.py, _collectionsmodule.c).
pub const COLLECTIONS: &[&str] = &["Counter", "defaultdict", "OrderedDict", "deque"];

/// The name of a subclassable builtin type, as a `&'static str`.
pub(crate) fn base_type(name: &str) -> Option<&'static str> {
    BASES.iter().copied().find(|b| *b == name)
}

/// `collections.Counter` & co. as a base class: the type's name.
pub(crate) fn collections_base(v: &Value) -> Option<&'static str> {
    let Value::Obj(o) = v else { return None };
    if o.type_name() != "type" || downcast::<Class>(o).is_some() {
        return None;
    }
    let mut r = String::new();
    o.repr_into(&mut r).ok()?;
    let n = r.strip_prefix("<class 'collections.")?.strip_suffix("'>")?;
    COLLECTIONS.iter().copied().find(|c| *c == n)
}

fn is_collections(ty: &str) -> bool {
    COLLECTIONS.contains(&ty)
}

/// Counter, defaultdict and OrderedDict.
fn is_dict_kind(ty: &str) -> bool {
    is_collections(ty) && ty != "deque"
}

/// The class standing for the builtin type `n` in the MRO of its subclasses.
pub(crate) fn data_class(n: &'static str) -> Rc<Class> {
    builtin(Builtin::Data(n))
}

/// Creates the class of builtin type `n` (called once, through `builtin`).
pub(crate) fn make_class(n: &'static str) -> Rc<Class> {
    let obj = object_class();
    let (bases, mro) = if is_dict_kind(n) {
        let d = data_class("dict");
        let mut m = vec![d.clone()];
        m.extend(d.mro.iter().cloned());
        (vec![d], m)
    } else {
        (vec![obj.clone()], vec![obj])
    };
    let module = if is_collections(n) {
        "collections"
    } else {
        "builtins"
    };
    Class::new_raw(
        n,
        n,
        module,
        bases,
        mro,
        type_dict(n),
        Some(Builtin::Data(n)),
        super::Meta::Type,
        false,
        0,
    )
}

/// The builtin type a class extends (`list` for `class Stack(list)`).
pub(crate) fn base_of(c: &Class) -> Option<&'static str> {
    c.mro_iter().find_map(|k| match k.builtin {
        Some(Builtin::Data(n)) => Some(n),
        _ => None,
    })
}

/// The builtin value inside an instance of a subclass of a builtin type.
pub fn payload(v: &Value) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    crate::object::inst(o)?.base.borrow().clone()
}

/// The int inside an instance of an int subclass (it is an int wherever one is expected).
pub(crate) fn int_payload(o: &crate::object::ObjRef) -> Option<crate::int::Int> {
    match &*crate::object::inst(o)?.base.borrow() {
        Some(Value::Int(i)) => Some(i.clone()),
        _ => None,
    }
}

/// The value itself, or the builtin value inside an instance of a builtin subclass.
pub(crate) fn unwrap(v: &Value) -> Value {
    payload(v).unwrap_or_else(|| v.clone())
}

/// Whether `v` is a value of the builtin type `ty` itself.
fn is_kind(ty: &str, v: &Value) -> bool {
    match ty {
        "list" => matches!(v, Value::List(_)),
        // Counter & co. are dicts: dict's methods apply to them.
        "dict" => {
            matches!(v, Value::Dict(_))
                || crate::modules::collections::as_dict(v).is_some() && matches!(v, Value::Obj(_))
        }
        "Counter" => matches!(v, Value::Obj(o) if o.type_name() == "Counter"),
        "defaultdict" => {
            matches!(v, Value::Obj(o) if o.type_name() == "collections.defaultdict")
        }
        "OrderedDict" => {
            matches!(v, Value::Obj(o) if o.type_name() == "collections.OrderedDict")
        }
        "deque" => matches!(v, Value::Obj(o) if o.type_name() == "collections.deque"),
        "set" => matches!(v, Value::Set(_)),
        "str" => matches!(v, Value::Str(_)),
        "int" => matches!(v, Value::Int(_) | Value::Bool(_)),
        "float" => matches!(v, Value::Float(_)),
        "tuple" => matches!(v, Value::Tuple(_)),
        "bool" => matches!(v, Value::Bool(_)),
        "frozenset" => matches!(v, Value::FrozenSet(_)),
        "range" => matches!(v, Value::Range(_)),
        // bytes and bytearray are runtime objects of that type name (not instances).
        "bytes" | "bytearray" => {
            matches!(v, Value::Obj(o) if crate::object::inst(o).is_none() && o.type_name() == ty)
        }
        _ => false,
    }
}

/// The methods bool overrides in int: `int.__repr__(True)` is `'1'`, int's method.
const BOOL_OVERRIDES: &[&str] = &[
    "__repr__", "__and__", "__or__", "__xor__", "__rand__", "__ror__", "__rxor__",
];

/// Whether `ty.name` is a method_descriptor (a method of the type's method table) rather
/// than a wrapper_descriptor (a slot wrapper); their TypeErrors differ (Objects/descrobject.c).
fn is_method_descriptor(ty: &str, name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return true;
    }
    let dict_kind = matches!(ty, "dict" | "Counter" | "OrderedDict" | "defaultdict");
    match name {
        "__dir__" | "__format__" | "__getstate__" | "__reduce__" | "__reduce_ex__"
        | "__sizeof__" | "__getnewargs__" | "__ceil__" | "__floor__" | "__round__"
        | "__trunc__" | "__reversed__" | "__copy__" | "__missing__" | "__bytes__" | "__alloc__" => {
            true
        }
        "__getitem__" => ty == "list" || dict_kind,
        "__contains__" => dict_kind || matches!(ty, "set" | "frozenset"),
        _ => false,
    }
}

/// `ty.name(v, ...)` where `v` is a value of `ty` or of a subclass of it: the builtin value
/// the method applies to (a subclass instance's payload, an int for bool's overrides);
/// CPython's descriptor TypeError otherwise.
pub(crate) fn descriptor_self(ty: &str, name: &str, v: &Value) -> PyResult<Value> {
    let inner = unwrap(v);
    if ty == "int"
        && BOOL_OVERRIDES.contains(&name)
        && let Value::Bool(b) = inner
    {
        return Ok(Value::int(i64::from(b)));
    }
    if is_kind(ty, &inner) {
        return Ok(inner);
    }
    let cls = v.class_name();
    if is_method_descriptor(ty, name) {
        type_error(format!(
            "descriptor '{name}' for '{ty}' objects doesn't apply to a '{cls}' object"
        ))
    } else {
        type_error(format!(
            "descriptor '{name}' requires a '{ty}' object but received a '{cls}'"
        ))
    }
}

/// The receiver of `ty.name(self, ...)`: the payload of an instance of a subclass of `ty`,
/// or a value of `ty` itself; CPython's descriptor TypeErrors otherwise.
fn receiver(ty: &'static str, name: &str, args: &[Value]) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return type_error(format!(
            "descriptor '{name}' of '{ty}' object needs an argument"
        ));
    };
    descriptor_self(ty, name, v)
}

fn rest(args: &[Value]) -> Vec<Value> {
    args.iter().skip(1).cloned().collect()
}

fn no_kwargs(ty: &str, name: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{ty}.{name}() takes no keyword arguments"))
    }
}

fn one_arg(ty: &str, name: &str, args: &[Value]) -> PyResult<Value> {
    match args {
        [_, x] => Ok(x.clone()),
        _ => type_error(format!(
            "expected 1 argument, got {} ({ty}.{name})",
            args.len().saturating_sub(1)
        )),
    }
}

/// The named (non-dunder) methods of each type: applied to the payload through the
/// runtime's method dispatch.
fn named_methods(ty: &str) -> &'static [&'static str] {
    match ty {
        "list" => &[
            "append", "extend", "insert", "pop", "remove", "index", "count", "clear", "copy",
            "sort", "reverse",
        ],
        "dict" => &[
            "keys",
            "values",
            "items",
            "get",
            "pop",
            "popitem",
            "setdefault",
            "update",
            "clear",
            "copy",
        ],
        "set" => &[
            "add",
            "discard",
            "remove",
            "pop",
            "clear",
            "copy",
            "update",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "intersection_update",
            "difference_update",
            "symmetric_difference_update",
        ],
        "str" => &[
            "capitalize",
            "casefold",
            "center",
            "count",
            "encode",
            "endswith",
            "expandtabs",
            "find",
            "format",
            "index",
            "isalnum",
            "isalpha",
            "isascii",
            "isdecimal",
            "isdigit",
            "isidentifier",
            "islower",
            "isnumeric",
            "isprintable",
            "isspace",
            "istitle",
            "isupper",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rindex",
            "rjust",
            "rpartition",
            "rsplit",
            "rstrip",
            "split",
            "splitlines",
            "startswith",
            "strip",
            "swapcase",
            "title",
            "translate",
            "upper",
            "zfill",
        ],
        "int" => &["bit_length", "bit_count", "conjugate", "as_integer_ratio"],
        "float" => &["is_integer", "conjugate", "as_integer_ratio", "hex"],
        "tuple" => &["index", "count"],
        "Counter" => &["most_common", "elements", "subtract", "total"],
        "OrderedDict" => &["move_to_end"],
        "deque" => &[
            "append",
            "appendleft",
            "pop",
            "popleft",
            "extend",
            "extendleft",
            "rotate",
            "clear",
            "count",
            "index",
            "insert",
            "remove",
            "reverse",
        ],
        _ => &[],
    }
}

/// The binary operators of each type, as (operator, reflected).
fn binops(ty: &str) -> Vec<(BinOp, bool)> {
    use BinOp as B;
    let both = |ops: &[BinOp]| {
        ops.iter()
            .flat_map(|o| [(*o, false), (*o, true)])
            .collect::<Vec<_>>()
    };
    match ty {
        "list" | "tuple" => vec![(B::Add, false), (B::Mul, false), (B::Mul, true)],
        "str" => vec![
            (B::Add, false),
            (B::Mul, false),
            (B::Mul, true),
            (B::Mod, false),
            (B::Mod, true),
        ],
        "dict" => both(&[B::BitOr]),
        "set" => both(&[B::BitOr, B::BitAnd, B::Sub, B::BitXor]),
        "int" => both(&[
            B::Add,
            B::Sub,
            B::Mul,
            B::TrueDiv,
            B::FloorDiv,
            B::Mod,
            B::Pow,
            B::LShift,
            B::RShift,
            B::BitAnd,
            B::BitOr,
            B::BitXor,
        ]),
        "float" => both(&[
            B::Add,
            B::Sub,
            B::Mul,
            B::TrueDiv,
            B::FloorDiv,
            B::Mod,
            B::Pow,
        ]),
        _ => vec![],
    }
}

fn is_num(ty: &str) -> bool {
    matches!(ty, "int" | "float")
}

/// Whether `other` (a payload already) is an operand `ty`'s comparisons accept.
fn comparable(ty: &str, other: &Value) -> bool {
    match ty {
        "int" | "float" => matches!(other, Value::Int(_) | Value::Bool(_) | Value::Float(_)),
        "set" => matches!(other, Value::Set(_) | Value::FrozenSet(_)),
        _ => is_kind(ty, other),
    }
}

/// A method of a builtin type: (the payload, all the arguments with self, keywords).
type MethodBody = dyn Fn(Value, &[Value], Vec<(Str, Value)>) -> PyResult<Value>;

type Unary = fn(&Value) -> PyResult<Value>;

fn leak(s: String) -> &'static str {
    super::leak_name(&s)
}

/// The dict of the class standing for builtin type `ty`.
fn type_dict(ty: &'static str) -> Dict<Value, Value> {
    let d: Dict<Value, Value> = Dict::new();
    let put = |name: &str, f: Value| {
        // str keys: the insertion cannot fail.
        let _ = d.setitem(Value::str(name), f);
    };
    let method = |name: &'static str, f: Box<MethodBody>| -> Value {
        let qual = leak(format!("{ty}.{name}"));
        function(name, qual, move |args, kw| {
            let recv = receiver(ty, name, &args)?;
            f(recv, &args, kw)
        })
    };
    for name in named_methods(ty) {
        let name: &'static str = name;
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, kw| {
                    crate::methods::call_method(&recv, name, rest(args), kw)
                }),
            ),
        );
    }
    if ty == "dict" {
        // dict.fromkeys on a subclass: `cls()`, then `self[k] = value` through the class's
        // `__setitem__` (dict_fromkeys for a type that is not exactly dict).
        put(
            "fromkeys",
            super::descr::classmethod(function("fromkeys", "dict.fromkeys", |a, kw| {
                no_kwargs("dict", "fromkeys", &kw)?;
                let (cls, it, value) = match a.as_slice() {
                    [c, it] => (c.clone(), it.clone(), Value::None),
                    [c, it, v] => (c.clone(), it.clone(), v.clone()),
                    _ => {
                        return type_error(format!(
                            "fromkeys expected at least 1 argument, got {}",
                            a.len().saturating_sub(1)
                        ));
                    }
                };
                let d = crate::func::call(&cls, vec![], vec![])?;
                let mut items = it.iter()?;
                while let Some(k) = items.next()? {
                    d.setitem(k, value.clone())?;
                }
                Ok(d)
            })),
        );
    }
    if ty == "list" {
        // list.sort(key=, reverse=): sorted() on the items, written back (the runtime's
        // dynamic list sort takes no key).
        put(
            "sort",
            method(
                "sort",
                Box::new(|recv, args, kw| {
                    if args.len() > 1 {
                        return type_error("sort() takes no positional arguments");
                    }
                    for (k, _) in &kw {
                        if !matches!(k.as_str(), "key" | "reverse") {
                            return type_error(format!(
                                "'{k}' is an invalid keyword argument for sort()"
                            ));
                        }
                    }
                    let sorted =
                        crate::builtins::call_builtin_kw("sorted", vec![recv.clone()], kw)?;
                    if let (Value::List(l), Value::List(items)) = (&recv, sorted) {
                        l.clear();
                        l.extend_vec(items.to_vec());
                    }
                    Ok(Value::None)
                }),
            ),
        );
    }
    put(
        "__new__",
        staticmethod(function(
            "__new__",
            leak(format!("{ty}.__new__")),
            move |a, kw| type_new(ty, a, kw),
        )),
    );
    if is_collections(ty) {
        collections_methods(ty, &put, &method);
    }
    if matches!(ty, "list" | "dict" | "set") || is_collections(ty) {
        put(
            "__init__",
            method(
                "__init__",
                Box::new(move |recv, args, kw| {
                    if ty == "deque" {
                        // deque_init fixes maxlen: a new deque becomes the payload.
                        let fresh = crate::modules::collections::call(ty, rest(args), kw)?;
                        if let Some(Value::Obj(o)) = args.first()
                            && let Some(i) = crate::object::inst(o)
                        {
                            *i.base.borrow_mut() = Some(fresh);
                        }
                        return Ok(Value::None);
                    }
                    type_init(ty, &recv, rest(args), kw)
                }),
            ),
        );
    }
    put(
        "__repr__",
        method(
            "__repr__",
            Box::new(move |recv, args, _| {
                let r = recv.repr_string()?;
                if !is_collections(ty) {
                    return Ok(Value::Str(Str::from_string(r)));
                }
                // `Counter({...})`, `deque([...])`: the subclass's name instead
                // (they use `type(self).__name__`).
                let name = args.first().map(|s| s.class_name()).unwrap_or_default();
                let rest = r.find('(').map_or("", |i| &r[i..]);
                Ok(Value::Str(Str::from_string(format!("{name}{rest}"))))
            }),
        ),
    );
    if ty == "str" {
        put(
            "__str__",
            method("__str__", Box::new(|recv, _, _| Ok(recv))),
        );
    }
    if matches!(ty, "str" | "int" | "float") {
        put(
            "__format__",
            method(
                "__format__",
                Box::new(|recv, args, _| {
                    let spec = match args.get(1) {
                        // An empty spec formats as str(self) (int/float/str.__format__),
                        // which a subclass's `__str__` changes.
                        Some(Value::Str(s)) if s.as_str().is_empty() => {
                            let me = args.first().cloned().unwrap_or_default();
                            return Ok(Value::Str(Str::from_string(me.str_string()?)));
                        }
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        Some(other) => {
                            return type_error(format!(
                                "__format__() argument must be str, not {}",
                                other.class_name()
                            ));
                        }
                        None => String::new(),
                    };
                    Ok(Value::Str(Str::from_string(crate::format::format_value(
                        &recv, &spec,
                    )?)))
                }),
            ),
        );
    }
    if matches!(ty, "list" | "dict" | "set") || is_collections(ty) {
        // Mutable containers are unhashable (PyObject_HashNotImplemented).
        put("__hash__", Value::None);
    } else {
        put(
            "__hash__",
            method(
                "__hash__",
                Box::new(|recv, _, _| Ok(Value::int(recv.hash()?))),
            ),
        );
    }
    // Containers (Counter & co. have dict's).
    if !matches!(ty, "int" | "float") && !is_dict_kind(ty) {
        put(
            "__len__",
            method(
                "__len__",
                Box::new(|recv, _, _| Ok(Value::int(recv.len()? as i64))),
            ),
        );
        put(
            "__iter__",
            method(
                "__iter__",
                Box::new(|recv, _, _| crate::genobj::iter_value(&recv)),
            ),
        );
        put(
            "__contains__",
            method(
                "__contains__",
                Box::new(move |recv, args, _| {
                    let x = one_arg(ty, "__contains__", args)?;
                    Ok(Value::Bool(recv.contains(&x)?))
                }),
            ),
        );
        put(
            "__getitem__",
            method(
                "__getitem__",
                Box::new(move |recv, args, _| {
                    let k = one_arg(ty, "__getitem__", args)?;
                    // Counter & co.: dict_subscript, then `type(self).__missing__`.
                    if ty == "dict"
                        && matches!(recv, Value::Obj(_))
                        && let Some(d) = crate::modules::collections::as_dict(&recv)
                    {
                        if let Some(v) = d.get(&k)? {
                            return Ok(v);
                        }
                        if let Some(r) = args.first().map(|s| missing(s, &k)).transpose()?.flatten()
                        {
                            return Ok(r);
                        }
                        return Err(PyErr::new(ExcKind::KeyError, vec![k]));
                    }
                    match recv.getitem(&k) {
                        // dict_subscript: a subclass's `__missing__` answers a missing key.
                        Err(e) if ty == "dict" && e.matches(ExcKind::KeyError) => {
                            match args.first().and_then(|s| missing(s, &k).transpose()) {
                                Some(r) => r,
                                None => Err(e),
                            }
                        }
                        r => r,
                    }
                }),
            ),
        );
    }
    if matches!(ty, "list" | "dict" | "deque") {
        put(
            "__setitem__",
            method(
                "__setitem__",
                Box::new(move |recv, args, _| match args {
                    [_, k, v] => {
                        recv.setitem(k.clone(), v.clone())?;
                        Ok(Value::None)
                    }
                    _ => type_error(format!(
                        "expected 2 arguments, got {}",
                        args.len().saturating_sub(1)
                    )),
                }),
            ),
        );
        put(
            "__delitem__",
            method(
                "__delitem__",
                Box::new(move |recv, args, _| {
                    let k = one_arg(ty, "__delitem__", args)?;
                    recv.delitem(&k)?;
                    Ok(Value::None)
                }),
            ),
        );
        put(
            "__reversed__",
            method(
                "__reversed__",
                Box::new(|recv, _, _| crate::builtins::call_builtin("reversed", vec![recv])),
            ),
        );
    }
    // Comparisons: NotImplemented for other types, so the reflected operand and the
    // TypeError name the subclass as CPython does.
    let cmps: [(&'static str, Option<CmpOp>, bool); 6] = [
        ("__eq__", None, false),
        ("__ne__", None, true),
        ("__lt__", Some(CmpOp::Lt), false),
        ("__le__", Some(CmpOp::Le), false),
        ("__gt__", Some(CmpOp::Gt), false),
        ("__ge__", Some(CmpOp::Ge), false),
    ];
    for (name, op, ne) in cmps {
        if (op.is_some() && ty == "dict") || is_dict_kind(ty) {
            continue;
        }
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, _| {
                    // The numeric slots accept exactly dunder.rs's operands.
                    if let (true, Some(r)) =
                        (is_num(ty), crate::dunder::call(&recv, name, &rest(args)))
                    {
                        return r;
                    }
                    let other = unwrap(&one_arg(ty, name, args)?);
                    if !comparable(ty, &other) {
                        return Ok(not_implemented());
                    }
                    Ok(Value::Bool(match op {
                        Some(op) => recv.compare(&other, op)?,
                        None => recv.eq(&other)? != ne,
                    }))
                }),
            ),
        );
    }
    // Arithmetic: the builtin operation on the payloads (the result is of the base type);
    // NotImplemented where the builtin type rejects the operand.
    for (op, rev) in binops(ty) {
        let (fwd, rname, _) = super::ops::op_names(op);
        let name = if rev { rname } else { fwd };
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, _| {
                    if let (true, Some(r)) =
                        (is_num(ty), crate::dunder::call(&recv, name, &rest(args)))
                    {
                        return r;
                    }
                    let other = unwrap(&one_arg(ty, name, args)?);
                    if matches!(other, Value::Obj(_)) {
                        return Ok(not_implemented());
                    }
                    let r = if rev {
                        crate::value::binop(op, &other, &recv)
                    } else {
                        crate::value::binop(op, &recv, &other)
                    };
                    match r {
                        Err(e) if e.matches(ExcKind::TypeError) => Ok(not_implemented()),
                        r => r,
                    }
                }),
            ),
        );
    }
    // In-place operators of the mutable types change the payload and return self.
    let inplace: &[(&'static str, BinOp)] = match ty {
        "list" => &[("__iadd__", BinOp::Add), ("__imul__", BinOp::Mul)],
        "dict" => &[("__ior__", BinOp::BitOr)],
        "set" => &[
            ("__ior__", BinOp::BitOr),
            ("__iand__", BinOp::BitAnd),
            ("__isub__", BinOp::Sub),
            ("__ixor__", BinOp::BitXor),
        ],
        _ => &[],
    };
    for (name, op) in inplace.iter().copied() {
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, _| {
                    let other = unwrap(&one_arg(ty, name, args)?);
                    let accepts = match ty {
                        "dict" => matches!(other, Value::Dict(_)),
                        "set" => matches!(other, Value::Set(_) | Value::FrozenSet(_)),
                        _ => true,
                    };
                    if !accepts {
                        return Ok(not_implemented());
                    }
                    // list_inplace_concat & co.: the payload changes in place.
                    crate::modules::inplace_binop(op, &recv, &other)?;
                    Ok(args.first().cloned().unwrap_or_default())
                }),
            ),
        );
    }
    // Numbers.
    if matches!(ty, "int" | "float") {
        let unary: &[(&'static str, Unary)] = &[
            ("__neg__", |v| v.neg()),
            ("__pos__", |v| v.pos()),
            ("__abs__", |v| v.abs()),
            ("__bool__", |v| Ok(Value::Bool(v.truthy()))),
            ("__int__", |v| {
                crate::builtins::call_builtin("int", vec![v.clone()])
            }),
            ("__float__", |v| {
                crate::builtins::call_builtin("float", vec![v.clone()])
            }),
            ("__trunc__", |v| {
                crate::builtins::call_builtin("int", vec![v.clone()])
            }),
        ];
        for (name, f) in unary.iter().copied() {
            put(name, method(name, Box::new(move |recv, _, _| f(&recv))));
        }
        put(
            "__round__",
            method(
                "__round__",
                Box::new(|recv, args, _| {
                    let mut a = vec![recv];
                    a.extend(rest(args));
                    crate::builtins::call_builtin("round", a)
                }),
            ),
        );
        // The data attributes (int.real & co., getset descriptors in CPython).
        let attrs: &[&'static str] = if ty == "int" {
            &["real", "imag", "numerator", "denominator"]
        } else {
            &["real", "imag"]
        };
        for name in attrs.iter().copied() {
            let get = method(
                name,
                Box::new(move |recv, _, _| crate::value::getattr(&recv, name)),
            );
            put(
                name,
                super::descr::property(get, Value::None, Value::None, Value::None),
            );
        }
        if ty == "int" {
            put(
                "__index__",
                method("__index__", Box::new(|recv, _, _| Ok(recv))),
            );
            put(
                "__invert__",
                method("__invert__", Box::new(|recv, _, _| recv.invert())),
            );
        }
    }
    d
}

/// What the collections types add: `copy()` of a subclass instance calls the class
/// (Counter.copy is `self.__class__(self)`, deque_copy calls `type(d)(d, maxlen)`),
/// Counter's multiset operators (their results are plain Counters), defaultdict's
/// `default_factory`, deque's `maxlen`.
fn collections_methods(
    ty: &'static str,
    put: &dyn Fn(&str, Value),
    method: &dyn Fn(&'static str, Box<MethodBody>) -> Value,
) {
    put(
        "copy",
        method(
            "copy",
            Box::new(move |recv, args, _| {
                let me = args.first().cloned().unwrap_or_default();
                let cls = super::type_of(&me)?;
                let a = match ty {
                    "defaultdict" => vec![crate::attr::getattr(&recv, "default_factory")?, me],
                    "deque" => match crate::attr::getattr(&recv, "maxlen")? {
                        Value::None => vec![me],
                        m => vec![me, m],
                    },
                    _ => vec![me],
                };
                crate::func::call(&cls, a, vec![])
            }),
        ),
    );
    let attr = |name: &'static str, settable: bool| {
        let get = method(
            name,
            Box::new(move |recv, _, _| crate::attr::getattr(&recv, name)),
        );
        let set = if settable {
            method(
                name,
                Box::new(move |recv, args, _| {
                    let v = args.get(1).cloned().unwrap_or_default();
                    crate::attr::setattr(&recv, name, v)?;
                    Ok(Value::None)
                }),
            )
        } else {
            Value::None
        };
        super::descr::property(get, set, Value::None, Value::None)
    };
    match ty {
        // defaultdict.__missing__ (defdict_missing): `self[key] = default_factory()`,
        // through the subclass's `__setitem__`; Counter.__missing__ answers 0.
        "defaultdict" => put(
            "__missing__",
            method(
                "__missing__",
                Box::new(|recv, args, _| {
                    let k = one_arg("defaultdict", "__missing__", args)?;
                    let f = crate::attr::getattr(&recv, "default_factory")?;
                    if f.is_none() {
                        return Err(PyErr::new(ExcKind::KeyError, vec![k]));
                    }
                    let v = crate::func::call(&f, vec![], vec![])?;
                    let me = args.first().cloned().unwrap_or_default();
                    me.setitem(k, v.clone())?;
                    Ok(v)
                }),
            ),
        ),
        "Counter" => put(
            "__missing__",
            method("__missing__", Box::new(|_, _, _| Ok(Value::int(0)))),
        ),
        _ => {}
    }
    match ty {
        "defaultdict" => put("default_factory", attr("default_factory", true)),
        "deque" => put("maxlen", attr("maxlen", false)),
        _ => {}
    }
    if ty == "deque" {
        deque_ops(put, method);
    }
    if ty == "Counter" {
        counter_compare(put, method);
    }
    let ops: &[(&'static str, BinOp, bool)] = match ty {
        "Counter" => &[
            ("__add__", BinOp::Add, false),
            ("__sub__", BinOp::Sub, false),
            ("__or__", BinOp::BitOr, false),
            ("__and__", BinOp::BitAnd, false),
            ("__iadd__", BinOp::Add, true),
            ("__isub__", BinOp::Sub, true),
            ("__ior__", BinOp::BitOr, true),
            ("__iand__", BinOp::BitAnd, true),
        ],
        "deque" => &[("__iadd__", BinOp::Add, true)],
        _ => &[],
    };
    for &(name, op, inplace) in ops {
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, _| {
                    let other = unwrap(&one_arg(ty, name, args)?);
                    let r = if inplace {
                        crate::modules::inplace_binop(op, &recv, &other)
                            .map(|_| args.first().cloned().unwrap_or_default())
                    } else {
                        crate::value::binop(op, &recv, &other)
                    };
                    match r {
                        Err(e) if e.matches(ExcKind::TypeError) => Ok(not_implemented()),
                        r => r,
                    }
                }),
            ),
        );
    }
}

/// deque's sequence operators on a subclass (Modules/_collectionsmodule.c): `d + other`
/// (deque_concat) and `d * n`, `n * d` (deque_repeat) start from `deque_copy`, which calls
/// `type(d)(d)` or `type(d)(d, maxlen)`, so the result is of the subclass; `d *= n` repeats
/// in place. An operand the C code rejects gives NotImplemented when it is a user object
/// with the reflected method (CPython then calls it), else deque's own TypeError.
fn deque_ops(put: &dyn Fn(&str, Value), method: &dyn Fn(&'static str, Box<MethodBody>) -> Value) {
    for (name, op, reflected) in [
        ("__add__", BinOp::Add, "__radd__"),
        ("__mul__", BinOp::Mul, "__rmul__"),
        ("__rmul__", BinOp::Mul, ""),
    ] {
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, _| {
                    let other = one_arg("deque", name, args)?;
                    let me = args.first().cloned().unwrap_or_default();
                    let accepted = match op {
                        BinOp::Add => matches!(
                            unwrap(&other),
                            Value::Obj(o) if o.type_name() == "collections.deque"
                        ),
                        _ => other.as_int().is_some(),
                    };
                    if !accepted {
                        if !reflected.is_empty()
                            && let Some(c) = super::instance_class(&other)
                            && c.lookup(&crate::attr::intern_static(reflected)).is_some()
                        {
                            return Ok(not_implemented());
                        }
                        // deque's own message for the operand it refuses.
                        return crate::value::binop(op, &recv, &other);
                    }
                    let copy = deque_copy(&me, &recv)?;
                    let payload = unwrap(&copy);
                    crate::modules::inplace_binop(op, &payload, &unwrap(&other))?;
                    Ok(copy)
                }),
            ),
        );
    }
    put(
        "__imul__",
        method(
            "__imul__",
            Box::new(|recv, args, _| {
                let n = one_arg("deque", "__imul__", args)?;
                crate::modules::inplace_binop(BinOp::Mul, &recv, &n)?;
                Ok(args.first().cloned().unwrap_or_default())
            }),
        ),
    );
}

/// Counter's rich comparisons (Lib/collections/__init__.py, 3.10+): against another
/// Counter, counts compare with missing ones as zero; `==`/`!=` against another mapping
/// are dict's; anything else is NotImplemented.
fn counter_compare(
    put: &dyn Fn(&str, Value),
    method: &dyn Fn(&'static str, Box<MethodBody>) -> Value,
) {
    use crate::obj::CmpOp;
    for (name, op) in [
        ("__eq__", None),
        ("__ne__", None),
        ("__lt__", Some(CmpOp::Lt)),
        ("__le__", Some(CmpOp::Le)),
        ("__gt__", Some(CmpOp::Gt)),
        ("__ge__", Some(CmpOp::Ge)),
    ] {
        put(
            name,
            method(
                name,
                Box::new(move |recv, args, _| {
                    let other = unwrap(&one_arg("Counter", name, args)?);
                    let Value::Obj(o) = &recv else {
                        return Ok(not_implemented());
                    };
                    let r = match op {
                        None => o.eq(o, &other)?.map(|b| b == (name == "__eq__")),
                        Some(c) => o.compare(o, &other, c)?,
                    };
                    Ok(r.map_or_else(not_implemented, Value::Bool))
                }),
            ),
        );
    }
}

/// deque_copy on a subclass instance: `type(d)(d)`, or `type(d)(d, maxlen)`, which must
/// give a deque.
fn deque_copy(me: &Value, recv: &Value) -> PyResult<Value> {
    let cls = super::type_of(me)?;
    let a = match crate::attr::getattr(recv, "maxlen")? {
        Value::None => vec![me.clone()],
        m => vec![me.clone(), m],
    };
    let r = crate::func::call(&cls, a, vec![])?;
    match unwrap(&r) {
        Value::Obj(o) if o.type_name() == "collections.deque" => Ok(r),
        _ => type_error(format!(
            "{}() must return a deque, not {}",
            me.class_name(),
            r.class_name()
        )),
    }
}

/// `type(self).__missing__(self, key)` for a dict subclass; None without one.
fn missing(this: &Value, k: &Value) -> PyResult<Option<Value>> {
    let Value::Obj(o) = this else { return Ok(None) };
    let Some(i) = crate::object::inst(o) else {
        return Ok(None);
    };
    i.call_special("__missing__", vec![k.clone()])
}

/// `ty.__new__(cls, *args, **kwargs)`: a new instance of the subclass cls carrying the
/// builtin value (empty for the mutable types, whose `__init__` fills it; built from the
/// arguments for the immutable ones, as str/int/float/tuple's tp_new).
fn type_new(ty: &'static str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return type_error(format!("{ty}.__new__(): not enough arguments"));
    };
    let Some(cls) = as_class(first) else {
        // `tuple.__new__(tuple, x)`: the builtin type itself.
        if let Value::Obj(o) = first
            && let Some(b) = downcast::<crate::modules::callable::BuiltinFn>(o)
            && b.name == ty
        {
            return crate::builtins::call_builtin_kw(ty, rest(&args), kwargs);
        }
        return type_error(format!(
            "{ty}.__new__(X): X is not a type object ({})",
            first.class_name()
        ));
    };
    let base = data_class(ty);
    if !cls.is_subclass(&base) {
        return type_error(format!(
            "{ty}.__new__({}): {} is not a subtype of {ty}",
            cls.name(),
            cls.name()
        ));
    }
    let value = match ty {
        "Counter" | "defaultdict" | "OrderedDict" | "deque" => {
            crate::modules::collections::call(ty, vec![], vec![])?
        }
        "list" => Value::List(List::from_vec(vec![])),
        "dict" => Value::Dict(Dict::new()),
        "set" => Value::Set(crate::set::Set::from_vec(vec![])?),
        _ => {
            let a: Vec<Value> = rest(&args).iter().map(unwrap).collect();
            let f = crate::modules::callable::builtin_ref(ty)?;
            let v = crate::func::call(&f, a, kwargs)?;
            // A `__new__`/`__str__` returning a subclass instance still gives the value.
            unwrap(&v)
        }
    };
    super::natives::new_instance_with_base(&cls, value)
}

/// list/dict/set `__init__`: fills the payload from the constructor's arguments
/// (list___init__ clears first; dict_init merges; set_init clears then updates).
fn type_init(
    ty: &'static str,
    recv: &Value,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let args: Vec<Value> = args.iter().map(unwrap).collect();
    match ty {
        "Counter" | "defaultdict" | "OrderedDict" => {
            // A new object from the arguments (collections' constructors check them),
            // merged into the payload (dict_init merges).
            let fresh = crate::modules::collections::call(ty, args, kwargs)?;
            if let (Some((_, src, factory)), Some((_, dst, _))) = (
                crate::modules::collections::dictobj_parts(&fresh),
                crate::modules::collections::dictobj_parts(recv),
            ) {
                for (k, v) in src.items_vec() {
                    dst.setitem(k, v)?;
                }
                if ty == "defaultdict" {
                    crate::attr::setattr(recv, "default_factory", factory)?;
                }
            }
        }
        "dict" => {
            if args.len() > 1 {
                return type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    args.len()
                ));
            }
            if !args.is_empty() || !kwargs.is_empty() {
                crate::methods::call_method(recv, "update", args, kwargs)?;
            }
        }
        _ => {
            no_kwargs(ty, "__init__", &kwargs).map_err(|_| {
                PyErr::msg(
                    ExcKind::TypeError,
                    format!("{ty}() takes no keyword arguments"),
                )
            })?;
            if args.len() > 1 {
                return type_error(format!(
                    "{ty} expected at most 1 argument, got {}",
                    args.len()
                ));
            }
            crate::methods::call_method(recv, "clear", vec![], vec![])?;
            if let Some(it) = args.into_iter().next() {
                let m = if ty == "list" { "extend" } else { "update" };
                crate::methods::call_method(recv, m, vec![it], vec![])?;
            }
        }
    }
    Ok(Value::None)
}

/// `ty.name` used as a value or called as `ty.name(self, ...)` when `self` may be an
/// instance of a subclass: the method of the builtin type, applied to the payload
/// (never to the subclass's override). None when `ty` has no such method.
pub fn method_value(ty: &str, name: &str) -> Option<Value> {
    let ty = base_type(ty)?;
    let c = data_class(ty);
    super::dict_get(&c.dict, &crate::attr::intern(name)).map(|v| {
        // `__new__` is stored as a staticmethod; the plain function is what `ty.__new__` gives.
        match &v {
            Value::Obj(o) if let Some(s) = downcast::<super::StaticMethod>(o) => s.0.clone(),
            _ => v,
        }
    })
}

/// A one-level copy of a payload (mutable containers are new; immutable values shared).
pub(crate) fn copy_payload(v: &Value) -> Value {
    match v {
        Value::List(l) => Value::List(List::from_vec(l.to_vec())),
        Value::Dict(d) => Value::Dict(d.copy()),
        Value::Set(s) => {
            crate::set::Set::from_vec(s.to_vec()).map_or_else(|_| v.clone(), Value::Set)
        }
        other => {
            // Counter & co. and deques: a new object with the same items.
            if let Some((kind, d, factory)) = crate::modules::collections::dictobj_parts(other) {
                return crate::modules::collections::make_dictobj(kind, d.copy(), factory);
            }
            if let Some((items, maxlen)) = crate::modules::collections::deque_parts(other) {
                return crate::modules::collections::new_deque(items, maxlen);
            }
            other.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::callable::builtin_ref;

    fn class(name: &str, base: &str, ns: Vec<(&str, Value)>) -> Value {
        super::super::new_class(
            name,
            name,
            "__main__",
            vec![builtin_ref(base).expect("builtin")],
            ns.into_iter().map(|(k, v)| (Str::from(k), v)).collect(),
            vec![],
        )
        .expect("class statement")
    }

    fn call(f: &Value, args: Vec<Value>) -> PyResult<Value> {
        crate::func::call(f, args, vec![])
    }

    fn list(v: Vec<Value>) -> Value {
        Value::List(List::from_vec(v))
    }

    #[test]
    fn list_subclass_carries_a_list() {
        let stack = class("Stack", "list", vec![]);
        let s = call(&stack, vec![list(vec![Value::int(1), Value::int(2)])]).expect("Stack()");
        assert_eq!(s.len().expect("len"), 2);
        assert!(matches!(payload(&s), Some(Value::List(_))));
        assert_eq!(s.class_name(), "Stack");
        // A concatenation is a plain list, on either side.
        let r = crate::value::binop(BinOp::Add, &s, &list(vec![Value::int(3)])).expect("+");
        assert!(matches!(r, Value::List(ref l) if l.len() == 3));
        let r = crate::value::binop(BinOp::Add, &list(vec![]), &s).expect("+");
        assert!(matches!(r, Value::List(ref l) if l.len() == 2));
        assert!(crate::builtins::isinstance(&s, &["list"]));
        assert!(!crate::builtins::isinstance(&s, &["dict"]));
        // Mutable payloads are unhashable.
        assert!(s.hash().is_err());
    }

    #[test]
    fn dict_missing_answers_subscript_not_get() {
        let missing = function("__missing__", "R.__missing__", |a, _| {
            Ok(a.get(1).cloned().unwrap_or_default())
        });
        let reg = class("Registry", "dict", vec![("__missing__", missing)]);
        let d = call(&reg, vec![]).expect("Registry()");
        let k = Value::str("k");
        assert!(d.getitem(&k).expect("d[k]").eq(&k).expect("=="));
        let got = crate::methods::call_method(&d, "get", vec![k.clone()], vec![]).expect("get");
        assert!(got.is_none());
        assert_eq!(d.len().expect("len"), 0);
    }

    #[test]
    fn int_subclass_is_an_int() {
        let money = class("Money", "int", vec![]);
        let m = call(&money, vec![Value::int(5)]).expect("Money(5)");
        assert_eq!(m.as_int().and_then(|i| i.as_i64()), Some(5));
        let r = crate::value::binop(BinOp::Add, &m, &Value::int(1)).expect("+");
        assert!(matches!(r, Value::Int(ref i) if i.as_i64() == Some(6)));
        let r = crate::value::binop(BinOp::Add, &Value::int(1), &m).expect("+");
        assert!(matches!(r, Value::Int(ref i) if i.as_i64() == Some(6)));
        assert_eq!(m.hash().expect("hash"), Value::int(5).hash().expect("hash"));
        assert_eq!(m.repr_string().expect("repr"), "5");
        // object.__new__ cannot make one (object_new's layout check).
        let r = crate::attr::call_method(
            &super::super::builtin_class("object").expect("object"),
            "__new__",
            vec![money],
            vec![],
        );
        assert!(r.is_err_and(|e| e.matches(ExcKind::TypeError)));
    }

    #[test]
    fn str_subclass_joins_and_compares_as_its_value() {
        let name = class("Name", "str", vec![]);
        let n = call(&name, vec![Value::str("ada")]).expect("Name('ada')");
        assert!(n.eq(&Value::str("ada")).expect("=="));
        assert_eq!(
            n.hash().expect("hash"),
            Value::str("ada").hash().expect("hash")
        );
        let j = Str::new("-")
            .join_values(&[n.clone(), Value::str("b")])
            .expect("join");
        assert_eq!(j.as_str(), "ada-b");
        assert_eq!(n.str_string().expect("str"), "ada");
        // Methods give plain strs.
        let up = crate::methods::call_method(&n, "upper", vec![], vec![]).expect("upper");
        assert!(matches!(up, Value::Str(ref s) if s.as_str() == "ADA"));
    }

    #[test]
    fn every_listed_method_is_in_the_type_dict() {
        for ty in BASES {
            let c = data_class(ty);
            for m in named_methods(ty) {
                assert!(
                    super::super::dict_get(&c.dict, &crate::attr::intern(m)).is_some(),
                    "{ty}.{m}"
                );
            }
            assert!(method_value(ty, "__new__").is_some());
            assert!(method_value(ty, "no_such_method").is_none());
        }
    }
}
