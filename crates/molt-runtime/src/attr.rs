//! Attribute access on every value: `getattr`, `setattr`, `delattr`, `hasattr` and method
//! calls, for instances and classes (class/), runtime objects, and builtin values (data
//! attributes such as `.real` and `e.args`, and methods as bound-method values:
//! `f = xs.append; f(3)`). Names are interned `Str`s with cached hashes, so a lookup in a
//! class cache is a pointer-keyed probe.
//!
//! An AttributeError escaping an attribute access records the object and the name, from
//! which an uncaught error's traceback adds CPython 3.11's "Did you mean" suggestion
//! (Python/suggestions.c, computed over `dir(obj)`); `str(e)` never includes it.

use crate::class::Class;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static INTERNED: RefCell<hashbrown::HashMap<Box<str>, Str>> =
        RefCell::new(hashbrown::HashMap::new());
}

/// The interned `Str` for an attribute name (its Python hash computed once).
pub fn intern(name: &str) -> Str {
    INTERNED.with(|t| {
        if let Some(s) = t.borrow().get(name) {
            return s.clone();
        }
        let s = Str::from(name);
        s.hash();
        t.borrow_mut().insert(name.into(), s.clone());
        s
    })
}

thread_local! {
    // A direct-mapped cache in front of INTERNED for the names compiled code uses, keyed by
    // the address of their `&'static str` (static text never changes, so the address
    // alone identifies it): attribute access skips hashing the name.
    static STATIC_NAMES: RefCell<[Option<(usize, usize, Str)>; 256]> =
        const { RefCell::new([const { None }; 256]) };
}

/// `intern` for a name in the program's text (compiled attribute accesses).
#[inline]
pub fn intern_static(name: &'static str) -> Str {
    let (p, n) = (name.as_ptr() as usize, name.len());
    let slot = (p >> 3) & 255;
    STATIC_NAMES.with(|c| {
        if let Some((q, m, s)) = &c.borrow()[slot]
            && *q == p
            && *m == n
        {
            return s.clone();
        }
        let s = intern(name);
        c.borrow_mut()[slot] = Some((p, n, s.clone()));
        s
    })
}

/// `'T' object has no attribute 'name'`.
pub fn no_attr(type_name: &str, name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'{type_name}' object has no attribute '{name}'"),
    )
}

/// `type object 'C' has no attribute 'name'`.
pub fn no_attr_type(class_name: &str, name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("type object '{class_name}' has no attribute '{name}'"),
    )
}

/// An AttributeError about `obj.name` that records both for suggestions.
pub fn attr_error(obj: &Value, name: &Str, msg: &str) -> PyErr {
    PyErr::msg(ExcKind::AttributeError, msg).with_attr_context(obj, name)
}

pub(crate) fn with_ctx(r: PyResult<Value>, v: &Value, name: &str) -> PyResult<Value> {
    r.map_err(|e| {
        if e.kind() == ExcKind::AttributeError {
            e.with_attr_context(v, &intern(name))
        } else {
            e
        }
    })
}

/// The instance behind a value (user exception errors count as their instance).
fn as_obj(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) => Some(o),
        Value::Exc(e) => e.instance(),
        _ => None,
    }
}

/// `v.name`.
pub fn getattr(v: &Value, name: &str) -> PyResult<Value> {
    getattr_with(v, name, || intern(name))
}

/// `v.name` for a name in the program's text (what compiled code calls).
#[inline]
pub fn getattr_static(v: &Value, name: &'static str) -> PyResult<Value> {
    getattr_with(v, name, || intern_static(name))
}

#[inline]
fn getattr_with(v: &Value, name: &str, interned: impl FnOnce() -> Str) -> PyResult<Value> {
    let r = match as_obj(v) {
        Some(o) => {
            if let Some(i) = crate::object::inst(o) {
                i.get_attr(o, &interned())
            } else {
                o.getattr(o, name)
                    .or_else(|e| object_fallback(o, v, name, e))
            }
        }
        None => builtin_getattr(v, name),
    };
    with_ctx(r, v, name)
}

/// The attributes every runtime object has, when its own getattr has no answer.
fn object_fallback(o: &ObjRef, v: &Value, name: &str, e: PyErr) -> PyResult<Value> {
    if e.kind() != ExcKind::AttributeError {
        return Err(e);
    }
    match name {
        "__class__" => crate::class::type_of(v),
        "__doc__" if o.as_any().is::<crate::func::Function>() => Ok(Value::None),
        // A method of a stdlib object as a value (`push = dq.append`, hasattr).
        _ if crate::modules::object_methods::has_method(o.type_name(), name) => {
            Ok(bound_builtin(v.clone(), name))
        }
        _ => Err(e),
    }
}

/// `getattr(v, name, default)`: the default for an AttributeError only.
pub fn getattr_default(v: &Value, name: &str, default: Value) -> PyResult<Value> {
    match getattr(v, name) {
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(default),
        r => r,
    }
}

/// `hasattr(v, name)`.
pub fn hasattr(v: &Value, name: &str) -> PyResult<bool> {
    // A stdlib class's attribute molt cannot give as a value still exists.
    if crate::modules::callable::stdlib_class_has(v, name) {
        return Ok(true);
    }
    match getattr(v, name) {
        Ok(_) => Ok(true),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(false),
        Err(e) => Err(e),
    }
}

/// The attribute name argument of getattr() & co. given as a value.
pub fn name_arg(name: &Value) -> PyResult<Str> {
    match name {
        Value::Str(s) => Ok(intern(s.as_str())),
        other => type_error(format!(
            "attribute name must be string, not '{}'",
            other.class_name()
        )),
    }
}

/// `v.name = x`.
pub fn setattr(v: &Value, name: &str, x: Value) -> PyResult<()> {
    setattr_with(v, name, x, || intern(name))
}

/// `v.name = x` for a name in the program's text.
#[inline]
pub fn setattr_static(v: &Value, name: &'static str, x: Value) -> PyResult<()> {
    setattr_with(v, name, x, || intern_static(name))
}

#[inline]
fn setattr_with(v: &Value, name: &str, x: Value, interned: impl FnOnce() -> Str) -> PyResult<()> {
    match as_obj(v) {
        Some(o) => {
            if let Some(i) = crate::object::inst(o) {
                return i.set_attr(o, &interned(), x);
            }
            o.setattr(o, name, x)
        }
        None => match v {
            Value::Exc(e) => exc_setattr(e, name, x),
            _ => builtin_setattr(v, name),
        },
    }
}

/// The writable attributes of a builtin exception: its chaining (BaseException_getset,
/// and `__suppress_context__`, a bool member).
fn exc_setattr(e: &PyErr, name: &str, x: Value) -> PyResult<()> {
    let as_exc = |what: &str| -> PyResult<Option<PyErr>> {
        if x.is_none() {
            return Ok(None);
        }
        match crate::class::value_err(&x) {
            Some(c) => Ok(Some(c)),
            None => crate::exc::type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )),
        }
    };
    match name {
        "__context__" => {
            e.set_context(as_exc("context")?);
            Ok(())
        }
        "__cause__" => {
            e.set_cause(as_exc("cause")?);
            Ok(())
        }
        "__suppress_context__" => match x {
            Value::Bool(b) => {
                e.set_suppress_context(b);
                Ok(())
            }
            _ => crate::exc::type_error("attribute value type must be bool"),
        },
        // BaseException instances have a __dict__; molt keeps this one key for them.
        "__notes__" => {
            e.set_notes(x);
            Ok(())
        }
        _ => builtin_setattr(&Value::Exc(e.clone()), name),
    }
}

/// `del v.name`.
pub fn delattr(v: &Value, name: &str) -> PyResult<()> {
    match as_obj(v) {
        Some(o) => {
            if let Some(i) = crate::object::inst(o) {
                return i.del_attr(o, &intern(name));
            }
            o.delattr(o, name)
        }
        None => {
            if let Value::Exc(_) = v
                && let Some(e) = crate::class::exc_del_error(name)
            {
                return Err(e);
            }
            builtin_setattr(v, name)
        }
    }
}

fn builtin_setattr(v: &Value, name: &str) -> PyResult<()> {
    if type_has(v, name) {
        return Err(PyErr::msg(
            ExcKind::AttributeError,
            format!(
                "attribute '{name}' of '{}' objects is not writable",
                v.class_name()
            ),
        ));
    }
    Err(no_attr(v.class_name(), name))
}

/// `v.name(*args, **kwargs)` without a bound-method object for functions found on a
/// class; builtin values use the runtime's method dispatch.
pub fn call_method(
    v: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    call_method_with(v, name, args, kwargs, || intern(name))
}

pub use crate::class::ic::{Site, SiteKey};

/// A new attribute-access site for the inline caches (`rt::attr::*_ic`): a thread-local
/// static of its own at each place the macro is used.
#[macro_export]
macro_rules! site {
    () => {{
        ::std::thread_local! {
            static SITE: $crate::attr::Site = const { $crate::attr::Site::new() };
        }
        &SITE
    }};
}

// The wrappers below are inlined into the program, where the site's thread-local is a
// known static: its access compiles to a direct load instead of a call through
// `LocalKey`'s accessor pointer.

/// `v.name` at a site of the program, through its inline cache.
#[inline(always)]
pub fn getattr_ic(v: &Value, name: &'static str, site: &'static SiteKey) -> PyResult<Value> {
    site.with(|s| crate::class::ic::getattr(v, name, s))
}

/// `v.name = x` at a site of the program, through its inline cache.
#[inline(always)]
pub fn setattr_ic(v: &Value, name: &'static str, x: Value, site: &'static SiteKey) -> PyResult<()> {
    site.with(|s| crate::class::ic::setattr(v, name, x, s))
}

/// `v.name(...)` at a site of the program, through its inline cache; `args[0]` is a free
/// slot (the receiver goes there when the method is a function on the class).
#[inline(always)]
pub fn call_method_ic(
    v: &Value,
    name: &'static str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    site: &'static SiteKey,
) -> PyResult<Value> {
    site.with(|s| crate::class::ic::call_method(v, name, args, kwargs, s))
}

/// `v.name(*args[1..])` at a site of the program, the arguments in the caller's array
/// (`args[0]` is the free slot, as for `call_method_ic`).
#[inline(always)]
pub fn call_method_ic_pos(
    v: &Value,
    name: &'static str,
    args: &mut [Value],
    site: &'static SiteKey,
) -> PyResult<Value> {
    site.with(|s| crate::class::ic::call_method_pos(v, name, args, s))
}

/// `v.name(...)` for a name in the program's text.
#[inline]
pub fn call_method_static(
    v: &Value,
    name: &'static str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    call_method_with(v, name, args, kwargs, || intern_static(name))
}

#[inline]
fn call_method_with(
    v: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    interned: impl FnOnce() -> Str,
) -> PyResult<Value> {
    match as_obj(v) {
        Some(o) => {
            if let Some(i) = crate::object::inst(o) {
                let n = interned();
                return i.call_attr(o, &n, args, kwargs);
            }
            o.call_method(o, name, args, kwargs)
        }
        None => {
            if !type_has(v, name) {
                return Err(no_attr(v.class_name(), name).with_attr_context(v, &intern(name)));
            }
            builtin_method(v, name, args, kwargs)
        }
    }
}

/// A method of a builtin value: the runtime's dispatch, plus the dunders that map onto
/// operations.
fn builtin_method(
    v: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if let Value::Exc(_) = v {
        return exc_method(v, name, args, kwargs);
    }
    if name.starts_with("__") && name.ends_with("__") {
        return builtin_dunder(v, name, args, kwargs);
    }
    crate::methods::call_method(v, name, args, kwargs)
}

fn exc_method(
    v: &Value,
    name: &str,
    args: Vec<Value>,
    _kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    match (name, args.len()) {
        ("with_traceback", 1) => Ok(v.clone()),
        ("add_note", 1) => match (v, args.into_iter().next()) {
            (Value::Exc(e), Some(note)) => e.add_note(note).map(|()| Value::None),
            _ => Ok(Value::None),
        },
        ("add_note", n) => Err(PyErr::msg(
            ExcKind::TypeError,
            format!("BaseException.add_note() takes exactly one argument ({n} given)"),
        )),
        ("__str__", 0) => Ok(Value::Str(Str::from_string(v.str_string()?))),
        ("__repr__", 0) => Ok(Value::Str(Str::from_string(v.repr_string()?))),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: {}.{name}() is not supported", v.class_name()),
        )),
    }
}

/// The dunder methods of builtin values that are plain operations.
fn builtin_dunder(
    v: &Value,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return type_error(format!(
            "{}.{name}() takes no keyword arguments",
            v.class_name()
        ));
    }
    if let Some(r) = crate::dunder::call(v, name, &args) {
        return r;
    }
    let n = args.len();
    let arity = |k: usize| -> PyResult<()> {
        if n == k {
            Ok(())
        } else {
            type_error(format!(
                "expected {k} argument{}, got {n}",
                if k == 1 { "" } else { "s" }
            ))
        }
    };
    let mut a = args.into_iter();
    Ok(match name {
        "__len__" => {
            arity(0)?;
            Value::int(v.len()? as i64)
        }
        "__repr__" => {
            arity(0)?;
            Value::Str(Str::from_string(v.repr_string()?))
        }
        "__str__" => {
            arity(0)?;
            Value::Str(Str::from_string(v.str_string()?))
        }
        "__hash__" => {
            arity(0)?;
            Value::int(v.hash()?)
        }
        "__getitem__" => {
            arity(1)?;
            v.getitem(&a.next().unwrap_or_default())?
        }
        "__setitem__" => {
            arity(2)?;
            let k = a.next().unwrap_or_default();
            v.setitem(k, a.next().unwrap_or_default())?;
            Value::None
        }
        "__delitem__" => {
            arity(1)?;
            v.delitem(&a.next().unwrap_or_default())?;
            Value::None
        }
        "__contains__" => {
            arity(1)?;
            Value::Bool(v.contains(&a.next().unwrap_or_default())?)
        }
        "__iter__" => {
            arity(0)?;
            crate::genobj::iter_value(v)?
        }
        "__next__" => {
            arity(0)?;
            crate::genobj::next_value(v)?
        }
        "__format__" => {
            arity(1)?;
            match a.next() {
                Some(Value::Str(s)) => Value::Str(Str::from_string(crate::format::format_value(
                    v,
                    s.as_str(),
                )?)),
                Some(o) => {
                    return type_error(format!(
                        "__format__() argument must be str, not {}",
                        o.class_name()
                    ));
                }
                None => Value::None,
            }
        }
        _ => {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!(
                    "molt: calling {}.{name} directly is not supported",
                    v.class_name()
                ),
            ));
        }
    })
}

/// `call_method_static` at a call site that remembers (`checked`) the kind of builtin
/// value whose type was last found to have the method: for a builtin value whose type is
/// fixed by its kind (not an object, a dict view or an exception), the check is done once
/// per site and kind instead of at every call.
pub(crate) fn call_method_site(
    v: &Value,
    name: &'static str,
    args: Vec<Value>,
    checked: &std::cell::Cell<Option<std::mem::Discriminant<Value>>>,
) -> PyResult<Value> {
    if matches!(v, Value::Obj(_) | Value::View(..) | Value::Exc(_)) {
        return call_method_static(v, name, args, vec![]);
    }
    let d = std::mem::discriminant(v);
    if checked.get() != Some(d) {
        if !type_has(v, name) {
            return Err(no_attr(v.class_name(), name).with_attr_context(v, &intern(name)));
        }
        checked.set(Some(d));
    }
    builtin_method(v, name, args, vec![])
}

/// Whether the builtin type of `v` has the attribute (dir(type(v))).
fn type_has(v: &Value, name: &str) -> bool {
    // Builtin iterators (str_ascii_iterator, list_iterator, ...): the iterator protocol.
    if let Value::Iter(_) = v {
        return matches!(name, "__next__" | "__iter__");
    }
    // The one named method of the set-like dict views (dictviews_methods).
    if let Value::View(crate::value::ViewKind::Keys | crate::value::ViewKind::Items, _) = v {
        return name == "isdisjoint";
    }
    // The methods exc_method implements for builtin exception values.
    if let Value::Exc(_) = v {
        return matches!(name, "with_traceback" | "add_note" | "__str__" | "__repr__");
    }
    // The tables are CPython's dir() lists, sorted (a test keeps them so): a binary
    // search, not a scan of ~80 names at every dynamic method call.
    type_dir(v).is_some_and(|d| d.binary_search(&name).is_ok())
}

/// `dir(type(v))` of a builtin value, from CPython's tables.
fn type_dir(v: &Value) -> Option<&'static [&'static str]> {
    let t = match v {
        Value::None => "NoneType",
        Value::Exc(_) => return None,
        Value::Obj(_) | Value::Iter(_) | Value::View(..) => return None,
        other => other.class_name(),
    };
    crate::class::type_dir_table(t)
}

/// `v.name` for builtin values: data attributes, then methods as bound methods.
fn builtin_getattr(v: &Value, name: &str) -> PyResult<Value> {
    match crate::value::getattr(v, name) {
        Ok(x) => return Ok(x),
        Err(e) if e.kind() != ExcKind::AttributeError => return Err(e),
        Err(_) => {}
    }
    if name == "__class__" {
        return crate::class::type_of(v);
    }
    if let Value::Exc(e) = v {
        return match name {
            "__cause__" => Ok(e.cause().map_or(Value::None, |c| c.to_value())),
            "__context__" => Ok(e.context().map_or(Value::None, |c| c.to_value())),
            "__suppress_context__" => Ok(Value::Bool(e.suppress_context())),
            "__traceback__" => Ok(Value::None),
            "__notes__" => e.notes().ok_or_else(|| no_attr(e.kind().name(), name)),
            "with_traceback" | "add_note" | "__str__" | "__repr__" => {
                Ok(bound_builtin(v.clone(), name))
            }
            "__doc__" => crate::attr::getattr(&crate::class::exc_type(e.kind()), "__doc__"),
            _ => Err(no_attr(e.kind().name(), name)),
        };
    }
    if name == "__doc__" && type_has(v, name) {
        return Ok(Value::None);
    }
    if type_has(v, name) {
        return Ok(bound_builtin(v.clone(), name));
    }
    Err(no_attr(v.class_name(), name))
}

// ------------------------------------------------------------------ bound builtin methods

/// A builtin method bound to its receiver (`xs.append` as a value).
pub struct BoundBuiltin {
    pub recv: Value,
    pub name: Str,
}

/// `recv.name` as a callable value.
pub fn bound_builtin(recv: Value, name: &str) -> Value {
    Value::Obj(Rc::new(BoundBuiltin {
        recv,
        name: intern(name),
    }))
}

impl Object for BoundBuiltin {
    fn type_name(&self) -> &'static str {
        if self.name.as_str().starts_with("__") {
            "method-wrapper"
        } else {
            "builtin_function_or_method"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let addr = crate::builtins::id(&self.recv);
        if self.name.as_str().starts_with("__") {
            out.push_str(&format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                self.name,
                self.recv.class_name(),
                addr.as_i64().unwrap_or(0)
            ));
        } else {
            out.push_str(&format!(
                "<built-in method {} of {} object at {:#x}>",
                self.name,
                self.recv.class_name(),
                addr.as_i64().unwrap_or(0)
            ));
        }
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(match other {
            Value::Obj(o) => match downcast::<BoundBuiltin>(o) {
                Some(b) => b.recv.py_is(&self.recv) && b.name == self.name,
                None => false,
            },
            _ => false,
        }))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::builtins::id(&self.recv).as_i64().unwrap_or(0) ^ self.name.hash())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__self__" => Ok(self.recv.clone()),
            "__name__" => Ok(Value::Str(self.name.clone())),
            "__qualname__" => Ok(Value::Str(Str::from_string(format!(
                "{}.{}",
                self.recv.type_name_attr(),
                self.name
            )))),
            "__doc__" => Ok(Value::None),
            _ => Err(no_attr(self.type_name(), name)),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        call_method(&self.recv, self.name.as_str(), args, kwargs)
    }
}

// ------------------------------------------------------------------ vars, dir, iter, next

/// `vars(v)`: an instance's `__dict__` (the live dict), a class's mappingproxy.
pub fn vars(v: &Value) -> PyResult<Value> {
    match getattr(v, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if e.matches(ExcKind::AttributeError) => {
            type_error("vars() argument must have __dict__ attribute")
        }
        Err(e) => Err(e),
    }
}

/// The names `dir(v)` lists, sorted.
pub fn dir_names(v: &Value) -> Vec<Str> {
    let mut names: Vec<Str> = vec![];
    let mut seen = hashbrown::HashSet::new();
    let mut add = |s: Str| {
        if seen.insert(s.as_str().to_string()) {
            names.push(s);
        }
    };
    match as_obj(v) {
        Some(o) => {
            if let Some(i) = crate::object::inst(o) {
                // The dict's keys and the set layout fields (class/layout.rs).
                for k in i.own_names() {
                    if let Value::Str(s) = k {
                        add(s);
                    }
                }
                add_class_names(i.class(), &mut add);
            } else if let Some(c) = o.as_any().downcast_ref::<Class>() {
                add_class_names(c, &mut add);
            } else if let Some(t) = crate::class::type_dir_table(o.type_name()) {
                for n in t {
                    add(Str::from(*n));
                }
            } else if let Some(t) = crate::class::type_dir_table("object") {
                for n in t {
                    add(Str::from(*n));
                }
            }
        }
        None => match v {
            Value::Exc(e) => {
                for n in crate::class::exc_dir(e.kind()) {
                    add(Str::from(n));
                }
            }
            _ => {
                if let Some(t) = type_dir(v) {
                    for n in t {
                        add(Str::from(*n));
                    }
                }
            }
        },
    }
    names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    names
}

fn add_class_names(c: &Class, add: &mut impl FnMut(Str)) {
    for k in crate::class::class_dir_names(c) {
        add(k);
    }
}

/// `dir(v)` as a list.
pub fn dir(v: &Value) -> PyResult<Value> {
    Ok(Value::List(crate::list::List::from_vec(
        dir_names(v).into_iter().map(Value::Str).collect(),
    )))
}

/// `callable(v)`.
pub fn callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o.is_callable(),
        _ => false,
    }
}

// ------------------------------------------------------------------ suggestions

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// levenshtein_distance of Python/suggestions.c (on UTF-8 bytes, with its early exits).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// calculate_suggestions: the closest name in `dir` (None when nothing is close).
pub fn closest_name(dir: &[Str], name: &str) -> Option<Str> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&Str, usize)> = None;
    for item in dir {
        if item.as_str() == name {
            continue;
        }
        let mut max_distance = (name.len() + item.as_str().len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_str().as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

/// The "Did you mean" suggestion for `obj.name` (offer_suggestions_for_attribute_error).
pub fn suggestion(obj: &Value, name: &Str) -> Option<String> {
    let names = dir_names(obj);
    closest_name(&names, name.as_str()).map(|s| s.as_str().to_string())
}

// ------------------------------------------------------------------ builtins of the object model

fn name_of(v: &Value) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => type_error(format!(
            "attribute name must be string, not '{}'",
            v.class_name()
        )),
    }
}

/// The builtins of the object model called with dynamic arguments (getattr, setattr,
/// issubclass, property, ...): `Ok(None)` for other names.
pub fn object_builtin(name: &str, a: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Option<Value>> {
    use crate::modules::util::{clinic_count, no_kwargs};
    let arg = |i: usize| a.get(i).cloned().unwrap_or_default();
    // Positional-only builtins: no keywords, and a count check.
    let positional = |min: usize, max: usize| -> PyResult<()> {
        no_kwargs(name, kwargs)?;
        clinic_count(name, a.len(), min, max)
    };
    Ok(Some(match name {
        "getattr" => {
            positional(2, 3)?;
            let n = name_of(&a[1])?;
            match a.get(2) {
                Some(d) => getattr_default(&a[0], n.as_str(), d.clone())?,
                None => getattr(&a[0], n.as_str())?,
            }
        }
        "setattr" => {
            positional(3, 3)?;
            setattr(&a[0], name_of(&a[1])?.as_str(), arg(2))?;
            Value::None
        }
        "delattr" => {
            positional(2, 2)?;
            delattr(&a[0], name_of(&a[1])?.as_str())?;
            Value::None
        }
        "hasattr" => {
            positional(2, 2)?;
            Value::Bool(hasattr(&a[0], name_of(&a[1])?.as_str())?)
        }
        "isinstance" => {
            positional(2, 2)?;
            Value::Bool(crate::class::isinstance(&a[0], &a[1])?)
        }
        "issubclass" => {
            positional(2, 2)?;
            Value::Bool(crate::class::issubclass(&a[0], &a[1])?)
        }
        "vars" => {
            positional(1, 1)?;
            vars(&a[0])?
        }
        "dir" => {
            positional(1, 1)?;
            dir(&a[0])?
        }
        "staticmethod" => {
            positional(1, 1)?;
            crate::class::staticmethod(arg(0))
        }
        "classmethod" => {
            positional(1, 1)?;
            crate::class::classmethod(arg(0))
        }
        "property" => {
            clinic_count(name, a.len(), 0, 4)?;
            let mut p = [Value::None, Value::None, Value::None, Value::None];
            for (i, v) in a.iter().enumerate() {
                p[i] = v.clone();
            }
            for (k, v) in kwargs {
                let i = match k.as_str() {
                    "fget" => 0,
                    "fset" => 1,
                    "fdel" => 2,
                    "doc" => 3,
                    other => {
                        return type_error(format!(
                            "property() got an unexpected keyword argument '{other}'"
                        ));
                    }
                };
                p[i] = v.clone();
            }
            let [g, s, d, doc] = p;
            crate::class::property(g, s, d, doc)
        }
        "slice" => {
            positional(1, 3)?;
            match a.len() {
                1 => crate::class::slice(Value::None, arg(0), Value::None),
                _ => crate::class::slice(arg(0), arg(1), arg(2)),
            }
        }
        "object" => {
            if !a.is_empty() || !kwargs.is_empty() {
                return type_error("object() takes no arguments");
            }
            crate::func::call(&crate::class::builtin_class("object")?, vec![], vec![])?
        }
        "type" if a.len() == 3 => {
            let (Value::Str(n), Value::Tuple(bases), Value::Dict(ns)) = (&a[0], &a[1], &a[2])
            else {
                return type_error("type() argument 1 must be str, 2 a tuple, 3 a dict");
            };
            let mut items = vec![];
            for (k, v) in ns.items_vec() {
                match k {
                    Value::Str(k) => items.push((k, v)),
                    _ => return type_error("type() namespace keys must be strings"),
                }
            }
            crate::class::new_class(
                n.as_str(),
                n.as_str(),
                "__main__",
                bases.as_slice().to_vec(),
                items,
                kwargs.to_vec(),
            )?
        }
        "type" => {
            no_kwargs(name, kwargs)?;
            if a.len() != 1 {
                return type_error("type() takes 1 or 3 arguments");
            }
            crate::class::type_of(&a[0])?
        }
        _ => return Ok(None),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_matches_cpython() {
        // Values from CPython's test_suggestions (_testinternalcapi._Py_UTF8_Edit_Cost).
        let d = |a: &str, b: &str| levenshtein(a.as_bytes(), b.as_bytes(), 1000);
        assert_eq!(d("", ""), 0);
        assert_eq!(d("", "a"), 2);
        assert_eq!(d("a", "A"), 1);
        assert_eq!(d("Apple", "Aple"), 2);
        assert_eq!(d("Banana", "B@n@n@"), 6);
        assert_eq!(d("Cherry", "Cherry!"), 2);
        assert_eq!(d("---0---", "------"), 2);
        assert_eq!(d("abc", "y"), 6);
        assert_eq!(d("aa", "bb"), 4);
        assert_eq!(d("aaaaa", "AAAAA"), 5);
        assert_eq!(d("wxyz", "wXyZ"), 2);
        assert_eq!(d("wxyz", "wXyZ123"), 8);
        assert_eq!(d("Python", "Java"), 12);
        assert_eq!(d("Java", "C#"), 8);
        assert_eq!(
            d("AbstractFoobarManager", "abstract_foobar_manager"),
            3 + 2 * 2
        );
        assert_eq!(d("CPython", "PyPy"), 10);
        assert_eq!(d("CPython", "pypy"), 11);
        assert_eq!(d("AttributeError", "AttributeErrop"), 2);
        assert_eq!(d("AttributeError", "AttributeErrorTests"), 10);
    }
}
