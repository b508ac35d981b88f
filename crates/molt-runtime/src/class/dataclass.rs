//! dataclasses (Lib/dataclasses.py, 3.11): `@dataclass` reads the class's `__annotations__`
//! and adds `__init__`, `__repr__`, `__eq__`, the order methods, frozen `__setattr__` /
//! `__delattr__` and `__hash__` as function objects, like `_process_class`; `field`,
//! `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`, `FrozenInstanceError`.

use super::{Class, as_class, class_value, dict_get};
use crate::attr::intern;
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::func::{ParamKind, Sig, function};
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldType {
    Field,
    ClassVar,
    /// `x: InitVar[T]`: an `__init__` parameter passed on to `__post_init__`.
    InitVar,
}

/// A `dataclasses.Field`.
pub struct Field {
    name: RefCell<Option<Str>>,
    ty: RefCell<Value>,
    default: Option<Value>,
    default_factory: Option<Value>,
    init: bool,
    repr: bool,
    hash: Value,
    compare: bool,
    /// `field(kw_only=...)`; None until given or decided by the class (MISSING).
    kw_only: RefCell<Option<bool>>,
    kind: RefCell<FieldType>,
}

impl Field {
    fn name(&self) -> Str {
        self.name.borrow().clone().unwrap_or_else(|| Str::from(""))
    }
}

/// `dataclasses.MISSING`.
pub struct Missing;

impl Object for Missing {
    fn type_name(&self) -> &'static str {
        "_MISSING_TYPE"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<dataclasses._MISSING_TYPE object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
}

/// `dataclasses._HAS_DEFAULT_FACTORY`: the default of an `__init__` parameter whose field
/// has a default factory (the front end writes such `__init__`s, lower_dataclass.rs).
pub struct HasDefaultFactory;

impl Object for HasDefaultFactory {
    fn type_name(&self) -> &'static str {
        "_HAS_DEFAULT_FACTORY_CLASS"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<factory>");
        Ok(())
    }
}

thread_local! {
    static HAS_DEFAULT_FACTORY: Value = Value::Obj(Rc::new(HasDefaultFactory));
    static MISSING: Value = Value::Obj(Rc::new(Missing));
    static FROZEN_ERR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `dataclasses._HAS_DEFAULT_FACTORY`.
pub fn has_default_factory() -> Value {
    HAS_DEFAULT_FACTORY.with(|m| m.clone())
}

/// `dataclasses.MISSING`, the sentinel of a field without a default.
pub fn missing() -> Value {
    MISSING.with(|m| m.clone())
}

impl Object for Field {
    fn type_name(&self) -> &'static str {
        "Field"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, _out: &mut String) -> PyResult<()> {
        Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: the repr of a dataclasses.Field is not supported",
        ))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let opt = |v: &Option<Value>| v.clone().unwrap_or_else(missing);
        Ok(match name {
            "name" => match self.name.borrow().clone() {
                Some(n) => Value::Str(n),
                None => Value::None,
            },
            "type" => self.ty.borrow().clone(),
            "default" => opt(&self.default),
            "default_factory" => opt(&self.default_factory),
            "init" => Value::Bool(self.init),
            "repr" => Value::Bool(self.repr),
            "hash" => self.hash.clone(),
            "compare" => Value::Bool(self.compare),
            "kw_only" => match *self.kw_only.borrow() {
                Some(b) => Value::Bool(b),
                None => missing(),
            },
            _ => return Err(crate::attr::no_attr("Field", name)),
        })
    }
}

fn as_field(v: &Value) -> Option<Rc<Field>> {
    match v {
        Value::Obj(o) if o.as_any().is::<Field>() => {
            let any: Rc<dyn Any> = o.clone();
            any.downcast::<Field>().ok()
        }
        _ => None,
    }
}

fn is_missing(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_any().is::<Missing>())
}

fn some_unless_missing(v: Option<Value>) -> Option<Value> {
    v.filter(|x| !is_missing(x))
}

/// `dataclasses.field(*, default, default_factory, init, repr, hash, compare, metadata,
/// kw_only)`.
pub fn field(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        name: "field",
        params: &[
            ("default", ParamKind::KeywordOnly, true),
            ("default_factory", ParamKind::KeywordOnly, true),
            ("init", ParamKind::KeywordOnly, true),
            ("repr", ParamKind::KeywordOnly, true),
            ("hash", ParamKind::KeywordOnly, true),
            ("compare", ParamKind::KeywordOnly, true),
            ("metadata", ParamKind::KeywordOnly, true),
            ("kw_only", ParamKind::KeywordOnly, true),
        ],
    };
    let s = crate::func::bind(&SIG, args, kwargs)?;
    let g = |i: usize| s.get(i).cloned().flatten();
    if g(6).is_some_and(|v| !v.is_none()) {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: field(metadata=) is not supported",
        ));
    }
    let kw_only = g(7).filter(|v| !is_missing(v)).map(|v| v.truthy());
    let default = some_unless_missing(g(0));
    let default_factory = some_unless_missing(g(1));
    if default.is_some() && default_factory.is_some() {
        return value_error("cannot specify both default and default_factory");
    }
    let b = |i: usize| g(i).map(|v| v.truthy()).unwrap_or(true);
    Ok(Value::Obj(Rc::new(Field {
        name: RefCell::new(None),
        ty: RefCell::new(Value::None),
        default,
        default_factory,
        init: b(2),
        repr: b(3),
        hash: g(4).unwrap_or(Value::None),
        compare: b(5),
        kw_only: RefCell::new(kw_only),
        kind: RefCell::new(FieldType::Field),
    })))
}

/// `dataclasses.FrozenInstanceError` (a subclass of AttributeError).
pub fn frozen_instance_error() -> PyResult<Value> {
    if let Some(c) = FROZEN_ERR.with(|f| f.borrow().clone()) {
        return Ok(c);
    }
    let base = super::builtin_class("AttributeError")?;
    let c = super::new_class(
        "FrozenInstanceError",
        "FrozenInstanceError",
        "dataclasses",
        vec![base],
        vec![],
        vec![],
    )?;
    FROZEN_ERR.with(|f| *f.borrow_mut() = Some(c.clone()));
    Ok(c)
}

fn frozen_err(msg: String) -> PyErr {
    match frozen_instance_error()
        .ok()
        .and_then(|c| super::exception_from_class(&c, Value::Str(Str::from_string(msg))))
    {
        Some(Ok(e)) => e,
        Some(Err(e)) => e,
        None => PyErr::msg(ExcKind::AttributeError, "cannot assign"),
    }
}

/// The options of `@dataclass(...)`.
#[derive(Clone, Copy)]
struct Opts {
    init: bool,
    repr: bool,
    eq: bool,
    order: bool,
    unsafe_hash: bool,
    frozen: bool,
    match_args: bool,
    kw_only: bool,
    slots: bool,
    weakref_slot: bool,
}

/// `@dataclass` / `@dataclass(...)`.
pub fn dataclass(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        name: "dataclass",
        params: &[
            ("cls", ParamKind::PositionalOnly, true),
            ("init", ParamKind::KeywordOnly, true),
            ("repr", ParamKind::KeywordOnly, true),
            ("eq", ParamKind::KeywordOnly, true),
            ("order", ParamKind::KeywordOnly, true),
            ("unsafe_hash", ParamKind::KeywordOnly, true),
            ("frozen", ParamKind::KeywordOnly, true),
            ("match_args", ParamKind::KeywordOnly, true),
            ("kw_only", ParamKind::KeywordOnly, true),
            ("slots", ParamKind::KeywordOnly, true),
            ("weakref_slot", ParamKind::KeywordOnly, true),
        ],
    };
    let s = crate::func::bind(&SIG, args, kwargs)?;
    let g = |i: usize, d: bool| s.get(i).cloned().flatten().map_or(d, |v| v.truthy());
    if g(10, false) && !g(9, false) {
        return type_error("weakref_slot is True but slots is False");
    }
    let o = Opts {
        init: g(1, true),
        repr: g(2, true),
        eq: g(3, true),
        order: g(4, false),
        unsafe_hash: g(5, false),
        frozen: g(6, false),
        match_args: g(7, true),
        kw_only: g(8, false),
        slots: g(9, false),
        weakref_slot: g(10, false),
    };
    match s.first().cloned().flatten() {
        Some(Value::None) | None => Ok(function("wrap", "dataclass.<locals>.wrap", move |a, k| {
            if !k.is_empty() || a.len() != 1 {
                return type_error("wrap() takes 1 positional argument");
            }
            process(a.into_iter().next().unwrap_or_default(), o)
        })),
        Some(c) => process(c, o),
    }
}

/// The dataclass fields of a class (all of them, ClassVars included), in order.
fn class_fields(c: &Class) -> Option<Vec<Rc<Field>>> {
    let v = c.lookup_value(&intern("__dataclass_fields__"))?;
    let Value::Dict(d) = v else { return None };
    Some(d.values_vec().iter().filter_map(as_field).collect())
}

/// ClassVar detection (dataclasses._is_classvar / _is_type for string annotations).
fn is_classvar(ty: &Value) -> bool {
    if let Some(n) = crate::modules::typing::form_name(ty) {
        return n == "ClassVar";
    }
    if let Value::Str(s) = ty {
        let t = s.as_str().trim_start();
        let t = t.strip_prefix("typing.").map(str::trim_start).unwrap_or(t);
        let ident: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        return ident == "ClassVar";
    }
    false
}

/// The leading dotted name of a string annotation (dataclasses._MODULE_IDENTIFIER_RE):
/// `dataclasses.InitVar[int]` is `InitVar`, with the module `dataclasses` stripped.
fn string_annotation_name(s: &str) -> String {
    let t = s.trim_start();
    let t = t
        .strip_prefix("dataclasses.")
        .map(str::trim_start)
        .unwrap_or(t);
    t.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// `x: InitVar[T]` (dataclasses._is_initvar, and _is_type for a string annotation).
fn is_initvar(ty: &Value) -> bool {
    match ty {
        Value::Str(s) => string_annotation_name(s.as_str()) == "InitVar",
        Value::Obj(o) => o.as_any().is::<InitVarForm>(),
        _ => false,
    }
}

/// `_: KW_ONLY` (dataclasses._is_kw_only).
fn is_kw_only_marker(ty: &Value) -> bool {
    match ty {
        Value::Str(s) => string_annotation_name(s.as_str()) == "KW_ONLY",
        _ => KW_ONLY.with(|k| k.borrow().as_ref().is_some_and(|k| k.py_is(ty))),
    }
}

/// `dataclasses.InitVar` and `InitVar[T]`.
pub struct InitVarForm {
    ty: Option<Value>,
}

impl Object for InitVarForm {
    fn type_name(&self) -> &'static str {
        "InitVar"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        match &self.ty {
            None => out.push_str("<class 'dataclasses.InitVar'>"),
            // InitVar.__repr__: a class by its __name__, anything else by its repr.
            Some(t) => {
                let name = match as_class(t) {
                    Some(c) => c.name().as_str().to_string(),
                    None => match t {
                        Value::Obj(o) if o.as_any().is::<crate::modules::callable::BuiltinFn>() => {
                            crate::attr::getattr(t, "__name__")?.str_string()?
                        }
                        _ => t.repr_string()?,
                    },
                };
                out.push_str(&format!("dataclasses.InitVar[{name}]"));
            }
        }
        Ok(())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        Ok(Value::Obj(Rc::new(InitVarForm {
            ty: Some(key.clone()),
        })))
    }
}

/// `dataclasses.InitVar` as a value.
pub fn initvar() -> Value {
    Value::Obj(Rc::new(InitVarForm { ty: None }))
}

thread_local! {
    static KW_ONLY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `dataclasses.KW_ONLY`, the sentinel: an instance of `_KW_ONLY_TYPE`.
pub fn kw_only() -> PyResult<Value> {
    if let Some(v) = KW_ONLY.with(|k| k.borrow().clone()) {
        return Ok(v);
    }
    let c = super::new_class(
        "_KW_ONLY_TYPE",
        "_KW_ONLY_TYPE",
        "dataclasses",
        vec![],
        vec![],
        vec![],
    )?;
    let v = crate::func::call(&c, vec![], vec![])?;
    KW_ONLY.with(|x| *x.borrow_mut() = Some(v.clone()));
    Ok(v)
}

fn qual(c: &Class) -> String {
    c.qualname().as_str().to_string()
}

fn instance_of(v: &Value) -> Option<(ObjRef, Rc<Class>)> {
    match v {
        Value::Obj(o) => crate::object::inst(o).map(|i| (o.clone(), i.class.clone())),
        _ => None,
    }
}

/// `object.__setattr__(self, name, value)`.
fn object_setattr(me: &Value, name: &Str, v: Value) -> PyResult<()> {
    match me {
        Value::Obj(o) if let Some(i) = crate::object::inst(o) => {
            i.generic_setattr(o, name, Some(v))
        }
        _ => crate::attr::setattr(me, name.as_str(), v),
    }
}

fn field_values(me: &Value, fs: &[Rc<Field>]) -> PyResult<Value> {
    let mut v = Vec::with_capacity(fs.len());
    for f in fs {
        let name = f.name();
        // A typed instance's field is its slot (what getattr finds, without the lookups).
        v.push(match super::layout::slot_read(me, &name) {
            Some(x) => x,
            None => crate::attr::getattr(me, name.as_str())?,
        });
    }
    Ok(Value::Tuple(Tup::from_vec(v)))
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// dataclasses._process_class.
fn process(cv: Value, o: Opts) -> PyResult<Value> {
    let Some(cls) = as_class(&cv) else {
        return type_error("dataclass() should be called on a class");
    };
    let me: ObjRef = cls.clone();
    let mut fields: Vec<Rc<Field>> = vec![];
    let mut any_frozen_base = false;
    let mut all_frozen_bases: Option<bool> = None;
    let mut has_dataclass_bases = false;
    for b in cls.mro.iter().rev() {
        if let Some(bf) = b
            .dict
            .get(&Value::str("__dataclass_fields__"))
            .ok()
            .flatten()
            .and(class_fields(b))
        {
            has_dataclass_bases = true;
            for f in bf {
                match fields.iter().position(|x| x.name() == f.name()) {
                    Some(i) => fields[i] = f,
                    None => fields.push(f),
                }
            }
            let frozen = b
                .ext
                .borrow()
                .as_ref()
                .and_then(|e| e.clone().downcast::<DcInfo>().ok())
                .is_some_and(|i| i.frozen);
            any_frozen_base |= frozen;
            all_frozen_bases = Some(all_frozen_bases.unwrap_or(true) && frozen);
        }
    }
    // The class's own annotations, in order.
    let anns: Vec<(Str, Value)> = match dict_get(&cls.dict, &intern("__annotations__")) {
        Some(Value::Dict(d)) => d
            .items_vec()
            .into_iter()
            .filter_map(|(k, v)| match k {
                Value::Str(s) => Some((s, v)),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    let mut own: Vec<Rc<Field>> = vec![];
    // `_: KW_ONLY`: the fields after it are keyword-only.
    let mut kw_only = o.kw_only;
    let mut seen_kw_only = false;
    for (name, ty) in &anns {
        if is_kw_only_marker(ty) {
            if seen_kw_only {
                return type_error(format!(
                    "{} is KW_ONLY, but KW_ONLY has already been specified",
                    Value::Str(name.clone()).repr_string()?
                ));
            }
            seen_kw_only = true;
            kw_only = true;
            continue;
        }
        let default = cls.get_attr(&me, name).ok();
        let f = match default.as_ref().and_then(as_field) {
            Some(f) => f,
            None => {
                let d = default.filter(
                    |d| !matches!(d, Value::Obj(x) if x.as_any().is::<super::descr::SlotMember>()),
                );
                Rc::new(Field {
                    name: RefCell::new(None),
                    ty: RefCell::new(Value::None),
                    default: d,
                    default_factory: None,
                    init: true,
                    repr: true,
                    hash: Value::None,
                    compare: true,
                    kw_only: RefCell::new(None),
                    kind: RefCell::new(FieldType::Field),
                })
            }
        };
        *f.name.borrow_mut() = Some(name.clone());
        *f.ty.borrow_mut() = ty.clone();
        if f.kw_only.borrow().is_none() {
            *f.kw_only.borrow_mut() = Some(kw_only);
        }
        if is_initvar(ty) {
            *f.kind.borrow_mut() = FieldType::InitVar;
        }
        if is_classvar(ty) || is_initvar(ty) {
            if is_classvar(ty) {
                *f.kind.borrow_mut() = FieldType::ClassVar;
            }
            if f.default_factory.is_some() {
                return type_error(format!("field {name} cannot have a default factory"));
            }
        } else if let Some(d) = &f.default
            && (matches!(d, Value::List(_) | Value::Dict(_) | Value::Set(_))
                || instance_of(d).is_some_and(|(_, c)| {
                    // `f.default.__class__.__hash__ is None`
                    c.lookup_value(&intern("__hash__"))
                        .is_some_and(|h| h.is_none())
                }))
        {
            return value_error(format!(
                "mutable default {} for field {name} is not allowed: use default_factory",
                super::type_of(d)?.repr_string()?
            ));
        }
        own.push(f);
    }
    for f in &own {
        match fields.iter().position(|x| x.name() == f.name()) {
            Some(i) => fields[i] = f.clone(),
            None => fields.push(f.clone()),
        }
        let n = f.name();
        if dict_get(&cls.dict, &n)
            .as_ref()
            .and_then(as_field)
            .is_some()
        {
            match &f.default {
                None => {
                    cls.del_attr(&n)?;
                }
                Some(d) => cls.set_attr(&n, d.clone())?,
            }
        }
    }
    for (k, v) in cls.dict.items_vec() {
        if as_field(&v).is_some()
            && let Value::Str(k) = &k
            && !anns.iter().any(|(n, _)| n == k)
        {
            return type_error(format!("'{k}' is a field but has no type annotation"));
        }
    }
    if has_dataclass_bases {
        if any_frozen_base && !o.frozen {
            return type_error("cannot inherit non-frozen dataclass from a frozen one");
        }
        if all_frozen_bases == Some(false) && o.frozen {
            return type_error("cannot inherit frozen dataclass from a non-frozen one");
        }
    }
    let fd = Dict::new();
    for f in &fields {
        fd.setitem(Value::Str(f.name()), Value::Obj(f.clone() as ObjRef))?;
    }
    cls.set_attr(&intern("__dataclass_fields__"), Value::Dict(fd))?;
    *cls.ext.borrow_mut() = Some(Rc::new(DcInfo {
        frozen: o.frozen,
        repr: o.repr,
    }) as Rc<dyn Any>);

    let has_own = |n: &str| dict_get(&cls.dict, &intern(n)).is_some();
    let class_hash = dict_get(&cls.dict, &intern("__hash__"));
    let has_explicit_hash = !(class_hash.is_none()
        || (class_hash.as_ref().is_some_and(|h| h.is_none()) && has_own("__eq__")));
    if o.order && !o.eq {
        return value_error("eq must be true if order is true");
    }
    let real: Vec<Rc<Field>> = fields
        .iter()
        .filter(|f| *f.kind.borrow() == FieldType::Field)
        .cloned()
        .collect();
    let q = qual(&cls);
    let set_new = |n: &str, v: Value| -> PyResult<bool> {
        if has_own(n) {
            return Ok(true);
        }
        cls.set_attr(&intern(n), v)?;
        Ok(false)
    };
    // dataclasses._init_fn: the parameters are the init fields and InitVars without
    // kw_only, then the keyword-only ones; values are stored in field order.
    let init_fields: Vec<Rc<Field>> = fields
        .iter()
        .filter(|f| *f.kind.borrow() != FieldType::ClassVar && f.init)
        .cloned()
        .collect();
    let is_kw = |f: &Rc<Field>| f.kw_only.borrow().unwrap_or(false);
    let std_init: Vec<Rc<Field>> = init_fields.iter().filter(|f| !is_kw(f)).cloned().collect();
    let kw_init: Vec<Rc<Field>> = init_fields.iter().filter(|f| is_kw(f)).cloned().collect();
    if o.init {
        let mut seen_default = false;
        for f in &std_init {
            if f.default.is_some() || f.default_factory.is_some() {
                seen_default = true;
            } else if seen_default {
                return type_error(format!(
                    "non-default argument '{}' follows default argument",
                    f.name()
                ));
            }
        }
        let mut params: Vec<(&'static str, ParamKind, bool)> =
            vec![("self", ParamKind::Normal, false)];
        for (fs, kind) in [
            (&std_init, ParamKind::Normal),
            (&kw_init, ParamKind::KeywordOnly),
        ] {
            for f in fs {
                params.push((
                    leak(f.name().as_str().to_string()),
                    kind,
                    f.default.is_some() || f.default_factory.is_some(),
                ));
            }
        }
        let sig: &'static Sig = Box::leak(Box::new(Sig {
            name: leak(format!("{q}.__init__")),
            params: Box::leak(params.into_boxed_slice()),
        }));
        // The fields in definition order, each with its parameter's index.
        let order: Vec<Rc<Field>> = std_init.iter().chain(kw_init.iter()).cloned().collect();
        let all: Vec<(Rc<Field>, Option<usize>)> = fields
            .iter()
            .filter(|f| *f.kind.borrow() != FieldType::ClassVar)
            .map(|f| (f.clone(), order.iter().position(|x| Rc::ptr_eq(x, f))))
            .collect();
        let frozen = o.frozen;
        let post_init = intern("__post_init__");
        let f = function("__init__", &format!("{q}.__init__"), move |a, k| {
            let slots = crate::func::bind(sig, a, k)?;
            let me = slots.first().cloned().flatten().unwrap_or_default();
            let mut init_vars = vec![];
            for (f, pos) in &all {
                let given = pos.and_then(|p| slots.get(p + 1).cloned().flatten());
                let v = match given {
                    Some(v) => Some(v),
                    None => match (&f.default_factory, &f.default) {
                        (Some(fac), _) => Some(crate::func::call(fac, vec![], vec![])?),
                        (None, d) => d.clone(),
                    },
                };
                if *f.kind.borrow() == FieldType::InitVar {
                    if pos.is_some() {
                        init_vars.push(v.unwrap_or_default());
                    }
                    continue;
                }
                if let Some(v) = v {
                    if frozen {
                        object_setattr(&me, &f.name(), v)?;
                    } else {
                        crate::attr::setattr(&me, f.name().as_str(), v)?;
                    }
                }
            }
            if let Some((_, c)) = instance_of(&me)
                && c.lookup_value(&post_init).is_some()
            {
                crate::attr::call_method(&me, "__post_init__", init_vars, vec![])?;
            }
            Ok(Value::None)
        });
        set_new("__init__", f)?;
    }
    if o.repr {
        let rf: Vec<Rc<Field>> = real.iter().filter(|f| f.repr).cloned().collect();
        let f = function("__repr__", &format!("{q}.__repr__"), move |a, _| {
            let me = a.into_iter().next().unwrap_or_default();
            // reprlib.recursive_repr: a dataclass containing itself shows `...`.
            let id = super::descr::obj_addr(&me);
            let Some(_g) = crate::value::ReprGuard::enter(id) else {
                return Ok(Value::str("..."));
            };
            let cq = match instance_of(&me) {
                Some((_, c)) => qual(&c),
                None => String::new(),
            };
            let mut out = format!("{cq}(");
            for (i, f) in rf.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(f.name().as_str());
                out.push('=');
                out.push_str(&crate::attr::getattr(&me, f.name().as_str())?.repr_string()?);
            }
            out.push(')');
            Ok(Value::Str(Str::from_string(out)))
        });
        GENERATED_REPRS.with(|g| g.borrow_mut().push(f.clone()));
        set_new("__repr__", f)?;
    }
    let cmp_fields: Vec<Rc<Field>> = real.iter().filter(|f| f.compare).cloned().collect();
    let same_class = |a: &Value, b: &Value| match (instance_of(a), instance_of(b)) {
        (Some((_, x)), Some((_, y))) => Rc::ptr_eq(&x, &y),
        _ => false,
    };
    if o.eq {
        let cf = cmp_fields.clone();
        let f = function("__eq__", &format!("{q}.__eq__"), move |a, _| {
            let mut a = a.into_iter();
            let (me, other) = (a.next().unwrap_or_default(), a.next().unwrap_or_default());
            if !same_class(&me, &other) {
                return Ok(super::not_implemented());
            }
            let x = field_values(&me, &cf)?;
            let y = field_values(&other, &cf)?;
            Ok(Value::Bool(x.eq(&y)?))
        });
        set_new("__eq__", f)?;
    }
    if o.order {
        for (name, op) in [
            ("__lt__", CmpOp::Lt),
            ("__le__", CmpOp::Le),
            ("__gt__", CmpOp::Gt),
            ("__ge__", CmpOp::Ge),
        ] {
            let cf = cmp_fields.clone();
            let f = function(name, &format!("{q}.{name}"), move |a, _| {
                let mut a = a.into_iter();
                let (me, other) = (a.next().unwrap_or_default(), a.next().unwrap_or_default());
                if !same_class(&me, &other) {
                    return Ok(super::not_implemented());
                }
                let x = field_values(&me, &cf)?;
                let y = field_values(&other, &cf)?;
                Ok(Value::Bool(x.compare(&y, op)?))
            });
            if set_new(name, f)? {
                return type_error(format!(
                    "Cannot overwrite attribute {name} in class {}. Consider using functools.total_ordering",
                    cls.name()
                ));
            }
        }
    }
    if o.frozen {
        let names: Vec<Str> = fields.iter().map(|f| f.name()).collect();
        let c2 = Rc::downgrade(&cls);
        let n2 = names.clone();
        let sf = function("__setattr__", &format!("{q}.__setattr__"), move |a, _| {
            let mut a = a.into_iter();
            let (me, name, v) = (
                a.next().unwrap_or_default(),
                a.next().unwrap_or_default(),
                a.next().unwrap_or_default(),
            );
            let Value::Str(name) = name else {
                return type_error("attribute name must be string");
            };
            let is_cls = match (instance_of(&me), c2.upgrade()) {
                (Some((_, x)), Some(c)) => Rc::ptr_eq(&x, &c),
                _ => false,
            };
            if is_cls || n2.contains(&name) {
                return Err(frozen_err(format!(
                    "cannot assign to field {}",
                    Value::Str(name).repr_string()?
                )));
            }
            if o.slots {
                // `super(cls, self).__setattr__`: with slots=True `cls` is the class
                // before _add_slots replaced it, which the instance is no instance of.
                return type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            object_setattr(&me, &name, v)?;
            Ok(Value::None)
        });
        let c3 = Rc::downgrade(&cls);
        let df = function("__delattr__", &format!("{q}.__delattr__"), move |a, _| {
            let mut a = a.into_iter();
            let (me, name) = (a.next().unwrap_or_default(), a.next().unwrap_or_default());
            let Value::Str(name) = name else {
                return type_error("attribute name must be string");
            };
            let is_cls = match (instance_of(&me), c3.upgrade()) {
                (Some((_, x)), Some(c)) => Rc::ptr_eq(&x, &c),
                _ => false,
            };
            if is_cls || names.contains(&name) {
                return Err(frozen_err(format!(
                    "cannot delete field {}",
                    Value::Str(name).repr_string()?
                )));
            }
            if o.slots {
                return type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            match &me {
                Value::Obj(o) if let Some(i) = crate::object::inst(o) => {
                    i.generic_setattr(o, &name, None)?
                }
                _ => {}
            }
            Ok(Value::None)
        });
        for (n, f) in [("__setattr__", sf), ("__delattr__", df)] {
            if set_new(n, f)? {
                return type_error(format!(
                    "Cannot overwrite attribute {n} in class {}",
                    cls.name()
                ));
            }
        }
    }
    // _hash_action.
    enum H {
        None,
        SetNone,
        Add,
        Raise,
    }
    let action = match (o.unsafe_hash, o.eq, o.frozen, has_explicit_hash) {
        (false, false, _, _) => H::None,
        (false, true, false, false) => H::SetNone,
        (false, true, false, true) => H::None,
        (false, true, true, false) => H::Add,
        (false, true, true, true) => H::None,
        (true, _, _, false) => H::Add,
        (true, _, _, true) => H::Raise,
    };
    match action {
        H::None => {}
        H::SetNone => cls.set_attr(&intern("__hash__"), Value::None)?,
        H::Raise => {
            return type_error(format!(
                "Cannot overwrite attribute __hash__ in class {}",
                cls.name()
            ));
        }
        H::Add => {
            let hf: Vec<Rc<Field>> = real
                .iter()
                .filter(|f| {
                    if f.hash.is_none() {
                        f.compare
                    } else {
                        f.hash.truthy()
                    }
                })
                .cloned()
                .collect();
            let f = function("__hash__", &format!("{q}.__hash__"), move |a, _| {
                let me = a.into_iter().next().unwrap_or_default();
                Ok(Value::int(field_values(&me, &hf)?.hash()?))
            });
            cls.set_attr(&intern("__hash__"), f)?;
        }
    }
    if o.match_args {
        let names: Vec<Value> = std_init.iter().map(|f| Value::Str(f.name())).collect();
        set_new("__match_args__", Value::Tuple(Tup::from_vec(names)))?;
    }
    if o.slots {
        return add_slots(&cls, &fields, o.weakref_slot);
    }
    Ok(cv)
}

/// The `__slots__` names a class declares (dataclasses._get_slots).
fn declared_slots(c: &Class) -> PyResult<Vec<Value>> {
    match dict_get(&c.dict, &intern("__slots__")) {
        None => Ok(if c.has_dict {
            vec![Value::str("__dict__")]
        } else {
            vec![]
        }),
        Some(Value::Str(s)) => Ok(vec![Value::Str(s)]),
        Some(v) => crate::iter::collect_vec(&v),
    }
}

/// dataclasses._add_slots (3.11): the class made again with `__slots__` set to the
/// field names its bases do not already declare, without the fields' class
/// attributes, `__dict__` and `__weakref__`. The new class runs `__init_subclass__`
/// and `__set_name__` again, as `type(cls)(name, bases, dict)` does.
fn add_slots(cls: &Rc<Class>, fields: &[Rc<Field>], weakref_slot: bool) -> PyResult<Value> {
    if dict_get(&cls.dict, &intern("__slots__")).is_some() {
        return type_error(format!("{} already specifies __slots__", cls.name()));
    }
    let field_names: Vec<Str> = fields
        .iter()
        .filter(|f| *f.kind.borrow() == FieldType::Field)
        .map(|f| f.name())
        .collect();
    // `cls.__mro__[1:-1]`: the bases, without object.
    let mut inherited: Vec<Value> = vec![];
    for b in cls
        .mro
        .iter()
        .filter(|b| !Rc::ptr_eq(b, &super::object_class()))
    {
        inherited.extend(declared_slots(b)?);
    }
    let mut slots: Vec<Value> = vec![];
    let weakref = weakref_slot.then(|| Str::from("__weakref__"));
    for n in field_names.iter().chain(weakref.iter()) {
        let v = Value::Str(n.clone());
        let mut found = false;
        for i in &inherited {
            if i.eq(&v)? {
                found = true;
                break;
            }
        }
        if !found {
            slots.push(v);
        }
    }
    let mut items: Vec<(Str, Value)> = vec![];
    for (k, v) in cls.dict.items_vec() {
        let Value::Str(k) = k else { continue };
        if field_names.contains(&k) || k.as_str() == "__dict__" || k.as_str() == "__weakref__" {
            continue;
        }
        items.push((k, v));
    }
    items.push((Str::from("__slots__"), Value::Tuple(Tup::from_vec(slots))));
    let bases: Vec<Value> = cls.bases.iter().map(super::class_value).collect();
    let nv = super::new_class(
        cls.name().as_str(),
        &qual(cls),
        cls.module.as_str(),
        bases,
        items,
        vec![],
    )?;
    let Some(nc) = as_class(&nv) else {
        return type_error("dataclass(slots=True) made no class");
    };
    if nc.meta != cls.meta {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: dataclass(slots=True) on a class with an explicit metaclass is not supported",
        ));
    }
    *nc.ext.borrow_mut() = cls.ext.borrow().clone();
    Ok(nv)
}

/// What `@dataclass` recorded about a class.
struct DcInfo {
    frozen: bool,
    /// `__dataclass_params__.repr`.
    repr: bool,
}

thread_local! {
    /// The `__repr__` functions `dataclass` generated (pprint tells them from a user's).
    static GENERATED_REPRS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// pprint's test for an instance it lays out field by field (Lib/pprint.py `_format`):
/// its class is a dataclass whose `__dataclass_params__.repr` is true and whose
/// `__repr__` is one `dataclass` generated. Gives the names of `fields(obj)` with
/// `repr=True`, in order.
pub(crate) fn pprint_fields(v: &Value) -> Option<Vec<Str>> {
    let (_, c) = instance_of(v)?;
    let info = c.mro_iter().find_map(|k| {
        k.ext
            .borrow()
            .as_ref()
            .and_then(|e| e.clone().downcast::<DcInfo>().ok())
    })?;
    if !info.repr {
        return None;
    }
    let f = c.lookup_value(&intern("__repr__"))?;
    let addr = super::descr::obj_addr(&f);
    if !GENERATED_REPRS.with(|g| g.borrow().iter().any(|x| super::descr::obj_addr(x) == addr)) {
        return None;
    }
    let fs = class_fields(&c)?;
    Some(
        fs.iter()
            .filter(|f| *f.kind.borrow() == FieldType::Field && f.repr)
            .map(|f| f.name())
            .collect(),
    )
}

fn dc_class_of(v: &Value) -> Option<Rc<Class>> {
    let c = match as_class(v) {
        Some(c) => c,
        None => instance_of(v)?.1,
    };
    c.lookup_value(&intern("__dataclass_fields__"))?;
    Some(c)
}

/// `dataclasses.fields(x)`.
pub fn fields(args: Vec<Value>) -> PyResult<Value> {
    let x = one_arg("fields", args)?;
    let Some(c) = dc_class_of(&x) else {
        return type_error("must be called with a dataclass type or instance");
    };
    let fs = class_fields(&c).unwrap_or_default();
    Ok(Value::Tuple(Tup::from_vec(
        fs.into_iter()
            .filter(|f| *f.kind.borrow() == FieldType::Field)
            .map(|f| Value::Obj(f as ObjRef))
            .collect(),
    )))
}

fn one_arg(name: &str, args: Vec<Value>) -> PyResult<Value> {
    match <[Value; 1]>::try_from(args) {
        Ok([x]) => Ok(x),
        Err(a) => type_error(format!(
            "{name}() takes 1 positional argument but {} were given",
            a.len()
        )),
    }
}

pub fn is_dataclass(args: Vec<Value>) -> PyResult<Value> {
    let x = one_arg("is_dataclass", args)?;
    Ok(Value::Bool(dc_class_of(&x).is_some()))
}

fn real_fields(c: &Class) -> Vec<Rc<Field>> {
    class_fields(c)
        .unwrap_or_default()
        .into_iter()
        .filter(|f| *f.kind.borrow() == FieldType::Field)
        .collect()
}

/// dataclasses._asdict_inner / _astuple_inner.
fn inner(v: &Value, as_dict: bool) -> PyResult<Value> {
    if let Some((_, c)) = instance_of(v)
        && c.lookup_value(&intern("__dataclass_fields__")).is_some()
    {
        let fs = real_fields(&c);
        if as_dict {
            let d = Dict::new();
            for f in fs {
                let x = crate::attr::getattr(v, f.name().as_str())?;
                d.setitem(Value::Str(f.name()), inner(&x, as_dict)?)?;
            }
            return Ok(Value::Dict(d));
        }
        let mut out = vec![];
        for f in fs {
            let x = crate::attr::getattr(v, f.name().as_str())?;
            out.push(inner(&x, as_dict)?);
        }
        return Ok(Value::Tuple(Tup::from_vec(out)));
    }
    if let Some(t) = super::namedtuple::payload(v)
        && let Some((_, c)) = instance_of(v)
    {
        let mut items = vec![];
        for x in t.as_slice() {
            items.push(inner(x, as_dict)?);
        }
        return crate::func::call(&class_value(&c), items, vec![]);
    }
    match v {
        Value::List(l) => {
            let mut out = vec![];
            for x in l.to_vec() {
                out.push(inner(&x, as_dict)?);
            }
            Ok(Value::List(crate::list::List::from_vec(out)))
        }
        Value::Tuple(t) => {
            let mut out = vec![];
            for x in t.as_slice() {
                out.push(inner(x, as_dict)?);
            }
            Ok(Value::Tuple(Tup::from_vec(out)))
        }
        Value::Dict(d) => {
            let out = Dict::new();
            for (k, x) in d.items_vec() {
                out.setitem(inner(&k, as_dict)?, inner(&x, as_dict)?)?;
            }
            Ok(Value::Dict(out))
        }
        _ => crate::modules::copy::call("deepcopy", vec![v.clone()], vec![]),
    }
}

pub fn asdict(args: Vec<Value>, kwargs: Vec<(Str, Value)>, as_dict: bool) -> PyResult<Value> {
    let name = if as_dict { "asdict" } else { "astuple" };
    if !kwargs.is_empty() {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {name}() with a factory is not supported"),
        ));
    }
    let x = one_arg(name, args)?;
    let is_inst = instance_of(&x)
        .is_some_and(|(_, c)| c.lookup_value(&intern("__dataclass_fields__")).is_some());
    if !is_inst {
        return type_error(format!("{name}() should be called on dataclass instances"));
    }
    inner(&x, as_dict)
}

/// `dataclasses.replace(obj, /, **changes)`.
pub fn replace(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let x = one_arg("replace", args)?;
    let Some((_, c)) =
        instance_of(&x).filter(|(_, c)| c.lookup_value(&intern("__dataclass_fields__")).is_some())
    else {
        return type_error("replace() should be called on dataclass instances");
    };
    let mut changes = kwargs;
    let fs = class_fields(&c).unwrap_or_default();
    for f in fs
        .iter()
        .filter(|f| *f.kind.borrow() != FieldType::ClassVar)
    {
        let n = f.name();
        if !f.init {
            if changes.iter().any(|(k, _)| *k == n) {
                return value_error(format!(
                    "field {n} is declared with init=False, it cannot be specified with replace()"
                ));
            }
            continue;
        }
        if !changes.iter().any(|(k, _)| *k == n) {
            if *f.kind.borrow() == FieldType::InitVar && f.default.is_none() {
                return value_error(format!(
                    "InitVar {} must be specified with replace()",
                    Value::Str(n).repr_string()?
                ));
            }
            let v = crate::attr::getattr(&x, n.as_str())?;
            changes.push((n, v));
        }
    }
    crate::func::call(&class_value(&c), vec![], changes)
}

// ------------------------------------------------------------------ functools.total_ordering

/// `functools.total_ordering(cls)` (Lib/functools.py): from the root comparison the class
/// defines (preferring `__lt__`, then `__le__`, `__gt__`, `__ge__`), adds the missing ones.
pub fn total_ordering(args: Vec<Value>) -> PyResult<Value> {
    use super::ops::{Cmp, compare_op};
    let cv = one_arg("total_ordering", args)?;
    let Some(cls) = as_class(&cv) else {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: total_ordering on a non-class is not supported",
        ));
    };
    let ops = ["__lt__", "__le__", "__gt__", "__ge__"];
    let roots: Vec<&str> = ops
        .iter()
        .copied()
        .filter(|op| {
            cls.lookup_value(&intern(op))
                .is_some_and(|v| !super::natives::is_object_method(&v, op))
        })
        .collect();
    // max(roots) by string order: __lt__ > __le__ > __gt__ > __ge__.
    let Some(root) = roots.iter().copied().max() else {
        return value_error("must define at least one ordering operation: < > <= >=");
    };
    // (name, (negate the root result, combine: 0 none, 1 `or self == other`,
    // 2 `and self != other`)) for each derived operation, per root (the _convert table).
    let table: &[(&str, bool, u8)] = match root {
        "__lt__" => &[
            ("__gt__", true, 2),
            ("__le__", false, 1),
            ("__ge__", true, 0),
        ],
        "__le__" => &[
            ("__ge__", true, 1),
            ("__lt__", false, 2),
            ("__gt__", true, 0),
        ],
        "__gt__" => &[
            ("__lt__", true, 2),
            ("__ge__", false, 1),
            ("__le__", true, 0),
        ],
        _ => &[
            ("__le__", true, 1),
            ("__gt__", false, 2),
            ("__lt__", true, 0),
        ],
    };
    let from = &root[2..4];
    for &(name, negate, combine) in table {
        if roots.contains(&name) {
            continue;
        }
        let root_s = intern(root);
        let fname = format!("_{}_from_{from}", &name[2..4]);
        let f = function(name, &fname, move |a, _| {
            let mut a = a.into_iter();
            let (me, other) = (a.next().unwrap_or_default(), a.next().unwrap_or_default());
            let t = super::type_of(&me)?;
            let m = crate::attr::getattr(&t, root_s.as_str())?;
            let r = crate::func::call(&m, vec![me.clone(), other.clone()], vec![])?;
            if super::descr::is_not_implemented(&r) {
                return Ok(r);
            }
            let r = if negate {
                Value::Bool(!r.try_truthy()?)
            } else {
                r
            };
            match combine {
                1 if !r.try_truthy()? => compare_op(&me, &other, Cmp::Eq),
                2 if r.try_truthy()? => compare_op(&me, &other, Cmp::Ne),
                _ => Ok(r),
            }
        });
        cls.set_attr(&intern(name), f)?;
    }
    Ok(cv)
}

// ------------------------------------------------------------------ functools.cached_property

thread_local! {
    static CACHED_PROPERTY: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `functools.cached_property` (Lib/functools.py, 3.11): a class of non-data descriptors
/// whose `__get__` calls the function once and stores the result in the instance's
/// `__dict__`, where later lookups find it first.
pub fn cached_property_class() -> PyResult<Value> {
    if let Some(c) = CACHED_PROPERTY.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let arg = |a: &[Value], i: usize| a.get(i).cloned().unwrap_or_default();
    let init = function("__init__", "cached_property.__init__", move |a, _| {
        if a.len() != 2 {
            return type_error(format!(
                "cached_property.__init__() takes 2 positional arguments but {} were given",
                a.len()
            ));
        }
        let (me, func) = (arg(&a, 0), arg(&a, 1));
        let doc = crate::attr::getattr(&func, "__doc__").unwrap_or(Value::None);
        crate::attr::setattr(&me, "func", func)?;
        crate::attr::setattr(&me, "attrname", Value::None)?;
        crate::attr::setattr(&me, "__doc__", doc)?;
        Ok(Value::None)
    });
    let set_name = function(
        "__set_name__",
        "cached_property.__set_name__",
        move |a, _| {
            let (me, name) = (arg(&a, 0), arg(&a, 2));
            let cur = crate::attr::getattr(&me, "attrname")?;
            if cur.is_none() {
                crate::attr::setattr(&me, "attrname", name)?;
            } else if !cur.eq(&name)? {
                return type_error(format!(
                    "Cannot assign the same cached_property to two different names ({} and {}).",
                    cur.repr_string()?,
                    name.repr_string()?
                ));
            }
            Ok(Value::None)
        },
    );
    let get = function("__get__", "cached_property.__get__", move |a, _| {
        let (me, inst) = (arg(&a, 0), arg(&a, 1));
        if inst.is_none() {
            return Ok(me);
        }
        let name = crate::attr::getattr(&me, "attrname")?;
        let Value::Str(n) = &name else {
            return type_error(
                "Cannot use cached_property instance without calling __set_name__ on it.",
            );
        };
        // live_dict: an instance keeping fields in layout slots moves them into its dict
        // (class/layout.rs), so the cached value and the fields stay consistent.
        let live = match instance_of(&inst) {
            Some((o, _)) => crate::object::inst(&o).map(|i| i.live_dict()).transpose()?,
            None => None,
        };
        let dict = match live.flatten() {
            Some(d) => d,
            None => {
                return type_error(format!(
                    "No '__dict__' attribute on {} instance to cache {} property.",
                    Value::str(inst.class_name()).repr_string()?,
                    name.repr_string()?
                ));
            }
        };
        if let Some(v) = dict_get(&dict, n) {
            return Ok(v);
        }
        let f = crate::attr::getattr(&me, "func")?;
        let v = crate::func::call(&f, vec![inst], vec![])?;
        dict.setitem(name.clone(), v.clone())?;
        Ok(v)
    });
    let c = super::new_class(
        "cached_property",
        "cached_property",
        "functools",
        vec![],
        vec![
            (Str::from("__init__"), init),
            (Str::from("__set_name__"), set_name),
            (Str::from("__get__"), get),
        ],
        vec![],
    )?;
    CACHED_PROPERTY.with(|x| *x.borrow_mut() = Some(c.clone()));
    Ok(c)
}
