//! Conversions between dynamic `Value`s and typed representations, with the TypeErrors
//! Python raises when a value has the wrong type.

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::PyObj;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use crate::tuple::{EmptyTuple, Tup};
use crate::value::Value;

/// Unboxing a `Value` into a typed representation.
pub trait FromValue: Sized {
    fn from_value(v: Value) -> PyResult<Self>;
}

fn wrong(expected: &str, v: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::TypeError,
        format!("expected {expected}, got {}", v.class_name()),
    )
}

impl FromValue for Value {
    #[inline]
    fn from_value(v: Value) -> PyResult<Value> {
        Ok(v)
    }
}

impl FromValue for Int {
    #[inline]
    fn from_value(v: Value) -> PyResult<Int> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(Int::from(b)),
            _ => Err(wrong("int", &v)),
        }
    }
}

impl FromValue for f64 {
    #[inline]
    fn from_value(v: Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => Ok(f),
            _ => Err(wrong("float", &v)),
        }
    }
}

impl FromValue for bool {
    #[inline]
    fn from_value(v: Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(b),
            _ => Err(wrong("bool", &v)),
        }
    }
}

impl FromValue for () {
    fn from_value(v: Value) -> PyResult<()> {
        match v {
            Value::None => Ok(()),
            _ => Err(wrong("None", &v)),
        }
    }
}

impl FromValue for Str {
    #[inline]
    fn from_value(v: Value) -> PyResult<Str> {
        match v {
            Value::Str(s) => Ok(s),
            _ => Err(wrong("str", &v)),
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> PyResult<Option<T>> {
        match v {
            Value::None => Ok(None),
            v => Ok(Some(T::from_value(v)?)),
        }
    }
}

impl<T: FromValue + PyObj> FromValue for List<T> {
    fn from_value(v: Value) -> PyResult<List<T>> {
        match v {
            Value::List(l) => {
                // Only fresh results are unboxed (see codegen), so copying is exact.
                if let Some(same) = (&l as &dyn std::any::Any).downcast_ref::<List<T>>() {
                    return Ok(same.clone());
                }
                let items = l
                    .to_vec()
                    .into_iter()
                    .map(T::from_value)
                    .collect::<PyResult<Vec<T>>>()?;
                Ok(List::from_vec(items))
            }
            _ => Err(wrong("list", &v)),
        }
    }
}

impl<T: FromValue + PyObj> FromValue for Tup<T> {
    fn from_value(v: Value) -> PyResult<Tup<T>> {
        match v {
            Value::Tuple(t) => {
                let items = t
                    .as_slice()
                    .iter()
                    .cloned()
                    .map(T::from_value)
                    .collect::<PyResult<Vec<T>>>()?;
                Ok(Tup::from_vec(items))
            }
            _ => Err(wrong("tuple", &v)),
        }
    }
}

impl FromValue for EmptyTuple {
    fn from_value(v: Value) -> PyResult<EmptyTuple> {
        match &v {
            Value::Tuple(t) if t.is_empty() => Ok(EmptyTuple),
            _ => Err(wrong("tuple", &v)),
        }
    }
}

impl<K: FromValue + PyObj, V: FromValue + PyObj> FromValue for Dict<K, V> {
    fn from_value(v: Value) -> PyResult<Dict<K, V>> {
        match v {
            Value::Dict(d) => {
                if let Some(same) = (&d as &dyn std::any::Any).downcast_ref::<Dict<K, V>>() {
                    return Ok(same.clone());
                }
                let out = Dict::new();
                for (k, v) in d.items_vec() {
                    out.setitem(K::from_value(k)?, V::from_value(v)?)?;
                }
                Ok(out)
            }
            _ => Err(wrong("dict", &v)),
        }
    }
}

impl<T: FromValue + PyObj> FromValue for Set<T> {
    fn from_value(v: Value) -> PyResult<Set<T>> {
        match v {
            Value::Set(s) => {
                if let Some(same) = (&s as &dyn std::any::Any).downcast_ref::<Set<T>>() {
                    return Ok(same.clone());
                }
                Set::from_vec(
                    s.to_vec()
                        .into_iter()
                        .map(T::from_value)
                        .collect::<PyResult<Vec<T>>>()?,
                )
            }
            _ => Err(wrong("set", &v)),
        }
    }
}

impl<T: FromValue + PyObj> FromValue for FrozenSet<T> {
    fn from_value(v: Value) -> PyResult<FrozenSet<T>> {
        match v {
            Value::FrozenSet(s) => FrozenSet::from_vec(
                s.to_vec()
                    .into_iter()
                    .map(T::from_value)
                    .collect::<PyResult<Vec<T>>>()?,
            ),
            _ => Err(wrong("frozenset", &v)),
        }
    }
}

impl FromValue for crate::range::Range {
    fn from_value(v: Value) -> PyResult<crate::range::Range> {
        match v {
            Value::Range(r) => Ok(std::rc::Rc::unwrap_or_clone(r)),
            _ => Err(wrong("range", &v)),
        }
    }
}

impl FromValue for PyErr {
    fn from_value(v: Value) -> PyResult<PyErr> {
        match v {
            Value::Exc(e) => Ok(e),
            _ => Err(wrong("exception", &v)),
        }
    }
}

impl<T: FromValue + PyObj> FromValue for crate::iter::Iter<T> {
    fn from_value(v: Value) -> PyResult<crate::iter::Iter<T>> {
        // An iterator object keeps its type's name (`type(enumerate(x)).__name__`).
        let name = match &v {
            Value::Iter(i) => i.name(),
            _ => "iterator",
        };
        let mut it = v.iter()?;
        Ok(crate::iter::Iter::from_fn(name, move || {
            match it.next()? {
                Some(x) => Ok(Some(T::from_value(x)?)),
                None => Ok(None),
            }
        }))
    }
}

macro_rules! tuple_from_value {
    ($n:expr; $($T:ident $i:tt),+) => {
        impl<$($T: FromValue),+> FromValue for ($($T,)+) {
            fn from_value(v: Value) -> PyResult<Self> {
                match &v {
                    Value::Tuple(t) if t.len() == $n => {
                        let s = t.as_slice();
                        Ok(($($T::from_value(s[$i].clone())?,)+))
                    }
                    _ => Err(wrong("tuple", &v)),
                }
            }
        }
    };
}

tuple_from_value!(1; A 0);
tuple_from_value!(2; A 0, B 1);
tuple_from_value!(3; A 0, B 1, C 2);
tuple_from_value!(4; A 0, B 1, C 2, D 3);
tuple_from_value!(5; A 0, B 1, C 2, D 3, E 4);
tuple_from_value!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple_from_value!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_from_value!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_from_value!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_from_value!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_from_value!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_from_value!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// A local that a test proved is not None (`if x is not None:` narrowing): None here
/// would be a compiler bug, reported rather than a panic.
#[inline]
pub fn unwrap_narrowed<T>(v: Option<T>) -> PyResult<T> {
    match v {
        Some(v) => Ok(v),
        None => Err(crate::exc::PyErr::msg(
            crate::exc::ExcKind::SystemError,
            "molt: a value proved not None was None",
        )),
    }
}

/// Unboxes a value into `T`.
pub fn unbox<T: FromValue>(v: Value) -> PyResult<T> {
    T::from_value(v)
}

/// An int argument (`range(x)`, `chr(x)`): ints and bools only.
pub fn to_int(v: &Value) -> PyResult<Int> {
    match v.as_index()? {
        Some(i) => Ok(i),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )),
    }
}

/// A sequence index.
pub fn to_index(v: &Value) -> PyResult<Int> {
    match v.as_index()? {
        Some(i) => Ok(i),
        None => type_error(format!(
            "list indices must be integers or slices, not {}",
            v.class_name()
        )),
    }
}

/// A slice bound: None or an int, or an object with `__index__` (_PyEval_SliceIndex).
pub fn slice_bound(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        _ => match v.as_index()? {
            Some(i) => Ok(Some(crate::slice::bound(&i))),
            None => {
                type_error("slice indices must be integers or None or have an __index__ method")
            }
        },
    }
}

/// A number as a float, for mixed arithmetic.
pub fn to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => i.to_f64(),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => type_error(format!("must be real number, not {}", v.class_name())),
    }
}
