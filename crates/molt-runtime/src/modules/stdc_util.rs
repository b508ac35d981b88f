//! Shared helpers of the stdlib modules in this group (fractions, decimal, statistics,
//! string, textwrap, time, datetime, struct, hashlib, base64, os, pathlib, files): argument
//! binding with CPython's messages for Python-level functions, and class/module objects.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// Binds `args` and `kwargs` to `params` the way a Python `def f(a, b=..., ...)` does:
/// the first `required` are mandatory. Messages are those of CPython's ceval for
/// Python functions (`f() missing 1 required positional argument: 'x'`).
pub fn bind(
    fname: &str,
    params: &[&str],
    required: usize,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    if args.len() > params.len() {
        let takes = if required == params.len() {
            format!("{}", params.len())
        } else {
            format!("from {} to {}", required, params.len())
        };
        let s = if params.len() == 1 && required == 1 {
            ""
        } else {
            "s"
        };
        let was = if args.len() == 1 { "was" } else { "were" };
        return type_error(format!(
            "{fname}() takes {takes} positional argument{s} but {} {was} given",
            args.len()
        ));
    }
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for (k, v) in kwargs {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return type_error(format!("{fname}() got multiple values for argument '{k}'"));
                }
                out[i] = Some(v);
            }
            None => {
                return type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                ));
            }
        }
    }
    let missing: Vec<&str> = params[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| *p)
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        return type_error(format!(
            "{fname}() missing {} required positional argument{s}: {list}",
            missing.len()
        ));
    }
    Ok(out)
}

/// A builtin (C) function's positional-only arity check, with its message.
pub fn arity(fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        match min {
            0 => type_error(format!("{fname}() takes no arguments ({n} given)")),
            1 => type_error(format!("{fname}() takes exactly one argument ({n} given)")),
            _ => type_error(format!("{fname} expected {min} arguments, got {n}")),
        }
    } else if n < min {
        type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ))
    } else {
        type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        ))
    }
}

/// Refuses keyword arguments for a function that takes none.
pub fn no_kwargs(fname: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        type_error(format!("{fname}() takes no keyword arguments"))
    }
}

/// A str argument.
pub fn want_str(v: &Value, what: impl FnOnce(&str) -> String) -> PyResult<Str> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => type_error(what(v.class_name())),
    }
}

/// An int argument (ints and bools), else TypeError with the caller's message.
pub fn want_int(v: &Value, what: impl FnOnce(&str) -> String) -> PyResult<Int> {
    match v.as_int() {
        Some(i) => Ok(i),
        None => type_error(what(v.class_name())),
    }
}

/// `obj.__index__()`-style: ints and bools.
pub fn index_of(v: &Value) -> PyResult<Int> {
    want_int(v, |t| {
        format!("'{t}' object cannot be interpreted as an integer")
    })
}

pub fn tuple(items: Vec<Value>) -> Value {
    Value::Tuple(Tup::from_vec(items))
}

pub fn list(items: Vec<Value>) -> Value {
    Value::List(crate::list::List::from_vec(items))
}

pub fn s(text: &str) -> Value {
    Value::Str(Str::new(text))
}

pub fn obj<T: Object>(x: T) -> Value {
    Value::Obj(Rc::new(x))
}

/// The object inside a value, when it is of type `T`.
pub fn as_obj<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Obj(o) => o.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

/// An error of the given kind with a message.
pub fn err(kind: ExcKind, msg: impl Into<String>) -> PyErr {
    PyErr::msg(kind, msg)
}

/// A class of a stdlib module, as a value (`fractions.Fraction`, `datetime.date`): calling it
/// constructs through the module's dispatch, and `Class.method(...)` calls the classmethod
/// `"Class.method"` of the module's dispatch.
pub struct ClassObj {
    pub module: &'static str,
    pub name: &'static str,
    /// The module name CPython shows in the class repr (`<class 'datetime.date'>`).
    pub shown_module: &'static str,
}

impl Object for ClassObj {
    fn type_name(&self) -> &'static str {
        "type"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!("<class '{}.{}'>", self.shown_module, self.name));
        Ok(())
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::hash::hash_str(self.name))
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(as_obj::<ClassObj>(other).is_some_and(|o| {
            o.module == self.module && o.name == self.name
        })))
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        super::call(self.module, self.name, args, kwargs)
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        super::call(self.module, &format!("{}.{name}", self.name), args, kwargs).map_err(|e| {
            if e.kind() == ExcKind::NotImplementedError {
                err(
                    ExcKind::AttributeError,
                    format!("type object '{}' has no attribute '{name}'", self.name),
                )
            } else {
                e
            }
        })
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if name == "__name__" {
            return Ok(s(self.name));
        }
        super::attr(self.module, &format!("{}.{name}", self.name))
    }
}

/// The class value: one object per class, so that `type(x) is C` and `C is C` hold.
pub fn class(module: &'static str, name: &'static str, shown_module: &'static str) -> Value {
    thread_local! {
        static CLASSES: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    CLASSES.with(|c| {
        let mut c = c.borrow_mut();
        let found = c
            .iter()
            .find(|v| as_obj::<ClassObj>(v).is_some_and(|o| o.module == module && o.name == name));
        if let Some(v) = found {
            return v.clone();
        }
        let v = obj(ClassObj {
            module,
            name,
            shown_module,
        });
        c.push(v.clone());
        v
    })
}

/// `type(x)` for an object of a stdlib class that is a value of its module (the same
/// object as `module.Class`); None for the others.
pub fn class_of_type(type_name: &str) -> Option<Value> {
    let (module, name) = match type_name {
        "array.array" => ("array", "array"),
        "Fraction" => ("fractions", "Fraction"),
        "Decimal" => ("decimal", "Decimal"),
        "types.SimpleNamespace" => ("types", "SimpleNamespace"),
        "TextWrapper" => ("textwrap", "TextWrapper"),
        "Logger" => ("logging", "Logger"),
        "RootLogger" => ("logging", "RootLogger"),
        "StreamHandler" => ("logging", "StreamHandler"),
        "NullHandler" => ("logging", "NullHandler"),
        "Formatter" => ("logging", "Formatter"),
        "date" | "datetime" | "timedelta" | "time" => (
            "datetime",
            match type_name {
                "date" => "date",
                "datetime" => "datetime",
                "timedelta" => "timedelta",
                _ => "time",
            },
        ),
        _ => return None,
    };
    Some(class(module, name, module))
}

/// A submodule as a value (`os.path`): its functions and values through the dispatch.
pub struct ModuleObj {
    pub name: &'static str,
    pub repr: &'static str,
}

impl Object for ModuleObj {
    fn type_name(&self) -> &'static str {
        "module"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(self.repr);
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        super::call(self.name, name, args, kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        super::attr(self.name, name)
    }
}

/// The error for a name the dispatch does not know (the compiler refuses those, so this
/// is reached only through dynamic paths such as `Class.method`).
pub fn unknown(module: &str, name: &str) -> PyErr {
    err(
        ExcKind::NotImplementedError,
        format!("molt: {module}.{name} is not supported yet"),
    )
}

/// `obj.name` of an object whose attributes are the dict `d` (argparse.Namespace,
/// types.SimpleNamespace); `tp` names the type in the AttributeError.
pub fn dict_getattr(d: &crate::Dict<Value, Value>, name: &str, tp: &str) -> PyResult<Value> {
    if name == "__dict__" {
        return Ok(Value::Dict(d.clone()));
    }
    d.get(&s(name))?.ok_or_else(|| no_dict_attr(name, tp))
}

/// `del obj.name` of such an object.
pub fn dict_delattr(d: &crate::Dict<Value, Value>, name: &str, tp: &str) -> PyResult<()> {
    match d.remove(&s(name))? {
        Some(_) => Ok(()),
        None => Err(no_dict_attr(name, tp)),
    }
}

fn no_dict_attr(name: &str, tp: &str) -> PyErr {
    err(
        ExcKind::AttributeError,
        format!("'{tp}' object has no attribute '{name}'"),
    )
}

/// `isinstance(v, C)` for a stdlib class value of this group (`<class 'datetime.date'>`,
/// named `qualified`): the value's type is that class or a subclass of it (datetime.datetime
/// is a datetime.date; pathlib's PosixPath is a Path and a PurePath).
pub fn is_instance_of(v: &Value, qualified: &str) -> bool {
    let own = v.class_name();
    if own == qualified {
        return true;
    }
    // Instances of user classes are never instances of these runtime types.
    if !matches!(v, Value::Obj(_)) || crate::class::instance_class(v).is_some() {
        return false;
    }
    let (module, name) = qualified.rsplit_once('.').unwrap_or(("", qualified));
    let own_short = v.type_name_attr();
    match (module, name, own_short) {
        (_, n, o) if n == o => true,
        ("datetime", "date", "datetime") => true,
        ("pathlib", "Path" | "PurePath" | "PurePosixPath", "PosixPath") => true,
        ("logging", "Logger", "RootLogger") => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bind_messages() {
        let e = bind("f", &["a", "b"], 1, vec![], vec![])
            .err()
            .map(|e| e.to_str());
        assert_eq!(
            e.as_deref(),
            Some("f() missing 1 required positional argument: 'a'")
        );
        let e = bind("f", &["a", "b"], 1, vec![Value::None; 3], vec![])
            .err()
            .map(|e| e.to_str());
        assert_eq!(
            e.as_deref(),
            Some("f() takes from 1 to 2 positional arguments but 3 were given")
        );
        let r = bind(
            "f",
            &["a", "b"],
            1,
            vec![Value::int(1)],
            vec![(Str::new("b"), Value::int(2))],
        )
        .unwrap_or_default();
        assert!(matches!(r.as_slice(), [Some(_), Some(_)]));
    }
}
