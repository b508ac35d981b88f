//! enum: Enum, IntEnum, Flag, IntFlag, StrEnum and auto (Lib/enum.py, 3.11).
//!
//! Enum classes are user classes whose metaclass is `EnumType` (`Meta::EnumMeta`); the
//! class hooks of class/mod.rs and build.rs call into this file for what EnumType adds
//! (members, iteration, `Color(1)`, `Color['RED']`, `__members__`, reassignment checks).
//! Members are instances of the enum class holding `_name_` and `_value_`. A mixed-in
//! `int`/`str` (IntEnum, `class M(str, Enum)`) is not put in the MRO: the class gets
//! functions that apply the value's operations instead, and `isinstance(m, int)` holds
//! through `mixin_of`.

use super::instance::Instance;
use super::{Class, Meta, as_class, class_value, dict_get, object_class};
use crate::attr::intern;
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::func::function;
use crate::obj::{CmpOp, PyObj};
use crate::object::downcast;
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// What EnumType knows of an enum class.
pub(crate) struct EnumInfo {
    flag: bool,
    /// `int` or `str` when mixed in.
    mixin: Option<&'static str>,
    /// ReprEnum (IntEnum, StrEnum, IntFlag): str() and format() are the value's.
    repr_enum: bool,
    /// Canonical members in definition order.
    members: RefCell<Vec<Value>>,
    /// `__members__`: names (aliases too) to members, in definition order.
    names: RefCell<Vec<(Str, Value)>>,
    /// Pseudo-members of flags (composite values), created on demand.
    pseudo: RefCell<Vec<Value>>,
    /// `_boundary_`: what a flag does with bits outside its members (None for Enum).
    boundary: Option<Boundary>,
}

/// enum.FlagBoundary (Lib/enum.py, 3.11).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Boundary {
    Strict,
    Conform,
    Eject,
    Keep,
}

impl Boundary {
    const ALL: [(Boundary, &'static str, &'static str); 4] = [
        (Boundary::Strict, "STRICT", "strict"),
        (Boundary::Conform, "CONFORM", "conform"),
        (Boundary::Eject, "EJECT", "eject"),
        (Boundary::Keep, "KEEP", "keep"),
    ];

    /// The FlagBoundary member.
    fn member(self) -> PyResult<Value> {
        let name = Boundary::ALL
            .iter()
            .find(|(b, _, _)| *b == self)
            .map_or("STRICT", |(_, n, _)| n);
        crate::attr::getattr(&get("FlagBoundary")?, name)
    }

    /// `boundary=` of a class statement: a FlagBoundary member.
    fn from_value(v: &Value) -> PyResult<Boundary> {
        for (b, _, _) in Boundary::ALL {
            if b.member()?.py_is(v) {
                return Ok(b);
            }
        }
        unsupported("a flag boundary other than STRICT, CONFORM, EJECT or KEEP")
    }
}

fn info(c: &Class) -> Option<Rc<EnumInfo>> {
    c.ext
        .borrow()
        .as_ref()
        .and_then(|e| e.clone().downcast::<EnumInfo>().ok())
}

fn unsupported<T>(what: &str) -> PyResult<T> {
    Err(PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: {what} is not supported"),
    ))
}

pub(crate) fn mixin_of(c: &Class) -> Option<&'static str> {
    if super::namedtuple::info_of(c).is_some() {
        return Some("tuple");
    }
    info(c).and_then(|i| i.mixin)
}

fn member_attr(m: &Value, n: &str) -> Value {
    match m {
        Value::Obj(o) => match crate::object::inst(o).and_then(|i| i.dict.clone_dict()) {
            Some(d) => dict_get(&d, &intern(n)).unwrap_or(Value::None),
            None => Value::None,
        },
        _ => Value::None,
    }
}

fn value_of(m: &Value) -> Value {
    member_attr(m, "_value_")
}

fn name_of(m: &Value) -> Value {
    member_attr(m, "_name_")
}

fn member_class(m: &Value) -> Option<Rc<Class>> {
    match m {
        Value::Obj(o) => crate::object::inst(o).map(|i| i.class.clone()),
        _ => None,
    }
}

/// The value of a member of a mixed-in enum, the value itself otherwise.
fn unwrap(v: &Value) -> Value {
    match member_class(v) {
        Some(c) if info(&c).is_some_and(|i| i.mixin.is_some()) => value_of(v),
        _ => v.clone(),
    }
}

pub(crate) fn class_repr(c: &Class) -> Option<String> {
    let i = info(c)?;
    let kind = if i.flag { "flag" } else { "enum" };
    Some(format!("<{kind} '{}'>", c.name()))
}

pub(crate) fn class_iter(c: &Rc<Class>) -> PyResult<ValueIter> {
    let ms = info(c)
        .map(|i| i.members.borrow().clone())
        .unwrap_or_default();
    Ok(ValueIter::List(crate::list::List::from_vec(ms), 0))
}

pub(crate) fn class_len(c: &Rc<Class>) -> PyResult<usize> {
    Ok(info(c).map_or(0, |i| i.members.borrow().len()))
}

pub(crate) fn class_contains(c: &Rc<Class>, x: &Value) -> PyResult<bool> {
    match member_class(x) {
        Some(k) if info(&k).is_some() => Ok(k.is_subclass(c)
            && info(c).is_some_and(|i| {
                i.members.borrow().iter().any(|m| m.py_is(x))
                    || i.pseudo.borrow().iter().any(|m| m.py_is(x))
            })),
        _ => type_error(format!(
            "unsupported operand type(s) for 'in': '{}' and 'EnumType'",
            x.class_name()
        )),
    }
}

pub(crate) fn class_getitem(c: &Rc<Class>, k: &Value) -> PyResult<Value> {
    if let (Some(i), Value::Str(s)) = (info(c), k)
        && let Some((_, m)) = i.names.borrow().iter().find(|(n, _)| n == s)
    {
        return Ok(m.clone());
    }
    Err(PyErr::new(ExcKind::KeyError, vec![k.clone()]))
}

pub(crate) fn class_getattr(c: &Rc<Class>, n: &Str) -> PyResult<Option<Value>> {
    match (n.as_str(), info(c)) {
        ("_boundary_", Some(i)) => match i.boundary {
            Some(b) => b.member().map(Some),
            None => Ok(Some(Value::None)),
        },
        // EnumType's bookkeeping: canonical names, all names, and values to members
        // (pseudo-members made since included; unhashable values left out).
        ("_member_names_", Some(i)) => {
            let names = i.members.borrow().iter().map(name_of).collect();
            Ok(Some(Value::List(crate::list::List::from_vec(names))))
        }
        ("_member_map_", Some(i)) => {
            let d = Dict::new();
            for (n, m) in i.names.borrow().iter() {
                d.setitem(Value::Str(n.clone()), m.clone())?;
            }
            Ok(Some(Value::Dict(d)))
        }
        ("_value2member_map_", Some(i)) => {
            let d = Dict::new();
            let canonical: Vec<Value> = i
                .names
                .borrow()
                .iter()
                .filter(|(n, m)| name_of(m).str_string().is_ok_and(|x| x == n.as_str()))
                .map(|(_, m)| m.clone())
                .collect();
            for m in canonical.iter().chain(i.pseudo.borrow().iter()) {
                let v = value_of(m);
                if d.get(&v).ok().flatten().is_some() {
                    continue;
                }
                match d.setitem(v, m.clone()) {
                    Ok(()) => {}
                    Err(e) if e.matches(ExcKind::TypeError) => {}
                    Err(e) => return Err(e),
                }
            }
            Ok(Some(Value::Dict(d)))
        }
        _ => Ok(None),
    }
}

pub(crate) fn members_proxy(c: &Rc<Class>) -> PyResult<Value> {
    let d = Dict::new();
    if let Some(i) = info(c) {
        for (n, m) in i.names.borrow().iter() {
            d.setitem(Value::Str(n.clone()), m.clone())?;
        }
    }
    Ok(super::descr::mappingproxy(d))
}

pub(crate) fn check_class_setattr(c: &Rc<Class>, n: &Str) -> PyResult<()> {
    if let Some(i) = info(c)
        && i.names.borrow().iter().any(|(k, _)| k == n)
    {
        return Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("cannot reassign member '{n}'"),
        ));
    }
    Ok(())
}

pub(crate) fn check_bases(_b: &[Rc<Class>]) -> PyResult<()> {
    Ok(())
}

/// Removes the builtin types mixed into an enum (`class M(str, Enum)`), returning them.
pub(crate) fn split_mixin(bases: Vec<Value>) -> PyResult<(Vec<Value>, Option<&'static str>)> {
    let is_enum = |v: &Value| as_class(v).is_some_and(|c| c.meta == Meta::EnumMeta);
    if !bases.iter().any(is_enum) {
        return Ok((bases, None));
    }
    let mut out = vec![];
    let mut mixin = None;
    for b in bases {
        if let Value::Obj(o) = &b
            && let Some(f) = downcast::<crate::modules::callable::BuiltinFn>(o)
        {
            match f.name {
                "int" => mixin = Some("int"),
                "str" => mixin = Some("str"),
                n => return unsupported(&format!("an enum with the data type {n}")),
            }
            continue;
        }
        out.push(b);
    }
    Ok((out, mixin))
}

/// Whether a class-body value becomes a member (enum._is_descriptor, _is_dunder,
/// _is_sunder are not).
fn is_member_item(name: &str, v: &Value) -> bool {
    if name.starts_with("__") && name.ends_with("__") && name.len() > 4 {
        return false;
    }
    if name.len() > 2 && name.starts_with('_') && name.ends_with('_') {
        return false;
    }
    if super::descr::kind_of(v) != super::DKind::Plain {
        return false;
    }
    !matches!(v, Value::Obj(o) if o.as_any().is::<crate::func::Function>())
}

fn is_auto(v: &Value) -> bool {
    member_class(v).is_some_and(|c| c.name().as_str() == "auto" && c.module.as_str() == "enum")
}

/// `_generate_next_value_(name, start=1, count, last_values)`: the user's, or
/// StrEnum's (the lower-cased name), Flag's (the next power of two) or Enum's (the last
/// value plus one) (Lib/enum.py, 3.11).
fn next_value(
    gnv: Option<Value>,
    is_str_enum: bool,
    flag: bool,
    name: &Str,
    count: usize,
    last_values: &[Value],
    start: &Value,
) -> PyResult<Value> {
    if let Some(f) = gnv.filter(|f| !is_builtin_gnv(f)) {
        let f = match &f {
            Value::Obj(o) => match o.as_any().downcast_ref::<super::descr::StaticMethod>() {
                Some(s) => s.0.clone(),
                None => f.clone(),
            },
            _ => f.clone(),
        };
        let lv = Value::List(crate::list::List::from_vec(last_values.to_vec()));
        return crate::func::call(
            &f,
            vec![
                Value::Str(name.clone()),
                start.clone(),
                Value::int(count as i64),
                lv,
            ],
            vec![],
        );
    }
    Ok(if is_str_enum {
        Value::Str(Str::from_string(name.as_str().to_lowercase()))
    } else if flag {
        if count == 0 {
            return Ok(if start.is_none() {
                Value::int(1)
            } else {
                start.clone()
            });
        }
        let mut max: Option<Value> = None;
        for v in last_values {
            if max
                .as_ref()
                .is_none_or(|m| v.compare(m, CmpOp::Gt).unwrap_or(false))
            {
                max = Some(v.clone());
            }
        }
        match max
            .as_ref()
            .and_then(|m| m.as_int())
            .and_then(|i| i.as_i64())
        {
            Some(m) if m >= 0 => {
                let bits = 64 - m.leading_zeros();
                if bits > 61 {
                    return unsupported("a Flag value of more than 61 bits");
                }
                Value::int(1i64 << bits)
            }
            _ => {
                let shown = max.map_or(Ok("None".to_string()), |m| m.repr_string())?;
                return type_error(format!("invalid flag value {shown}"));
            }
        }
    } else {
        // Enum._generate_next_value_: `start` first, then the last value plus one when
        // it is the largest (the values sorted). Otherwise (unsortable values, a last
        // value that is not the largest or takes no `+ 1`) CPython 3.11 prints a
        // DeprecationWarning on stderr and falls back, which molt does not reproduce.
        let Some(last) = last_values.last() else {
            return Ok(start.clone());
        };
        let warns =
            || unsupported("auto() after values that make CPython warn (DeprecationWarning)");
        let sorted = crate::list::List::from_vec(last_values.to_vec());
        match sorted.sort(false) {
            Ok(()) => {}
            Err(e) if e.matches(ExcKind::TypeError) => return warns(),
            Err(e) => return Err(e),
        }
        let largest = sorted.to_vec().last().cloned().unwrap_or_default();
        if !last.eq(&largest)? {
            return warns();
        }
        match crate::value::binop(BinOp::Add, last, &Value::int(1)) {
            Ok(v) => v,
            Err(e) if e.matches(ExcKind::TypeError) => return warns(),
            Err(e) => return Err(e),
        }
    })
}

/// Whether `f` is no user `_generate_next_value_` (the enum module's own).
fn is_builtin_gnv(f: &Value) -> bool {
    !matches!(f, Value::Obj(o) if o.as_any().is::<crate::func::Function>()
        || o.as_any().is::<super::descr::StaticMethod>())
}

/// `NAME = auto()` in a class body (`__molt_enum_auto`): what enum._EnumDict.__setitem__
/// stores, the generated value, so later statements of the body (`RW = R | W`) use it.
/// `prior` holds the (name, value) pairs bound before by the body's simple assignments.
pub(crate) fn resolve_auto(
    auto: &Value,
    name: &Value,
    bases: &Value,
    prior: &Value,
) -> PyResult<Value> {
    let (Value::Str(name), Value::Tuple(bases), Value::Tuple(prior)) = (name, bases, prior) else {
        return Ok(auto.clone());
    };
    if !is_auto(auto) {
        return Ok(auto.clone());
    }
    let (bases, mixin) = split_mixin(bases.as_slice().to_vec())?;
    // `Class::mro` leaves the class itself out.
    let base_info = bases.iter().find_map(|b| {
        let c = as_class(b)?;
        let i = info(&c).or_else(|| c.mro.iter().find_map(|k| info(k)))?;
        Some((c, i))
    });
    let Some((first_enum, bi)) = base_info else {
        return Ok(auto.clone());
    };
    let mixin = mixin.or(bi.mixin);
    let is_str_enum = bi.repr_enum && mixin == Some("str");
    let mut gnv = first_enum.lookup_value(&intern("_generate_next_value_"));
    let mut last_values = vec![];
    for item in prior.as_slice() {
        let Value::Tuple(kv) = item else { continue };
        let (Some(Value::Str(k)), Some(v)) = (kv.as_slice().first(), kv.as_slice().get(1)) else {
            continue;
        };
        if k.as_str() == "_generate_next_value_" {
            gnv = Some(v.clone());
        } else if is_member_item(k.as_str(), v) {
            last_values.push(v.clone());
        }
    }
    let count = last_values.len();
    next_value(
        gnv,
        is_str_enum,
        bi.flag,
        name,
        count,
        &last_values,
        &Value::int(1),
    )
}

/// EnumType.__new__ after the class exists: the members.
pub(crate) fn finish_class(
    c: &Rc<Class>,
    items: &[(Str, Value)],
    mixin: Option<&'static str>,
    boundary: Option<Value>,
) -> PyResult<()> {
    let base = c.mro.iter().find_map(|b| info(b));
    if let Some(b) = c
        .mro
        .iter()
        .find(|b| info(b).is_some_and(|i| !i.members.borrow().is_empty()))
    {
        return type_error(format!(
            "<enum {}> cannot extend {}",
            Value::Str(c.name()).repr_string()?,
            class_value(b).repr_string()?
        ));
    }
    let flag = base.as_ref().is_some_and(|i| i.flag);
    let mixin = mixin.or(base.as_ref().and_then(|i| i.mixin));
    let repr_enum = base.as_ref().is_some_and(|i| i.repr_enum);
    let is_str_enum = repr_enum && mixin == Some("str");
    // EnumType.__new__: `boundary or getattr(first_enum, '_boundary_', None)`.
    let boundary = match boundary.filter(|b| b.try_truthy().unwrap_or(true)) {
        Some(b) => Some(Boundary::from_value(&b)?),
        None => base.as_ref().and_then(|i| i.boundary),
    };
    let ei = Rc::new(EnumInfo {
        flag,
        mixin,
        repr_enum,
        members: RefCell::new(vec![]),
        names: RefCell::new(vec![]),
        pseudo: RefCell::new(vec![]),
        boundary,
    });
    *c.ext.borrow_mut() = Some(ei.clone() as Rc<dyn Any>);
    if let Some(m) = mixin {
        add_mixin_methods(c, m, flag, items)?;
    }
    let init = c
        .lookup_value(&intern("__init__"))
        .filter(|f| !super::natives::is_object_method(f, "__init__"));
    // A user `__new__` makes each member (EnumType's _proto_member); with a mixed-in
    // data type it would call `int.__new__(cls, ...)`, which molt does not do.
    let user_new = c
        .lookup_value(&intern("__new__"))
        .is_some_and(|f| !super::natives::is_object_method(&f, "__new__"));
    if user_new && mixin.is_some() {
        return unsupported("an enum with a data type and __new__");
    }
    let mut last_values: Vec<Value> = vec![];
    for (k, v) in items {
        if !is_member_item(k.as_str(), v) {
            continue;
        }
        let mut value = v.clone();
        if is_auto(&value) {
            let gnv = c.lookup_value(&intern("_generate_next_value_"));
            let count = ei.names.borrow().len();
            value = next_value(
                gnv,
                is_str_enum,
                flag,
                k,
                count,
                &last_values,
                &Value::int(1),
            )?;
        }
        let args: Vec<Value> = match &value {
            Value::Tuple(t) => t.as_slice().to_vec(),
            v => vec![v.clone()],
        };
        // `__new__(enum_class, *args)`; its `_value_`, else the value as written.
        let made = if user_new {
            let cv = class_value(c);
            let f = crate::attr::getattr(&cv, "__new__")?;
            let mut a = vec![cv];
            a.extend(args.iter().cloned());
            let m = crate::func::call(&f, a, vec![])?;
            if !member_class(&m).is_some_and(|k| Rc::ptr_eq(&k, c)) {
                return unsupported("an enum __new__ that returns no instance of the enum");
            }
            let d = match &m {
                Value::Obj(o) => crate::object::inst(o).and_then(|i| i.dict.clone_dict()),
                _ => None,
            };
            if let Some(d) = d
                && dict_get(&d, &intern("_value_")).is_none()
            {
                d.setitem(Value::str("_value_"), value.clone())?;
            }
            Some(m)
        } else {
            None
        };
        // The member's value: the mixin type applied to the arguments.
        let mv = match (&made, mixin) {
            (Some(m), _) => value_of(m),
            (None, mixin) => match mixin {
                Some(m) => crate::func::call(
                    &crate::modules::callable::builtin_ref(m)?,
                    args.clone(),
                    vec![],
                )?,
                None => value.clone(),
            },
        };
        if flag && !matches!(mv, Value::Int(_) | Value::Bool(_)) {
            return unsupported("a Flag member whose value is not an int");
        }
        last_values.push(mv.clone());
        // An alias: same value as an earlier member.
        let existing = {
            let ms = ei.members.borrow();
            let mut found = None;
            for m in ms.iter() {
                if value_of(m).eq(&mv)? {
                    found = Some(m.clone());
                    break;
                }
            }
            found
        };
        let member = match existing {
            Some(m) => m,
            None => {
                let mval = match made {
                    Some(m) => m,
                    None => {
                        let inst = Instance::alloc(c, vec![]);
                        if let Some(d) = inst.dict.get_or_make() {
                            d.setitem(Value::str("_value_"), mv.clone())?;
                        }
                        inst.value()
                    }
                };
                if let Value::Obj(o) = &mval
                    && let Some(d) = crate::object::inst(o).and_then(|i| i.dict.clone_dict())
                {
                    d.setitem(Value::str("_name_"), Value::Str(k.clone()))?;
                }
                if let Some(f) = &init {
                    super::descr::call_descr(f, &mval, args, vec![], c)?;
                }
                // A multi-bit flag value is an alias-like member, not iterated.
                let canonical = !flag
                    || mv
                        .as_int()
                        .and_then(|i| i.as_i64())
                        .is_some_and(|x| x > 0 && x & (x - 1) == 0);
                if canonical {
                    ei.members.borrow_mut().push(mval.clone());
                } else {
                    ei.pseudo.borrow_mut().push(mval.clone());
                }
                mval
            }
        };
        ei.names.borrow_mut().push((k.clone(), member.clone()));
        c.dict.setitem(Value::Str(k.clone()), member)?;
    }
    c.invalidate();
    Ok(())
}

/// EnumType.__call__ with a value: the member (or a flag's pseudo-member).
pub(crate) fn call_enum_class(
    c: &Rc<Class>,
    a: Vec<Value>,
    k: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if a.len() == 1 && k.is_empty() {
        let v = a.into_iter().next().unwrap_or_default();
        return lookup_value(c, &v);
    }
    static SIG: crate::func::Sig = crate::func::Sig {
        name: "EnumType.__call__",
        params: &[
            ("cls", crate::func::ParamKind::Normal, false),
            ("value", crate::func::ParamKind::Normal, false),
            ("names", crate::func::ParamKind::Normal, true),
            ("module", crate::func::ParamKind::KeywordOnly, true),
            ("qualname", crate::func::ParamKind::KeywordOnly, true),
            ("type", crate::func::ParamKind::KeywordOnly, true),
            ("start", crate::func::ParamKind::KeywordOnly, true),
            ("boundary", crate::func::ParamKind::KeywordOnly, true),
        ],
    };
    let mut args = vec![class_value(c)];
    args.extend(a);
    let s = crate::func::bind(&SIG, args, k)?;
    let arg = |i: usize| s.get(i).cloned().flatten().filter(|v| !v.is_none());
    let value = arg(1).unwrap_or_default();
    match arg(2) {
        None => lookup_value(c, &value),
        Some(names) => create(c, &value, names, &arg),
    }
}

/// EnumType._create_ (Lib/enum.py, 3.11): `Enum('Name', 'A B C')`, a class statement
/// whose members are the names (values from `_generate_next_value_`), the
/// (name, value) pairs or the mapping given.
fn create(
    c: &Rc<Class>,
    class_name: &Value,
    names: Value,
    arg: &dyn Fn(usize) -> Option<Value>,
) -> PyResult<Value> {
    let Value::Str(cname) = class_name else {
        return type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            class_name.class_name()
        ));
    };
    let mut bases = vec![];
    if let Some(t) = arg(5) {
        bases.push(t);
    }
    bases.push(class_value(c));
    let start = arg(6).unwrap_or_else(|| Value::int(1));
    let names = match &names {
        Value::Str(n) => Value::List(crate::list::List::from_vec(
            n.as_str()
                .replace(',', " ")
                .split_whitespace()
                .map(|w| Value::Str(Str::from(w)))
                .collect(),
        )),
        _ => names,
    };
    let mut items: Vec<(Str, Value)> = vec![];
    let seq: Option<Vec<Value>> = match &names {
        Value::List(l) => Some(l.to_vec()),
        Value::Tuple(t) => Some(t.as_slice().to_vec()),
        _ => None,
    };
    if let Some(seq) = seq.filter(|v| matches!(v.first(), Some(Value::Str(_)))) {
        // `first_enum._generate_next_value_(name, start, count, last_values[:])`.
        let base = info(c);
        let flag = base.as_ref().is_some_and(|i| i.flag);
        let mixin = base.as_ref().and_then(|i| i.mixin);
        let is_str_enum = base.as_ref().is_some_and(|i| i.repr_enum) && mixin == Some("str");
        let gnv = c.lookup_value(&intern("_generate_next_value_"));
        let mut last_values = vec![];
        for (count, n) in seq.iter().enumerate() {
            let Value::Str(n) = n else {
                return unsupported("an enum member name that is not a str");
            };
            let v = next_value(
                gnv.clone(),
                is_str_enum,
                flag,
                n,
                count,
                &last_values,
                &start,
            )?;
            last_values.push(v.clone());
            items.push((n.clone(), v));
        }
    } else {
        let mapping = matches!(names, Value::Dict(_));
        for item in crate::iter::collect_vec(&names)? {
            let (n, v) = match (&item, mapping) {
                (Value::Str(n), _) => (Value::Str(n.clone()), names.getitem(&item)?),
                _ => {
                    let kv = crate::iter::collect_vec(&item)?;
                    match kv.as_slice() {
                        [n, v] => (n.clone(), v.clone()),
                        _ => {
                            return crate::exc::value_error(if kv.len() > 2 {
                                "too many values to unpack (expected 2)".to_string()
                            } else {
                                format!(
                                    "not enough values to unpack (expected 2, got {})",
                                    kv.len()
                                )
                            });
                        }
                    }
                }
            };
            let Value::Str(n) = n else {
                return unsupported("an enum member name that is not a str");
            };
            items.push((n, v));
        }
    }
    // `module = sys._getframe(2).f_globals['__name__']`: the caller's module.
    let module = match arg(3) {
        Some(Value::Str(m)) => m.as_str().to_string(),
        Some(_) => return unsupported("enum module= that is not a str"),
        None => "__main__".to_string(),
    };
    let qualname = match arg(4) {
        Some(Value::Str(q)) => q.as_str().to_string(),
        Some(_) => return unsupported("enum qualname= that is not a str"),
        None => cname.as_str().to_string(),
    };
    let mut kwargs = vec![];
    if let Some(b) = arg(7) {
        kwargs.push((Str::from("boundary"), b));
    }
    super::new_class(cname.as_str(), &qualname, &module, bases, items, kwargs)
}

fn lookup_value(c: &Rc<Class>, v: &Value) -> PyResult<Value> {
    let Some(ei) = info(c) else {
        return type_error("not an enum");
    };
    if member_class(v).is_some_and(|k| Rc::ptr_eq(&k, c)) {
        return Ok(v.clone());
    }
    for m in ei.members.borrow().iter().chain(ei.pseudo.borrow().iter()) {
        if value_of(m).eq(v)? {
            return Ok(m.clone());
        }
    }
    let qn = c.qualname();
    let invalid = || -> PyResult<PyErr> {
        Ok(PyErr::msg(
            ExcKind::ValueError,
            format!("{} is not a valid {qn}", v.repr_string()?),
        ))
    };
    // A user `_missing_` (Enum.__new__): its member, or ValueError for None.
    if let Some(f) = c.lookup_value(&intern("_missing_"))
        && matches!(&f, Value::Obj(o) if o.as_any().is::<crate::func::Function>()
            || o.as_any().is::<super::descr::ClassMethod>()
            || o.as_any().is::<super::descr::StaticMethod>())
    {
        let m = crate::attr::getattr(&class_value(c), "_missing_")?;
        let r = crate::func::call(&m, vec![v.clone()], vec![])?;
        if member_class(&r).is_some_and(|k| k.is_subclass(c)) {
            return Ok(r);
        }
        if r.is_none() {
            return Err(invalid()?);
        }
        return type_error(format!(
            "error in {}._missing_: returned {} instead of None or a valid member",
            c.name(),
            r.repr_string()?
        ));
    }
    if ei.flag
        && let Some(x) = v.as_int().and_then(|i| i.as_i64())
    {
        return flag_pseudo(c, &ei, x);
    }
    Err(invalid()?)
}

/// `int.bit_length()` of an i64.
fn bit_len(v: i64) -> u32 {
    64 - v.unsigned_abs().leading_zeros()
}

/// enum.bin(): `bin()` with the sign bit kept apart and padding to `max_bits`.
fn enum_bin(num: i64, max_bits: u32) -> String {
    let n = i128::from(num);
    let ceiling: i128 = 1i128 << bit_len(num);
    let s = if n >= 0 {
        format!("0b{:b}", n + ceiling).replacen('1', "0", 1)
    } else {
        // `~num ^ (ceiling - 1) + ceiling`: `+` binds tighter than `^`.
        let x = !n ^ (ceiling - 1 + ceiling);
        if x < 0 {
            format!("-0b{:b}", -x)
        } else {
            format!("0b{x:b}")
        }
    };
    let split = s.char_indices().nth(3).map_or(s.len(), |(i, _)| i);
    let (sign, digits) = s.split_at(split);
    let mut digits = digits.to_string();
    let width = max_bits as usize;
    if digits.len() < width {
        let pad: String = sign
            .chars()
            .last()
            .into_iter()
            .cycle()
            .take(width)
            .collect();
        let all = pad + &digits;
        digits = all[all.len() - width..].to_string();
    }
    format!("{sign} {digits}")
}

/// Flag._missing_ (Lib/enum.py, 3.11): a composite pseudo-member named after the members
/// it contains. Flag's boundary is STRICT (bits outside the members raise ValueError),
/// IntFlag's is KEEP (they are kept, and named by their number).
fn flag_pseudo(c: &Rc<Class>, ei: &EnumInfo, x: i64) -> PyResult<Value> {
    let boundary = ei.boundary.unwrap_or(Boundary::Strict);
    let keep = boundary == Boundary::Keep;
    let singles: Vec<(i64, Value)> = ei
        .members
        .borrow()
        .iter()
        .filter_map(|m| flag_value(m).map(|v| (v, m.clone())))
        .collect();
    let singles_mask = singles.iter().fold(0, |a, (v, _)| a | v);
    // _flag_mask_: every value defined in the class body, multi-bit aliases too.
    let named: Vec<(i64, Str, Value)> = ei
        .names
        .borrow()
        .iter()
        .filter_map(|(n, m)| flag_value(m).map(|v| (v, n.clone(), m.clone())))
        .collect();
    let flag_mask = named.iter().fold(singles_mask, |a, (v, _, _)| a | v);
    if flag_mask < 0 || bit_len(flag_mask) > 61 || bit_len(x) > 61 {
        return unsupported("a Flag value of more than 61 bits");
    }
    let all_bits: i64 = (1i64 << bit_len(flag_mask)) - 1;
    let mut value = x;
    if !(!all_bits <= value && value <= all_bits) || value & (all_bits ^ flag_mask) != 0 {
        match boundary {
            Boundary::Conform => value &= flag_mask,
            Boundary::Eject => return Ok(Value::int(value)),
            Boundary::Keep | Boundary::Strict => {}
        }
        if boundary == Boundary::Strict {
            let max_bits = bit_len(value).max(bit_len(flag_mask));
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!(
                    "{} invalid value {value}\n    given {}\n  allowed {}",
                    class_repr(c).unwrap_or_default(),
                    enum_bin(value, max_bits),
                    enum_bin(flag_mask, max_bits)
                ),
            ));
        }
        if keep && value < 0 {
            value += (all_bits + 1).max(1i64 << bit_len(value));
        }
    }
    if value < 0 {
        value += all_bits + 1;
    }
    let member_value = value & singles_mask;
    let aliases = value & !singles_mask;
    // Bits no member names (KEEP, CONFORM): such a pseudo-member is not cached.
    let mut unknown_bits = false;
    let name = if member_value != 0 || aliases != 0 {
        let mut members: Vec<Value> = vec![];
        let mut combined = 0;
        for (v, m) in &singles {
            if member_value & v == *v {
                members.push(m.clone());
                combined |= v;
            }
        }
        let mut whole = value;
        if aliases != 0 {
            whole = member_value | aliases;
            for (v, _, m) in &named {
                if !members.iter().any(|k| k.py_is(m)) && *v != 0 && v & whole == *v {
                    members.push(m.clone());
                    combined |= v;
                }
            }
        }
        let unknown = whole ^ combined;
        let mut names = vec![];
        for m in &members {
            names.push(name_of(m).str_string()?);
        }
        let mut name = names.join("|");
        if combined == 0 {
            Value::None
        } else if unknown != 0 && boundary == Boundary::Strict {
            return Err(PyErr::msg(
                ExcKind::ValueError,
                format!(
                    "{}: no members with value {unknown}",
                    class_repr(c).unwrap_or_default()
                ),
            ));
        } else {
            if unknown != 0 {
                unknown_bits = true;
                name.push_str(&format!("|{unknown}"));
            }
            Value::Str(Str::from_string(name))
        }
    } else {
        Value::None
    };
    // `_value2member_map_.setdefault`: one pseudo-member per value.
    for m in ei.pseudo.borrow().iter() {
        if flag_value(m) == Some(value) {
            return Ok(m.clone());
        }
    }
    let inst = Instance::alloc(c, vec![]);
    if let Some(d) = inst.dict.get_or_make() {
        d.setitem(Value::str("_value_"), Value::int(value))?;
        d.setitem(Value::str("_name_"), name)?;
    }
    let m = inst.value();
    if !unknown_bits {
        ei.pseudo.borrow_mut().push(m.clone());
    }
    Ok(m)
}

pub(crate) fn class_getitem_of_instance(_i: &Instance, _k: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}

// ------------------------------------------------------------------ the methods

fn arg0(a: &[Value]) -> Value {
    a.first().cloned().unwrap_or_default()
}
fn arg1(a: &[Value]) -> Value {
    a.get(1).cloned().unwrap_or_default()
}

fn set(d: &Dict<Value, Value>, k: &str, v: Value) -> PyResult<()> {
    d.setitem(Value::str(k), v)
}

fn flag_value(m: &Value) -> Option<i64> {
    value_of(m).as_int().and_then(|i| i.as_i64())
}

/// `repr(member)` (Enum.__repr__ / Flag.__repr__).
fn member_repr(m: &Value) -> PyResult<String> {
    let c = member_class(m)
        .map(|c| c.name().as_str().to_string())
        .unwrap_or_default();
    let v = value_of(m).repr_string()?;
    let n = name_of(m);
    Ok(if n.is_none() {
        format!("<{c}: {v}>")
    } else {
        format!("<{c}.{}: {v}>", n.str_string()?)
    })
}

/// `str(member)` (Enum.__str__ / Flag.__str__; ReprEnum's is the value's).
fn member_str(m: &Value) -> PyResult<String> {
    let Some(c) = member_class(m) else {
        return Ok(String::new());
    };
    if info(&c).is_some_and(|i| i.repr_enum) {
        return value_of(m).str_string();
    }
    let n = name_of(m);
    Ok(if n.is_none() {
        format!("{}({})", c.name(), value_of(m).repr_string()?)
    } else {
        format!("{}.{}", c.name(), n.str_string()?)
    })
}

fn enum_dict(flag: bool) -> PyResult<Dict<Value, Value>> {
    let d = Dict::new();
    set(&d, "__module__", Value::str("enum"))?;
    set(&d, "__doc__", Value::None)?;
    // enum.property: read-only, with its own messages naming the class that defines it.
    let getter = |n: &'static str| {
        super::descr::property(
            function(n, &format!("Enum.{n}"), move |a, _| {
                Ok(member_attr(
                    &arg0(&a),
                    if n == "name" { "_name_" } else { "_value_" },
                ))
            }),
            function(n, &format!("Enum.{n}"), move |_, _| {
                Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("<enum 'Enum'> cannot set attribute '{n}'"),
                ))
            }),
            function(n, &format!("Enum.{n}"), move |_, _| {
                Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("<enum 'Enum'> cannot delete attribute '{n}'"),
                ))
            }),
            Value::None,
        )
    };
    set(&d, "name", getter("name"))?;
    set(&d, "value", getter("value"))?;
    set(
        &d,
        "__repr__",
        function("__repr__", "Enum.__repr__", |a, _| {
            Ok(Value::Str(Str::from_string(member_repr(&arg0(&a))?)))
        }),
    )?;
    set(
        &d,
        "__str__",
        function("__str__", "Enum.__str__", |a, _| {
            Ok(Value::Str(Str::from_string(member_str(&arg0(&a))?)))
        }),
    )?;
    set(
        &d,
        "__format__",
        function("__format__", "Enum.__format__", |a, _| {
            let m = arg0(&a);
            let spec = arg1(&a).str_string()?;
            let repr_enum = member_class(&m)
                .and_then(|c| info(&c))
                .is_some_and(|i| i.repr_enum);
            // Enum.__format__ is `str.__format__(str(self), spec)`, through a user
            // `__str__`; ReprEnum's is the data type's, whose empty spec is `str(self)`.
            let s = if repr_enum && !spec.is_empty() {
                crate::format::format_value(&value_of(&m), &spec)?
            } else {
                crate::format::format_value(&Value::Str(Str::from_string(m.str_string()?)), &spec)?
            };
            Ok(Value::Str(Str::from_string(s)))
        }),
    )?;
    set(
        &d,
        "__hash__",
        function("__hash__", "Enum.__hash__", |a, _| {
            Ok(Value::int(name_of(&arg0(&a)).hash()?))
        }),
    )?;
    if flag {
        let bitop = |n: &'static str, op: BinOp| {
            function(n, &format!("Flag.{n}"), move |a, _| {
                let (m, o) = (arg0(&a), arg1(&a));
                let Some(c) = member_class(&m) else {
                    return Ok(super::not_implemented());
                };
                let int_ok = info(&c).is_some_and(|i| i.mixin == Some("int"));
                let ov = if member_class(&o).is_some_and(|k| Rc::ptr_eq(&k, &c)) {
                    value_of(&o)
                } else if int_ok && matches!(o, Value::Int(_) | Value::Bool(_)) {
                    o.clone()
                } else {
                    return Ok(super::not_implemented());
                };
                let r = crate::value::binop(op, &value_of(&m), &ov)?;
                lookup_value(&c, &r)
            })
        };
        for (n, op) in [
            ("__or__", BinOp::BitOr),
            ("__and__", BinOp::BitAnd),
            ("__xor__", BinOp::BitXor),
            ("__ror__", BinOp::BitOr),
            ("__rand__", BinOp::BitAnd),
            ("__rxor__", BinOp::BitXor),
        ] {
            set(&d, n, bitop(n, op))?;
        }
        set(
            &d,
            "__invert__",
            function("__invert__", "Flag.__invert__", |a, _| {
                let m = arg0(&a);
                let Some(c) = member_class(&m) else {
                    return type_error("bad flag");
                };
                let Some(ei) = info(&c) else {
                    return type_error("bad flag");
                };
                // Flag.__invert__: EJECT and KEEP invert every bit, the others the
                // single-bit members only.
                if matches!(ei.boundary, Some(Boundary::Eject | Boundary::Keep)) {
                    let x = flag_value(&m).unwrap_or(0);
                    return lookup_value(&c, &Value::int(!x));
                }
                let mask = ei
                    .members
                    .borrow()
                    .iter()
                    .filter_map(flag_value)
                    .fold(0, |a, v| a | v);
                let x = flag_value(&m).unwrap_or(0);
                lookup_value(&c, &Value::int(mask & !x))
            }),
        )?;
        set(
            &d,
            "__contains__",
            function("__contains__", "Flag.__contains__", |a, _| {
                let (m, o) = (arg0(&a), arg1(&a));
                let same = match (member_class(&m), member_class(&o)) {
                    (Some(x), Some(y)) => Rc::ptr_eq(&x, &y),
                    _ => false,
                };
                if !same {
                    return type_error(format!(
                        "unsupported operand type(s) for 'in': '{}' and '{}'",
                        o.class_name(),
                        m.class_name()
                    ));
                }
                let (x, y) = (flag_value(&m).unwrap_or(0), flag_value(&o).unwrap_or(0));
                Ok(Value::Bool(x & y == y))
            }),
        )?;
        fn bits_of(m: &Value) -> Vec<Value> {
            let Some(c) = member_class(m) else {
                return vec![];
            };
            let Some(ei) = info(&c) else { return vec![] };
            let x = flag_value(m).unwrap_or(0);
            // _iter_member_: definition order (value order when members ascend).
            let ms: Vec<(i64, Value)> = ei
                .members
                .borrow()
                .iter()
                .filter_map(|s| flag_value(s).map(|v| (v, s.clone())))
                .filter(|(v, _)| x & v == *v)
                .collect();
            ms.into_iter().map(|(_, s)| s).collect()
        }
        set(
            &d,
            "__iter__",
            function("__iter__", "Flag.__iter__", |a, _| {
                let l = Value::List(crate::list::List::from_vec(bits_of(&arg0(&a))));
                crate::genobj::iter_value(&l)
            }),
        )?;
        set(
            &d,
            "__len__",
            function("__len__", "Flag.__len__", |a, _| {
                Ok(Value::int(bits_of(&arg0(&a)).len() as i64))
            }),
        )?;
        set(
            &d,
            "__bool__",
            function("__bool__", "Flag.__bool__", |a, _| {
                Ok(Value::Bool(value_of(&arg0(&a)).truthy()))
            }),
        )?;
    }
    Ok(d)
}

/// The value's operations on the members of an enum with a mixed-in data type.
fn add_mixin_methods(
    c: &Rc<Class>,
    m: &'static str,
    flag: bool,
    items: &[(Str, Value)],
) -> PyResult<()> {
    let own = |n: &str| items.iter().any(|(k, _)| k.as_str() == n);
    let put = |n: &'static str, f: Value| -> PyResult<()> {
        if !own(n) {
            c.dict.setitem(Value::str(n), f)?;
        }
        Ok(())
    };
    let mut ops: Vec<(&'static str, BinOp, bool)> = vec![
        ("__add__", BinOp::Add, false),
        ("__radd__", BinOp::Add, true),
        ("__mul__", BinOp::Mul, false),
        ("__rmul__", BinOp::Mul, true),
        ("__mod__", BinOp::Mod, false),
        ("__rmod__", BinOp::Mod, true),
    ];
    if m == "int" {
        ops.extend([
            ("__sub__", BinOp::Sub, false),
            ("__rsub__", BinOp::Sub, true),
            ("__truediv__", BinOp::TrueDiv, false),
            ("__rtruediv__", BinOp::TrueDiv, true),
            ("__floordiv__", BinOp::FloorDiv, false),
            ("__rfloordiv__", BinOp::FloorDiv, true),
            ("__pow__", BinOp::Pow, false),
            ("__rpow__", BinOp::Pow, true),
            ("__lshift__", BinOp::LShift, false),
            ("__rlshift__", BinOp::LShift, true),
            ("__rshift__", BinOp::RShift, false),
            ("__rrshift__", BinOp::RShift, true),
        ]);
        if !flag {
            ops.extend([
                ("__and__", BinOp::BitAnd, false),
                ("__rand__", BinOp::BitAnd, true),
                ("__or__", BinOp::BitOr, false),
                ("__ror__", BinOp::BitOr, true),
                ("__xor__", BinOp::BitXor, false),
                ("__rxor__", BinOp::BitXor, true),
            ]);
        }
    }
    for (n, op, rev) in ops {
        put(
            n,
            function(n, &format!("{m}.{n}"), move |a, _| {
                let (x, y) = (unwrap(&arg0(&a)), unwrap(&arg1(&a)));
                if member_class(&y).is_some() {
                    return Ok(super::not_implemented());
                }
                let r = if rev {
                    crate::value::binop(op, &y, &x)
                } else {
                    crate::value::binop(op, &x, &y)
                };
                match r {
                    Err(e) if e.matches(ExcKind::TypeError) => Ok(super::not_implemented()),
                    r => r,
                }
            }),
        )?;
    }
    let cmps: [(&'static str, Option<CmpOp>, bool); 6] = [
        ("__eq__", None, false),
        ("__ne__", None, true),
        ("__lt__", Some(CmpOp::Lt), false),
        ("__le__", Some(CmpOp::Le), false),
        ("__gt__", Some(CmpOp::Gt), false),
        ("__ge__", Some(CmpOp::Ge), false),
    ];
    for (n, op, ne) in cmps {
        put(
            n,
            function(n, &format!("{m}.{n}"), move |a, _| {
                let (x, y) = (unwrap(&arg0(&a)), unwrap(&arg1(&a)));
                let same_kind = match m {
                    "int" => matches!(y, Value::Int(_) | Value::Bool(_) | Value::Float(_)),
                    _ => matches!(y, Value::Str(_)),
                };
                if !same_kind {
                    return Ok(super::not_implemented());
                }
                Ok(Value::Bool(match op {
                    Some(op) => x.compare(&y, op)?,
                    None => x.eq(&y)? != ne,
                }))
            }),
        )?;
    }
    let un = |n: &'static str, f: fn(&Value) -> PyResult<Value>| {
        function(n, &format!("{m}.{n}"), move |a, _| f(&unwrap(&arg0(&a))))
    };
    put("__hash__", un("__hash__", |v| Ok(Value::int(v.hash()?))))?;
    put("__bool__", un("__bool__", |v| Ok(Value::Bool(v.truthy()))))?;
    if m == "int" {
        put("__index__", un("__index__", |v| Ok(v.clone())))?;
        put("__int__", un("__int__", |v| Ok(v.clone())))?;
        put(
            "__float__",
            un("__float__", |v| {
                crate::func::call(
                    &crate::modules::callable::builtin_ref("float")?,
                    vec![v.clone()],
                    vec![],
                )
            }),
        )?;
        put("__neg__", un("__neg__", |v| v.neg()))?;
        put("__pos__", un("__pos__", |v| v.pos()))?;
        put("__abs__", un("__abs__", |v| v.abs()))?;
        if !flag {
            put("__invert__", un("__invert__", |v| v.invert()))?;
        }
    } else {
        put(
            "__len__",
            un("__len__", |v| Ok(Value::int(v.len()? as i64))),
        )?;
        put(
            "__getitem__",
            function("__getitem__", "str.__getitem__", |a, _| {
                let (x, k) = (unwrap(&arg0(&a)), arg1(&a));
                if let Some((s, e, st)) = super::descr::slice_bounds(&k)? {
                    return x.getslice(s, e, st);
                }
                x.getitem(&k)
            }),
        )?;
        put(
            "__contains__",
            function("__contains__", "str.__contains__", |a, _| {
                let (x, k) = (unwrap(&arg0(&a)), unwrap(&arg1(&a)));
                Ok(Value::Bool(x.contains(&k)?))
            }),
        )?;
        put("__iter__", un("__iter__", crate::genobj::iter_value))?;
        // The str methods, applied to the value (`Mood.SAD.upper()`).
        for &n in STR_METHODS {
            put(
                n,
                function(n, &format!("str.{n}"), move |a, k| {
                    let mut a = a.into_iter();
                    let x = unwrap(&a.next().unwrap_or_default());
                    let rest: Vec<Value> = a.map(|v| unwrap(&v)).collect();
                    crate::methods::call_method(&x, n, rest, k)
                }),
            )?;
        }
    }
    Ok(())
}

const STR_METHODS: &[&str] = &[
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
    "upper",
    "zfill",
];

// ------------------------------------------------------------------ the module

thread_local! {
    static CLASSES: RefCell<hashbrown::HashMap<&'static str, Value>> =
        RefCell::new(hashbrown::HashMap::new());
}

fn base_enum(
    name: &'static str,
    bases: Vec<Rc<Class>>,
    flag: bool,
    mixin: Option<&'static str>,
    repr_enum: bool,
) -> PyResult<Rc<Class>> {
    let d = enum_dict(flag)?;
    let mut mro = vec![];
    for b in &bases {
        if !mro.iter().any(|x: &Rc<Class>| Rc::ptr_eq(x, b)) {
            mro.push(b.clone());
        }
        for x in &b.mro {
            if !mro.iter().any(|y: &Rc<Class>| Rc::ptr_eq(y, x)) {
                mro.push(x.clone());
            }
        }
    }
    // object last.
    mro.retain(|x| !Rc::ptr_eq(x, &object_class()));
    mro.push(object_class());
    let bases = if bases.is_empty() {
        vec![object_class()]
    } else {
        bases
    };
    let c = Class::new_raw(
        name,
        name,
        "enum",
        bases,
        mro,
        d,
        None,
        Meta::EnumMeta,
        true,
        0,
    );
    if let Some(m) = mixin {
        add_mixin_methods(&c, m, flag, &[])?;
    }
    *c.ext.borrow_mut() = Some(Rc::new(EnumInfo {
        flag,
        mixin,
        repr_enum,
        members: RefCell::new(vec![]),
        names: RefCell::new(vec![]),
        pseudo: RefCell::new(vec![]),
        // class Flag(Enum, boundary=STRICT); class IntFlag(int, ReprEnum, Flag, boundary=KEEP)
        boundary: match (flag, mixin) {
            (false, _) => None,
            (true, None) => Some(Boundary::Strict),
            (true, Some(_)) => Some(Boundary::Keep),
        },
    }) as Rc<dyn Any>);
    Ok(c)
}

fn get(name: &'static str) -> PyResult<Value> {
    if let Some(v) = CLASSES.with(|c| c.borrow().get(name).cloned()) {
        return Ok(v);
    }
    let cls = |n: &'static str| -> PyResult<Rc<Class>> {
        as_class(&get(n)?).ok_or_else(|| PyErr::msg(ExcKind::TypeError, "enum base"))
    };
    let v = match name {
        "Enum" => class_value(&base_enum("Enum", vec![], false, None, false)?),
        "ReprEnum" => class_value(&base_enum(
            "ReprEnum",
            vec![cls("Enum")?],
            false,
            None,
            true,
        )?),
        "IntEnum" => class_value(&base_enum(
            "IntEnum",
            vec![cls("ReprEnum")?],
            false,
            Some("int"),
            true,
        )?),
        "StrEnum" => {
            let c = base_enum("StrEnum", vec![cls("ReprEnum")?], false, Some("str"), true)?;
            class_value(&c)
        }
        "Flag" => class_value(&base_enum("Flag", vec![cls("Enum")?], true, None, false)?),
        "IntFlag" => class_value(&base_enum(
            "IntFlag",
            vec![cls("ReprEnum")?, cls("Flag")?],
            true,
            Some("int"),
            true,
        )?),
        "auto" => super::new_class("auto", "auto", "enum", vec![], vec![], vec![])?,
        // class FlagBoundary(StrEnum): STRICT = auto() ... (the lower-cased names).
        "FlagBoundary" => super::new_class(
            "FlagBoundary",
            "FlagBoundary",
            "enum",
            vec![get("StrEnum")?],
            Boundary::ALL
                .iter()
                .map(|(_, n, v)| (Str::from(*n), Value::str(v)))
                .collect(),
            vec![],
        )?,
        "unique" => function("unique", "unique", |a, k| {
            if !k.is_empty() || a.len() != 1 {
                return type_error("unique() takes 1 positional argument");
            }
            let e = arg0(&a);
            let Some(c) = as_class(&e) else {
                return type_error("unique() argument must be an enum");
            };
            let dups: Vec<String> = info(&c)
                .map(|i| {
                    i.names
                        .borrow()
                        .iter()
                        .filter_map(|(n, m)| {
                            let mn = name_of(m).str_string().ok()?;
                            (mn != n.as_str()).then(|| format!("{n} -> {mn}"))
                        })
                        .collect()
                })
                .unwrap_or_default();
            if !dups.is_empty() {
                return crate::exc::value_error(format!(
                    "duplicate values found in {}: {}",
                    e.repr_string()?,
                    dups.join(", ")
                ));
            }
            Ok(e)
        }),
        _ => return unsupported(&format!("enum.{name}")),
    };
    CLASSES.with(|c| c.borrow_mut().insert(name, v.clone()));
    Ok(v)
}

/// `enum.name` as a value.
pub(crate) fn module_attr(name: &str) -> Option<PyResult<Value>> {
    let n: &'static str = match name {
        "Enum" => "Enum",
        "IntEnum" => "IntEnum",
        "StrEnum" => "StrEnum",
        "Flag" => "Flag",
        "IntFlag" => "IntFlag",
        "auto" => "auto",
        "unique" => "unique",
        "FlagBoundary" => "FlagBoundary",
        "STRICT" | "CONFORM" | "EJECT" | "KEEP" => {
            return Some(get("FlagBoundary").and_then(|f| crate::attr::getattr(&f, name)));
        }
        _ => return None,
    };
    Some(get(n))
}

/// The int value of a member of an int-mixin enum (IntEnum, IntFlag, `(int, Enum)`): such
/// members are ints wherever an int is expected (indices, `range`, arithmetic).
pub(crate) fn int_of(o: &crate::object::ObjRef) -> Option<crate::int::Int> {
    let i = crate::object::inst(o)?;
    if info(&i.class)?.mixin != Some("int") {
        return None;
    }
    match dict_get(i.dict.get_or_make()?, &intern("_value_"))? {
        Value::Int(n) => Some(n),
        Value::Bool(b) => Some(crate::int::Int::from(b)),
        _ => None,
    }
}

/// The value of a member of an int- or str-mixin enum (IntEnum, StrEnum, `(str, Enum)`)
/// where code takes the member as the mixed-in type itself, as the json encoder's
/// PyLong_Check / PyUnicode_Check do.
pub(crate) fn mixin_value(v: &Value) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    let i = crate::object::inst(o)?;
    info(&i.class)?.mixin?;
    match dict_get(i.dict.get_or_make()?, &intern("_value_"))? {
        Value::Bool(b) => Some(Value::Int(crate::int::Int::from(b))),
        x @ (Value::Int(_) | Value::Str(_)) => Some(x),
        _ => None,
    }
}

/// `del Color.RED` (EnumType.__delattr__).
pub(crate) fn check_class_delattr(c: &Rc<Class>, n: &Str) -> PyResult<()> {
    if let Some(i) = info(c)
        && i.names.borrow().iter().any(|(k, _)| k == n)
    {
        return Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' cannot delete member '{n}'.", c.name()),
        ));
    }
    Ok(())
}
