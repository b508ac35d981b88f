//! Callables as values, for the stdlib functions that take one (`defaultdict(list)`,
//! `key=len`, `functools.reduce(operator.add, xs)`, `itertools.starmap(pow, pairs)`).
//!
//! A callable is any `Value` whose object implements `Object::call` (and says so with
//! `Object::is_callable`). Today that is: builtin functions and types used as values
//! (`builtin_ref`), method descriptors such as `str.lower` (`method_ref`), the functions and
//! types of the modules in this directory (`module_function`), and the callables they
//! make (`operator.itemgetter(1)`, `functools.partial(...)`). When user functions become
//! values they only need to be objects that implement `call` to work with every API here.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// `f(*args)`.
pub fn call_value(f: &Value, args: Vec<Value>) -> PyResult<Value> {
    match f {
        Value::Obj(o) => o.call(o, args, vec![]),
        _ => type_error(format!("'{}' object is not callable", f.class_name())),
    }
}

/// `f(*args, **kwargs)`.
pub fn call_value_kw(f: &Value, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match f {
        Value::Obj(o) => o.call(o, args, kwargs),
        _ => type_error(format!("'{}' object is not callable", f.class_name())),
    }
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.is_callable(),
        _ => false,
    }
}

/// A callable argument, checked once and called many times.
#[derive(Clone)]
pub struct Callable(pub Value);

impl Callable {
    /// The value as a callable; a value that is not callable fails when called, as in
    /// CPython (which only checks at call time for key= and most function arguments).
    pub fn new(v: Value) -> Callable {
        Callable(v)
    }

    /// `None` stays `None` (no function: identity key, truth test, ...).
    pub fn optional(v: Option<Value>) -> Option<Callable> {
        match v {
            None | Some(Value::None) => None,
            Some(v) => Some(Callable(v)),
        }
    }

    pub fn call(&self, args: Vec<Value>) -> PyResult<Value> {
        call_value(&self.0, args)
    }

    pub fn call1(&self, x: Value) -> PyResult<Value> {
        call_value(&self.0, vec![x])
    }

    pub fn value(&self) -> &Value {
        &self.0
    }
}

// ------------------------------------------------------------------ builtins as values

/// The builtins usable as values, with the kind of object they are.
const BUILTIN_TYPES: &[&str] = &[
    "int",
    "float",
    "complex",
    "bool",
    "str",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "bytes",
    "bytearray",
    "enumerate",
    "zip",
    "reversed",
    "map",
    "filter",
    "staticmethod",
    "classmethod",
    "property",
    "slice",
];
const BUILTIN_FUNCS: &[&str] = &[
    "abs",
    "input",
    "len",
    "repr",
    "ascii",
    "ord",
    "chr",
    "hex",
    "oct",
    "bin",
    "hash",
    "round",
    "divmod",
    "pow",
    "min",
    "max",
    "sum",
    "sorted",
    "any",
    "all",
    "format",
    "id",
    "print",
    "getattr",
    "setattr",
    "hasattr",
    "delattr",
    "isinstance",
    "issubclass",
    "vars",
    "dir",
    "callable",
    "iter",
    "next",
];

/// Whether `name` is a builtin class that `builtin_ref` gives (`int`, `list`, `property`).
pub fn is_builtin_type(name: &str) -> bool {
    BUILTIN_TYPES.contains(&name)
}

/// Whether `builtin_ref(name)` supports the builtin (the compiler refuses the others).
pub fn builtin_ref_supported(name: &str) -> bool {
    BUILTIN_TYPES.contains(&name) || BUILTIN_FUNCS.contains(&name)
}

thread_local! {
    // One object per builtin, so `f is len` holds as in CPython.
    static BUILTINS: RefCell<HashMap<&'static str, ObjRef>> = RefCell::new(HashMap::new());
    static MODULE_FUNCS: RefCell<HashMap<(&'static str, &'static str), ObjRef>> =
        RefCell::new(HashMap::new());
    static METHODS: RefCell<HashMap<(&'static str, &'static str), ObjRef>> =
        RefCell::new(HashMap::new());
}

/// A builtin function or type used as a value (`len`, `list`).
pub fn builtin_ref(name: &str) -> PyResult<Value> {
    let Some(name) = BUILTIN_TYPES
        .iter()
        .chain(BUILTIN_FUNCS.iter())
        .find(|n| **n == name)
        .copied()
    else {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {name} cannot be used as a value yet"),
        ));
    };
    let o = BUILTINS.with(|m| {
        m.borrow_mut()
            .entry(name)
            .or_insert_with(|| Rc::new(BuiltinFn { name }) as ObjRef)
            .clone()
    });
    Ok(Value::Obj(o))
}

pub struct BuiltinFn {
    pub name: &'static str,
}

/// CPython's arity errors for the builtin `name` called with `n` positional arguments
/// (Python/bltinmodule.c, Objects/*.c): for calls through a value and direct calls alike.
pub fn check_builtin_arity(name: &str, n: usize) -> PyResult<()> {
    let exactly_one = || {
        if n == 1 {
            Ok(())
        } else {
            type_error(format!("{name}() takes exactly one argument ({n} given)"))
        }
    };
    let at_most = |max: usize| {
        if n <= max {
            Ok(())
        } else {
            type_error(format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            ))
        }
    };
    match name {
        "abs" | "len" | "repr" | "ascii" | "ord" | "chr" | "hex" | "oct" | "bin" | "hash"
        | "any" | "all" | "id" => exactly_one(),
        "float" | "bool" | "list" | "tuple" | "set" | "frozenset" | "dict" => at_most(1),
        "int" if n > 2 => type_error(format!("int() takes at most 2 arguments ({n} given)")),
        "round" if n == 0 => type_error("round() missing required argument 'number' (pos 1)"),
        "round" if n > 2 => type_error(format!("round() takes at most 2 arguments ({n} given)")),
        "map" if n < 2 => type_error("map() must have at least two arguments."),
        "filter" if n != 2 => type_error(format!("filter expected 2 arguments, got {n}")),
        "divmod" if n != 2 => type_error(format!("divmod expected 2 arguments, got {n}")),
        "pow" if n == 0 => type_error("pow() missing required argument 'base' (pos 1)"),
        "pow" if n == 1 => type_error("pow() missing required argument 'exp' (pos 2)"),
        "pow" if n > 3 => type_error(format!("pow() takes at most 3 arguments ({n} given)")),
        "min" | "max" if n == 0 => {
            type_error(format!("{name} expected at least 1 argument, got 0"))
        }
        "sum" if n == 0 => type_error("sum() takes at least 1 positional argument (0 given)"),
        "sum" if n > 2 => type_error(format!("sum() takes at most 2 arguments ({n} given)")),
        "sorted" | "reversed" if n != 1 => {
            type_error(format!("{name} expected 1 argument, got {n}"))
        }
        "enumerate" if n == 0 => type_error("enumerate() missing required argument 'iterable'"),
        "enumerate" if n > 2 => {
            type_error(format!("enumerate() takes at most 2 arguments ({n} given)"))
        }
        "range" if n == 0 => type_error("range expected at least 1 argument, got 0"),
        "range" if n > 3 => type_error(format!("range expected at most 3 arguments, got {n}")),
        "format" if n == 0 => type_error("format expected at least 1 argument, got 0"),
        "format" if n > 2 => type_error(format!("format expected at most 2 arguments, got {n}")),
        _ => Ok(()),
    }
}

impl BuiltinFn {
    fn is_type(&self) -> bool {
        is_builtin_type(self.name)
    }
}

impl Object for BuiltinFn {
    fn type_name(&self) -> &'static str {
        if self.is_type() {
            "type"
        } else {
            "builtin_function_or_method"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        if self.is_type() {
            out.push_str(&format!("<class '{}'>", self.name));
        } else {
            out.push_str(&format!("<built-in function {}>", self.name));
        }
        Ok(())
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" | "__qualname__" => Ok(Value::str(self.name)),
            "__module__" => Ok(Value::str("builtins")),
            // A builtin type's MRO and bases (`int.__mro__`, `bool.__bases__`), as the
            // generic `__subclasshook__` idiom `any(... for B in C.__mro__)` reads them.
            "__mro__" | "__bases__" | "__base__" if self.is_type() => {
                let this: Value = Value::Obj(this.clone());
                let mro = crate::class::mro_values(&this)?.unwrap_or_default();
                let bases: Vec<Value> = mro.get(1..2).unwrap_or_default().to_vec();
                Ok(match name {
                    "__mro__" => Value::Tuple(crate::tuple::Tup::from_vec(mro)),
                    "__bases__" => Value::Tuple(crate::tuple::Tup::from_vec(bases)),
                    _ => bases.into_iter().next().unwrap_or(Value::None),
                })
            }
            // A name CPython's `dir(T)` lists (a method or slot of T or object), or one
            // of type's own (`__mro__`, `__bases__`): the method when molt can give it as
            // a value, else a refusal rather than an AttributeError that would be wrong
            // (`hasattr(str, "upper")` is True).
            n if self.is_type()
                && (crate::class::type_dir_table(self.name)
                    .is_some_and(|d| d.binary_search(&n).is_ok())
                    || crate::class::type_dir_table("type")
                        .is_some_and(|d| d.binary_search(&n).is_ok())) =>
            {
                match method_ref(self.name, n) {
                    Ok(v) => Ok(v),
                    Err(_) => Err(PyErr::msg(
                        ExcKind::NotImplementedError,
                        format!("molt: {}.{n} as a value is not supported", self.name),
                    )),
                }
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                if self.is_type() {
                    format!("type object '{}' has no attribute '{name}'", self.name)
                } else {
                    format!("'builtin_function_or_method' object has no attribute '{name}'")
                },
            )),
        }
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        match self.name {
            // The builtin classes that are generic (their __class_getitem__).
            "list" | "dict" | "set" | "frozenset" | "tuple" | "type" => {
                Ok(crate::modules::typing::builtin_alias(self.name, key))
            }
            _ if self.is_type() => type_error(format!("type '{}' is not subscriptable", self.name)),
            _ => type_error("'builtin_function_or_method' object is not subscriptable"),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        // The keywords each builtin takes (bltinmodule.c); call_builtin_kw honours them.
        let allowed: &[&str] = match self.name {
            "int" => &["base"],
            "dict" => &[],
            "round" => &["number", "ndigits"],
            "sum" => &["start"],
            "sorted" => &["key", "reverse"],
            "min" | "max" => &["key", "default"],
            "enumerate" => &["start"],
            "zip" => &["strict"],
            "pow" => &["base", "exp", "mod"],
            "print" => &["sep", "end", "file", "flush"],
            "property" => &["fget", "fset", "fdel", "doc"],
            "bytes" | "bytearray" => &["source", "encoding", "errors"],
            "str" => &["object", "encoding", "errors"],
            _ => &[],
        };
        if self.name != "dict" {
            for (k, _) in &kwargs {
                if !allowed.contains(&k.as_str()) {
                    return type_error(if allowed.is_empty() {
                        format!("{}() takes no keyword arguments", self.name)
                    } else {
                        // sorted() passes its keywords on to list.sort().
                        let f = if self.name == "sorted" {
                            "sort"
                        } else {
                            self.name
                        };
                        format!("'{k}' is an invalid keyword argument for {f}()")
                    });
                }
            }
        }
        // pow() and round() bind keywords to their parameters (builtins::keyword_args),
        // which counts them.
        // call_builtin_kw checks the arity.
        crate::builtins::call_builtin_kw(self.name, args, kwargs)
    }
}

// ------------------------------------------------------------------ method descriptors

/// The unbound methods usable as values (`str.lower`): `str.lower(x)` is `x.lower()`.
pub fn method_ref_supported(ty: &str, name: &str) -> bool {
    match ty {
        "str" => matches!(
            name,
            "lower"
                | "upper"
                | "strip"
                | "lstrip"
                | "rstrip"
                | "title"
                | "capitalize"
                | "casefold"
                | "swapcase"
                | "isdigit"
                | "isalpha"
                | "isspace"
                | "isupper"
                | "islower"
                | "isalnum"
                | "isdecimal"
                | "isnumeric"
                | "split"
                | "join"
                | "startswith"
                | "endswith"
                | "count"
                | "find"
                | "replace"
        ),
        "list" => matches!(name, "append" | "extend" | "count" | "index" | "copy"),
        "dict" => matches!(name, "get" | "keys" | "values" | "items" | "copy"),
        "set" => matches!(name, "add" | "union" | "intersection" | "difference"),
        "int" => matches!(name, "bit_length"),
        _ => false,
    }
}

const METHOD_TYPES: &[&str] = &["str", "list", "dict", "set", "int"];

/// `str.lower` and the like as a value.
pub fn method_ref(ty: &str, name: &str) -> PyResult<Value> {
    // The class method `dict.fromkeys`, bound to dict.
    if (ty, name) == ("dict", "fromkeys") {
        return Ok(crate::func::function(
            "fromkeys",
            "dict.fromkeys",
            crate::modules::bytes::dict_fromkeys,
        ));
    }
    // The other methods of the subclassable types (`dict.__getitem__`, `list.append` as
    // called from a subclass's override): they apply to a subclass instance's builtin value.
    if !method_ref_supported(ty, name)
        && let Some(f) = crate::class::builtin_base::method_value(ty, name)
    {
        return Ok(f);
    }
    if crate::class::builtin_base::base_type(ty).is_some() && !method_ref_supported(ty, name) {
        return Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("type object '{ty}' has no attribute '{name}'"),
        ));
    }
    let Some(ty) = METHOD_TYPES
        .iter()
        .find(|t| **t == ty)
        .copied()
        .filter(|t| method_ref_supported(t, name))
    else {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {ty}.{name} cannot be used as a value yet"),
        ));
    };
    // The method name is leaked once per distinct name (a program names finitely many).
    let key_name: &'static str = METHODS
        .with(|m| {
            m.borrow()
                .keys()
                .find(|(t, n)| *t == ty && *n == name)
                .map(|(_, n)| *n)
        })
        .unwrap_or_else(|| Box::leak(name.to_string().into_boxed_str()));
    let o = METHODS.with(|m| {
        m.borrow_mut()
            .entry((ty, key_name))
            .or_insert_with(|| Rc::new(MethodFn { ty, name: key_name }) as ObjRef)
            .clone()
    });
    Ok(Value::Obj(o))
}

/// `T.name(recv, ...)` for a builtin type T (the internal builtin `__molt_type_call`, whose
/// first two arguments are T's and the method's names): T's method on `recv`, a value of T
/// or of a subclass of T (its payload; an override in the subclass does not run), else
/// CPython's descriptor TypeError.
pub fn type_call(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut it = args.into_iter();
    let (Some(Value::Str(ty)), Some(Value::Str(name))) = (it.next(), it.next()) else {
        return Err(PyErr::msg(ExcKind::SystemError, "molt: bad type call"));
    };
    let args: Vec<Value> = it.collect();
    let (ty, name) = (ty.as_str(), name.as_str());
    // The methods a subclass may reach (class/builtin_base.rs) check their receiver.
    if let Some(f) = crate::class::builtin_base::method_value(ty, name) {
        return crate::func::call(&f, args, kwargs);
    }
    let mut args = args.into_iter();
    let Some(recv) = args.next() else {
        return type_error(format!("unbound method {ty}.{name}() needs an argument"));
    };
    let recv = crate::class::builtin_base::descriptor_self(ty, name, &recv)?;
    crate::methods::call_method(&recv, name, args.collect(), kwargs).map_err(|e| {
        // No such method: CPython fails looking it up on the type.
        let missing = format!("'{}' object has no attribute '{name}'", recv.class_name());
        match e.args() {
            [Value::Str(m)] if e.matches(ExcKind::AttributeError) && m.as_str() == missing => {
                crate::attr::no_attr_type(ty, name)
            }
            _ => e,
        }
    })
}

pub struct MethodFn {
    ty: &'static str,
    name: &'static str,
}

impl Object for MethodFn {
    fn type_name(&self) -> &'static str {
        "method_descriptor"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<method '{}' of '{}' objects>",
            self.name, self.ty
        ));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let mut args = args.into_iter();
        let Some(recv) = args.next() else {
            return type_error(format!(
                "unbound method {}.{}() needs an argument",
                self.ty, self.name
            ));
        };
        // An instance of a subclass: the builtin method on its builtin value.
        if crate::class::builtin_base::payload(&recv).is_some()
            && let Some(f) = crate::class::builtin_base::method_value(self.ty, self.name)
        {
            let mut a = vec![recv];
            a.extend(args);
            return crate::func::call(&f, a, kwargs);
        }
        let ok = match self.ty {
            "str" => matches!(recv, Value::Str(_)),
            "list" => matches!(recv, Value::List(_)),
            "dict" => matches!(recv, Value::Dict(_)),
            "set" => matches!(recv, Value::Set(_)),
            "int" => matches!(recv, Value::Int(_) | Value::Bool(_)),
            _ => false,
        };
        if !ok {
            return type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.ty,
                recv.class_name()
            ));
        }
        crate::methods::call_method(&recv, self.name, args.collect(), kwargs)
    }
}

// ------------------------------------------------------------------ module functions

/// What a module member is in CPython, for its repr and `type(x).__name__`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A class (`collections.deque`, `itertools.chain`): `<class 'collections.deque'>`.
    Class,
    /// A C function (`heapq.heappush`): `<built-in function heappush>`.
    Builtin,
    /// A function written in Python (`heapq.nlargest`): `<function nlargest at 0x...>`.
    Python,
}

fn member_kind(module: &str, name: &str) -> Option<Kind> {
    Some(match (module, name) {
        ("collections", "deque" | "Counter" | "defaultdict" | "OrderedDict" | "ChainMap") => {
            Kind::Class
        }
        (
            "itertools",
            "count"
            | "cycle"
            | "repeat"
            | "accumulate"
            | "chain"
            | "compress"
            | "dropwhile"
            | "filterfalse"
            | "groupby"
            | "islice"
            | "pairwise"
            | "permutations"
            | "product"
            | "starmap"
            | "takewhile"
            | "zip_longest"
            | "combinations"
            | "combinations_with_replacement",
        ) => Kind::Class,
        ("itertools", "tee") => Kind::Builtin,
        ("heapq", "heappush" | "heappop" | "heapify" | "heappushpop" | "heapreplace") => {
            Kind::Builtin
        }
        ("heapq", "nlargest" | "nsmallest" | "merge") => Kind::Python,
        (
            "bisect",
            "bisect_left" | "bisect_right" | "bisect" | "insort_left" | "insort_right" | "insort",
        ) => Kind::Builtin,
        ("copy", "copy" | "deepcopy") => Kind::Python,
        ("functools", "reduce" | "cmp_to_key") => Kind::Builtin,
        ("functools", "lru_cache" | "cache" | "wraps" | "update_wrapper" | "singledispatch") => {
            Kind::Python
        }
        ("functools", "partial" | "cached_property" | "singledispatchmethod") => Kind::Class,
        // class-building stdlib (modules/dataclasses.rs, typing.rs, enum_mod.rs)
        ("functools", "total_ordering") | ("collections", "namedtuple") => Kind::Python,
        (
            "dataclasses",
            "dataclass" | "field" | "fields" | "asdict" | "astuple" | "replace" | "is_dataclass",
        ) => Kind::Python,
        ("abc", "abstractmethod") | ("typing", "cast") | ("enum", "unique") => Kind::Python,
        (
            "typing",
            "final" | "overload" | "runtime_checkable" | "assert_never" | "assert_type"
            | "_overload_dummy",
        ) => Kind::Python,
        ("typing", "TypeVar" | "NewType") => Kind::Class,
        ("operator", "itemgetter" | "attrgetter" | "methodcaller") => Kind::Class,
        ("operator", n) if crate::modules::operator::is_function(n) => Kind::Builtin,
        _ => return None,
    })
}

/// `module.name` as a value: the module's function or type, callable.
pub fn module_function(module: &str, name: &str) -> PyResult<Value> {
    // Aliases are the same object in CPython (`bisect.bisect is bisect.bisect_right`).
    let name = match (module, name) {
        ("bisect", "bisect") => "bisect_right",
        ("bisect", "insort") => "insort_right",
        _ => name,
    };
    let Some(kind) = member_kind(module, name) else {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {module}.{name} is not supported yet"),
        ));
    };
    Ok(interned(module, name, kind))
}

/// One object per module function, so `f is g` holds as in CPython.
fn interned(module: &str, name: &str, kind: Kind) -> Value {
    let key = MODULE_FUNCS.with(|m| {
        m.borrow()
            .keys()
            .find(|(a, b)| *a == module && *b == name)
            .copied()
    });
    let key = key.unwrap_or_else(|| {
        (
            Box::leak(module.to_string().into_boxed_str()) as &'static str,
            Box::leak(name.to_string().into_boxed_str()) as &'static str,
        )
    });
    let o = MODULE_FUNCS.with(|m| {
        m.borrow_mut()
            .entry(key)
            .or_insert_with(|| {
                Rc::new(ModFunc {
                    module: key.0,
                    name: key.1,
                    kind,
                }) as ObjRef
            })
            .clone()
    });
    Value::Obj(o)
}

/// A module function as a value, for the functions without a `member_kind` entry too
/// (their type and repr are those of a builtin function, as for most of the
/// C-implemented stdlib).
pub fn module_callable(module: &str, name: &str) -> Value {
    let name = match (module, name) {
        ("bisect", "bisect") => "bisect_right",
        ("bisect", "insort") => "insort_right",
        _ => name,
    };
    interned(
        module,
        name,
        member_kind(module, name).unwrap_or(Kind::Builtin),
    )
}

pub struct ModFunc {
    module: &'static str,
    name: &'static str,
    kind: Kind,
}

/// Whether `v` is a stdlib class value (`collections.deque`) whose CPython `dir()` lists
/// `name`.
pub fn stdlib_class_has(v: &Value, name: &str) -> bool {
    let Value::Obj(o) = v else { return false };
    o.as_any().downcast_ref::<ModFunc>().is_some_and(|f| {
        f.kind == Kind::Class
            && crate::class::stdlib_class_dir(f.module, f.name)
                .is_some_and(|d| d.binary_search_by(|(k, _)| k.cmp(&name)).is_ok())
    })
}

/// Whether CPython writes the stdlib class in Python (its methods are functions, its
/// `tp_name` has no module).
fn python_class(name: &str) -> bool {
    matches!(
        name,
        "Counter" | "ChainMap" | "cached_property" | "singledispatchmethod" | "TypeVar" | "NewType"
    )
}

impl ModFunc {
    /// CPython's AttributeError for a missing attribute of this function or class (a C
    /// class's `tp_name` is module-qualified: `collections.deque`).
    fn no_attr(&self, name: &str) -> PyErr {
        let msg = if self.kind == Kind::Class && python_class(self.name) {
            format!("type object '{}' has no attribute '{name}'", self.name)
        } else if self.kind == Kind::Class {
            format!(
                "type object '{}.{}' has no attribute '{name}'",
                self.module, self.name
            )
        } else {
            format!("'{}' object has no attribute '{name}'", self.type_name())
        };
        PyErr::msg(ExcKind::AttributeError, msg)
    }
}

impl Object for ModFunc {
    fn type_name(&self) -> &'static str {
        match self.kind {
            Kind::Class => "type",
            Kind::Builtin => "builtin_function_or_method",
            Kind::Python => "function",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        match self.kind {
            Kind::Class => out.push_str(&format!("<class '{}.{}'>", self.module, self.name)),
            Kind::Builtin => out.push_str(&format!("<built-in function {}>", self.name)),
            Kind::Python => out.push_str(&format!(
                "<function {} at {:#x}>",
                self.name, self as *const ModFunc as usize
            )),
        }
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        crate::modules::call(self.module, self.name, args, kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            // (`__qualname__` and `__module__` differ from these names for some functions:
            // `random.randint` is `Random.randint`, `heapq.heappush` lives in `_heapq`.)
            "__name__" => Ok(Value::str(self.name)),
            // A name CPython's `dir(cls)` lists: a plain instance method as an unbound
            // method (`Counter.most_common`, `deque.appendleft`: `hasattr` is True, and
            // calling it calls the method of its first argument), anything else refused
            // rather than an AttributeError that would be wrong.
            n if self.kind == Kind::Class
                && let Some(d) = crate::class::stdlib_class_dir(self.module, self.name)
                && let Ok(i) = d.binary_search_by(|(k, _)| k.cmp(&n)) =>
            {
                if !d[i].1 {
                    return Err(PyErr::msg(
                        ExcKind::NotImplementedError,
                        format!("molt: {}.{n} as a value is not supported", self.name),
                    ));
                }
                let (cls, meth) = (self.name, d[i].0);
                let python = python_class(cls);
                Ok(crate::func::function(
                    meth,
                    &format!("{cls}.{meth}"),
                    move |mut args, kwargs| {
                        if args.is_empty() {
                            return type_error(if python {
                                format!(
                                    "{cls}.{meth}() missing 1 required positional argument: 'self'"
                                )
                            } else {
                                format!("unbound method {cls}.{meth}() needs an argument")
                            });
                        }
                        let this = args.remove(0);
                        crate::attr::call_method(&this, meth, args, kwargs)
                    },
                ))
            }
            _ => Err(self.no_attr(name)),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match (self.module, self.name, name) {
            ("collections", "ChainMap", "fromkeys") => {
                crate::modules::chainmap::fromkeys(args, kwargs)
            }
            // Counter's classmethod override (Lib/collections/__init__.py), whatever
            // the arguments.
            ("collections", "Counter", "fromkeys") => {
                // `def fromkeys(cls, iterable, v=None)`: its arity errors first.
                crate::modules::bind::PySig {
                    name: "Counter.fromkeys",
                    params: &["iterable", "v"],
                    required: 1,
                    kwonly: &[],
                    method: true,
                }
                .bind(args, kwargs)?;
                Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                ))
            }
            ("itertools", "chain", "from_iterable") => {
                crate::modules::itertools::chain_from_iterable(args, kwargs)
            }
            ("collections", "OrderedDict", "fromkeys") => {
                // dict.fromkeys as a classmethod: OrderedDict((k, value) for k in keys).
                crate::modules::util::no_kwargs("fromkeys", &kwargs)?;
                crate::modules::util::clinic_count("fromkeys", args.len(), 1, 2)?;
                let value = args.get(1).cloned().unwrap_or(Value::None);
                let mut pairs = vec![];
                for k in args[0].to_vec()? {
                    pairs.push(crate::modules::util::tuple(vec![k, value.clone()]));
                }
                crate::modules::call(
                    "collections",
                    "OrderedDict",
                    vec![Value::List(crate::list::List::from_vec(pairs))],
                    vec![],
                )
            }
            // `Counter.most_common(c, 2)`: the attribute, called.
            _ => {
                let f = self.getattr(this, name)?;
                crate::func::call(&f, args, kwargs)
            }
        }
    }
}
