//! Exceptions as classes: the builtin exception classes as `Class` objects, user
//! exception classes (instances carry args, cause and context; a raised instance travels
//! inside its `PyErr` so `except ... as e` gives back the same object), `except C:`
//! matching and `raise ... from ...` (Objects/exceptions.c, Python/ceval.c do_raise).

use super::descr::{GetSetKind, getset};
use super::instance::Instance;
use super::natives::{NKind, NativeCall, NativeFn};
use super::{Builtin, Class, as_class, builtin, class_value, instance_class};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::PyObj;
use crate::object::{ObjRef, downcast};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::rc::Rc;

/// The fields of BaseException's C struct, for instances of user exception classes.
pub(crate) struct ExcState {
    pub args: Vec<Value>,
    pub cause: Option<PyErr>,
    pub context: Option<PyErr>,
    pub suppress_context: bool,
}

impl ExcState {
    pub(crate) fn new(args: Vec<Value>) -> ExcState {
        ExcState {
            args,
            cause: None,
            context: None,
            suppress_context: false,
        }
    }
}

/// The class of a builtin exception, as a value.
pub fn exc_type(kind: ExcKind) -> Value {
    class_value(&builtin(Builtin::Exc(kind)))
}

fn native(owner: &'static str, name: &'static str, kind: NKind, f: NativeCall) -> Value {
    Value::Obj(Rc::new(NativeFn {
        name,
        owner,
        kind,
        f,
    }))
}

/// The dict of a builtin exception class.
pub(crate) fn exc_class_dict(k: ExcKind) -> Dict<Value, Value> {
    let d = Dict::new();
    let owner = k.name();
    let set = |n: &str, v: Value| {
        let _ = d.setitem(Value::str(n), v);
    };
    let doc = super::tables::EXC_DICTS
        .iter()
        .find(|(n, _, _)| *n == k.name())
        .map(|(_, _, doc)| *doc);
    if k == ExcKind::BaseException {
        set("__new__", native(owner, "__new__", NKind::Static, exc_new));
        set(
            "__init__",
            native(owner, "__init__", NKind::Method, exc_init),
        );
        set(
            "__repr__",
            native(owner, "__repr__", NKind::Method, exc_repr),
        );
        set("__str__", native(owner, "__str__", NKind::Method, exc_str));
        set(
            "__reduce__",
            native(owner, "__reduce__", NKind::Method, exc_unsupported),
        );
        set(
            "__setstate__",
            native(owner, "__setstate__", NKind::Method, exc_unsupported),
        );
        set(
            "with_traceback",
            native(owner, "with_traceback", NKind::Method, exc_with_traceback),
        );
        set(
            "add_note",
            native(owner, "add_note", NKind::Method, exc_add_note),
        );
        set("args", getset(GetSetKind::Args, "BaseException"));
        set(
            "__traceback__",
            getset(GetSetKind::Traceback, "BaseException"),
        );
        set("__context__", getset(GetSetKind::Context, "BaseException"));
        set("__cause__", getset(GetSetKind::Cause, "BaseException"));
        set(
            "__suppress_context__",
            getset(GetSetKind::SuppressContext, "BaseException"),
        );
        set("__dict__", getset(GetSetKind::Dict, "BaseException"));
    }
    if k == ExcKind::KeyError {
        set(
            "__str__",
            native(owner, "__str__", NKind::Method, keyerror_str),
        );
    }
    match doc {
        Some(doc) => set("__doc__", Value::str(doc)),
        None => set("__doc__", Value::None),
    }
    d
}

/// Whether `v` is BaseException's native `name` method.
pub(crate) fn is_exc_native(v: &Value, name: &str) -> bool {
    match v {
        Value::Obj(o) => {
            downcast::<NativeFn>(o).is_some_and(|n| n.owner == "BaseException" && n.name == name)
        }
        _ => false,
    }
}

fn exc_unsupported(_a: Vec<Value>, _k: Vec<(Str, Value)>) -> PyResult<Value> {
    Err(PyErr::msg(
        ExcKind::NotImplementedError,
        "molt: pickling exceptions is not supported",
    ))
}

fn exc_inst(v: &Value) -> Option<&Instance> {
    match v {
        Value::Obj(o) => crate::object::inst(o).filter(|i| i.exc.is_some()),
        _ => None,
    }
}

/// BaseException_new.
fn exc_new(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut it = args.into_iter();
    let Some(c) = it.next() else {
        return type_error("BaseException.__new__(): not enough arguments");
    };
    let Some(cls) = as_class(&c) else {
        return type_error(format!(
            "BaseException.__new__(X): X is not a type object ({})",
            c.class_name()
        ));
    };
    let rest: Vec<Value> = it.collect();
    match cls.builtin {
        Some(Builtin::Exc(k)) => Ok(Value::Exc(PyErr::new(k, rest))),
        _ if cls.exc_kind.is_some() => super::natives::new_instance(&cls, rest),
        _ => type_error(format!(
            "BaseException.__new__({0}): {0} is not a subtype of BaseException",
            cls.name()
        )),
    }
}

/// BaseException_init: sets args; no keyword arguments.
fn exc_init(args: Vec<Value>, kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut it = args.into_iter();
    let this = it.next().unwrap_or_default();
    if !kw.is_empty() {
        return type_error(format!(
            "{}() takes no keyword arguments",
            this.class_name()
        ));
    }
    if let Some(i) = exc_inst(&this)
        && let Some(st) = &i.exc
    {
        let rest: Vec<Value> = it.collect();
        let old = std::mem::replace(&mut st.borrow_mut().args, rest);
        drop(old);
    }
    Ok(Value::None)
}

fn args_of(v: &Value) -> Vec<Value> {
    match v {
        Value::Exc(e) => e.args().to_vec(),
        _ => exc_inst(v)
            .and_then(|i| i.exc.as_ref().map(|s| s.borrow().args.clone()))
            .unwrap_or_default(),
    }
}

/// BaseException_str.
fn exc_str(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = args.into_iter().next().unwrap_or_default();
    let mut out = String::new();
    match args_of(&this).as_slice() {
        [] => {}
        [a] => a.py_str(&mut out)?,
        many => crate::tuple::repr_items(many, &mut out)?,
    }
    Ok(Value::Str(Str::from_string(out)))
}

/// KeyError_str: the repr of a single key.
fn keyerror_str(args: Vec<Value>, kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or_default();
    match args_of(&this).as_slice() {
        [a] => Ok(Value::Str(Str::from_string(a.repr_string()?))),
        _ => exc_str(args, kw),
    }
}

/// BaseException_repr: `Name(args)` with the class's name.
fn exc_repr(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let this = args.into_iter().next().unwrap_or_default();
    let name = match instance_class(&this) {
        Some(c) => c.name().as_str().to_string(),
        None => this.type_name_attr().to_string(),
    };
    let mut out = name;
    let a = args_of(&this);
    if let [x] = a.as_slice() {
        out.push('(');
        x.py_repr(&mut out)?;
        out.push(')');
    } else {
        crate::tuple::repr_items_paren_only(&a, &mut out)?;
    }
    Ok(Value::Str(Str::from_string(out)))
}

fn exc_with_traceback(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    Ok(args.into_iter().next().unwrap_or_default())
}

/// BaseException.add_note: appends to `__notes__` (printed after the message).
fn exc_add_note(args: Vec<Value>, _kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let [this, note] = <[Value; 2]>::try_from(args).map_err(|a| {
        PyErr::msg(
            ExcKind::TypeError,
            format!(
                "BaseException.add_note() takes exactly one argument ({} given)",
                a.len().saturating_sub(1)
            ),
        )
    })?;
    if !matches!(note, Value::Str(_)) {
        return type_error(format!("note must be a str, not '{}'", note.class_name()));
    }
    let Some(i) = exc_inst(&this) else {
        if let Value::Exc(e) = &this {
            e.add_note(note)?;
            return Ok(Value::None);
        }
        return type_error(format!(
            "descriptor 'add_note' for 'BaseException' objects doesn't apply to a '{}' object",
            this.class_name()
        ));
    };
    let notes = crate::attr::intern_static("__notes__");
    let me = this.clone();
    let Value::Obj(o) = &me else {
        return Ok(Value::None);
    };
    match i.generic_getattr(o, &notes) {
        Ok(Value::List(l)) => l.append(note),
        Ok(_) => return type_error("Cannot add note: __notes__ is not a list"),
        Err(_) => i.generic_setattr(
            o,
            &notes,
            Some(Value::List(crate::list::List::from_vec(vec![note]))),
        )?,
    }
    Ok(Value::None)
}

/// The exception an instance raises (a PyErr carrying the instance).
pub(crate) fn instance_err(o: &ObjRef, i: &Instance) -> Option<PyErr> {
    let kind = i.class.exc_kind?;
    let st = i.exc.as_ref()?.borrow();
    let mut e = PyErr::from_instance(kind, st.args.clone(), o.clone());
    e.set_chain(st.cause.clone(), st.context.clone(), st.suppress_context);
    Some(e)
}

/// An exception value (instance or builtin) as a PyErr.
pub(crate) fn value_err(v: &Value) -> Option<PyErr> {
    match v {
        Value::Exc(e) => Some(e.clone()),
        Value::Obj(o) => crate::object::inst(o).and_then(|i| instance_err(o, i)),
        _ => None,
    }
}

/// `raise v`: an exception instance, or an exception class (called with no arguments).
pub(crate) fn to_exception(v: &Value) -> PyResult<PyErr> {
    if let Some(e) = value_err(v) {
        return Ok(e);
    }
    if let Some(c) = as_class(v)
        && c.exc_kind.is_some()
    {
        let r = super::build::instantiate(&c, vec![], vec![])?;
        return match value_err(&r) {
            Some(e) => Ok(e),
            None => type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                v.repr_string()?,
                r.class_name()
            )),
        };
    }
    type_error("exceptions must derive from BaseException")
}

/// The cause of `raise X from v`: None for `from None`.
pub fn exc_cause(v: Value) -> PyResult<Option<PyErr>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(e) = value_err(&v) {
        return Ok(Some(e));
    }
    if let Some(c) = as_class(&v)
        && c.exc_kind.is_some()
    {
        return to_exception(&v).map(Some);
    }
    type_error("exception causes must derive from BaseException")
}

/// `except cls:` where cls is any class value or a tuple of them.
pub fn exc_matches(err: &PyErr, cls: &Value) -> PyResult<bool> {
    if let Value::Tuple(t) = cls {
        for c in t.as_slice() {
            if exc_matches(err, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let Some(c) = as_class(cls).filter(|c| c.exc_kind.is_some()) else {
        return type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        );
    };
    Ok(match err.instance().and_then(|o| crate::object::inst(o)) {
        Some(i) => i.class.is_subclass(&c),
        None => match c.builtin {
            Some(Builtin::Exc(k)) => err.matches(k),
            _ => false,
        },
    })
}

/// Whether an exception instance's class derives from the builtin exception `kind`.
pub(crate) fn instance_matches(o: &ObjRef, kind: ExcKind) -> bool {
    match crate::object::inst(o) {
        Some(i) => i
            .class
            .mro_iter()
            .any(|c| c.builtin == Some(Builtin::Exc(kind))),
        None => false,
    }
}

/// The name an uncaught exception's traceback shows: the qualified name, prefixed by the
/// module unless that is `__main__` or `builtins` (print_exception in Python/pythonrun.c).
pub(crate) fn traceback_name(o: &ObjRef) -> String {
    match crate::object::inst(o) {
        Some(i) => i.class.display_name(false),
        None => o.type_name().to_string(),
    }
}

/// The `__notes__` of an exception instance, for the traceback.
pub(crate) fn notes(o: &ObjRef) -> Vec<String> {
    let Some(i) = crate::object::inst(o) else {
        return vec![];
    };
    let Some(d) = i.dict.made() else {
        return vec![];
    };
    match super::dict_get(d, &crate::attr::intern_static("__notes__")) {
        Some(v) => note_lines(&v),
        None => vec![],
    }
}

/// The traceback lines of an exception's `__notes__` (print_exception_notes in
/// Python/pythonrun.c): each str note's lines, str() of other notes; a value that is not
/// a list or tuple (or is a str) prints as its repr.
pub(crate) fn note_lines(v: &Value) -> Vec<String> {
    let items = match v {
        Value::List(l) => l.to_vec(),
        Value::Tuple(t) => t.as_slice().to_vec(),
        other => {
            return vec![
                other
                    .repr_string()
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string()),
            ];
        }
    };
    let mut out = vec![];
    for n in &items {
        match n {
            Value::Str(s) => out.extend(s.as_str().lines().map(str::to_string)),
            other => out.push(
                other
                    .str_string()
                    .unwrap_or_else(|_| "<note str() failed>".to_string()),
            ),
        }
    }
    out
}

/// Records `raise ... from cause` / the context on the instance too, so that
/// `e.__cause__` reads what the raise set.
pub(crate) fn sync_chain(o: &ObjRef, cause: Option<Option<PyErr>>, context: Option<PyErr>) {
    if let Some(i) = crate::object::inst(o)
        && let Some(st) = &i.exc
    {
        let mut st = st.borrow_mut();
        if let Some(c) = cause {
            st.cause = c;
            st.suppress_context = true;
        }
        if let Some(c) = context
            && st.context.is_none()
            && !c.instance().is_some_and(|x| Rc::ptr_eq(x, o))
        {
            st.context = Some(c);
        }
    }
}

/// A user exception instance's (cause, context, suppress_context).
pub(crate) fn chain(o: &ObjRef) -> Option<(Option<PyErr>, Option<PyErr>, bool)> {
    let i = crate::object::inst(o)?;
    let st = i.exc.as_ref()?.try_borrow().ok()?;
    Some((st.cause.clone(), st.context.clone(), st.suppress_context))
}

/// Sets a user exception instance's context (replacing any).
pub(crate) fn set_context(o: &ObjRef, context: Option<PyErr>) {
    if let Some(i) = crate::object::inst(o)
        && let Some(st) = &i.exc
        && let Ok(mut st) = st.try_borrow_mut()
    {
        st.context = context;
    }
}

fn err_value(e: &Option<PyErr>) -> Value {
    match e {
        Some(e) => e.to_value(),
        None => Value::None,
    }
}

pub(crate) fn exc_attr_get(i: &Instance, kind: GetSetKind, obj: &Value) -> PyResult<Value> {
    let Some(st) = &i.exc else {
        return Err(crate::attr::no_attr(obj.class_name(), "args"));
    };
    let st = st.borrow();
    Ok(match kind {
        GetSetKind::Args => Value::Tuple(Tup::from_vec(st.args.clone())),
        GetSetKind::Cause => err_value(&st.cause),
        GetSetKind::Context => err_value(&st.context),
        GetSetKind::SuppressContext => Value::Bool(st.suppress_context),
        _ => Value::None,
    })
}

pub(crate) fn exc_attr_set(i: &Instance, kind: GetSetKind, v: Option<Value>) -> PyResult<()> {
    let Some(st) = &i.exc else {
        return Ok(());
    };
    let as_err = |v: &Value, what: &str| -> PyResult<Option<PyErr>> {
        if v.is_none() {
            return Ok(None);
        }
        match value_err(v) {
            Some(e) => Ok(Some(e)),
            None => type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )),
        }
    };
    match (kind, v) {
        (GetSetKind::Args, Some(v)) => {
            let items = v.to_vec()?;
            st.borrow_mut().args = items;
        }
        (GetSetKind::Cause, Some(v)) => {
            let c = as_err(&v, "cause")?;
            let mut s = st.borrow_mut();
            s.cause = c;
            s.suppress_context = true;
        }
        (GetSetKind::Context, Some(v)) => {
            let c = as_err(&v, "context")?;
            st.borrow_mut().context = c;
        }
        (GetSetKind::SuppressContext, Some(v)) => {
            let b = v.try_truthy()?;
            st.borrow_mut().suppress_context = b;
        }
        (GetSetKind::Traceback, Some(v)) if v.is_none() => {}
        (GetSetKind::Traceback, Some(_)) => {
            return type_error("__traceback__ must be a traceback or None");
        }
        (GetSetKind::Args, None) => return type_error("args may not be deleted"),
        (GetSetKind::Cause, None) => return type_error("__cause__ may not be deleted"),
        (GetSetKind::Context, None) => return type_error("__context__ may not be deleted"),
        (GetSetKind::Traceback, None) => return type_error("__traceback__ may not be deleted"),
        (GetSetKind::SuppressContext, None) => {
            return type_error("can't delete numeric/char attribute");
        }
        (_, None) => return type_error("attribute cannot be deleted"),
        _ => {}
    }
    Ok(())
}

/// An exception class value for a kind, used by the builtin-class table.
#[allow(dead_code)]
pub(crate) fn exc_class(kind: ExcKind) -> Rc<Class> {
    builtin(Builtin::Exc(kind))
}

/// The exception an exception class and a value make (PyErr_NormalizeException):
/// None when `cls` is not an exception class.
pub fn exception_from_class(cls: &Value, val: Value) -> Option<PyResult<PyErr>> {
    let c = as_class(cls).filter(|c| c.exc_kind.is_some())?;
    if let Some(e) = value_err(&val)
        && exc_matches(&e, cls).unwrap_or(false)
    {
        return Some(Ok(e));
    }
    let args = match val {
        Value::None => vec![],
        Value::Tuple(t) => t.as_slice().to_vec(),
        v => vec![v],
    };
    Some(
        super::build::instantiate(&c, args, vec![]).and_then(|r| match value_err(&r) {
            Some(e) => Ok(e),
            None => type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                cls.repr_string()?,
                r.class_name()
            )),
        }),
    )
}

/// Whether `v` is a class deriving from BaseException.
pub fn is_exc_class(v: &Value) -> bool {
    as_class(v).is_some_and(|c| c.exc_kind.is_some())
}

/// The TypeError of `del e.name` for BaseException's own attributes (its getsets refuse
/// deletion; `__suppress_context__` is a bool member). None for other names.
pub(crate) fn exc_del_error(name: &str) -> Option<PyErr> {
    let msg = match name {
        "args" => "args may not be deleted",
        "__cause__" => "__cause__ may not be deleted",
        "__context__" => "__context__ may not be deleted",
        "__traceback__" => "__traceback__ may not be deleted",
        "__suppress_context__" => "can't delete numeric/char attribute",
        _ => return None,
    };
    Some(PyErr::msg(ExcKind::TypeError, msg))
}
