//! Functions as values: closure cells, argument binding for dynamic calls (with CPython's
//! TypeErrors), and function objects for builtins.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A variable shared between a function and the functions nested in it (a closure cell).
pub struct Cell<T>(Rc<RefCell<Option<T>>>);

impl<T> Clone for Cell<T> {
    fn clone(&self) -> Self {
        Cell(self.0.clone())
    }
}

impl<T: Clone> Cell<T> {
    /// An unbound variable.
    pub fn new() -> Cell<T> {
        Cell(Rc::new(RefCell::new(None)))
    }

    pub fn bound(v: T) -> Cell<T> {
        Cell(Rc::new(RefCell::new(Some(v))))
    }

    /// Reads the variable in the function that owns it.
    #[inline]
    pub fn get(&self, name: &str) -> PyResult<T> {
        match &*self.0.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::msg(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )),
        }
    }

    /// Reads the variable from a nested function.
    #[inline]
    pub fn get_free(&self, name: &str) -> PyResult<T> {
        match &*self.0.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::msg(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )),
        }
    }

    /// The value, if bound.
    pub fn try_get(&self) -> Option<T> {
        self.0.borrow().clone()
    }

    #[inline]
    pub fn set(&self, v: T) {
        let old = self.0.replace(Some(v));
        drop(old);
    }

    /// `del x`.
    pub fn unset(&self) {
        let old = self.0.replace(None);
        drop(old);
    }
}

impl<T: Clone> Default for Cell<T> {
    fn default() -> Self {
        Cell::new()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    PositionalOnly,
    Normal,
    KeywordOnly,
    /// `*args`
    VarPositional,
    /// `**kwargs`
    VarKeyword,
}

/// A function's signature, for binding the arguments of dynamic calls.
pub struct Sig {
    pub name: &'static str,
    /// (name, kind, has a default)
    pub params: &'static [(&'static str, ParamKind, bool)],
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Binds positional and keyword arguments to parameters, as CPython does
/// (Python/ceval.c, positional_only_passed_as_keyword, missing_arguments, too_many_positional).
/// Returns one slot per parameter: None where the default applies. `*args` gets a tuple
/// and `**kwargs` a dict.
pub fn bind(
    sig: &Sig,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Vec<Option<Value>>> {
    let name = sig.name;
    let params = sig.params;
    // The common call: one positional argument per plain parameter, no keywords.
    if kwargs.is_empty()
        && args.len() == params.len()
        && params
            .iter()
            .all(|p| matches!(p.1, ParamKind::PositionalOnly | ParamKind::Normal))
    {
        return Ok(args.into_iter().map(Some).collect());
    }
    let mut slots: Vec<Option<Value>> = vec![None; params.len()];
    let positional: Vec<usize> = params
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p.1, ParamKind::PositionalOnly | ParamKind::Normal))
        .map(|(i, _)| i)
        .collect();
    let var_pos = params.iter().position(|p| p.1 == ParamKind::VarPositional);
    let var_kw = params.iter().position(|p| p.1 == ParamKind::VarKeyword);
    let n_args = args.len();
    let mut extra = vec![];
    for (i, a) in args.into_iter().enumerate() {
        match positional.get(i) {
            Some(&slot) => slots[slot] = Some(a),
            None => extra.push(a),
        }
    }
    if !extra.is_empty() {
        match var_pos {
            Some(vp) => slots[vp] = Some(Value::Tuple(Tup::from_vec(extra))),
            None => {
                let required = positional.iter().filter(|&&i| !params[i].2).count();
                let total = positional.len();
                let kw_given = kwargs
                    .iter()
                    .filter(|(k, _)| {
                        params
                            .iter()
                            .any(|p| p.0 == k.as_str() && p.1 == ParamKind::KeywordOnly)
                    })
                    .count();
                let takes = if required == total {
                    plural(total, "positional argument", "positional arguments")
                } else {
                    format!("from {required} to {total} positional arguments")
                };
                let given = if kw_given > 0 {
                    format!(
                        "{} (and {})",
                        plural(n_args, "positional argument", "positional arguments"),
                        plural(kw_given, "keyword-only argument", "keyword-only arguments")
                    )
                } else {
                    n_args.to_string()
                };
                let verb = if n_args == 1 && kw_given == 0 {
                    "was"
                } else {
                    "were"
                };
                return type_error(format!("{name}() takes {takes} but {given} {verb} given"));
            }
        }
    } else if let Some(vp) = var_pos {
        slots[vp] = Some(Value::Tuple(Tup::from_vec(vec![])));
    }
    let extra_kw = crate::dict::Dict::<Value, Value>::new();
    let mut posonly_as_kw = vec![];
    for (k, v) in kwargs {
        match params.iter().position(|p| {
            p.0 == k.as_str() && !matches!(p.1, ParamKind::VarPositional | ParamKind::VarKeyword)
        }) {
            Some(i) if params[i].1 == ParamKind::PositionalOnly => {
                if var_kw.is_some() {
                    extra_kw.setitem(Value::Str(k), v)?;
                } else {
                    posonly_as_kw.push(k.as_str().to_string());
                }
            }
            Some(i) => {
                if slots[i].is_some() {
                    return type_error(format!("{name}() got multiple values for argument '{k}'"));
                }
                slots[i] = Some(v);
            }
            None => match var_kw {
                Some(_) => extra_kw.setitem(Value::Str(k), v)?,
                None => {
                    return type_error(format!(
                        "{name}() got an unexpected keyword argument '{k}'"
                    ));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_kw.join(", ")
        ));
    }
    if let Some(vk) = var_kw {
        slots[vk] = Some(Value::Dict(extra_kw));
    }
    let missing = |kind_ok: &dyn Fn(ParamKind) -> bool| -> Vec<&str> {
        params
            .iter()
            .zip(slots.iter())
            .filter(|(p, s)| s.is_none() && !p.2 && kind_ok(p.1))
            .map(|(p, _)| p.0)
            .collect()
    };
    let mp = missing(&|k| matches!(k, ParamKind::PositionalOnly | ParamKind::Normal));
    if !mp.is_empty() {
        return type_error(missing_message(name, &mp, "positional"));
    }
    let mk = missing(&|k| k == ParamKind::KeywordOnly);
    if !mk.is_empty() {
        return type_error(missing_message(name, &mk, "keyword-only"));
    }
    Ok(slots)
}

pub fn missing_message(fname: &str, names: &[&str], what: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    format!(
        "{fname}() missing {} required {what} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    )
}

/// `f(*args, **kwargs)` on a dynamic value.
pub fn call(f: &Value, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match f {
        Value::Obj(o) => o.call(o, args, kwargs),
        _ => type_error(format!("'{}' object is not callable", f.class_name())),
    }
}

/// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `module.qualname()`
/// for user functions, `name()` for builtins.
pub fn func_str(f: &Value) -> String {
    if let Value::Obj(o) = f {
        if let Some(func) = crate::object::downcast::<Function>(o) {
            return format!("__main__.{}()", func.qualname.borrow());
        }
        if let Ok(Value::Str(q)) = o.getattr(o, "__qualname__") {
            return format!("{q}()");
        }
        if let Ok(Value::Str(q)) = o.getattr(o, "__name__") {
            return format!("{q}()");
        }
    }
    format!("{} object", f.class_name())
}

/// The positional arguments of a call with `*xs` parts: each part's items in order.
pub fn star_args(f: &Value, parts: Vec<(bool, Value)>) -> PyResult<Vec<Value>> {
    let mut out = vec![];
    for (star, v) in parts {
        if !star {
            out.push(v);
            continue;
        }
        match &v {
            Value::Tuple(t) => out.extend(t.as_slice().iter().cloned()),
            Value::List(l) => out.extend(l.to_vec()),
            _ => {
                let mut it = match v.iter() {
                    Ok(it) => it,
                    Err(e) if e.matches(ExcKind::TypeError) => {
                        return type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            func_str(f),
                            v.class_name()
                        ));
                    }
                    Err(e) => return Err(e),
                };
                while let Some(x) = it.next()? {
                    out.push(x);
                }
            }
        }
    }
    Ok(out)
}

/// The keyword arguments of a call with `**mapping` parts (None name).
pub fn star_kwargs(f: &Value, parts: Vec<(Option<Str>, Value)>) -> PyResult<Vec<(Str, Value)>> {
    let mut out: Vec<(Str, Value)> = vec![];
    let dup = |out: &Vec<(Str, Value)>, k: &Str| -> PyResult<()> {
        if out.iter().any(|(o, _)| o == k) {
            return type_error(format!(
                "{} got multiple values for keyword argument '{k}'",
                func_str(f)
            ));
        }
        Ok(())
    };
    for (k, v) in parts {
        if let Some(k) = k {
            dup(&out, &k)?;
            out.push((k, v));
            continue;
        }
        let items: Vec<(Value, Value)> = match &v {
            Value::Dict(d) => d.items_vec(),
            Value::Obj(o) if o.getattr(o, "keys").is_ok() => {
                let keys = crate::methods::call_method(&v, "keys", vec![], vec![])?;
                let mut it = keys.iter()?;
                let mut items = vec![];
                while let Some(k) = it.next()? {
                    let x = o.getitem(o, &k)?;
                    items.push((k, x));
                }
                items
            }
            _ => {
                return type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    func_str(f),
                    v.class_name()
                ));
            }
        };
        for (key, val) in items {
            let Value::Str(key) = key else {
                return type_error("keywords must be strings");
            };
            dup(&out, &key)?;
            out.push((key, val));
        }
    }
    Ok(out)
}

/// What calling a function value runs: positional and keyword arguments in, result out.
pub type CallFn = dyn Fn(Vec<Value>, Vec<(Str, Value)>) -> PyResult<Value>;

/// A function's entry for a call with exactly its number of positional arguments and no
/// keywords (CPython's vectorcall): the arguments stay in the caller's array, which the
/// callee empties, so the call allocates nothing.
pub type FastFn = dyn Fn(&mut [Value]) -> PyResult<Value>;

/// A user function as a value: its names, its attributes, and how to call it (a Rust
/// closure that binds the arguments and runs the compiled body).
pub struct Function {
    pub name: RefCell<Str>,
    pub qualname: RefCell<Str>,
    /// `f.attr = x`, `__wrapped__`, `__doc__`, ... (`functools.wraps` copies these).
    pub dict: RefCell<Option<crate::dict::Dict<Value, Value>>>,
    /// `__defaults__` (a tuple or None) and `__kwdefaults__` (a dict or None).
    pub defaults: RefCell<Value>,
    pub kwdefaults: RefCell<Value>,
    /// `__module__` and `__doc__`: members of the function object, not items of its
    /// `__dict__` (Objects/funcobject.c func_memberlist).
    pub module: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// `__annotations__`: a getset of the function, made empty at its first read
    /// (func_get_annotations); molt fills it only when the program can read it.
    pub annotations: RefCell<Option<crate::dict::Dict<Value, Value>>>,
    pub call: Box<CallFn>,
    /// The exact-arity entry and its arity, for compiled functions whose parameters are
    /// all positional.
    fast: std::cell::OnceCell<(usize, Box<FastFn>)>,
}

impl Function {
    /// A call with an argument Vec: through the exact-arity entry when it fits, so the
    /// generated closure need not repeat that binding.
    #[inline]
    pub(crate) fn invoke(
        &self,
        mut args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if kwargs.is_empty()
            && let Some((n, f)) = self.fast.get()
            && *n == args.len()
        {
            return f(&mut args);
        }
        (self.call)(args, kwargs)
    }

    /// A call with positional arguments only, taken out of `args`.
    #[inline]
    pub(crate) fn call_slice(&self, args: &mut [Value]) -> PyResult<Value> {
        match self.fast.get() {
            Some((n, f)) if *n == args.len() => f(args),
            _ => (self.call)(take_all(args), vec![]),
        }
    }

    fn attr_dict(&self) -> crate::dict::Dict<Value, Value> {
        self.dict
            .borrow_mut()
            .get_or_insert_with(crate::dict::Dict::new)
            .clone()
    }
}

impl Object for Function {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<function {} at {:#x}>",
            self.qualname.borrow(),
            self as *const Function as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if let Some(d) = &*self.dict.borrow()
            && let Some(v) = d.get(&Value::str(name))?
        {
            return Ok(v);
        }
        match name {
            "__name__" => Ok(Value::Str(self.name.borrow().clone())),
            "__qualname__" => Ok(Value::Str(self.qualname.borrow().clone())),
            "__module__" => Ok(self.module.borrow().clone()),
            "__doc__" => Ok(self.doc.borrow().clone()),
            "__dict__" => Ok(Value::Dict(self.attr_dict())),
            "__defaults__" => Ok(self.defaults.borrow().clone()),
            "__kwdefaults__" => Ok(self.kwdefaults.borrow().clone()),
            "__annotations__" => Ok(Value::Dict(
                self.annotations
                    .borrow_mut()
                    .get_or_insert_with(crate::dict::Dict::new)
                    .clone(),
            )),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'function' object has no attribute '{name}'"),
            )),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        match name {
            "__name__" | "__qualname__" => {
                let Value::Str(s) = value else {
                    return type_error(format!("{name} must be set to a string object"));
                };
                if name == "__name__" {
                    *self.name.borrow_mut() = s;
                } else {
                    *self.qualname.borrow_mut() = s;
                }
                Ok(())
            }
            "__module__" => {
                *self.module.borrow_mut() = value;
                Ok(())
            }
            "__doc__" => {
                *self.doc.borrow_mut() = value;
                Ok(())
            }
            "__annotations__" => {
                *self.annotations.borrow_mut() = match value {
                    Value::Dict(d) => Some(d),
                    Value::None => None,
                    _ => return type_error("__annotations__ must be set to a dict object"),
                };
                Ok(())
            }
            _ => self.attr_dict().setitem(Value::str(name), value),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        self.invoke(args, kwargs)
    }
}

/// Wraps a Rust closure as a Python function value.
pub fn function(
    name: &str,
    qualname: &str,
    call: impl Fn(Vec<Value>, Vec<(Str, Value)>) -> PyResult<Value> + 'static,
) -> Value {
    Value::Obj(Rc::new(Function {
        name: RefCell::new(Str::from(name)),
        qualname: RefCell::new(Str::from(qualname)),
        dict: RefCell::new(None),
        defaults: RefCell::new(Value::None),
        kwdefaults: RefCell::new(Value::None),
        module: RefCell::new(Value::str("__main__")),
        doc: RefCell::new(Value::None),
        annotations: RefCell::new(None),
        call: Box::new(call),
        fast: std::cell::OnceCell::new(),
    }))
}

/// Gives the function value `f` its exact-arity entry (see `FastFn`).
pub fn with_fast(
    f: Value,
    arity: usize,
    fast: impl Fn(&mut [Value]) -> PyResult<Value> + 'static,
) -> Value {
    if let Value::Obj(o) = &f
        && let Some(func) = crate::object::downcast::<Function>(o)
    {
        let _ = func.fast.set((arity, Box::new(fast)));
    }
    f
}

/// What an exact-arity entry answers when called with another number of arguments,
/// which its callers never do (they check the arity first).
pub fn arity_mismatch() -> PyErr {
    PyErr::msg(
        ExcKind::SystemError,
        "exact-arity entry called with the wrong arity",
    )
}

/// The arguments in `args`, moved out.
pub fn take_all(args: &mut [Value]) -> Vec<Value> {
    args.iter_mut().map(std::mem::take).collect()
}

/// `f(*args[1..])` for positional arguments in an array of the caller's (no keywords).
/// `args[0]` is a free slot, where a bound method's `self` or a new instance goes
/// without the arguments being moved.
#[inline]
pub fn call_pos(f: &Value, args: &mut [Value]) -> PyResult<Value> {
    if let Value::Obj(o) = f
        && let Some(rest) = args.get_mut(1..)
    {
        if let Some(func) = crate::object::downcast::<Function>(o) {
            return func.call_slice(rest);
        }
        return crate::class::call_pos_slot(o, args);
    }
    call(f, take_all(args.get_mut(1..).unwrap_or_default()), vec![])
}

/// A function value whose parameters have defaults (shown by `__defaults__` and
/// `__kwdefaults__`; the call binds them itself).
pub fn function_with_defaults(
    name: &str,
    qualname: &str,
    positional: Vec<Value>,
    keyword: Vec<(&str, Value)>,
    call: impl Fn(Vec<Value>, Vec<(Str, Value)>) -> PyResult<Value> + 'static,
) -> PyResult<Value> {
    let f = function(name, qualname, call);
    if let Value::Obj(o) = &f
        && let Some(func) = crate::object::downcast::<Function>(o)
    {
        if !positional.is_empty() {
            *func.defaults.borrow_mut() = Value::Tuple(Tup::from_vec(positional));
        }
        if !keyword.is_empty() {
            let d = crate::dict::Dict::new();
            for (k, v) in keyword {
                d.setitem(Value::str(k), v)?;
            }
            *func.kwdefaults.borrow_mut() = Value::Dict(d);
        }
    }
    Ok(f)
}

/// A function value with a docstring (`def f(): "doc"`).
pub fn with_doc(f: Value, doc: &str) -> Value {
    if let Value::Obj(o) = &f
        && let Some(func) = o.as_any().downcast_ref::<Function>()
    {
        *func.doc.borrow_mut() = Value::str(doc);
    }
    f
}

/// A function value defined in an imported module (`__module__` is its dotted name).
pub fn with_module(f: Value, module: &str) -> Value {
    if let Value::Obj(o) = &f
        && let Some(func) = o.as_any().downcast_ref::<Function>()
    {
        *func.module.borrow_mut() = Value::str(module);
    }
    f
}
