//! typing: the names annotations use, as opaque values (Lib/typing.py, 3.11), and the
//! builtin classes subscripted (`list[int]`, types.GenericAlias). Function annotations are
//! evaluated only where the program can read them (see molt-front's `annotated`). Subscripting a form
//! gives another opaque form; its repr is typing's for the plain aliases and unions,
//! refused rather than guessed for the rest.

use crate::class::Class;
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// A typing special form or generic alias (`typing.List`, `typing.Optional[int]`, a
/// TypeVar).
pub struct Form {
    pub name: String,
    /// Subscripted (`List[int]`): its repr is not reproduced.
    pub subscripted: bool,
    pub typevar: bool,
    /// `C[...]` for a user generic class C: the class it stands for as a base
    /// (`__mro_entries__`) or when called.
    pub origin: Option<Rc<Class>>,
    /// What a subscripted form was subscripted with (`__args__`), for its repr.
    pub args: Option<Vec<Value>>,
    /// A class of collections.abc (`<class 'collections.abc.Iterable'>`), not a typing
    /// alias.
    pub abc: bool,
    /// A builtin class subscripted (`list[int]`, a types.GenericAlias): `name` is the
    /// class's.
    pub builtin: bool,
}

/// typing._type_repr: a class by its (module-qualified) name, `...`, a function by its
/// name, anything else by its repr.
fn type_repr(v: &Value) -> PyResult<String> {
    // typing turns None in arguments into NoneType.
    if v.is_none() {
        return Ok("NoneType".to_string());
    }
    if let Some(c) = crate::class::as_class(v) {
        let q = c.qualname();
        return Ok(if c.module.as_str() == "builtins" {
            q.as_str().to_string()
        } else {
            format!("{}.{}", c.module, q)
        });
    }
    if let Value::Obj(o) = v
        && let Some(f) = o
            .as_any()
            .downcast_ref::<crate::modules::callable::BuiltinFn>()
        && crate::modules::callable::is_builtin_type(f.name)
    {
        return Ok(f.name.to_string());
    }
    if is_ellipsis(v) {
        return Ok("...".to_string());
    }
    if let Value::List(l) = v {
        // Callable[[int, str], R]: the parameter list.
        let parts = l
            .to_vec()
            .iter()
            .map(type_repr)
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    v.repr_string()
}

fn is_ellipsis(v: &Value) -> bool {
    v.py_is(&crate::class::ellipsis())
}

/// Forms whose repr is `typing.Name[args]` (typing._GenericAlias with `_name`, and the
/// special forms that keep their arguments as given).
const PLAIN_ALIASES: &[&str] = &[
    "List",
    "Dict",
    "Set",
    "FrozenSet",
    "Tuple",
    "Type",
    "Deque",
    "DefaultDict",
    "OrderedDict",
    "Counter",
    "ChainMap",
    "Iterable",
    "Iterator",
    "Generator",
    "Sequence",
    "MutableSequence",
    "Mapping",
    "MutableMapping",
    "AbstractSet",
    "MutableSet",
    "Collection",
    "Container",
    "Reversible",
    "KeysView",
    "ValuesView",
    "ItemsView",
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncIterator",
    "ClassVar",
    "Final",
    "Generic",
    "Protocol",
    "Callable",
    "Required",
    "NotRequired",
];

impl Form {
    /// The repr of a subscripted form, when molt knows CPython's.
    fn subscripted_repr(&self) -> PyResult<Option<String>> {
        let Some(args) = &self.args else {
            return Ok(None);
        };
        let name = match &self.origin {
            Some(c) => format!("{}.{}", c.module, c.qualname()),
            None if self.builtin => self.name.clone(),
            // types.GenericAlias of a collections.abc class.
            None if self.abc => format!("collections.abc.{}", self.name),
            None if PLAIN_ALIASES.contains(&self.name.as_str()) => format!("typing.{}", self.name),
            None if self.name == "Optional" || self.name == "Union" => {
                return self.union_repr(args);
            }
            // unionobject.c's union_repr: `int | None`.
            None if self.name == "UnionType" => {
                let parts = args
                    .iter()
                    .map(|a| {
                        if a.py_is(&crate::class::type_of(&Value::None)?) {
                            Ok("None".to_string())
                        } else {
                            type_repr(a)
                        }
                    })
                    .collect::<PyResult<Vec<_>>>()?;
                return Ok(Some(parts.join(" | ")));
            }
            None => return Ok(None),
        };
        if self.name == "Callable" && self.origin.is_none() && !self.abc {
            // Callable[[A, B], R] keeps the list; Callable[..., R] the Ellipsis.
            if args.len() != 2 || !(matches!(args[0], Value::List(_)) || is_ellipsis(&args[0])) {
                return Ok(None);
            }
        }
        let parts = if args.is_empty() {
            vec!["()".to_string()]
        } else {
            args.iter().map(type_repr).collect::<PyResult<Vec<_>>>()?
        };
        Ok(Some(format!("{name}[{}]", parts.join(", "))))
    }

    /// Union[...] / Optional[X] (typing._UnionGenericAlias.__repr__): one member shown
    /// alone, `X | None` as Optional[X]. Only flat unions of classes and None; nested
    /// unions and duplicates (which typing flattens and removes) are not reproduced.
    fn union_repr(&self, args: &[Value]) -> PyResult<Option<String>> {
        let mut members: Vec<Value> = args.to_vec();
        if self.name == "Optional" {
            if members.len() != 1 {
                return Ok(None);
            }
            members.push(Value::None);
        }
        let plain = |v: &Value| {
            v.is_none()
                || crate::class::as_class(v).is_some()
                || matches!(v, Value::Obj(o) if o.as_any().downcast_ref::<crate::modules::callable::BuiltinFn>()
                    .is_some_and(|f| crate::modules::callable::is_builtin_type(f.name)))
                // An unsubscripted form (`typing.List`, `~T`) is shown by its repr.
                || matches!(v, Value::Obj(o) if o.as_any().downcast_ref::<Form>()
                    .is_some_and(|f| !f.subscripted))
        };
        if !members.iter().all(plain) {
            return Ok(None);
        }
        let reprs = members
            .iter()
            .map(type_repr)
            .collect::<PyResult<Vec<_>>>()?;
        for (i, r) in reprs.iter().enumerate() {
            if reprs[..i].contains(r) {
                return Ok(None);
            }
        }
        Ok(Some(match reprs.as_slice() {
            // Union[X] is X itself.
            [_] => members[0].repr_string()?,
            [a, n] if n == "NoneType" => format!("typing.Optional[{a}]"),
            [n, a] if n == "NoneType" => format!("typing.Optional[{a}]"),
            _ => format!("typing.Union[{}]", reprs.join(", ")),
        }))
    }
}

impl Object for Form {
    fn type_name(&self) -> &'static str {
        if self.typevar {
            "TypeVar"
        } else if self.name == "UnionType" && self.subscripted && !self.abc {
            "types.UnionType"
        } else if self.abc && !self.subscripted {
            "ABCMeta"
        } else if self.abc || self.builtin {
            "types.GenericAlias"
        } else {
            "_SpecialForm"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        if self.subscripted {
            if let Some(r) = self.subscripted_repr()? {
                out.push_str(&r);
                return Ok(());
            }
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!(
                    "molt: the repr of typing.{}[...] is not supported",
                    self.name
                ),
            ));
        }
        if self.typevar {
            out.push('~');
            out.push_str(&self.name);
        } else if self.abc {
            out.push_str("<class 'collections.abc.");
            out.push_str(&self.name);
            out.push_str("'>");
        } else {
            out.push_str("typing.");
            out.push_str(&self.name);
        }
        Ok(())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        Ok(Value::Obj(Rc::new(Form {
            name: self.name.clone(),
            subscripted: true,
            typevar: false,
            origin: self.origin.clone(),
            // Subscripting a subscripted form substitutes type variables, which molt
            // does not do: no args, so no repr.
            args: (!self.subscripted).then(|| subscript_args(key)),
            abc: self.abc,
            builtin: self.builtin,
        })))
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        match &self.origin {
            // _GenericAlias.__call__: the origin class's instance.
            Some(c) => crate::func::call(&crate::class::class_value(c), args, kwargs),
            // `list[int](xs)` makes a list.
            None if self.builtin => crate::builtins::call_builtin_kw(&self.name, args, kwargs),
            None => {
                crate::exc::type_error(format!("'{}' object is not callable", self.type_name()))
            }
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match (name, &self.origin) {
            ("__name__", _) if self.typevar || !self.subscripted => Ok(Value::str(&self.name)),
            // `C[int]` for a user generic class C (typing._BaseGenericAlias.__getattr__,
            // 3.11): its origin and arguments; `__name__` and `__qualname__` are the
            // origin's `__name__`; other names that are not dunders are the origin's.
            ("__origin__", Some(c)) if self.subscripted => Ok(crate::class::class_value(c)),
            ("__args__", Some(_)) if self.subscripted && self.args.is_some() => Ok(Value::Tuple(
                crate::tuple::Tup::from_vec(self.args.clone().unwrap_or_default()),
            )),
            ("__name__" | "__qualname__", Some(c)) if self.subscripted => Ok(Value::Str(c.name())),
            ("__origin__", None) if self.builtin => builtin_type(&self.name),
            ("__args__", None) if self.builtin => Ok(Value::Tuple(crate::tuple::Tup::from_vec(
                self.args.clone().unwrap_or_default(),
            ))),
            // `int | None`: a types.UnionType's members (unionobject.c union_members).
            ("__args__", None) if self.name == "UnionType" && self.subscripted && !self.abc => {
                Ok(Value::Tuple(crate::tuple::Tup::from_vec(
                    self.args.clone().unwrap_or_default(),
                )))
            }
            (n, Some(c)) if self.subscripted && !(n.starts_with("__") && n.ends_with("__")) => {
                crate::attr::getattr(&crate::class::class_value(c), n)
            }
            _ => Err(crate::attr::no_attr(self.type_name(), name)),
        }
    }
    fn hash(&self, this: &ObjRef) -> PyResult<i64> {
        Ok((Rc::as_ptr(this) as *const u8 as usize >> 4) as i64)
    }
}

/// The builtin class named `name` as a value.
fn builtin_type(name: &str) -> PyResult<Value> {
    crate::modules::callable::builtin_ref(name)
}

/// `cls[key]` for a builtin class that is generic (`list[int]`): a types.GenericAlias.
pub fn builtin_alias(name: &str, key: &Value) -> Value {
    Value::Obj(Rc::new(Form {
        name: name.to_string(),
        subscripted: true,
        typevar: false,
        origin: None,
        args: Some(subscript_args(key)),
        abc: false,
        builtin: true,
    }))
}

/// The typing form's name when `v` is an unsubscripted typing form (`typing.ClassVar`),
/// or the base name of a subscripted one.
pub fn form_name(v: &Value) -> Option<String> {
    match v {
        Value::Obj(o) => o
            .as_any()
            .downcast_ref::<Form>()
            .filter(|f| !f.typevar)
            .map(|f| f.name.clone()),
        _ => None,
    }
}

thread_local! {
    static FORMS: std::cell::RefCell<hashbrown::HashMap<String, Value>> =
        std::cell::RefCell::new(hashbrown::HashMap::new());
}

/// `typing.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "TYPE_CHECKING" => Ok(Value::Bool(false)),
        "NamedTuple" => Ok(crate::class::namedtuple::namedtuple_fn()),
        "TypedDict" => Ok(crate::modules::typeddict::typeddict_fn()),
        "TypeVar" | "cast" | "final" | "overload" | "runtime_checkable" | "NewType"
        | "assert_never" | "assert_type" => {
            crate::modules::callable::module_function("typing", name)
        }
        // `Text = str`.
        "Text" => builtin_type("str"),
        // `AnyStr = TypeVar('AnyStr', bytes, str)`.
        "AnyStr" => Ok(named_form(name, true)),
        _ => Ok(named_form(name, false)),
    }
}

/// The one form object of a typing name (a TypeVar for `typevar`), made at first use.
fn named_form(name: &str, typevar: bool) -> Value {
    if let Some(v) = FORMS.with(|f| f.borrow().get(name).cloned()) {
        return v;
    }
    let v = Value::Obj(Rc::new(Form {
        name: name.to_string(),
        subscripted: false,
        typevar,
        origin: None,
        args: None,
        abc: false,
        builtin: false,
    }));
    FORMS.with(|f| f.borrow_mut().insert(name.to_string(), v.clone()));
    v
}

/// `typing.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "NamedTuple" => crate::func::call(&crate::class::namedtuple::namedtuple_fn(), args, kwargs),
        "TypedDict" => crate::func::call(&crate::modules::typeddict::typeddict_fn(), args, kwargs),
        "cast" => match <[Value; 2]>::try_from(args) {
            Ok([_, v]) if kwargs.is_empty() => Ok(v),
            _ => crate::exc::type_error("cast() takes 2 positional arguments"),
        },
        "runtime_checkable" => {
            runtime_checkable(one_param("runtime_checkable", "cls", args, kwargs)?)
        }
        "final" => {
            // `try: f.__final__ = True except (AttributeError, TypeError): pass`
            let f = one_param("final", "f", args, kwargs)?;
            match crate::attr::setattr(&f, "__final__", Value::Bool(true)) {
                Err(e)
                    if !(e.matches(ExcKind::AttributeError) || e.matches(ExcKind::TypeError)) =>
                {
                    return Err(e);
                }
                _ => {}
            }
            Ok(f)
        }
        "overload" => {
            one_param("overload", "func", args, kwargs)?;
            crate::modules::callable::module_function("typing", "_overload_dummy")
        }
        "_overload_dummy" => overload_dummy(),
        "Text" => crate::builtins::call_builtin_kw("str", args, kwargs),
        "NewType" => new_type(args, kwargs),
        "assert_type" => {
            // `def assert_type(val, typ, /): return val`
            match <[Value; 2]>::try_from(args) {
                Ok([v, _]) if kwargs.is_empty() => Ok(v),
                _ => Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: typing.assert_type() with other than two positional arguments is not supported",
                )),
            }
        }
        "assert_never" => match <[Value; 1]>::try_from(args) {
            Ok([v]) if kwargs.is_empty() => {
                // typing._ASSERT_NEVER_REPR_MAX_LENGTH = 100 (characters).
                let mut r = v.repr_string()?;
                if r.chars().count() > 100 {
                    r = r.chars().take(100).collect::<String>() + "...";
                }
                Err(PyErr::msg(
                    ExcKind::AssertionError,
                    format!("Expected code to be unreachable, but got: {r}"),
                ))
            }
            _ => Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: typing.assert_never() with other than one positional argument is not supported",
            )),
        },
        "TypeVar" => match args.first() {
            Some(Value::Str(s)) => Ok(Value::Obj(Rc::new(Form {
                name: s.as_str().to_string(),
                subscripted: false,
                typevar: true,
                origin: None,
                args: None,
                abc: false,
                builtin: false,
            }))),
            _ => crate::exc::type_error("TypeVar() argument 'name' must be str"),
        },
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: typing.{name}() is not supported"),
        )),
    }
}

thread_local! {
    static CLASSES: std::cell::RefCell<Option<(Rc<Class>, Rc<Class>)>> =
        const { std::cell::RefCell::new(None) };
}

/// `typing.Generic` and `typing.Protocol` as classes (both with `__slots__ = ()`).
fn generic_and_protocol() -> (Rc<Class>, Rc<Class>) {
    if let Some(c) = CLASSES.with(|c| c.borrow().clone()) {
        return c;
    }
    let obj = crate::class::object_class();
    let ns = || {
        let d = crate::dict::Dict::new();
        let _ = d.setitem(Value::str("__module__"), Value::str("typing"));
        let _ = d.setitem(
            Value::str("__slots__"),
            Value::Tuple(crate::tuple::Tup::from_vec(vec![])),
        );
        d
    };
    let generic = Class::new_typing("Generic", vec![obj.clone()], vec![obj.clone()], ns());
    let protocol = Class::new_typing(
        "Protocol",
        vec![generic.clone()],
        vec![generic.clone(), obj],
        ns(),
    );
    let pair = (generic, protocol);
    CLASSES.with(|c| *c.borrow_mut() = Some(pair.clone()));
    pair
}

/// The class a base written as a typing form stands for: `Generic[T]` is typing.Generic,
/// `Protocol`/`Protocol[T]` typing.Protocol, `Box[int]` the class Box
/// (`__mro_entries__`).
pub(crate) fn base_class_of(v: &Value) -> Option<Rc<Class>> {
    let Value::Obj(o) = v else { return None };
    let f = o.as_any().downcast_ref::<Form>()?;
    if let Some(c) = &f.origin {
        return Some(c.clone());
    }
    match f.name.as_str() {
        "Generic" if !f.typevar => Some(generic_and_protocol().0),
        "Protocol" if !f.typevar => Some(generic_and_protocol().1),
        _ => None,
    }
}

/// `C[...]` for a class deriving from Generic: an alias that stands for C.
pub(crate) fn class_getitem(c: &Rc<Class>, key: &Value) -> Option<Value> {
    let generic = CLASSES.with(|k| k.borrow().as_ref().map(|(g, _)| g.clone()))?;
    if !c.is_subclass(&generic) {
        return None;
    }
    Some(Value::Obj(Rc::new(Form {
        name: c.name().as_str().to_string(),
        subscripted: true,
        typevar: false,
        origin: Some(c.clone()),
        abc: false,
        builtin: false,
        args: Some(subscript_args(key)),
    })))
}

/// `__args__` of `F[key]`: a tuple key is several arguments.
fn subscript_args(key: &Value) -> Vec<Value> {
    match key {
        Value::Tuple(t) => t.as_slice().to_vec(),
        k => vec![k.clone()],
    }
}

/// Whether a class with these bases is a protocol (typing's `_is_protocol`): Protocol is
/// one of them. Worked out once, when the class is made (`Class::protocol`).
pub(crate) fn lists_protocol(bases: &[Rc<Class>]) -> bool {
    !bases.is_empty()
        && CLASSES.with(|k| {
            k.borrow()
                .as_ref()
                .is_some_and(|(_, p)| bases.iter().any(|b| Rc::ptr_eq(b, p)))
        })
}

/// What `isinstance(x, form)` / `issubclass(c, form)` checks against, for a typing form
/// (Lib/typing.py 3.11: `_BaseGenericAlias.__instancecheck__`,
/// `_SpecialForm.__instancecheck__`, `_UnionGenericAlias.__subclasscheck__`).
pub(crate) enum CheckTarget {
    /// An unsubscripted alias of a concrete class (`typing.List` is list).
    Class(Value),
    /// `Union[...]` / `Optional[X]`: any of these (None is NoneType).
    AnyOf(Vec<Value>),
    /// Not a typing form, or one the caller's other paths handle (collections.abc
    /// aliases, Generic, Protocol, TypeVar).
    Other,
}

/// The check a typing form stands for; Err with CPython's TypeError for the forms that
/// refuse class and instance checks. `op` is "isinstance" or "issubclass".
pub(crate) fn check_target(v: &Value, op: &str) -> PyResult<CheckTarget> {
    crate::modules::typeddict::check(v)?;
    let Value::Obj(o) = v else {
        return Ok(CheckTarget::Other);
    };
    let Some(f) = o.as_any().downcast_ref::<Form>() else {
        return Ok(CheckTarget::Other);
    };
    if f.typevar {
        return Ok(CheckTarget::Other);
    }
    let name = f.name.as_str();
    if f.subscripted {
        if f.abc || f.builtin {
            // types.GenericAlias (`collections.abc.Iterable[int]`, `list[int]`).
            return crate::exc::type_error(format!(
                "{op}() argument 2 cannot be a parameterized generic"
            ));
        }
        if f.origin.is_none()
            && matches!(name, "Optional" | "Union" | "UnionType")
            && let Some(args) = &f.args
        {
            let mut members = args.clone();
            if name == "Optional" {
                members.push(Value::None);
            }
            return Ok(CheckTarget::AnyOf(members));
        }
        return crate::exc::type_error(
            "Subscripted generics cannot be used with class and instance checks",
        );
    }
    if f.abc || f.origin.is_some() {
        return Ok(CheckTarget::Other);
    }
    let class = |module: &str, n: &str| -> PyResult<CheckTarget> {
        Ok(CheckTarget::Class(if module == "builtins" {
            crate::modules::callable::builtin_ref(n)?
        } else {
            crate::modules::callable::module_function(module, n)?
        }))
    };
    match name {
        "List" => class("builtins", "list"),
        "Dict" => class("builtins", "dict"),
        "Set" => class("builtins", "set"),
        "FrozenSet" => class("builtins", "frozenset"),
        "Tuple" => class("builtins", "tuple"),
        "Type" => Ok(CheckTarget::Class(crate::class::class_value(
            &crate::class::builtin(crate::class::Builtin::Type),
        ))),
        "Deque" => class("collections", "deque"),
        "DefaultDict" => class("collections", "defaultdict"),
        "OrderedDict" => class("collections", "OrderedDict"),
        "Counter" => class("collections", "Counter"),
        "ChainMap" => class("collections", "ChainMap"),
        // `_AnyMeta.__instancecheck__` refuses; issubclass falls to type's check.
        "Any" if op == "isinstance" => {
            crate::exc::type_error("typing.Any cannot be used with isinstance()")
        }
        "Any" => Ok(CheckTarget::AnyOf(vec![])),
        "Optional" | "Union" | "Literal" | "ClassVar" | "Final" | "NoReturn" | "Never" | "Self"
        | "TypeAlias" | "Concatenate" | "TypeGuard" | "LiteralString" | "Required"
        | "NotRequired" | "Unpack" => {
            crate::exc::type_error(format!("typing.{name} cannot be used with {op}()"))
        }
        _ => Ok(CheckTarget::Other),
    }
}

/// `a | b` of classes, None and such unions (`type.__or__`, Objects/unionobject.c): a
/// `types.UnionType` of the members without duplicates, or the one class when only one
/// remains; None when either operand is something else.
pub fn union_or(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let none_type = || crate::class::type_of(&Value::None);
    let mut members: Vec<Value> = vec![];
    for v in [a, b] {
        if v.is_none() {
            members.push(none_type()?);
        } else if let Some(m) = union_type_args(v) {
            members.extend(m);
        } else if (crate::class::is_class_value(v) && form_name(v).is_none()) || is_generic_alias(v)
        {
            members.push(v.clone());
        } else {
            return Ok(None);
        }
    }
    let mut out: Vec<Value> = vec![];
    for m in members {
        if !out.iter().any(|x| x.py_is(&m)) {
            out.push(m);
        }
    }
    if out.len() == 1 {
        return Ok(out.pop());
    }
    Ok(Some(Value::Obj(Rc::new(Form {
        name: "UnionType".to_string(),
        subscripted: true,
        typevar: false,
        origin: None,
        args: Some(out),
        abc: false,
        builtin: false,
    }))))
}

/// A types.GenericAlias (`list[int]`, `collections.abc.Iterable[str]`): unionobject.c's
/// is_unionable accepts it.
fn is_generic_alias(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    o.as_any()
        .downcast_ref::<Form>()
        .is_some_and(|f| f.subscripted && (f.builtin || f.abc) && !f.typevar)
}

/// The members of a `types.UnionType` (`int | str`).
pub(crate) fn union_type_args(v: &Value) -> Option<Vec<Value>> {
    let Value::Obj(o) = v else { return None };
    let f = o.as_any().downcast_ref::<Form>()?;
    (f.name == "UnionType" && f.subscripted && !f.abc && f.origin.is_none())
        .then(|| f.args.clone())
        .flatten()
}

// ------------------------------------------------------------------ runtime protocols

/// typing's EXCLUDED_ATTRIBUTES (3.11: `_TYPING_INTERNALS + _SPECIAL_NAMES +
/// ['_MutableMapping__marker']`): the names of a protocol's namespace that are not members.
const EXCLUDED_ATTRIBUTES: &[&str] = &[
    "__parameters__",
    "__orig_bases__",
    "__orig_class__",
    "_is_protocol",
    "_is_runtime_protocol",
    "__abstractmethods__",
    "__annotations__",
    "__dict__",
    "__doc__",
    "__init__",
    "__module__",
    "__new__",
    "__slots__",
    "__subclasshook__",
    "__weakref__",
    "__class_getitem__",
    "_MutableMapping__marker",
    // Not in a CPython class's namespace; kept out in case molt's has it.
    "__qualname__",
];

/// typing._get_protocol_attrs: the members of a protocol, from the namespaces and
/// annotations of its MRO (without object, Protocol and Generic), in first-seen order.
fn protocol_attrs(p: &Class) -> Vec<Str> {
    let mut out: Vec<Str> = vec![];
    let mut add = |k: &Value| {
        if let Value::Str(s) = k {
            let n = s.as_str();
            if !n.starts_with("_abc_")
                && !EXCLUDED_ATTRIBUTES.contains(&n)
                && !out.iter().any(|o| o.as_str() == n)
            {
                out.push(s.clone());
            }
        }
    };
    for c in p.mro_iter() {
        if c.builtin.is_some() || matches!(c.name().as_str(), "Protocol" | "Generic") {
            continue;
        }
        for k in c.dict.keys_vec() {
            add(&k);
        }
        if let Some(Value::Dict(ann)) =
            crate::class::dict_get(&c.dict, &crate::attr::intern("__annotations__"))
        {
            for k in ann.keys_vec() {
                add(&k);
            }
        }
    }
    out
}

/// typing._is_callable_members_only.
fn callable_members_only(p: &Class, attrs: &[Str]) -> bool {
    attrs
        .iter()
        .all(|a| p.lookup_value(a).is_some_and(|v| crate::attr::callable(&v)))
}

/// `_is_runtime_protocol` as `getattr` reads it in 3.11: set on the class or a base.
fn is_runtime(p: &Class) -> bool {
    p.mro_iter().any(|c| c.runtime_protocol.get())
}

fn not_runtime<T>() -> PyResult<T> {
    crate::exc::type_error(
        "Instance and class checks can only be used with @runtime_checkable protocols",
    )
}

/// `isinstance(v, p)` for a protocol class p (`_ProtocolMeta.__instancecheck__`, 3.11):
/// an instance of p or of a subclass, or a value with every member of p (a method
/// member set to None on the value blocks it).
pub(crate) fn protocol_isinstance(v: &Value, p: &Rc<Class>) -> PyResult<bool> {
    if !is_runtime(p) {
        return not_runtime();
    }
    if crate::class::instance_class(v).is_some_and(|k| k.is_subclass(p)) {
        return Ok(true);
    }
    for a in protocol_attrs(p) {
        if !crate::attr::hasattr(v, a.as_str())? {
            return Ok(false);
        }
        let method = p
            .lookup_value(&a)
            .is_some_and(|m| crate::attr::callable(&m));
        if method && crate::attr::getattr(v, a.as_str())?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `issubclass(a, p)` for a protocol class p (`_proto_hook`, 3.11): only for runtime
/// protocols whose members are all methods; true when each member is found in a's MRO
/// and is not None there, or when a subclasses p. `own` is a's class when a is a user
/// class (a builtin class is looked up as an attribute of the class).
pub(crate) fn protocol_issubclass(
    a: &Value,
    own: Option<&Rc<Class>>,
    p: &Rc<Class>,
) -> PyResult<bool> {
    if !is_runtime(p) {
        return not_runtime();
    }
    let attrs = protocol_attrs(p);
    if !callable_members_only(p, &attrs) {
        return crate::exc::type_error(
            "Protocols with non-method members don't support issubclass()",
        );
    }
    if own.is_some_and(|c| c.is_subclass(p)) {
        return Ok(true);
    }
    for name in &attrs {
        let found = match own {
            Some(c) => c
                .mro_iter()
                .find_map(|k| crate::class::dict_get(&k.dict, name)),
            None => match crate::attr::getattr(a, name.as_str()) {
                Ok(v) => Some(v),
                Err(e) if e.matches(ExcKind::AttributeError) => None,
                Err(e) => return Err(e),
            },
        };
        if found.is_none_or(|v| v.is_none()) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `typing.runtime_checkable(cls)`: marks a protocol class for isinstance/issubclass.
fn runtime_checkable(cls: Value) -> PyResult<Value> {
    match crate::class::as_class(&cls) {
        Some(c) if c.protocol => {
            c.runtime_protocol.set(true);
            Ok(cls)
        }
        _ => crate::exc::type_error(format!(
            "@runtime_checkable can be only applied to protocol classes, got {}",
            cls.repr_string()?
        )),
    }
}

// ------------------------------------------------------------------ NewType

/// `typing.NewType(name, tp)` (3.11's class NewType): calling it returns its argument.
pub struct NewType {
    name: Str,
    supertype: Value,
}

impl Object for NewType {
    fn type_name(&self) -> &'static str {
        "NewType"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        // `f'{self.__module__}.{self.__qualname__}'`; molt's programs are `__main__`.
        out.push_str("__main__.");
        out.push_str(self.name.as_str());
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        // 3.11's `__call__ = _idfunc`, a METH_O C function.
        crate::modules::bind::one_arg("_typing._idfunc", args, &kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" | "__qualname__" => Ok(Value::Str(self.name.clone())),
            "__module__" => Ok(Value::str("__main__")),
            "__supertype__" => Ok(self.supertype.clone()),
            _ => Err(crate::attr::no_attr(self.type_name(), name)),
        }
    }
    fn hash(&self, this: &ObjRef) -> PyResult<i64> {
        Ok((Rc::as_ptr(this) as *const u8 as usize >> 4) as i64)
    }
}

/// `typing.NewType(name, tp)`.
fn new_type(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let sig = crate::modules::bind::PySig {
        name: "NewType.__init__",
        params: &["name", "tp"],
        required: 2,
        kwonly: &[],
        method: true,
    };
    let mut slots = sig.bind(args, kwargs)?.into_iter();
    let name = slots.next().flatten().unwrap_or_default();
    let supertype = slots.next().flatten().unwrap_or_default();
    // `__qualname__ = name` stores any value; its repr and `__name__` need a str.
    let Value::Str(name) = name else {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: typing.NewType with a name that is not a str is not supported",
        ));
    };
    Ok(Value::Obj(Rc::new(NewType { name, supertype })))
}

/// A Python function of typing with one positional-or-keyword parameter.
fn one_param(
    name: &'static str,
    param: &'static str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let params: &'static [&'static str] = match param {
        "cls" => &["cls"],
        "f" => &["f"],
        _ => &["func"],
    };
    let sig = crate::modules::bind::PySig {
        name,
        params,
        required: 1,
        kwonly: &[],
        method: false,
    };
    Ok(sig.bind(args, kwargs)?.remove(0).unwrap_or_default())
}

/// typing's `_overload_dummy`: what an `@overload` definition is bound to.
fn overload_dummy() -> PyResult<Value> {
    Err(PyErr::msg(
        ExcKind::NotImplementedError,
        "You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.",
    ))
}
