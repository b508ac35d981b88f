//! Python's list: a shared, mutable vector (reference semantics through `Rc<RefCell<..>>`).
//! Borrows are never held across a call that can run user code, so the RefCell cannot panic.

use crate::exc::{ExcKind, PyErr, PyResult, index_error, value_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

pub struct List<T>(Rc<RefCell<Vec<T>>>);

impl<T> Clone for List<T> {
    #[inline]
    fn clone(&self) -> Self {
        List(self.0.clone())
    }
}

/// Normalises a Python index against a length; None when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}

impl<T: PyObj> List<T> {
    pub fn new() -> List<T> {
        List(Rc::new(RefCell::new(Vec::new())))
    }

    pub fn from_vec(v: Vec<T>) -> List<T> {
        List(Rc::new(RefCell::new(v)))
    }

    #[inline]
    pub fn borrow(&self) -> Ref<'_, Vec<T>> {
        self.0.borrow()
    }

    #[inline]
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<T>> {
        self.0.borrow_mut()
    }

    /// A snapshot of the items (for algorithms that call back into Python code).
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().clone()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ptr_eq(&self, o: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    /// The item at position i, for iteration (which re-reads the length every step, so a
    /// loop sees items appended during it, as in Python).
    #[inline]
    pub fn iter_at(&self, i: usize) -> Option<T> {
        self.0.borrow().get(i).cloned()
    }

    #[inline]
    pub fn getitem(&self, i: &Int) -> PyResult<T> {
        let v = self.0.borrow();
        match i {
            Int::Small(i) => match norm_index(*i, v.len()) {
                Some(j) => Ok(v[j].clone()),
                None => index_error("list index out of range"),
            },
            Int::Big(_) => Err(PyErr::msg(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    #[inline]
    pub fn setitem(&self, i: &Int, x: T) -> PyResult<()> {
        let mut v = self.0.borrow_mut();
        let len = v.len();
        match norm_index(i.to_index()?, len) {
            Some(j) => {
                // Drop the old value after releasing the borrow: dropping never runs
                // Python code, but keep the borrow short anyway.
                let old = std::mem::replace(&mut v[j], x);
                drop(v);
                drop(old);
                Ok(())
            }
            None => index_error("list assignment index out of range"),
        }
    }

    pub fn delitem(&self, i: &Int) -> PyResult<()> {
        let mut v = self.0.borrow_mut();
        let len = v.len();
        match norm_index(i.to_index()?, len) {
            Some(j) => {
                let old = v.remove(j);
                drop(v);
                drop(old);
                Ok(())
            }
            None => index_error("list assignment index out of range"),
        }
    }

    #[inline]
    pub fn append(&self, x: T) {
        self.0.borrow_mut().push(x);
    }

    pub fn extend_vec(&self, xs: Vec<T>) {
        self.0.borrow_mut().extend(xs);
    }

    /// `self.extend(other)` for another list (which may be self).
    pub fn extend_list(&self, other: &List<T>) {
        let items = other.to_vec();
        self.0.borrow_mut().extend(items);
    }

    pub fn insert(&self, i: &Int, x: T) {
        let mut v = self.0.borrow_mut();
        let n = v.len() as i64;
        let i = crate::slice::bound(i);
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x);
    }

    pub fn pop(&self, i: Option<&Int>) -> PyResult<T> {
        let mut v = self.0.borrow_mut();
        if v.is_empty() {
            return index_error("pop from empty list");
        }
        let idx = match i {
            None => v.len() - 1,
            Some(i) => match norm_index(i.to_index()?, v.len()) {
                Some(j) => j,
                None => return index_error("pop index out of range"),
            },
        };
        Ok(v.remove(idx))
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.0.borrow_mut());
        drop(old);
    }

    pub fn reverse(&self) {
        self.0.borrow_mut().reverse();
    }

    pub fn copy(&self) -> List<T> {
        List::from_vec(self.to_vec())
    }

    pub fn contains(&self, x: &T) -> PyResult<bool> {
        let mut i = 0;
        while let Some(item) = self.iter_at(i) {
            if item.py_is(x) || item.py_eq(x)? {
                return Ok(true);
            }
            i += 1;
        }
        Ok(false)
    }

    pub fn count(&self, x: &T) -> PyResult<Int> {
        let mut n = 0i64;
        let mut i = 0;
        while let Some(item) = self.iter_at(i) {
            if item.py_is(x) || item.py_eq(x)? {
                n += 1;
            }
            i += 1;
        }
        Ok(Int::from(n))
    }

    pub fn index(&self, x: &T, start: Option<&Int>, stop: Option<&Int>) -> PyResult<Int> {
        let len = self.len() as i64;
        let clamp = |b: Option<&Int>, d: i64| -> i64 {
            match b {
                None => d,
                Some(b) => {
                    let b = crate::slice::bound(b);
                    if b < 0 { (b + len).max(0) } else { b.min(len) }
                }
            }
        };
        let (mut i, stop) = (clamp(start, 0), clamp(stop, len));
        while i < stop {
            let Some(item) = self.iter_at(i as usize) else {
                break;
            };
            if item.py_is(x) || item.py_eq(x)? {
                return Ok(Int::from(i));
            }
            i += 1;
        }
        let mut r = String::new();
        x.py_repr(&mut r)?;
        value_error(format!("{r} is not in list"))
    }

    pub fn remove(&self, x: &T) -> PyResult<()> {
        let mut i = 0;
        while let Some(item) = self.iter_at(i) {
            if item.py_is(x) || item.py_eq(x)? {
                let old = self.0.borrow_mut().remove(i);
                drop(old);
                return Ok(());
            }
            i += 1;
        }
        value_error("list.remove(x): x not in list")
    }

    pub fn slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<List<T>> {
        let v = self.0.borrow();
        let (start, _, step, n) = crate::slice::indices(start, stop, step, v.len() as i64)?;
        let mut out = Vec::with_capacity(n as usize);
        let mut i = start;
        for _ in 0..n {
            out.push(v[i as usize].clone());
            i += step;
        }
        Ok(List::from_vec(out))
    }

    /// `self[a:b:c] = items`.
    pub fn set_slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
        items: Vec<T>,
    ) -> PyResult<()> {
        let mut v = self.0.borrow_mut();
        let (start, stop, step, n) = crate::slice::indices(start, stop, step, v.len() as i64)?;
        if step == 1 {
            let stop = stop.max(start);
            let removed: Vec<T> = v.splice(start as usize..stop as usize, items).collect();
            drop(v);
            drop(removed);
            return Ok(());
        }
        if items.len() as i64 != n {
            return value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                n
            ));
        }
        let mut i = start;
        for x in items {
            v[i as usize] = x;
            i += step;
        }
        Ok(())
    }

    /// `del self[a:b:c]`.
    pub fn del_slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<()> {
        let mut v = self.0.borrow_mut();
        let (start, stop, step, n) = crate::slice::indices(start, stop, step, v.len() as i64)?;
        if step == 1 {
            if stop > start {
                let removed: Vec<T> = v.drain(start as usize..stop as usize).collect();
                drop(v);
                drop(removed);
            }
            return Ok(());
        }
        let mut kill = vec![false; v.len()];
        let mut i = start;
        for _ in 0..n {
            kill[i as usize] = true;
            i += step;
        }
        let old = std::mem::take(&mut *v);
        *v = old
            .into_iter()
            .zip(kill)
            .filter(|(_, k)| !k)
            .map(|(x, _)| x)
            .collect();
        Ok(())
    }

    pub fn concat(&self, o: &List<T>) -> List<T> {
        let mut v = self.to_vec();
        v.extend(o.to_vec());
        List::from_vec(v)
    }

    pub fn repeat(&self, n: &Int) -> PyResult<List<T>> {
        let n = n.to_index().map_err(|_| {
            PyErr::msg(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
        let v = self.0.borrow();
        if n <= 0 || v.is_empty() {
            return Ok(List::new());
        }
        if (v.len() as u128) * (n as u128) > (isize::MAX as u128) / 16 {
            return Err(PyErr::new(ExcKind::MemoryError, vec![]));
        }
        let mut out = Vec::with_capacity(v.len() * n as usize);
        for _ in 0..n {
            out.extend(v.iter().cloned());
        }
        Ok(List::from_vec(out))
    }

    /// `self *= n`.
    pub fn irepeat(&self, n: &Int) -> PyResult<()> {
        let r = self.repeat(n)?;
        let v = r.to_vec();
        *self.0.borrow_mut() = v;
        Ok(())
    }

    /// Stable sort by `<`, as list.sort() does. The items are taken out during the sort
    /// (CPython shows an empty list meanwhile) and a modification is reported like CPython.
    pub fn sort_by_key<K: PyObj>(
        &self,
        mut key: impl FnMut(&T) -> PyResult<K>,
        reverse: bool,
    ) -> PyResult<()> {
        let items = std::mem::take(&mut *self.0.borrow_mut());
        let mut keyed: Vec<(K, T)> = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for x in items.iter() {
            match key(x) {
                Ok(k) => keyed.push((k, x.clone())),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        if result.is_ok() {
            result =
                crate::sort::sort_stable(&mut keyed, reverse, |a, b| a.0.py_cmp(&b.0, CmpOp::Lt));
        }
        let modified = !self.0.borrow().is_empty();
        let mut v = self.0.borrow_mut();
        match result {
            Ok(()) => *v = keyed.into_iter().map(|(_, x)| x).collect(),
            Err(_) => *v = items,
        }
        drop(v);
        result?;
        if modified {
            return value_error("list modified during sort");
        }
        Ok(())
    }

    pub fn sort(&self, reverse: bool) -> PyResult<()> {
        let mut items = std::mem::take(&mut *self.0.borrow_mut());
        let result = crate::sort::sort_stable(&mut items, reverse, |a, b| a.py_cmp(b, CmpOp::Lt));
        let modified = !self.0.borrow().is_empty();
        *self.0.borrow_mut() = items;
        result?;
        if modified {
            return value_error("list modified during sort");
        }
        Ok(())
    }
}

impl<T: PyObj> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

/// Lexicographic comparison of two sequences, Python's way: find the first pair that is not
/// equal, then compare that pair (or the lengths).
pub fn seq_cmp<T: PyObj>(a: &[T], b: &[T], op: CmpOp) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b.iter()) {
        if !(x.py_is(y) || x.py_eq(y)?) {
            return x.py_cmp(y, op);
        }
    }
    Ok(op.test(a.len().cmp(&b.len())))
}

pub fn seq_eq<T: PyObj>(a: &[T], b: &[T]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !(x.py_is(y) || x.py_eq(y)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

impl<T: PyObj> PyObj for List<T> {
    fn to_value(&self) -> Value {
        crate::value::list_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "list"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) =
            crate::value::ReprGuard::enter(Rc::as_ptr(&self.0) as *const () as usize)
        else {
            out.push_str("[...]");
            return Ok(());
        };
        let items = self.to_vec();
        out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            x.py_repr(out)?;
        }
        out.push(']');
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        if self.ptr_eq(other) {
            return Ok(true);
        }
        let (a, b) = (self.to_vec(), other.to_vec());
        seq_eq(&a, &b)
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        let (a, b) = (self.to_vec(), other.to_vec());
        seq_cmp(&a, &b, op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.borrow().is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.ptr_eq(other)
    }
}
