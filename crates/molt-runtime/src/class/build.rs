//! Creating classes and instances: what `type.__new__`/`type.__call__` do for a `class`
//! statement and a call of a class (Objects/typeobject.c: type_new, mro_implementation,
//! best_base, type_new_slots, type_new_set_names, type_new_init_subclass, type_call;
//! Lib/abc.py's _abc_init for abstract methods).

use super::descr::{
    ClassMethod, GetSetKind, Property, SlotMember, StaticMethod, call_descr, getset, is_abstract,
};
use super::{Builtin, Class, Meta, as_class, builtin, class_value, object_class};
use crate::attr::{intern, intern_static};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::func::Function;
use crate::obj::PyObj;
use crate::object::downcast;
use crate::str::Str;
use crate::value::Value;
use std::rc::Rc;

fn unsupported(what: String) -> PyErr {
    PyErr::msg(ExcKind::NotImplementedError, format!("molt: {what}"))
}

/// A base given to a class statement, as a class; other values are refused.
fn base_class(v: &Value) -> PyResult<Rc<Class>> {
    if let Some(c) = crate::modules::typing::base_class_of(v) {
        return Ok(c);
    }
    if let Some(c) = as_class(v) {
        return match c.builtin {
            // A user metaclass extends type or ABCMeta; EnumType's machinery is the
            // runtime's own (enums.rs).
            Some(Builtin::EnumMeta) => Err(unsupported(format!(
                "subclassing {} (metaclasses) is not supported",
                c.name()
            ))),
            Some(Builtin::Named(n)) => {
                Err(unsupported(format!("subclassing {n} is not supported")))
            }
            _ => Ok(c),
        };
    }
    // `class Stack(list)`: the builtin type as a class of the MRO (builtin_base.rs).
    if let Value::Obj(o) = v
        && let Some(f) = downcast::<crate::modules::callable::BuiltinFn>(o)
        && let Some(b) = super::builtin_base::base_type(f.name)
    {
        return Ok(super::builtin_base::data_class(b));
    }
    if let Some(b) = super::builtin_base::collections_base(v) {
        return Ok(super::builtin_base::data_class(b));
    }
    let what = match v {
        Value::Obj(o) => {
            let mut r = String::new();
            let _ = o.repr_into(&mut r);
            match r
                .strip_prefix("<class '")
                .and_then(|s| s.strip_suffix("'>"))
            {
                Some(n) => n.to_string(),
                None => r,
            }
        }
        other => format!("a {} value", other.class_name()),
    };
    Err(unsupported(format!("subclassing {what} is not supported")))
}

/// The metaclass given with `metaclass=`: type, ABCMeta, EnumType or a user class
/// deriving from one of them.
fn meta_arg(v: &Value) -> PyResult<Rc<Class>> {
    if let Some(c) = as_class(v)
        && c.is_subclass(&builtin(Builtin::Type))
    {
        return Ok(c);
    }
    Err(unsupported(format!(
        "the metaclass {} is not supported",
        v.repr_string().unwrap_or_default()
    )))
}

/// `type(base)` for a value given as a base class.
fn meta_of_base(v: &Value) -> Rc<Class> {
    match as_class(v) {
        Some(c) => c.metaclass(),
        None => builtin(Builtin::Type),
    }
}

/// _PyType_CalculateMetaclass: the most derived of `meta` and the bases' metaclasses.
fn calculate_meta(meta: Rc<Class>, bases: &[Value]) -> PyResult<Rc<Class>> {
    let mut winner = meta;
    for b in bases {
        let m = meta_of_base(b);
        if winner.is_subclass(&m) {
            continue;
        }
        if m.is_subclass(&winner) {
            winner = m;
            continue;
        }
        return type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    Ok(winner)
}

/// The builtin metaclass whose behaviour a metaclass inherits.
fn meta_kind(m: &Class) -> Meta {
    for c in m.mro_iter() {
        match c.builtin {
            Some(Builtin::AbcMeta) => return Meta::AbcMeta,
            Some(Builtin::EnumMeta) => return Meta::EnumMeta,
            _ => {}
        }
    }
    Meta::Type
}

/// The `__class__` cell of a class body, passed in its namespace as `__classcell__`
/// (type.__new__ fills it with the new class).
pub struct ClassCell(pub(crate) crate::func::Cell<Value>);

impl crate::object::Object for ClassCell {
    fn type_name(&self) -> &'static str {
        "cell"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let me = self as *const _ as usize;
        match self.0.try_get() {
            None => out.push_str(&format!("<cell at {me:#x}: empty>")),
            Some(v) => out.push_str(&format!(
                "<cell at {me:#x}: {} object at {:#x}>",
                v.class_name(),
                super::descr::obj_addr(&v)
            )),
        }
        Ok(())
    }
}

/// `__classcell__` for a class body whose methods use `super()` or `__class__`.
pub fn class_cell(c: &crate::func::Cell<Value>) -> Value {
    Value::Obj(Rc::new(ClassCell(c.clone())))
}

fn as_cell(v: &Value) -> Option<&ClassCell> {
    match v {
        Value::Obj(o) => o.as_any().downcast_ref::<ClassCell>(),
        _ => None,
    }
}

/// `[c] + c.__mro__[1:]`.
fn full_mro(c: &Rc<Class>) -> Vec<Rc<Class>> {
    let mut v = vec![c.clone()];
    v.extend(c.mro.iter().cloned());
    v
}

/// C3 linearisation of the bases (mro_implementation), with CPython's error.
fn c3(bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    if let [b] = bases {
        return Ok(full_mro(b));
    }
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut remain = vec![0usize; seqs.len()];
    let mut out: Vec<Rc<Class>> = vec![];
    loop {
        let mut empty = true;
        let mut found: Option<Rc<Class>> = None;
        for i in 0..seqs.len() {
            let Some(cand) = seqs[i].get(remain[i]) else {
                continue;
            };
            empty = false;
            let in_tail = seqs
                .iter()
                .enumerate()
                .any(|(j, s)| s.iter().skip(remain[j] + 1).any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        if empty {
            return Ok(out);
        }
        let Some(c) = found else {
            // set_mro_error: the heads of the lists left, each once.
            let mut heads: Vec<Rc<Class>> = vec![];
            for (i, s) in seqs.iter().enumerate() {
                if let Some(h) = s.get(remain[i])
                    && !heads.iter().any(|x| Rc::ptr_eq(x, h))
                {
                    heads.push(h.clone());
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|h| h.name().as_str().to_string())
                .collect();
            return type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for (j, s) in seqs.iter().enumerate() {
            if s.get(remain[j]).is_some_and(|x| Rc::ptr_eq(x, &c)) {
                remain[j] += 1;
            }
        }
        out.push(c);
    }
}

/// Exceptions whose C struct adds fields to BaseException's (their instances cannot
/// share a layout with other such exceptions).
fn exc_has_own_layout(k: ExcKind) -> bool {
    matches!(
        k,
        ExcKind::BaseException
            | ExcKind::SystemExit
            | ExcKind::ImportError
            | ExcKind::OSError
            | ExcKind::SyntaxError
            | ExcKind::StopIteration
            | ExcKind::AttributeError
            | ExcKind::NameError
            | ExcKind::UnicodeEncodeError
            | ExcKind::UnicodeDecodeError
            | ExcKind::UnicodeTranslateError
    )
}

/// solid_base: the most derived class whose instance layout `c`'s instances have.
fn solid_base(c: &Rc<Class>) -> Rc<Class> {
    match c.builtin {
        // The builtin types' instances have layouts of their own (`class X(list, dict)`
        // is a lay-out conflict).
        Some(Builtin::Object | Builtin::Data(_)) => c.clone(),
        Some(Builtin::Exc(k)) => {
            if exc_has_own_layout(k) {
                c.clone()
            } else {
                match c.bases.first() {
                    Some(b) => solid_base(b),
                    None => c.clone(),
                }
            }
        }
        _ => {
            let base = best_base(&c.bases).ok().flatten();
            let inherited = base.as_ref().map_or(0, |b| b.nslots);
            if c.nslots > inherited {
                return c.clone();
            }
            match base {
                Some(b) => solid_base(&b),
                None => object_class(),
            }
        }
    }
}

/// best_base: the base whose layout the new class extends.
pub(crate) fn best_base(bases: &[Rc<Class>]) -> PyResult<Option<Rc<Class>>> {
    let mut winner: Option<Rc<Class>> = None;
    let mut base: Option<Rc<Class>> = None;
    for b in bases {
        let cand = solid_base(b);
        match &winner {
            None => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(w) => {
                if w.is_subclass(&cand) {
                } else if cand.is_subclass(w) {
                    winner = Some(cand);
                    base = Some(b.clone());
                } else {
                    return type_error("multiple bases have instance lay-out conflict");
                }
            }
        }
    }
    Ok(base)
}

/// `_Py_Mangle`: `__x` in class `_C` is `_C__x`.
fn mangle(class: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let c = class.trim_start_matches('_');
    if c.is_empty() {
        return name.to_string();
    }
    format!("_{c}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// The names in `__slots__`.
fn slot_names(v: &Value) -> PyResult<Vec<String>> {
    let items = match v {
        Value::Str(s) => vec![Value::Str(s.clone())],
        other => other.to_vec()?,
    };
    let mut out = vec![];
    for it in items {
        match it {
            Value::Str(s) => {
                if !is_identifier(s.as_str()) {
                    return type_error("__slots__ must be identifiers");
                }
                out.push(s.as_str().to_string());
            }
            other => {
                return type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    other.class_name()
                ));
            }
        }
    }
    Ok(out)
}

/// `class name(*bases, **kwargs): <ns>`: runs the metaclass machinery and returns the
/// class. `ns` is the class body's namespace in definition order; `module` is the
/// defining module's `__name__`.
pub fn new_class(
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Value>,
    ns: Vec<(Str, Value)>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    // `class P(typing.NamedTuple)` builds a named tuple (NamedTupleMeta).
    if let Some(c) = super::namedtuple::class_statement(name, module, &bases, &ns)? {
        return Ok(c);
    }
    // `class D(typing.TypedDict)` (or a TypedDict base) builds a TypedDict class.
    if let Some(c) =
        crate::modules::typeddict::class_statement(name, qualname, module, &bases, &ns, &kwargs)?
    {
        return Ok(c);
    }
    let mut kwargs = kwargs;
    let explicit = match kwargs.iter().position(|(k, _)| k.as_str() == "metaclass") {
        Some(p) => meta_arg(&kwargs.remove(p).1)?,
        None => builtin(Builtin::Type),
    };
    let winner = calculate_meta(explicit, &bases)?;
    if winner.builtin.is_some() {
        return type_new(
            name,
            qualname,
            module,
            bases,
            ns,
            kwargs,
            meta_kind(&winner),
            None,
        );
    }
    // A user metaclass: `Meta(name, bases, namespace, **kwargs)` (builtin___build_class__),
    // the namespace as type.__prepare__ makes it and the body fills it.
    let d: Dict<Value, Value> = Dict::new();
    d.setitem(Value::str("__module__"), Value::str(module))?;
    d.setitem(Value::str("__qualname__"), Value::str(qualname))?;
    let mut cell = None;
    for (k, v) in ns {
        if k.as_str() == "__classcell__" {
            cell = as_cell(&v).map(|c| c.0.clone());
        }
        d.setitem(Value::Str(k), v)?;
    }
    let args = vec![
        Value::str(name),
        Value::Tuple(crate::tuple::Tup::from_vec(bases)),
        Value::Dict(d),
    ];
    let cls = call_class(&winner, args, kwargs)?;
    if let Some(cell) = cell
        && as_class(&cls).is_some()
    {
        match cell.try_get() {
            None => {
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    format!(
                        "__class__ not set defining '{name}' as {}. Was __classcell__ propagated to type.__new__?",
                        cls.repr_string()?
                    ),
                ));
            }
            Some(c) if !c.py_is(&cls) => {
                return type_error(format!(
                    "__class__ set to {} defining '{name}' as {}",
                    c.repr_string()?,
                    cls.repr_string()?
                ));
            }
            Some(_) => {}
        }
    }
    Ok(cls)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)` (type_new): builds the class.
/// `user_meta` is the metaclass when it is a user class (`meta` its builtin behaviour).
#[allow(clippy::too_many_arguments)]
pub(crate) fn type_new(
    name: &str,
    qualname: &str,
    module: &str,
    bases: Vec<Value>,
    ns: Vec<(Str, Value)>,
    kwargs: Vec<(Str, Value)>,
    meta: Meta,
    user_meta: Option<Rc<Class>>,
) -> PyResult<Value> {
    let mut kwargs = kwargs;
    // The data type mixed into an enum (`class M(str, Enum)`) stays out of the bases.
    let (bases, enum_mixin) = super::enums::split_mixin(bases)?;
    let mut base_classes = bases.iter().map(base_class).collect::<PyResult<Vec<_>>>()?;
    if base_classes.is_empty() {
        base_classes.push(object_class());
    }
    for (i, b) in base_classes.iter().enumerate() {
        if base_classes[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return type_error(format!("duplicate base class {}", b.name()));
        }
    }
    if meta == Meta::EnumMeta {
        super::enums::check_bases(&base_classes)?;
    }
    let mro = c3(&base_classes)?;
    let best = best_base(&base_classes)?.unwrap_or_else(object_class);

    // The namespace: __qualname__ and __classcell__ leave it, __module__ comes first.
    let mut qualname = Str::from(qualname);
    let mut items: Vec<(Str, Value)> = Vec::with_capacity(ns.len() + 4);
    let mut module_v = Value::str(module);
    let mut cell = None;
    for (k, v) in ns {
        match k.as_str() {
            "__classcell__" => match as_cell(&v) {
                Some(c) => cell = Some(c.0.clone()),
                None => {
                    return type_error(format!(
                        "__classcell__ must be a nonlocal cell, not {}",
                        v.repr_string()?
                    ));
                }
            },
            "__qualname__" => match v {
                Value::Str(s) => qualname = s,
                other => {
                    return type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        other.class_name()
                    ));
                }
            },
            "__module__" => module_v = v,
            _ => items.push((k, v)),
        }
    }
    let module_s = match &module_v {
        Value::Str(s) => s.as_str().to_string(),
        _ => module.to_string(),
    };
    let has = |n: &str| items.iter().any(|(k, _)| k.as_str() == n);

    // __slots__.
    let slots_v = items
        .iter()
        .find(|(k, _)| k.as_str() == "__slots__")
        .map(|(_, v)| v.clone());
    let mut own_slots: Vec<String> = vec![];
    let mut has_dict = true;
    if let Some(sv) = &slots_v {
        let names = slot_names(sv)?;
        has_dict = best.has_dict;
        for n in names {
            if n == "__dict__" {
                if best.has_dict || has_dict && own_slots.iter().any(|x| x == "__dict__") {
                    return type_error("__dict__ slot disallowed: we already got one");
                }
                has_dict = true;
                continue;
            }
            if n == "__weakref__" {
                continue;
            }
            let m = mangle(name, &n);
            if own_slots.contains(&m) {
                continue;
            }
            own_slots.push(m);
        }
        for s in &own_slots {
            if has(s) {
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!("'{s}' in __slots__ conflicts with class variable"),
                ));
            }
        }
        own_slots.sort();
    }
    let adds_dict = has_dict && !best.has_dict;
    let nslots = best.nslots + own_slots.len();

    let dict: Dict<Value, Value> = Dict::new();
    dict.setitem(Value::str("__module__"), module_v.clone())?;
    let owner = super::leak_name(name);
    for (k, v) in &items {
        let v = match (k.as_str(), v) {
            ("__new__", Value::Obj(o)) if o.as_any().is::<Function>() => {
                super::descr::staticmethod(v.clone())
            }
            ("__init_subclass__" | "__class_getitem__", Value::Obj(o))
                if o.as_any().is::<Function>() =>
            {
                super::descr::classmethod(v.clone())
            }
            _ => v.clone(),
        };
        dict.setitem(Value::Str(k.clone()), v)?;
    }
    for (i, s) in own_slots.iter().enumerate() {
        dict.setitem(
            Value::Str(Str::from(s.as_str())),
            Value::Obj(Rc::new(SlotMember {
                name: Str::from(s.as_str()),
                index: best.nslots + i,
                owner,
            })),
        )?;
    }
    if adds_dict {
        dict.setitem(Value::str("__dict__"), getset(GetSetKind::Dict, owner))?;
        if slots_v.is_none() {
            dict.setitem(
                Value::str("__weakref__"),
                getset(GetSetKind::Weakref, owner),
            )?;
        }
    }
    if !has("__doc__") {
        dict.setitem(Value::str("__doc__"), Value::None)?;
    }
    if has("__eq__") && !has("__hash__") {
        dict.setitem(Value::str("__hash__"), Value::None)?;
    }

    let cls = Class::new_raw(
        name,
        qualname.as_str(),
        &module_s,
        base_classes,
        mro,
        dict,
        None,
        meta,
        has_dict,
        nslots,
    );
    if let Some(m) = user_meta {
        let _ = cls.user_meta.set(m);
    }
    let cv = class_value(&cls);
    if let Some(c) = cell {
        c.set(cv.clone());
    }

    // __set_name__ on the namespace's descriptors (type_new_set_names).
    for (k, v) in &items {
        let Value::Obj(o) = v else { continue };
        if let Some(p) = downcast::<Property>(o) {
            *p.name.borrow_mut() = Some(k.clone());
            continue;
        }
        if let Some(i) = crate::object::inst(o)
            && let Some(f) = i.special("__set_name__")
        {
            call_descr(
                &f,
                v,
                vec![cv.clone(), Value::Str(k.clone())],
                vec![],
                &i.class,
            )
            .map_err(|e| {
                PyErr::msg(
                    ExcKind::RuntimeError,
                    format!(
                        "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                        i.class.name(),
                        k,
                        name
                    ),
                )
                .with_cause(Some(e))
            })?;
        }
    }

    if meta == Meta::EnumMeta {
        // EnumType.__new__ takes `boundary=`; the other keywords go to __init_subclass__.
        let boundary = kwargs
            .iter()
            .position(|(k, _)| k.as_str() == "boundary")
            .map(|p| kwargs.remove(p).1);
        super::enums::finish_class(&cls, &items, enum_mixin, boundary)?;
    }

    // super(cls, cls).__init_subclass__(**kwargs).
    if let Some(f) = cls.lookup_after(&cls, &intern_static("__init_subclass__")) {
        call_descr(&f, &cv, vec![], kwargs, &cls)?;
    } else if !kwargs.is_empty() {
        return type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }

    if meta == Meta::AbcMeta {
        compute_abstracts(&cls, &items)?;
    }
    Ok(cv)
}

/// ABCMeta.__new__'s `__abstractmethods__`.
fn compute_abstracts(cls: &Rc<Class>, items: &[(Str, Value)]) -> PyResult<()> {
    let mut names: Vec<Str> = items
        .iter()
        .filter(|(_, v)| is_abstract(v))
        .map(|(k, _)| k.clone())
        .collect();
    let me: crate::object::ObjRef = cls.clone();
    for b in &cls.bases {
        let inherited = b.abstracts.borrow().clone();
        for n in inherited {
            let v = cls.get_attr(&me, &intern(n.as_str())).ok();
            if v.as_ref().is_some_and(is_abstract) && !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    // _abc_init stores both in the class's own namespace, after everything
    // `__init_subclass__` added (so `vars(cls)` lists them last).
    let frozen = crate::set::FrozenSet::from_vec(names.iter().cloned().map(Value::Str).collect())?;
    *cls.abstracts.borrow_mut() = names;
    cls.dict
        .setitem(Value::str("__abstractmethods__"), Value::FrozenSet(frozen))?;
    cls.dict
        .setitem(Value::str("_abc_impl"), Value::Obj(Rc::new(AbcData)))?;
    // `__init_subclass__` may have looked either name up already.
    cls.invalidate();
    Ok(())
}

/// The `_abc_impl` of an ABCMeta class (the registry state of `_abc._abc_data`; molt
/// keeps what it needs on the class itself).
struct AbcData;

impl crate::object::Object for AbcData {
    fn type_name(&self) -> &'static str {
        "_abc_data"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let addr = self as *const AbcData as usize;
        out.push_str(&format!("<_abc._abc_data object at {addr:#x}>"));
        Ok(())
    }
}

fn is_overridden_new(v: &Value) -> bool {
    !super::natives::is_object_method(v, "__new__") && !super::excs::is_exc_native(v, "__new__")
}

/// What calling a class does, as far as `instantiate` can shortcut it.
#[derive(Clone)]
pub(crate) enum Ctor {
    /// The general protocol (`__new__` overridden, metaclass, exception, named tuple,
    /// protocol, builtin base).
    General,
    /// object's `__new__`, then this `__init__` (None: object's).
    Plain(Option<Value>),
}

/// `type.__new__(mcs, name, bases, ns, **kwargs)` called with its arguments checked;
/// `ns_value` is the namespace dict itself.
pub(crate) fn type_new_call(
    mcs: &Rc<Class>,
    name: &str,
    bases: Vec<Value>,
    ns: Vec<(Str, Value)>,
    ns_value: &Value,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let winner = calculate_meta(mcs.clone(), &bases)?;
    if !Rc::ptr_eq(&winner, mcs)
        && let Some(f) = winner.lookup_value(&intern_static("__new__"))
        && !super::natives::is_type_new(&f)
    {
        // type_new: a more derived metaclass of the bases makes the class with its own
        // `__new__`.
        let wv = class_value(&winner);
        let args = vec![
            wv.clone(),
            Value::str(name),
            Value::Tuple(crate::tuple::Tup::from_vec(bases)),
            ns_value.clone(),
        ];
        return call_descr(&f, &wv, args, kwargs, &winner);
    }
    let user = winner.builtin.is_none().then(|| winner.clone());
    // Without `__module__` in the namespace CPython takes the caller's `__name__`; a
    // class statement always puts it there.
    type_new(
        name,
        name,
        "__main__",
        bases,
        ns,
        kwargs,
        meta_kind(&winner),
        user,
    )
}

/// `cls(*args, **kwargs)`: the metaclass's `__call__` when a user metaclass defines one,
/// else type.__call__.
pub(crate) fn call_class(
    cls: &Rc<Class>,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if let Some((m, f, _)) = cls.meta_lookup(&intern_static("__call__")) {
        return call_descr(&f, &class_value(cls), args, kwargs, &m);
    }
    instantiate(cls, args, kwargs)
}

/// The class's `Ctor`, cached per class state (`Class::tag`).
fn ctor_plan(cls: &Rc<Class>) -> Ctor {
    if let Ok(c) = cls.ctor.try_borrow()
        && let Some((tag, plan)) = c.as_ref()
        && *tag == cls.tag.get()
    {
        return plan.clone();
    }
    let new = cls.lookup_value(&intern_static("__new__"));
    let simple = matches!(cls.builtin, None | Some(Builtin::Abc))
        && cls.meta == Meta::Type
        && cls.user_meta.get().is_none()
        && cls.exc_kind.is_none()
        && super::namedtuple::info_of(cls).is_none()
        && !cls.protocol
        && new
            .as_ref()
            .is_some_and(|f| super::natives::is_object_method(f, "__new__"));
    let plan = if simple {
        Ctor::Plain(
            cls.lookup_value(&intern_static("__init__"))
                .filter(|f| !super::natives::is_object_method(f, "__init__")),
        )
    } else {
        Ctor::General
    };
    if let Ok(mut c) = cls.ctor.try_borrow_mut() {
        *c = Some((cls.tag.get(), plan.clone()));
    }
    plan
}

/// The TypeError for an `__init__` that returned something.
fn init_result(r: Value) -> PyResult<()> {
    if r.is_none() {
        return Ok(());
    }
    type_error(format!(
        "__init__() should return None, not '{}'",
        r.class_name()
    ))
}

/// `cls(*args[1..])` with the free slot `args[0]`, where the new instance goes when the
/// class's `__init__` is a compiled function (no argument moved, nothing allocated).
pub(crate) fn instantiate_pos(cls: &Rc<Class>, args: &mut [Value]) -> PyResult<Value> {
    if let Ctor::Plain(Some(Value::Obj(f))) = ctor_plan(cls)
        && let Some(func) = f.as_any().downcast_ref::<Function>()
        && let Some(first) = args.first_mut()
    {
        let obj = super::natives::new_instance(cls, vec![])?;
        *first = obj.clone();
        init_result(func.call_slice(args)?)?;
        return Ok(obj);
    }
    let rest = args
        .get_mut(1..)
        .map(crate::func::take_all)
        .unwrap_or_default();
    call_class(cls, rest, vec![])
}

/// `cls(*args, **kwargs)` (type_call): `__new__`, then `__init__` on an instance of cls.
pub(crate) fn instantiate(
    cls: &Rc<Class>,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    // The common case without the general protocol's lookups (same checks, same errors).
    match ctor_plan(cls) {
        Ctor::Plain(Some(init)) => {
            let obj = super::natives::new_instance(cls, vec![])?;
            init_result(call_descr(&init, &obj, args, kwargs, cls)?)?;
            return Ok(obj);
        }
        Ctor::Plain(None) if args.is_empty() && kwargs.is_empty() => {
            return super::natives::new_instance(cls, vec![]);
        }
        // object_new's errors, below.
        Ctor::Plain(None) | Ctor::General => {}
    }
    match cls.builtin {
        None | Some(Builtin::Abc) => {}
        Some(Builtin::Object) => {
            if !args.is_empty() || !kwargs.is_empty() {
                return type_error("object() takes no arguments");
            }
            return super::natives::new_instance(cls, vec![]);
        }
        Some(Builtin::Exc(k)) => {
            if !kwargs.is_empty() {
                return type_error(format!("{}() takes no keyword arguments", k.name()));
            }
            return Ok(Value::Exc(PyErr::new(k, args)));
        }
        Some(Builtin::Type) => {
            return match args.as_slice() {
                [x] if kwargs.is_empty() => super::type_of(x),
                [_, _, _] => Err(unsupported(
                    "type(name, bases, dict) is not supported".to_string(),
                )),
                _ => type_error("type() takes 1 or 3 arguments"),
            };
        }
        Some(Builtin::Named(n)) => return named_call(n, args, kwargs),
        Some(Builtin::Data(n)) => {
            let f = crate::modules::callable::builtin_ref(n)?;
            return crate::func::call(&f, args, kwargs);
        }
        Some(Builtin::AbcMeta | Builtin::EnumMeta) => {
            return Err(unsupported(format!(
                "calling the metaclass {} is not supported",
                cls.name()
            )));
        }
    }
    if cls.meta == Meta::EnumMeta {
        return super::enums::call_enum_class(cls, args, kwargs);
    }
    if cls.protocol {
        return type_error("Protocols cannot be instantiated");
    }
    if let Some(r) = super::namedtuple::instantiate(cls, &args, &kwargs)? {
        return Ok(r);
    }
    let cv = class_value(cls);
    let new = cls.lookup_value(&intern_static("__new__"));
    let obj = match &new {
        Some(f) if is_overridden_new(f) => {
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(cv.clone());
            a.extend(args.iter().cloned());
            call_descr(f, &cv, a, kwargs.clone(), cls)?
        }
        _ if cls.exc_kind.is_some() => {
            // BaseException_new: args become the exception's args.
            super::natives::new_instance(cls, args.clone())?
        }
        _ => {
            let f = new.unwrap_or(Value::None);
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(cv.clone());
            a.extend(args.iter().cloned());
            call_descr(&f, &cv, a, kwargs.clone(), cls)?
        }
    };
    // A metaclass's `__new__` gives a class: an instance of the metaclass.
    let is_inst = match super::instance_class(&obj) {
        Some(c) => c.is_subclass(cls),
        None => as_class(&obj).is_some_and(|c| c.metaclass().is_subclass(cls)),
    };
    if is_inst && let Some(init) = cls.lookup_value(&intern_static("__init__")) {
        init_result(call_descr(&init, &obj, args, kwargs, cls)?)?;
    }
    Ok(obj)
}

/// Calling the builtin classes that are `Named` (property, staticmethod, ...).
fn named_call(n: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    use crate::func::{ParamKind as P, Sig, bind};
    match n {
        "property" => {
            static SIG: Sig = Sig {
                name: "property",
                params: &[
                    ("fget", P::Normal, true),
                    ("fset", P::Normal, true),
                    ("fdel", P::Normal, true),
                    ("doc", P::Normal, true),
                ],
            };
            let s = bind(&SIG, args, kwargs)?;
            let g = |i: usize| s.get(i).cloned().flatten().unwrap_or(Value::None);
            Ok(super::descr::property(g(0), g(1), g(2), g(3)))
        }
        "staticmethod" | "classmethod" => {
            if !kwargs.is_empty() {
                return type_error(format!("{n}() takes no keyword arguments"));
            }
            match <[Value; 1]>::try_from(args) {
                Ok([f]) => Ok(if n == "staticmethod" {
                    super::descr::staticmethod(f)
                } else {
                    super::descr::classmethod(f)
                }),
                Err(a) => type_error(format!("{n} expected 1 argument, got {}", a.len())),
            }
        }
        "slice" => {
            if !kwargs.is_empty() {
                return type_error("slice() takes no keyword arguments");
            }
            let mut a = args.into_iter();
            match (a.next(), a.next(), a.next(), a.next()) {
                (Some(stop), None, None, None) => {
                    Ok(super::descr::slice(Value::None, stop, Value::None))
                }
                (Some(start), Some(stop), step, None) => Ok(super::descr::slice(
                    start,
                    stop,
                    step.unwrap_or(Value::None),
                )),
                (None, ..) => type_error("slice expected at least 1 argument, got 0"),
                _ => type_error("slice expected at most 3 arguments, got 4"),
            }
        }
        "super" => match args.as_slice() {
            [c, o] => super::descr::super_(c, o),
            _ => Err(unsupported(
                "super() without arguments outside a method is not supported".to_string(),
            )),
        },
        "NoneType" if args.is_empty() && kwargs.is_empty() => Ok(Value::None),
        _ => Err(unsupported(format!("calling {n}() is not supported"))),
    }
}

/// Whether a value found on a class is a classmethod or staticmethod object.
#[allow(dead_code)]
pub(crate) fn is_wrapper(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_any().is::<ClassMethod>() || o.as_any().is::<StaticMethod>())
}

/// A builtin class by kind (for other modules of the runtime).
#[allow(dead_code)]
pub(crate) fn builtin_value(b: Builtin) -> Value {
    class_value(&builtin(b))
}
