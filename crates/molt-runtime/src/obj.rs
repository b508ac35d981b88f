//! The trait every runtime representation of a Python value implements, typed (`Int`, `f64`,
//! `Str`, `List<T>`, ...) or dynamic (`Value`). Generic containers and builtins are written once
//! against it, and codegen instantiates them with the types inference found.

use crate::exc::{PyResult, type_error};
use crate::value::Value;

/// The ordering comparisons; `==`/`!=` go through `py_eq`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// Applies the operator to an `Ordering` (for totally ordered values).
    #[inline]
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

pub trait PyObj: Clone + 'static {
    /// Boxes the value for dynamic code. Containers handed to dynamic code are always
    /// `List<Value>` etc. (inference makes escaping containers dynamic), so this never copies
    /// a mutable container.
    fn to_value(&self) -> Value;

    /// Boxes an owned value: the same result as `to_value`, but types that hold values
    /// (tuples, `Option`, `Value` itself) move them instead of cloning and dropping.
    #[inline]
    fn into_value(self) -> Value
    where
        Self: Sized,
    {
        self.to_value()
    }

    /// `type(x).__name__`.
    fn type_name(&self) -> &'static str;

    /// Appends `repr(self)`.
    fn py_repr(&self, out: &mut String) -> PyResult<()>;

    /// Appends `str(self)`.
    fn py_str(&self, out: &mut String) -> PyResult<()> {
        self.py_repr(out)
    }

    /// `self == other`.
    fn py_eq(&self, other: &Self) -> PyResult<bool>;

    /// `hash(self)`.
    fn py_hash(&self) -> PyResult<i64> {
        type_error(format!("unhashable type: '{}'", self.type_name()))
    }

    /// Whether `total_cmp` orders this value: true for ints, strs, bools, floats other
    /// than NaN and tuples of these, whose `==` and `<` are a total order that
    /// `total_cmp` gives. Sorting a list whose items all say so can use that order (a
    /// stable sort of a consistent total order gives timsort's result).
    #[inline]
    fn totally_ordered(&self) -> bool {
        false
    }

    /// The total order of `totally_ordered` values (never asked of others).
    #[inline]
    fn total_cmp(&self, _other: &Self) -> std::cmp::Ordering {
        std::cmp::Ordering::Equal
    }

    /// `self < other` and friends.
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(),
            other.type_name()
        ))
    }

    /// `bool(self)`.
    fn py_truthy(&self) -> PyResult<bool>;

    /// `self is other`.
    fn py_is(&self, other: &Self) -> bool;

    /// `repr(self)` as a new string.
    fn repr_string(&self) -> PyResult<String> {
        let mut s = String::new();
        self.py_repr(&mut s)?;
        Ok(s)
    }

    /// `str(self)` as a new string.
    fn str_string(&self) -> PyResult<String> {
        let mut s = String::new();
        self.py_str(&mut s)?;
        Ok(s)
    }
}

/// `a != b` in terms of `==` (what CPython does for builtin types).
#[inline]
pub fn py_ne<T: PyObj>(a: &T, b: &T) -> PyResult<bool> {
    Ok(!a.py_eq(b)?)
}

/// `None`: the unit type is Python's NoneType.
impl PyObj for () {
    fn to_value(&self) -> Value {
        Value::None
    }
    fn type_name(&self) -> &'static str {
        "NoneType"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str("None");
        Ok(())
    }
    fn py_eq(&self, _: &Self) -> PyResult<bool> {
        Ok(true)
    }
    fn py_hash(&self) -> PyResult<i64> {
        // CPython 3.11 hashes None by address; a fixed value keeps programs deterministic,
        // and no output can depend on it without printing hash(None).
        Ok(0x7e2f_3a19)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(false)
    }
    fn py_is(&self, _: &Self) -> bool {
        true
    }
}

impl PyObj for bool {
    #[inline]
    fn totally_ordered(&self) -> bool {
        true
    }
    #[inline]
    fn total_cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.cmp(other)
    }
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
    fn type_name(&self) -> &'static str {
        "bool"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str(if *self { "True" } else { "False" });
        Ok(())
    }
    #[inline]
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self == other)
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(*self as i64)
    }
    #[inline]
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        Ok(op.test(self.cmp(other)))
    }
    #[inline]
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(*self)
    }
    fn py_is(&self, other: &Self) -> bool {
        self == other
    }
}

impl PyObj for f64 {
    #[inline]
    fn totally_ordered(&self) -> bool {
        !self.is_nan()
    }
    #[inline]
    fn total_cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.partial_cmp(other).unwrap_or(std::cmp::Ordering::Equal)
    }
    fn to_value(&self) -> Value {
        Value::Float(*self)
    }
    fn type_name(&self) -> &'static str {
        "float"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        crate::float::repr_into(*self, out);
        Ok(())
    }
    #[inline]
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self == other)
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(crate::hash::hash_float(*self))
    }
    #[inline]
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        Ok(match op {
            CmpOp::Lt => self < other,
            CmpOp::Le => self <= other,
            CmpOp::Gt => self > other,
            CmpOp::Ge => self >= other,
        })
    }
    #[inline]
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(*self != 0.0)
    }
    fn py_is(&self, other: &Self) -> bool {
        self.to_bits() == other.to_bits()
    }
}

/// `T | None`: an optional value is None or the value itself.
impl<T: PyObj> PyObj for Option<T> {
    fn to_value(&self) -> Value {
        match self {
            Some(v) => v.to_value(),
            None => Value::None,
        }
    }
    #[inline]
    fn into_value(self) -> Value {
        match self {
            Some(v) => v.into_value(),
            None => Value::None,
        }
    }
    fn type_name(&self) -> &'static str {
        match self {
            Some(v) => v.type_name(),
            None => "NoneType",
        }
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        match self {
            Some(v) => v.py_repr(out),
            None => ().py_repr(out),
        }
    }
    fn py_str(&self, out: &mut String) -> PyResult<()> {
        match self {
            Some(v) => v.py_str(out),
            None => ().py_repr(out),
        }
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        match (self, other) {
            (Some(a), Some(b)) => a.py_eq(b),
            (None, None) => Ok(true),
            _ => Ok(false),
        }
    }
    fn py_hash(&self) -> PyResult<i64> {
        match self {
            Some(v) => v.py_hash(),
            None => ().py_hash(),
        }
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        match (self, other) {
            (Some(a), Some(b)) => a.py_cmp(b, op),
            _ => self.to_value().compare(&other.to_value(), op),
        }
    }
    fn py_truthy(&self) -> PyResult<bool> {
        match self {
            Some(v) => v.py_truthy(),
            None => Ok(false),
        }
    }
    fn py_is(&self, other: &Self) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => a.py_is(b),
            (None, None) => true,
            _ => false,
        }
    }
}
