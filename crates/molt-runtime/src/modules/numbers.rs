//! numbers: the numeric tower's ABCs (Lib/numbers.py) as values, for `isinstance` and
//! `issubclass`. The tower is a chain, Number > Complex > Real > Rational > Integral, and
//! each builtin numeric type is registered at one level of it: int (and bool) Integral,
//! float Real, complex Complex, Fraction Rational, Decimal only Number. Subclassing the
//! ABCs is refused by the front end (their mixin methods are not implemented).

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::object::{ObjRef, Object};
use crate::value::Value;
use std::any::Any;
use std::rc::Rc;

/// The classes of numbers, from the most general to the most specific.
pub const NAMES: &[&str] = &["Number", "Complex", "Real", "Rational", "Integral"];

/// One ABC of the tower (`<class 'numbers.Real'>`).
pub struct NumberAbc(pub &'static str);

impl Object for NumberAbc {
    fn type_name(&self) -> &'static str {
        "ABCMeta"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<class 'numbers.");
        out.push_str(self.0);
        out.push_str("'>");
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" | "__qualname__" => Ok(Value::str(self.0)),
            "__module__" => Ok(Value::str("numbers")),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!(
                    "molt: numbers.{}.{name} is not supported (only isinstance and issubclass checks are)",
                    self.0
                ),
            )),
        }
    }
}

thread_local! {
    // One object per class, so that `numbers.Real is numbers.Real`.
    static CLASSES: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `numbers.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    let Some(n) = NAMES.iter().copied().find(|n| *n == name) else {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: numbers.{name} is not supported yet"),
        ));
    };
    CLASSES.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(v) = c.iter().find(|v| abc_of(v) == Some(n)) {
            return Ok(v.clone());
        }
        let v = Value::Obj(Rc::new(NumberAbc(n)));
        c.push(v.clone());
        Ok(v)
    })
}

/// The ABC that `v` is, if it is one of numbers' classes.
pub(crate) fn abc_of(v: &Value) -> Option<&'static str> {
    let Value::Obj(o) = v else { return None };
    o.as_any().downcast_ref::<NumberAbc>().map(|a| a.0)
}

fn depth(abc: &str) -> usize {
    NAMES.iter().position(|n| *n == abc).unwrap_or(usize::MAX)
}

/// How deep in the tower the type named `ty` is registered (None: not a number type).
fn type_depth(ty: &str) -> Option<usize> {
    Some(match ty {
        "int" | "bool" => 4,
        "Fraction" | "fractions.Fraction" => 3,
        "float" => 2,
        "complex" => 1,
        "Decimal" | "decimal.Decimal" => 0,
        _ => return None,
    })
}

/// The builtin numeric type a user class derives from (`class Money(int)`, IntEnum).
fn class_depth(c: &crate::class::Class) -> Option<usize> {
    crate::class::enums::mixin_of(c)
        .or_else(|| crate::class::builtin_base::base_of(c))
        .and_then(type_depth)
}

/// `isinstance(v, numbers.<abc>)`.
pub(crate) fn isinstance(v: &Value, abc: &str) -> bool {
    let d = match v {
        Value::Int(_) | Value::Bool(_) => Some(4),
        Value::Float(_) => Some(2),
        Value::Obj(o) => match crate::object::inst(o) {
            Some(i) => class_depth(&i.class),
            None => type_depth(o.type_name()),
        },
        _ => None,
    };
    d.is_some_and(|d| d >= depth(abc))
}

/// `issubclass(cls, numbers.<abc>)`; None when `cls` is not a class molt can check.
pub(crate) fn issubclass(cls: &Value, abc: &str) -> Option<bool> {
    if let Some(other) = abc_of(cls) {
        // The tower is a chain: Integral is a Rational, ..., everything a Number.
        return Some(depth(other) >= depth(abc));
    }
    let Value::Obj(o) = cls else { return None };
    let d = if let Some(c) = crate::class::obj_as_class(o) {
        class_depth(&c)
    } else if let Some(f) = o
        .as_any()
        .downcast_ref::<crate::modules::callable::BuiltinFn>()
    {
        if !crate::modules::callable::is_builtin_type(f.name) {
            return None;
        }
        type_depth(f.name)
    } else if o.type_name() == "type" {
        // A stdlib class value (`<class 'fractions.Fraction'>`).
        let mut r = String::new();
        o.repr_into(&mut r).ok()?;
        let name = r.strip_prefix("<class '")?.strip_suffix("'>")?;
        type_depth(name)
    } else {
        return None;
    };
    Some(d.is_some_and(|d| d >= depth(abc)))
}
