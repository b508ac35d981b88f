//! Python tuples. A tuple whose length and item types are known is a Rust tuple (arity 1 to
//! 12) or `EmptyTuple`; a tuple of unknown length with one item type is `Tup<T>`.

use crate::exc::{PyResult, index_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use std::rc::Rc;

/// Appends `(a, b)` / `(a,)` / `()` for a slice of values.
pub fn repr_items<T: PyObj>(items: &[T], out: &mut String) -> PyResult<()> {
    out.push('(');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        x.py_repr(out)?;
    }
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(())
}

/// Appends `(a, b)` / `(a)` / `()`: the argument list of an exception's repr.
pub fn repr_items_paren_only<T: PyObj>(items: &[T], out: &mut String) -> PyResult<()> {
    out.push('(');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        x.py_repr(out)?;
    }
    out.push(')');
    Ok(())
}

/// `()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EmptyTuple;

impl PyObj for EmptyTuple {
    fn to_value(&self) -> Value {
        Value::Tuple(Tup::from_vec(vec![]))
    }
    fn type_name(&self) -> &'static str {
        "tuple"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str("()");
        Ok(())
    }
    fn py_eq(&self, _: &Self) -> PyResult<bool> {
        Ok(true)
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(crate::hash::hash_tuple(std::iter::empty()))
    }
    fn py_cmp(&self, _: &Self, op: CmpOp) -> PyResult<bool> {
        Ok(op.test(std::cmp::Ordering::Equal))
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(false)
    }
    fn py_is(&self, _: &Self) -> bool {
        true
    }
}

/// A tuple of any length whose items share one type.
pub struct Tup<T>(Rc<[T]>);

impl<T> Clone for Tup<T> {
    fn clone(&self) -> Self {
        Tup(self.0.clone())
    }
}

impl<T: PyObj> Tup<T> {
    pub fn from_vec(v: Vec<T>) -> Tup<T> {
        Tup(v.into())
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The items, when no one else holds this tuple (no other value can see a change).
    #[inline]
    pub fn unique_mut(&mut self) -> Option<&mut [T]> {
        Rc::get_mut(&mut self.0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    #[inline]
    pub fn iter_at(&self, i: usize) -> Option<T> {
        self.0.get(i).cloned()
    }

    /// `t[k]` with a key the compiler did not type (see `List::getitem_dyn`).
    pub fn getitem_dyn(&self, key: &Value) -> PyResult<Value> {
        match key {
            Value::Int(i) => Ok(self.getitem(i)?.into_value()),
            Value::Bool(b) => Ok(self.getitem(&Int::from(*b))?.into_value()),
            _ => self.to_value().getitem(key),
        }
    }

    pub fn getitem(&self, i: &Int) -> PyResult<T> {
        match crate::list::norm_index(i.to_index()?, self.0.len()) {
            Some(j) => Ok(self.0[j].clone()),
            None => index_error("tuple index out of range"),
        }
    }

    pub fn slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<Tup<T>> {
        let (start, _, step, n) = crate::slice::indices(start, stop, step, self.0.len() as i64)?;
        let mut out = Vec::with_capacity(n as usize);
        let mut i = start;
        for _ in 0..n {
            out.push(self.0[i as usize].clone());
            i += step;
        }
        Ok(Tup::from_vec(out))
    }

    pub fn concat(&self, o: &Tup<T>) -> Tup<T> {
        let mut v = self.0.to_vec();
        v.extend(o.0.iter().cloned());
        Tup::from_vec(v)
    }

    pub fn repeat(&self, n: &Int) -> PyResult<Tup<T>> {
        let n = n.to_index().map_err(|_| {
            crate::PyErr::msg(
                crate::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
        let n = n.max(0) as usize;
        if (self.0.len() as u128) * (n as u128) > (isize::MAX as u128) / 16 {
            return Err(crate::PyErr::new(crate::ExcKind::MemoryError, vec![]));
        }
        let mut v = Vec::with_capacity(self.0.len() * n);
        for _ in 0..n {
            v.extend(self.0.iter().cloned());
        }
        Ok(Tup::from_vec(v))
    }

    pub fn contains(&self, x: &T) -> PyResult<bool> {
        for item in self.0.iter() {
            if item.py_is(x) || item.py_eq(x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn count(&self, x: &T) -> PyResult<Int> {
        let mut n = 0i64;
        for item in self.0.iter() {
            if item.py_is(x) || item.py_eq(x)? {
                n += 1;
            }
        }
        Ok(Int::from(n))
    }

    /// `t.index(x)`.
    pub fn index(&self, x: &T) -> PyResult<Int> {
        self.index_in(x, None, None)
    }

    /// `t.index(x, start, stop)`: bounds are clamped like slice indices.
    pub fn index_in(&self, x: &T, start: Option<&Int>, stop: Option<&Int>) -> PyResult<Int> {
        let len = self.0.len() as i64;
        let clamp = |b: Option<&Int>, d: i64| -> i64 {
            match b {
                None => d,
                Some(b) => {
                    let b = crate::slice::bound(b);
                    if b < 0 { (b + len).max(0) } else { b.min(len) }
                }
            }
        };
        let (start, stop) = (clamp(start, 0), clamp(stop, len));
        let mut i = start;
        while i < stop {
            if let Some(item) = self.0.get(i as usize)
                && (item.py_is(x) || item.py_eq(x)?)
            {
                return Ok(Int::from(i));
            }
            i += 1;
        }
        crate::exc::value_error("tuple.index(x): x not in tuple")
    }
}

impl<T: PyObj> PyObj for Tup<T> {
    fn to_value(&self) -> Value {
        Value::Tuple(Tup::from_vec(self.0.iter().map(|x| x.to_value()).collect()))
    }
    fn type_name(&self) -> &'static str {
        "tuple"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        // A tuple inside a list it contains prints as `(...)` (tuplerepr's Py_ReprEnter).
        if self.0.is_empty() {
            out.push_str("()");
            return Ok(());
        }
        let Some(_guard) =
            crate::value::ReprGuard::enter(Rc::as_ptr(&self.0) as *const T as *const () as usize)
        else {
            out.push_str("(...)");
            return Ok(());
        };
        repr_items(&self.0, out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        crate::list::seq_eq(&self.0, &other.0)
    }
    fn py_hash(&self) -> PyResult<i64> {
        let hs: Vec<i64> = self
            .0
            .iter()
            .map(|x| x.py_hash())
            .collect::<PyResult<_>>()?;
        Ok(crate::hash::hash_tuple(hs.into_iter()))
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        crate::list::seq_cmp(&self.0, &other.0, op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        // CPython's empty tuple is a singleton.
        Rc::ptr_eq(&self.0, &other.0) || (self.0.is_empty() && other.0.is_empty())
    }
}

macro_rules! tuple_impls {
    ($len:expr; $($T:ident $i:tt),+) => {
        impl<$($T: PyObj),+> PyObj for ($($T,)+) {
            fn to_value(&self) -> Value {
                // One allocation: the Rc slice is built from the array.
                Value::Tuple(Tup(Rc::from([$(self.$i.to_value()),+])))
            }
            #[inline]
            fn into_value(self) -> Value {
                Value::Tuple(Tup(Rc::from([$(self.$i.into_value()),+])))
            }
            fn type_name(&self) -> &'static str {
                "tuple"
            }
            fn py_repr(&self, out: &mut String) -> PyResult<()> {
                out.push('(');
                $(
                    if $i > 0 { out.push_str(", "); }
                    self.$i.py_repr(out)?;
                )+
                if $len == 1 { out.push(','); }
                out.push(')');
                Ok(())
            }
            fn py_eq(&self, other: &Self) -> PyResult<bool> {
                $(
                    if !(self.$i.py_is(&other.$i) || self.$i.py_eq(&other.$i)?) { return Ok(false); }
                )+
                Ok(true)
            }
            fn py_hash(&self) -> PyResult<i64> {
                let hs = [$(self.$i.py_hash()?),+];
                Ok(crate::hash::hash_tuple(hs.into_iter()))
            }
            fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
                $(
                    if !(self.$i.py_is(&other.$i) || self.$i.py_eq(&other.$i)?) {
                        return self.$i.py_cmp(&other.$i, op);
                    }
                )+
                Ok(op.test(std::cmp::Ordering::Equal))
            }
            fn py_truthy(&self) -> PyResult<bool> {
                Ok(true)
            }
            fn py_is(&self, other: &Self) -> bool {
                true $(&& self.$i.py_is(&other.$i))+
            }
            fn totally_ordered(&self) -> bool {
                true $(&& self.$i.totally_ordered())+
            }
            fn total_cmp(&self, other: &Self) -> std::cmp::Ordering {
                // Lexicographic, as tuple comparison: the first items not equal decide.
                std::cmp::Ordering::Equal $(.then_with(|| self.$i.total_cmp(&other.$i)))+
            }
        }
    };
}

tuple_impls!(1; A 0);
tuple_impls!(2; A 0, B 1);
tuple_impls!(3; A 0, B 1, C 2);
tuple_impls!(4; A 0, B 1, C 2, D 3);
tuple_impls!(5; A 0, B 1, C 2, D 3, E 4);
tuple_impls!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple_impls!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_impls!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_impls!(9; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_impls!(10; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_impls!(11; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_impls!(12; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_with_bounds_and_errors() {
        let t = Tup::from_vec((0..6i64).map(|v| Int::from(v % 3)).collect());
        let i = |v: i64| Int::from(v);
        assert_eq!(t.index(&i(2)).unwrap().as_i64(), Some(2));
        assert_eq!(
            t.index_in(&i(2), Some(&i(3)), None).unwrap().as_i64(),
            Some(5)
        );
        assert_eq!(
            t.index_in(&i(0), Some(&i(-3)), None).unwrap().as_i64(),
            Some(3)
        );
        let e = t.index_in(&i(2), Some(&i(3)), Some(&i(5))).unwrap_err();
        assert_eq!(
            e.traceback_line(),
            "ValueError: tuple.index(x): x not in tuple"
        );
        let big = Int::parse("100000000000000000000", 10).unwrap();
        assert_eq!(
            t.repeat(&big).map(|_| ()).unwrap_err().traceback_line(),
            "OverflowError: cannot fit 'int' into an index-sized integer"
        );
    }
}
