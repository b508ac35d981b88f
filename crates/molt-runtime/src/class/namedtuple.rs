//! collections.namedtuple and typing.NamedTuple (Lib/collections/__init__.py namedtuple,
//! Lib/typing.py NamedTupleMeta, 3.11).
//!
//! A named tuple class is a user class whose instances keep their tuple in a hidden slot
//! (slot 0); the methods CPython generates (`__new__`'s binding, `__repr__`, `_replace`,
//! `_asdict`, `_make`, the field getters) and the tuple protocols (indexing, len,
//! iteration, comparison, hash, `+`, `*`, `count`, `index`) are functions in its dict, so
//! subclasses, `super()` and overriding work as usual. `isinstance(p, tuple)` holds
//! (`enums::mixin_of`).

use super::instance::Instance;
use super::{Class, Meta, as_class, class_value, object_class};
use crate::attr::intern;
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::func::{ParamKind, Sig, function};
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::{BinOp, Value};
use std::any::Any;
use std::rc::Rc;

/// The extra state of a named tuple class.
pub(crate) struct NtInfo {
    pub(crate) fields: Vec<Str>,
    /// Defaults of the last `defaults.len()` fields.
    pub(crate) defaults: Vec<Value>,
    sig: Sig,
}

/// The named tuple state of `c` or of the first class of its MRO that has it.
pub(crate) fn info_of(c: &Class) -> Option<Rc<NtInfo>> {
    c.mro_iter().find_map(|k| {
        k.ext
            .borrow()
            .as_ref()
            .and_then(|e| e.clone().downcast::<NtInfo>().ok())
    })
}

/// The tuple inside a named tuple instance.
pub(crate) fn payload(v: &Value) -> Option<Tup<Value>> {
    let Value::Obj(o) = v else { return None };
    let i = crate::object::inst(o)?;
    info_of(&i.class)?;
    match i.slots.borrow().first() {
        Some(Some(Value::Tuple(t))) => Some(t.clone()),
        _ => None,
    }
}

/// The tuple inside an instance of a named tuple or of another tuple subclass (where C
/// code takes any tuple, PyTuple_Check: `"%s %s" % point`).
pub(crate) fn tuple_subclass_items(v: &Value) -> Option<Tup<Value>> {
    match payload(v) {
        Some(t) => Some(t),
        None => match super::builtin_base::payload(v) {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        },
    }
}

/// The items of a tuple or named tuple (for comparisons and concatenation).
fn tuple_like(v: &Value) -> Option<Tup<Value>> {
    match v {
        Value::Tuple(t) => Some(t.clone()),
        _ => payload(v),
    }
}

fn self_payload(args: &[Value], what: &str) -> PyResult<Tup<Value>> {
    match args.first().and_then(payload) {
        Some(t) => Ok(t),
        None => type_error(format!("descriptor '{what}' requires a 'tuple' object")),
    }
}

/// `cls(*args, **kwargs)` when cls is a named tuple class: the generated `__new__`.
pub(crate) fn instantiate(
    c: &Rc<Class>,
    a: &[Value],
    k: &[(Str, Value)],
) -> PyResult<Option<Value>> {
    let Some(info) = info_of(c) else {
        return Ok(None);
    };
    let mut args = Vec::with_capacity(a.len() + 1);
    args.push(class_value(c));
    args.extend(a.iter().cloned());
    let slots = crate::func::bind(&info.sig, args, k.to_vec())?;
    let n = info.fields.len();
    let nd = info.defaults.len();
    let mut items = Vec::with_capacity(n);
    for (i, s) in slots.into_iter().skip(1).enumerate() {
        match s {
            Some(v) => items.push(v),
            None => {
                let d = info
                    .defaults
                    .get(i + nd - n)
                    .cloned()
                    .unwrap_or(Value::None);
                items.push(d);
            }
        }
    }
    let obj = make(c, items);
    // A subclass's own __init__ runs as after tuple.__new__.
    if let Some(init) = c.lookup_value(&intern("__init__"))
        && !super::natives::is_object_method(&init, "__init__")
    {
        super::descr::call_descr(&init, &obj, a.to_vec(), k.to_vec(), c)?;
    }
    Ok(Some(obj))
}

/// A new instance of named tuple class `c` holding `items`.
fn make(c: &Rc<Class>, items: Vec<Value>) -> Value {
    let inst = Instance::alloc(c, vec![]);
    if let Some(s) = inst.slots.borrow_mut().first_mut() {
        *s = Some(Value::Tuple(Tup::from_vec(items)));
    }
    inst.value()
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn str_repr(s: &str) -> String {
    Value::str(s).repr_string().unwrap_or_default()
}

/// `collections.namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None)`.
pub fn namedtuple(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        name: "namedtuple",
        params: &[
            ("typename", ParamKind::Normal, false),
            ("field_names", ParamKind::Normal, false),
            ("rename", ParamKind::KeywordOnly, true),
            ("defaults", ParamKind::KeywordOnly, true),
            ("module", ParamKind::KeywordOnly, true),
        ],
    };
    let s = crate::func::bind(&SIG, args, kwargs)?;
    let g = |i: usize| s.get(i).cloned().flatten();
    let typename = match g(0) {
        Some(Value::Str(t)) => t.as_str().to_string(),
        Some(other) => other.str_string()?,
        None => String::new(),
    };
    let names: Vec<String> = match g(1).unwrap_or_default() {
        Value::Str(f) => f
            .as_str()
            .replace(',', " ")
            .split_whitespace()
            .map(str::to_string)
            .collect(),
        other => other
            .to_vec()?
            .into_iter()
            .map(|v| v.str_string())
            .collect::<PyResult<_>>()?,
    };
    let rename = g(2).map(|v| v.truthy()).unwrap_or(false);
    let mut names = names;
    if rename {
        let mut seen: Vec<String> = vec![];
        for (i, n) in names.iter_mut().enumerate() {
            if !is_identifier(n)
                || KEYWORDS.contains(&n.as_str())
                || n.starts_with('_')
                || seen.contains(n)
            {
                *n = format!("_{i}");
            }
            seen.push(n.clone());
        }
    }
    for n in std::iter::once(&typename).chain(names.iter()) {
        if !is_identifier(n) {
            return value_error(format!(
                "Type names and field names must be valid identifiers: {}",
                str_repr(n)
            ));
        }
        if KEYWORDS.contains(&n.as_str()) {
            return value_error(format!(
                "Type names and field names cannot be a keyword: {}",
                str_repr(n)
            ));
        }
    }
    let mut seen: Vec<&String> = vec![];
    for n in &names {
        if n.starts_with('_') && !rename {
            return value_error(format!(
                "Field names cannot start with an underscore: {}",
                str_repr(n)
            ));
        }
        if seen.contains(&n) {
            return value_error(format!("Encountered duplicate field name: {}", str_repr(n)));
        }
        seen.push(n);
    }
    let defaults = match g(3) {
        None | Some(Value::None) => vec![],
        Some(d) => d.to_vec()?,
    };
    if defaults.len() > names.len() {
        return type_error("Got more default values than field names");
    }
    let module = match g(4) {
        None | Some(Value::None) => "__main__".to_string(),
        Some(m) => m.str_string()?,
    };
    let fields: Vec<Str> = names.iter().map(|n| Str::from(n.as_str())).collect();
    let c = make_class(&typename, &module, fields, defaults)?;
    Ok(class_value(&c))
}

/// The named tuple class itself (namedtuple's class namespace).
pub(crate) fn make_class(
    typename: &str,
    module: &str,
    fields: Vec<Str>,
    defaults: Vec<Value>,
) -> PyResult<Rc<Class>> {
    let nd = defaults.len();
    let n = fields.len();
    let mut params: Vec<(&'static str, ParamKind, bool)> = vec![("_cls", ParamKind::Normal, false)];
    for (i, f) in fields.iter().enumerate() {
        params.push((leak(f.as_str().to_string()), ParamKind::Normal, i + nd >= n));
    }
    let sig = Sig {
        name: leak(format!("{typename}.__new__")),
        params: Box::leak(params.into_boxed_slice()),
    };
    let info = Rc::new(NtInfo {
        fields: fields.clone(),
        defaults: defaults.clone(),
        sig,
    });
    let d: Dict<Value, Value> = Dict::new();
    let set = |k: &str, v: Value| d.setitem(Value::str(k), v);
    set("__module__", Value::str(module))?;
    set(
        "__doc__",
        Value::Str(Str::from_string(format!(
            "{typename}({})",
            fields
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    )?;
    set("__slots__", Value::Tuple(Tup::from_vec(vec![])))?;
    let ftuple = Value::Tuple(Tup::from_vec(
        fields.iter().map(|f| Value::Str(f.clone())).collect(),
    ));
    set("_fields", ftuple.clone())?;
    set("__match_args__", ftuple)?;
    let fd = Dict::new();
    for (f, v) in fields[n - nd..].iter().zip(defaults.iter()) {
        fd.setitem(Value::Str(f.clone()), v.clone())?;
    }
    set("_field_defaults", Value::Dict(fd))?;
    let q = |m: &str| format!("{typename}.{m}");
    let fnames = fields.clone();
    set(
        "__repr__",
        function("__repr__", &q("__repr__"), move |a, _| {
            let t = self_payload(&a, "__repr__")?;
            let cname = match a.first() {
                Some(Value::Obj(o)) => match crate::object::inst(o) {
                    Some(i) => i.class.name().as_str().to_string(),
                    None => String::new(),
                },
                _ => String::new(),
            };
            let mut out = format!("{cname}(");
            for (i, (f, v)) in fnames.iter().zip(t.as_slice().iter()).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(f.as_str());
                out.push('=');
                out.push_str(&v.repr_string()?);
            }
            out.push(')');
            Ok(Value::Str(Str::from_string(out)))
        }),
    )?;
    let fnames = fields.clone();
    set(
        "_asdict",
        function("_asdict", &q("_asdict"), move |a, _| {
            let t = self_payload(&a, "_asdict")?;
            let d = Dict::new();
            for (f, v) in fnames.iter().zip(t.as_slice().iter()) {
                d.setitem(Value::Str(f.clone()), v.clone())?;
            }
            Ok(Value::Dict(d))
        }),
    )?;
    set(
        "_make",
        super::descr::classmethod(function("_make", &q("_make"), move |a, _| {
            let mut a = a.into_iter();
            let cls = a.next().and_then(|c| as_class(&c));
            let items = a.next().unwrap_or_default().to_vec()?;
            let Some(cls) = cls else {
                return type_error("_make() needs a class");
            };
            if items.len() != n {
                return type_error(format!("Expected {n} arguments, got {}", items.len()));
            }
            Ok(make(&cls, items))
        })),
    )?;
    let fnames = fields.clone();
    set(
        "_replace",
        function("_replace", &q("_replace"), move |a, k| {
            let t = self_payload(&a, "_replace")?;
            let cls = match a.first() {
                Some(Value::Obj(o)) => crate::object::inst(o).map(|i| i.class.clone()),
                _ => None,
            };
            let Some(cls) = cls else {
                return type_error("_replace() needs an instance");
            };
            let mut items = t.as_slice().to_vec();
            let mut left: Vec<(Str, Value)> = vec![];
            for (key, v) in k {
                match fnames.iter().position(|f| f == &key) {
                    Some(i) => {
                        if let Some(s) = items.get_mut(i) {
                            *s = v;
                        }
                    }
                    None => left.push((key, v)),
                }
            }
            if !left.is_empty() {
                let l = Value::List(crate::list::List::from_vec(
                    left.into_iter().map(|(k, _)| Value::Str(k)).collect(),
                ));
                return value_error(format!("Got unexpected field names: {}", l.repr_string()?));
            }
            Ok(make(&cls, items))
        }),
    )?;
    set(
        "__getnewargs__",
        function("__getnewargs__", &q("__getnewargs__"), |a, _| {
            Ok(Value::Tuple(self_payload(&a, "__getnewargs__")?))
        }),
    )?;
    // The tuple protocols (tuple's slots, inherited in CPython).
    let tm = |name: &'static str, f: fn(Tup<Value>, Vec<Value>) -> PyResult<Value>| {
        function(name, &format!("tuple.{name}"), move |a, k| {
            if !k.is_empty() {
                return type_error(format!("tuple.{name}() takes no keyword arguments"));
            }
            let t = self_payload(&a, name)?;
            f(t, a.into_iter().skip(1).collect())
        })
    };
    set(
        "__getitem__",
        tm("__getitem__", |t, a| {
            let key = a.into_iter().next().unwrap_or_default();
            if let Some((x, y, z)) = super::descr::slice_bounds(&key)? {
                return Value::Tuple(t).getslice(x, y, z);
            }
            Value::Tuple(t).getitem(&key)
        }),
    )?;
    set(
        "__len__",
        tm("__len__", |t, _| Ok(Value::int(t.as_slice().len() as i64))),
    )?;
    set(
        "__iter__",
        tm("__iter__", |t, _| {
            crate::genobj::iter_value(&Value::Tuple(t))
        }),
    )?;
    set(
        "__contains__",
        tm("__contains__", |t, a| {
            let x = a.into_iter().next().unwrap_or_default();
            Ok(Value::Bool(Value::Tuple(t).contains(&x)?))
        }),
    )?;
    set(
        "__hash__",
        tm("__hash__", |t, _| Ok(Value::int(Value::Tuple(t).hash()?))),
    )?;
    set(
        "count",
        tm("count", |t, a| {
            let x = a.into_iter().next().unwrap_or_default();
            let mut c = 0;
            for v in t.as_slice() {
                if v.py_is(&x) || v.eq(&x)? {
                    c += 1;
                }
            }
            Ok(Value::int(c))
        }),
    )?;
    set(
        "index",
        tm("index", |t, a| {
            let x = a.into_iter().next().unwrap_or_default();
            for (i, v) in t.as_slice().iter().enumerate() {
                if v.py_is(&x) || v.eq(&x)? {
                    return Ok(Value::int(i as i64));
                }
            }
            value_error("tuple.index(x): x not in tuple")
        }),
    )?;
    set(
        "__add__",
        tm("__add__", |t, a| {
            let o = a.into_iter().next().unwrap_or_default();
            match tuple_like(&o) {
                Some(u) => crate::value::binop(BinOp::Add, &Value::Tuple(t), &Value::Tuple(u)),
                None => Ok(super::not_implemented()),
            }
        }),
    )?;
    set(
        "__mul__",
        tm("__mul__", |t, a| {
            let o = a.into_iter().next().unwrap_or_default();
            match o {
                Value::Int(_) | Value::Bool(_) => {
                    crate::value::binop(BinOp::Mul, &Value::Tuple(t), &o)
                }
                _ => Ok(super::not_implemented()),
            }
        }),
    )?;
    set(
        "__rmul__",
        tm("__rmul__", |t, a| {
            let o = a.into_iter().next().unwrap_or_default();
            match o {
                Value::Int(_) | Value::Bool(_) => {
                    crate::value::binop(BinOp::Mul, &Value::Tuple(t), &o)
                }
                _ => Ok(super::not_implemented()),
            }
        }),
    )?;
    fn cmp(t: Tup<Value>, a: Vec<Value>, op: Option<CmpOp>, ne: bool) -> PyResult<Value> {
        let o = a.into_iter().next().unwrap_or_default();
        let Some(u) = tuple_like(&o) else {
            return Ok(super::not_implemented());
        };
        let (x, y) = (Value::Tuple(t), Value::Tuple(u));
        Ok(Value::Bool(match op {
            Some(op) => x.compare(&y, op)?,
            None => x.eq(&y)? != ne,
        }))
    }
    set("__eq__", tm("__eq__", |t, a| cmp(t, a, None, false)))?;
    set("__ne__", tm("__ne__", |t, a| cmp(t, a, None, true)))?;
    set(
        "__lt__",
        tm("__lt__", |t, a| cmp(t, a, Some(CmpOp::Lt), false)),
    )?;
    set(
        "__le__",
        tm("__le__", |t, a| cmp(t, a, Some(CmpOp::Le), false)),
    )?;
    set(
        "__gt__",
        tm("__gt__", |t, a| cmp(t, a, Some(CmpOp::Gt), false)),
    )?;
    set(
        "__ge__",
        tm("__ge__", |t, a| cmp(t, a, Some(CmpOp::Ge), false)),
    )?;
    // The field getters (_collections._tuplegetter: read-only data descriptors).
    for (i, f) in fields.iter().enumerate() {
        d.setitem(Value::Str(f.clone()), tuplegetter(i)?)?;
    }
    let obj = object_class();
    let c = Class::new_raw(
        typename,
        typename,
        module,
        vec![obj.clone()],
        vec![obj],
        d,
        None,
        Meta::Type,
        false,
        1,
    );
    *c.ext.borrow_mut() = Some(info as Rc<dyn Any>);
    Ok(c)
}

/// `_collections._tuplegetter(index, doc)`: the read-only data descriptor of a field,
/// reading item `index` of the instance's tuple (descr.rs dispatches to it natively, so
/// `p.x` costs no Python-level call).
pub struct TupleGetter {
    pub(crate) index: usize,
}

impl TupleGetter {
    /// tuplegetter_descr_get.
    pub(crate) fn get(&self, obj: &Value) -> PyResult<Value> {
        let item = |t: &Tup<Value>| match t.as_slice().get(self.index) {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::msg(ExcKind::IndexError, "tuple index out of range")),
        };
        if let Value::Obj(o) = obj
            && let Some(i) = crate::object::inst(o)
            && let Some(Some(Value::Tuple(t))) = i.slots.borrow().first()
            && info_of(&i.class).is_some()
        {
            return item(t);
        }
        // Any other tuple (CPython's PyTuple_Check).
        if let Some(t) = tuple_subclass_items(obj) {
            return item(&t);
        }
        if let Value::Tuple(t) = obj {
            return item(t);
        }
        type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            self.index,
            obj.class_name()
        ))
    }

    /// tuplegetter_descr_set.
    pub(crate) fn set(&self, value: Option<Value>) -> PyResult<()> {
        Err(PyErr::msg(
            ExcKind::AttributeError,
            match value {
                Some(_) => "can't set attribute",
                None => "can't delete attribute",
            },
        ))
    }
}

impl Object for TupleGetter {
    fn type_name(&self) -> &'static str {
        "_tuplegetter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        let index = self.index;
        match name {
            "__doc__" => Ok(Value::Str(Str::from_string(format!(
                "Alias for field number {index}"
            )))),
            "__get__" => {
                let me = this.clone();
                Ok(function(
                    "__get__",
                    "_tuplegetter.__get__",
                    move |a, _| match a.first() {
                        None => type_error("expected at least 1 argument, got 0"),
                        Some(Value::None) => Ok(Value::Obj(me.clone())),
                        Some(obj) => TupleGetter { index }.get(obj),
                    },
                ))
            }
            "__set__" | "__delete__" => {
                let set = name == "__set__";
                Ok(function(name, "_tuplegetter", move |_, _| {
                    TupleGetter { index }
                        .set(set.then_some(Value::None))
                        .map(|()| Value::None)
                }))
            }
            _ => Err(crate::attr::no_attr("_tuplegetter", name)),
        }
    }
}

fn tuplegetter(index: usize) -> PyResult<Value> {
    Ok(Value::Obj(Rc::new(TupleGetter { index })))
}

// ------------------------------------------------------------------ typing.NamedTuple

/// `typing.NamedTuple`: a function in 3.11; as a base class it makes the class statement
/// build a named tuple from the annotations (NamedTupleMeta.__new__).
pub struct NamedTupleFn;

impl Object for NamedTupleFn {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<function NamedTuple at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        // NamedTuple(typename, [(name, type), ...]).
        if !kwargs.is_empty() {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: NamedTuple() with keyword fields is not supported",
            ));
        }
        let mut a = args.into_iter();
        let (Some(Value::Str(name)), Some(fs), None) = (a.next(), a.next(), a.next()) else {
            return type_error("NamedTuple() expects a type name and a list of fields");
        };
        let mut fields = vec![];
        for f in fs.to_vec()? {
            let pair = f.to_vec()?;
            match pair.first() {
                Some(Value::Str(s)) if pair.len() == 2 => fields.push(s.clone()),
                _ => {
                    return type_error(
                        "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type",
                    );
                }
            }
        }
        Ok(class_value(&make_class(
            name.as_str(),
            "__main__",
            fields,
            vec![],
        )?))
    }
}

thread_local! {
    static NT_FN: Value = Value::Obj(Rc::new(NamedTupleFn));
}

pub fn namedtuple_fn() -> Value {
    NT_FN.with(|v| v.clone())
}

fn is_nt_fn(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.as_any().is::<NamedTupleFn>())
}

/// `class X(NamedTuple): ...`: the named tuple class, or None when no base is
/// typing.NamedTuple.
pub(crate) fn class_statement(
    name: &str,
    module: &str,
    bases: &[Value],
    ns: &[(Str, Value)],
) -> PyResult<Option<Value>> {
    if !bases.iter().any(is_nt_fn) {
        return Ok(None);
    }
    if bases.len() != 1 {
        return type_error("can only inherit from a NamedTuple type and Generic");
    }
    let anns = ns
        .iter()
        .find(|(k, _)| k.as_str() == "__annotations__")
        .map(|(_, v)| v.clone());
    let fields: Vec<Str> = match &anns {
        Some(Value::Dict(d)) => d
            .keys_vec()
            .into_iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s),
                _ => None,
            })
            .collect(),
        _ => vec![],
    };
    let mut defaults = vec![];
    let mut default_names: Vec<&str> = vec![];
    for f in &fields {
        match ns.iter().find(|(k, _)| k == f) {
            Some((_, v)) => {
                defaults.push(v.clone());
                default_names.push(f.as_str());
            }
            None if !default_names.is_empty() => {
                let s = if default_names.len() > 1 { "s" } else { "" };
                return type_error(format!(
                    "Non-default namedtuple field {f} cannot follow default field{s} {}",
                    default_names.join(", ")
                ));
            }
            None => {}
        }
    }
    let module = ns
        .iter()
        .find(|(k, _)| k.as_str() == "__module__")
        .and_then(|(_, v)| match v {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .unwrap_or_else(|| module.to_string());
    let c = make_class(name, &module, fields.clone(), defaults)?;
    // _make_nmtuple: `nm_tpl.__annotations__ = types`, a new dict of the fields' types.
    if let Some(Value::Dict(d)) = &anns {
        let types = crate::dict::Dict::new();
        for (k, v) in d.items_vec() {
            types.setitem(k, v)?;
        }
        c.set_attr(&Str::from("__annotations__"), Value::Dict(types))?;
    }
    const PROHIBITED: &[&str] = &[
        "__new__",
        "__init__",
        "__slots__",
        "__getnewargs__",
        "_fields",
        "_field_defaults",
        "_make",
        "_replace",
        "_asdict",
        "_source",
    ];
    for (k, v) in ns {
        let ks = k.as_str();
        if PROHIBITED.contains(&ks) {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("Cannot overwrite NamedTuple attribute {ks}"),
            ));
        }
        if matches!(
            ks,
            "__module__" | "__name__" | "__annotations__" | "__qualname__"
        ) || fields.contains(k)
        {
            continue;
        }
        c.set_attr(k, v.clone())?;
    }
    Ok(Some(class_value(&c)))
}
