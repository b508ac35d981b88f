//! Python's list: a shared, mutable vector (reference semantics through `Rc<RefCell<..>>`).
//! Method behaviour and messages follow CPython 3.11's Objects/listobject.c.
//!
//! Borrows are never held across a call that can run user code. Comparisons of the
//! runtime's own element types never do (see `is_pure`), so `==`, `in`, `index`, `count`
//! and `remove` compare those under a borrow instead of copying the list first.

use crate::exc::{ExcKind, PyErr, PyResult, index_error, value_error};
use crate::int::Int;
use crate::obj::{CmpOp, PyObj};
use crate::str::Str;
use crate::tuple::{EmptyTuple, Tup};
use crate::value::Value;
use std::any::{Any, TypeId};
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

pub struct List<T>(Rc<RefCell<Vec<T>>>);

impl<T> Clone for List<T> {
    #[inline]
    fn clone(&self) -> Self {
        List(self.0.clone())
    }
}

/// Element types that hold no other objects: comparing or printing them cannot recurse.
pub fn is_scalar<T: 'static>() -> bool {
    let t = TypeId::of::<T>();
    t == TypeId::of::<Int>()
        || t == TypeId::of::<Str>()
        || t == TypeId::of::<f64>()
        || t == TypeId::of::<bool>()
        || t == TypeId::of::<()>()
        || t == TypeId::of::<EmptyTuple>()
}

/// Element types whose `py_eq`, `py_cmp` and `py_repr` never run user code and never
/// mutate a container, so they may run while a list is borrowed. A type missing from
/// this list only costs a copy of the items.
pub fn is_pure<T: 'static>() -> bool {
    if is_scalar::<T>() {
        return true;
    }
    let t = TypeId::of::<T>();
    [
        TypeId::of::<Value>(),
        TypeId::of::<List<Value>>(),
        TypeId::of::<List<Int>>(),
        TypeId::of::<List<Str>>(),
        TypeId::of::<List<f64>>(),
        TypeId::of::<Tup<Value>>(),
        TypeId::of::<Tup<Int>>(),
        TypeId::of::<Tup<Str>>(),
        TypeId::of::<(Int, Int)>(),
        TypeId::of::<(Int, Str)>(),
        TypeId::of::<(Str, Int)>(),
        TypeId::of::<(Str, Str)>(),
        TypeId::of::<(Int, f64)>(),
        TypeId::of::<(f64, Int)>(),
        TypeId::of::<(f64, f64)>(),
        TypeId::of::<(Int, Int, Int)>(),
        TypeId::of::<(Value, Value)>(),
    ]
    .contains(&t)
}

/// Normalises a Python index against a length; None when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i.wrapping_add(n) } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}

/// `v[i]` with a Python index, for fast loops (codegen fast.rs): one bounds check.
#[inline]
pub fn item<T>(v: &[T], i: i64) -> Option<&T> {
    // A negative index still negative after adding the length becomes a huge usize.
    let j = if i < 0 {
        i.wrapping_add(v.len() as i64)
    } else {
        i
    };
    v.get(j as usize)
}

/// As `item`, to store.
#[inline]
pub fn item_mut<T>(v: &mut [T], i: i64) -> Option<&mut T> {
    let j = if i < 0 {
        i.wrapping_add(v.len() as i64)
    } else {
        i
    };
    v.get_mut(j as usize)
}

#[inline]
fn same<T: PyObj>(a: &T, b: &T) -> PyResult<bool> {
    Ok(a.py_is(b) || a.py_eq(b)?)
}

impl<T: PyObj> List<T> {
    pub fn new() -> List<T> {
        List(Rc::new(RefCell::new(Vec::new())))
    }

    pub fn with_capacity(n: usize) -> List<T> {
        List(Rc::new(RefCell::new(Vec::with_capacity(n))))
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

    /// The items for a fast loop (codegen fast.rs), which holds the borrow for the whole
    /// loop: None when the list is already borrowed (another local aliases it mutably).
    #[inline]
    pub fn try_borrow(&self) -> Option<Ref<'_, Vec<T>>> {
        self.0.try_borrow().ok()
    }

    /// As `try_borrow`, for a fast loop that stores items.
    #[inline]
    pub fn try_borrow_mut(&self) -> Option<RefMut<'_, Vec<T>>> {
        self.0.try_borrow_mut().ok()
    }

    /// A snapshot of the items (for algorithms that call back into Python code).
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().clone()
    }

    /// The items as a vector, taken without a copy when this is the only reference (a
    /// slice or a list just made, as in `a[:k] = b[k::-1]`).
    pub fn into_vec(self) -> Vec<T> {
        match Rc::try_unwrap(self.0) {
            Ok(cell) => cell.into_inner(),
            Err(rc) => rc.borrow().clone(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ptr_eq(&self, o: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }

    /// The item at position i, for iteration (which re-reads the length every step, so a
    /// loop sees items appended during it, as in Python).
    #[inline]
    pub fn iter_at(&self, i: usize) -> Option<T> {
        self.0.borrow().get(i).cloned()
    }

    /// `iter(l)`: CPython's list iterator (an index; once exhausted it stays exhausted).
    pub fn iter(&self) -> ListIter<T> {
        ListIter {
            list: Some(self.clone()),
            i: 0,
        }
    }

    /// `reversed(l)`.
    pub fn iter_rev(&self) -> ListRevIter<T> {
        ListRevIter {
            list: Some(self.clone()),
            i: self.len() as isize - 1,
        }
    }

    /// `l[k]` with a key the compiler did not type: an int or bool indexes the typed
    /// list; anything else (a slice object, an object with `__index__`, a wrong type)
    /// takes the boxed list's path, which copies the list but is rare.
    pub fn getitem_dyn(&self, key: &Value) -> PyResult<Value> {
        match key {
            Value::Int(i) => Ok(self.getitem(i)?.into_value()),
            Value::Bool(b) => Ok(self.getitem(&Int::from(*b))?.into_value()),
            _ => self.to_value().getitem(key),
        }
    }

    /// `l[i]`.
    #[inline]
    pub fn getitem(&self, i: &Int) -> PyResult<T> {
        let v = self.0.borrow();
        match i {
            Int::Small(i) => match norm_index(*i, v.len()).and_then(|j| v.get(j)) {
                Some(x) => Ok(x.clone()),
                None => index_error("list index out of range"),
            },
            Int::Big(_) => index_error("cannot fit 'int' into an index-sized integer"),
        }
    }

    /// `l[i]` for an index that is already an i64.
    #[inline]
    pub fn get_i64(&self, i: i64) -> PyResult<T> {
        let v = self.0.borrow();
        match norm_index(i, v.len()).and_then(|j| v.get(j)) {
            Some(x) => Ok(x.clone()),
            None => index_error("list index out of range"),
        }
    }

    /// `l[i] = x`.
    #[inline]
    pub fn setitem(&self, i: &Int, x: T) -> PyResult<()> {
        let i = i.to_index()?;
        let mut v = self.0.borrow_mut();
        let len = v.len();
        match norm_index(i, len).and_then(|j| v.get_mut(j)) {
            Some(slot) => {
                // Drop the old value after releasing the borrow.
                let old = std::mem::replace(slot, x);
                drop(v);
                drop(old);
                Ok(())
            }
            None => index_error("list assignment index out of range"),
        }
    }

    /// `del l[i]`.
    pub fn delitem(&self, i: &Int) -> PyResult<()> {
        let i = i.to_index()?;
        let mut v = self.0.borrow_mut();
        let len = v.len();
        match norm_index(i, len) {
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

    /// `self.extend(other)` for another list (which may be self: then its items once).
    pub fn extend_list(&self, other: &List<T>) {
        if self.ptr_eq(other) {
            let mut v = self.0.borrow_mut();
            let n = v.len();
            v.extend_from_within(..n);
            return;
        }
        let o = other.0.borrow();
        self.0.borrow_mut().extend(o.iter().cloned());
    }

    /// `l.insert(i, x)`: the index is clamped to the list.
    pub fn insert(&self, i: &Int, x: T) -> PyResult<()> {
        let i = i.to_i64_overflow()?;
        let mut v = self.0.borrow_mut();
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x);
        Ok(())
    }

    /// `l.pop()` / `l.pop(i)`.
    pub fn pop(&self, i: Option<&Int>) -> PyResult<T> {
        let i = match i {
            Some(i) => Some(i.to_i64_overflow()?),
            None => None,
        };
        let mut v = self.0.borrow_mut();
        if v.is_empty() {
            return index_error("pop from empty list");
        }
        let idx = match i {
            None => v.len() - 1,
            Some(i) => match norm_index(i, v.len()) {
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

    /// The first position in [start, stop) whose item == x (items compared as `item == x`).
    fn find(&self, x: &T, start: usize, stop: usize) -> PyResult<Option<usize>> {
        if is_pure::<T>() {
            let v = self.0.borrow();
            let stop = stop.min(v.len());
            for i in start..stop {
                if same(&v[i], x)? {
                    return Ok(Some(i));
                }
            }
            return Ok(None);
        }
        let mut i = start;
        while i < stop {
            let Some(item) = self.iter_at(i) else {
                break;
            };
            if same(&item, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    /// `x in l`.
    pub fn contains(&self, x: &T) -> PyResult<bool> {
        Ok(self.find(x, 0, usize::MAX)?.is_some())
    }

    /// `l.count(x)`.
    pub fn count(&self, x: &T) -> PyResult<Int> {
        let mut n = 0i64;
        if is_pure::<T>() {
            for item in self.0.borrow().iter() {
                if same(item, x)? {
                    n += 1;
                }
            }
            return Ok(Int::from(n));
        }
        let mut i = 0;
        while let Some(item) = self.iter_at(i) {
            if same(&item, x)? {
                n += 1;
            }
            i += 1;
        }
        Ok(Int::from(n))
    }

    /// `l.index(x[, start[, stop]])`: bounds are clamped like slice indices.
    pub fn index(&self, x: &T, start: Option<&Int>, stop: Option<&Int>) -> PyResult<Int> {
        let len = self.len() as i64;
        let clamp = |b: Option<&Int>, d: i64| -> i64 {
            match b {
                None => d,
                Some(b) => {
                    let b = crate::slice::bound(b);
                    if b < 0 { (b + len).max(0) } else { b }
                }
            }
        };
        let (start, stop) = (clamp(start, 0), clamp(stop, i64::MAX));
        if start < stop
            && let Some(i) = self.find(x, start as usize, stop as usize)?
        {
            return Ok(Int::from(i as i64));
        }
        let mut r = String::new();
        x.py_repr(&mut r)?;
        value_error(format!("{r} is not in list"))
    }

    /// `l.remove(x)`.
    pub fn remove(&self, x: &T) -> PyResult<()> {
        match self.find(x, 0, usize::MAX)? {
            Some(i) => {
                let mut v = self.0.borrow_mut();
                if i < v.len() {
                    let old = v.remove(i);
                    drop(v);
                    drop(old);
                }
                Ok(())
            }
            None => value_error("list.remove(x): x not in list"),
        }
    }

    /// `l[a:b:c]`.
    pub fn slice(
        &self,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<List<T>> {
        let v = self.0.borrow();
        let (start, _, step, n) = crate::slice::indices(start, stop, step, v.len() as i64)?;
        if step == 1 {
            let a = start as usize;
            return Ok(List::from_vec(v[a..a + n as usize].to_vec()));
        }
        let mut out = Vec::with_capacity(n as usize);
        let mut i = start;
        for _ in 0..n {
            out.push(v[i as usize].clone());
            i += step;
        }
        Ok(List::from_vec(out))
    }

    /// `self[a:b:c] = items` (the caller has already turned the right side into a vector,
    /// so `a[:] = a` assigns a copy, as in CPython).
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
            let mut items = items;
            if (stop - start) as usize == items.len() {
                // Same length: swap the items in; the old ones are dropped after the borrow.
                let slots = &mut v[start as usize..stop as usize];
                for (slot, x) in slots.iter_mut().zip(items.iter_mut()) {
                    std::mem::swap(slot, x);
                }
                drop(v);
                drop(items);
                return Ok(());
            }
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
        let mut old = Vec::with_capacity(items.len());
        let mut i = start;
        for x in items {
            old.push(std::mem::replace(&mut v[i as usize], x));
            i += step;
        }
        drop(v);
        drop(old);
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
        let mut removed = Vec::with_capacity(n as usize);
        for (x, k) in old.into_iter().zip(kill) {
            if k {
                removed.push(x);
            } else {
                v.push(x);
            }
        }
        drop(v);
        drop(removed);
        Ok(())
    }

    /// `self + o`.
    pub fn concat(&self, o: &List<T>) -> List<T> {
        let a = self.0.borrow();
        let b = o.0.borrow();
        let mut v = Vec::with_capacity(a.len() + b.len());
        v.extend(a.iter().cloned());
        v.extend(b.iter().cloned());
        List::from_vec(v)
    }

    /// `self * n`.
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
        if let [x] = v.as_slice() {
            // `[x] * n`: a fill (a memset for flags and floats).
            out.resize(n as usize, x.clone());
        } else {
            for _ in 0..n {
                out.extend_from_slice(&v);
            }
        }
        Ok(List::from_vec(out))
    }

    /// `self *= n` (in place: other references see the change).
    pub fn irepeat(&self, n: &Int) -> PyResult<()> {
        let r = self.repeat(n)?;
        let new = std::mem::take(&mut *r.0.borrow_mut());
        let old = std::mem::replace(&mut *self.0.borrow_mut(), new);
        drop(old);
        Ok(())
    }

    /// `self += other` for a list: extend in place.
    pub fn iadd(&self, other: &List<T>) {
        self.extend_list(other);
    }

    /// `l.sort(reverse=...)`: CPython's timsort with `<`. The items are taken out during
    /// the sort (CPython shows an empty list meanwhile); a list changed by a comparison
    /// gets its sorted items back and "list modified during sort".
    pub fn sort(&self, reverse: bool) -> PyResult<()> {
        let mut items = std::mem::take(&mut *self.0.borrow_mut());
        let result = sort_items(&mut items, reverse);
        self.put_back(items, result)
    }

    /// `l.sort(key=key, reverse=...)`: the key is called once per item, in order.
    pub fn sort_by_key<K: PyObj>(
        &self,
        mut key: impl FnMut(&T) -> PyResult<K>,
        reverse: bool,
    ) -> PyResult<()> {
        let mut items = std::mem::take(&mut *self.0.borrow_mut());
        let mut keys: Vec<K> = Vec::with_capacity(items.len());
        for x in items.iter() {
            match key(x) {
                Ok(k) => keys.push(k),
                Err(e) => {
                    // keyfunc_fail: the list gets its items back, unsorted.
                    let _ = self.put_back(items, Ok(()));
                    return Err(e);
                }
            }
        }
        let result = sort_keyed(&mut items, keys, reverse);
        self.put_back(items, result)
    }

    fn put_back(&self, items: Vec<T>, result: PyResult<()>) -> PyResult<()> {
        let mut v = self.0.borrow_mut();
        let modified = !v.is_empty();
        let meanwhile = std::mem::replace(&mut *v, items);
        drop(v);
        drop(meanwhile);
        result?;
        if modified {
            return value_error("list modified during sort");
        }
        Ok(())
    }
}

/// Sorts like list.sort(): a stable sort of a consistent total order gives one result
/// whatever the algorithm, so ints, strings and NaN-free floats use std's sort; anything
/// else goes through the timsort port.
fn sort_items<T: PyObj>(items: &mut Vec<T>, reverse: bool) -> PyResult<()> {
    if items.len() < 2 {
        return Ok(());
    }
    let any: &mut dyn Any = items;
    let fast = if let Some(v) = any.downcast_mut::<Vec<Int>>() {
        with_reverse(v, reverse, |v| v.sort_by(|a, b| a.cmp_int(b)));
        true
    } else if let Some(v) = any.downcast_mut::<Vec<Str>>() {
        with_reverse(v, reverse, |v| v.sort_by(|a, b| a.as_str().cmp(b.as_str())));
        true
    } else if let Some(v) = any.downcast_mut::<Vec<f64>>() {
        if v.iter().any(|x| x.is_nan()) {
            false
        } else {
            with_reverse(v, reverse, |v| {
                v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal))
            });
            true
        }
    } else if let Some(v) = any.downcast_mut::<Vec<Value>>() {
        // CPython's pre-sort check picks a specialised compare for keys of one type; a
        // consistent total order lets std's sort stand in for timsort.
        match value_order(v) {
            Some(cmp) => {
                with_reverse(v, reverse, |v| v.sort_by(cmp));
                true
            }
            None => false,
        }
    } else if items.iter().all(PyObj::totally_ordered) {
        // Typed tuples of ints, strs, ... (`pairs.sort()`).
        with_reverse(items, reverse, |v| v.sort_by(PyObj::total_cmp));
        true
    } else {
        false
    };
    if fast {
        return Ok(());
    }
    crate::sort::sort_stable(items, reverse, |a, b| a.py_cmp(b, CmpOp::Lt))
}

type ValueCmp = fn(&Value, &Value) -> std::cmp::Ordering;

/// A total order equivalent to `<` when every value is an int, every value is a str, or
/// every value is a float and none is NaN.
fn value_order(v: &[Value]) -> Option<ValueCmp> {
    use std::cmp::Ordering;
    match v.first()? {
        Value::Int(_) if v.iter().all(|x| matches!(x, Value::Int(_))) => {
            Some(|a, b| match (a, b) {
                (Value::Int(a), Value::Int(b)) => a.cmp_int(b),
                _ => Ordering::Equal,
            })
        }
        Value::Str(_) if v.iter().all(|x| matches!(x, Value::Str(_))) => {
            Some(|a, b| match (a, b) {
                (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
                _ => Ordering::Equal,
            })
        }
        Value::Float(_)
            if v.iter()
                .all(|x| matches!(x, Value::Float(f) if !f.is_nan())) =>
        {
            Some(|a, b| match (a, b) {
                (Value::Float(a), Value::Float(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
                _ => Ordering::Equal,
            })
        }
        _ => None,
    }
}

/// Sorts `items` by precomputed `keys`, like list.sort(key=...).
fn sort_keyed<T, K: PyObj>(items: &mut Vec<T>, keys: Vec<K>, reverse: bool) -> PyResult<()> {
    if items.len() < 2 {
        return Ok(());
    }
    let any: &dyn Any = &keys;
    let perm: Option<Vec<usize>> = if let Some(k) = any.downcast_ref::<Vec<Int>>() {
        Some(stable_perm(k.len(), reverse, |a, b| k[a].cmp_int(&k[b])))
    } else if let Some(k) = any.downcast_ref::<Vec<Str>>() {
        Some(stable_perm(k.len(), reverse, |a, b| {
            k[a].as_str().cmp(k[b].as_str())
        }))
    } else if let Some(k) = any.downcast_ref::<Vec<f64>>() {
        if k.iter().any(|x| x.is_nan()) {
            None
        } else {
            Some(stable_perm(k.len(), reverse, |a, b| {
                k[a].partial_cmp(&k[b]).unwrap_or(std::cmp::Ordering::Equal)
            }))
        }
    } else if let Some(k) = any.downcast_ref::<Vec<Value>>() {
        value_order(k).map(|cmp| stable_perm(k.len(), reverse, |a, b| cmp(&k[a], &k[b])))
    } else if keys.iter().all(PyObj::totally_ordered) {
        Some(stable_perm(keys.len(), reverse, |a, b| {
            keys[a].total_cmp(&keys[b])
        }))
    } else {
        None
    };
    match perm {
        Some(p) => {
            let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
            items.extend(
                p.iter()
                    .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
            );
            Ok(())
        }
        None => crate::sort::sort_by_keys(items, keys, reverse, |a, b| a.py_cmp(b, CmpOp::Lt)),
    }
}

fn with_reverse<T>(v: &mut Vec<T>, reverse: bool, f: impl FnOnce(&mut Vec<T>)) {
    if reverse {
        v.reverse();
    }
    f(v);
    if reverse {
        v.reverse();
    }
}

/// The stable sorting permutation of 0..n (reverse=True as CPython: reverse, sort,
/// reverse).
fn stable_perm(
    n: usize,
    reverse: bool,
    cmp: impl Fn(usize, usize) -> std::cmp::Ordering,
) -> Vec<usize> {
    let mut p: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    p.sort_by(|&a, &b| cmp(a, b));
    if reverse {
        p.reverse();
    }
    p
}

impl<T: PyObj> Default for List<T> {
    fn default() -> Self {
        List::new()
    }
}

/// CPython's list iterator.
pub struct ListIter<T> {
    list: Option<List<T>>,
    i: usize,
}

impl<T: PyObj> ListIter<T> {
    #[inline]
    pub fn next_item(&mut self) -> Option<T> {
        let l = self.list.as_ref()?;
        match l.iter_at(self.i) {
            Some(x) => {
                self.i += 1;
                Some(x)
            }
            None => {
                self.list = None;
                None
            }
        }
    }
}

impl<T: PyObj> Iterator for ListIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        self.next_item()
    }
}

/// CPython's reversed-list iterator.
pub struct ListRevIter<T> {
    list: Option<List<T>>,
    i: isize,
}

impl<T: PyObj> Iterator for ListRevIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let l = self.list.as_ref()?;
        if self.i >= 0
            && let Some(x) = l.iter_at(self.i as usize)
        {
            self.i -= 1;
            return Some(x);
        }
        self.list = None;
        None
    }
}

/// Lexicographic comparison of two sequences, Python's way: find the first pair that is not
/// equal, then compare that pair (or the lengths).
pub fn seq_cmp<T: PyObj>(a: &[T], b: &[T], op: CmpOp) -> PyResult<bool> {
    for (x, y) in a.iter().zip(b.iter()) {
        if !same(x, y)? {
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
        if !same(x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn repr_items<T: PyObj>(items: &[T], out: &mut String) -> PyResult<()> {
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

fn nested_guard<T: 'static>(what: &str) -> PyResult<Option<crate::rt::CallGuard>> {
    if is_scalar::<T>() {
        Ok(None)
    } else {
        crate::dict::enter_nested(what).map(Some)
    }
}

impl<T: PyObj> PyObj for List<T> {
    fn to_value(&self) -> Value {
        crate::value::list_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "list"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) = crate::value::ReprGuard::enter(self.id()) else {
            out.push_str("[...]");
            return Ok(());
        };
        let _depth = nested_guard::<T>(" while getting the repr of an object")?;
        if is_pure::<T>() {
            return repr_items(&self.0.borrow(), out);
        }
        repr_items(&self.to_vec(), out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        if self.ptr_eq(other) {
            return Ok(true);
        }
        if self.len() != other.len() {
            return Ok(false);
        }
        let _depth = nested_guard::<T>(" in comparison")?;
        if is_pure::<T>() {
            return seq_eq(&self.0.borrow(), &other.0.borrow());
        }
        let (a, b) = (self.to_vec(), other.to_vec());
        seq_eq(&a, &b)
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        let _depth = nested_guard::<T>(" in comparison")?;
        if is_pure::<T>() {
            return seq_cmp(&self.0.borrow(), &other.0.borrow(), op);
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::setops::testutil::{Rng, compare_cases, py_show, show};

    /// A random element and its Python literal.
    fn elem(rng: &mut Rng, kind: u64, i: usize, n: usize, shape: u64) -> (Value, String) {
        // The "base" value follows the shape of the list: runs, reversed runs, few values.
        let base: i64 = match shape {
            0 => rng.below(1000) as i64,
            1 => (i as i64 / 37) * 3 + rng.below(4) as i64,
            2 => (n as i64 - i as i64) / 11 + rng.below(3) as i64,
            3 => rng.below(4) as i64,
            _ => (i as i64 % 50) + rng.below(2) as i64,
        };
        match kind {
            0 => (Value::int(base), base.to_string()),
            1 => {
                if rng.below(10) == 0 {
                    (Value::Float(f64::NAN), "nan".into())
                } else {
                    let x = base as f64 / 4.0;
                    (Value::Float(x), format!("{x:?}"))
                }
            }
            2 => match rng.below(12) {
                0 => (Value::Float(f64::NAN), "nan".into()),
                1 => (Value::Float(f64::INFINITY), "inf".into()),
                2 => (Value::Float(-0.0), "-0.0".into()),
                3..=6 => (Value::int(base), base.to_string()),
                _ => {
                    let x = base as f64 / 2.0;
                    (Value::Float(x), format!("{x:?}"))
                }
            },
            3 => {
                let (a, la) = elem(rng, 0, i, n, 3);
                let (b, lb) = elem(rng, 1, i, n, shape);
                (
                    Value::Tuple(crate::Tup::from_vec(vec![a, b])),
                    format!("({la}, {lb})"),
                )
            }
            _ => {
                if rng.below(30) == 0 {
                    (Value::str("s"), "'s'".into())
                } else {
                    (Value::int(base), base.to_string())
                }
            }
        }
    }

    #[test]
    fn sort_matches_cpython() {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        let mut cases = Vec::new();
        let mut rs = Vec::new();
        for case in 0..700 {
            let mut py = String::from("nan = float('nan'); inf = float('inf')\n");
            py.push_str(&format!("print('case {case}')\n"));
            rs.push(format!("case {case}"));
            let n = [0u64, 1, 2, 5, 20, 63, 64, 65, 130, 300, 1000, 2100][rng.below(12) as usize]
                as usize;
            let kind = rng.below(5);
            let shape = rng.below(5);
            let mut vals = Vec::with_capacity(n);
            let mut lits = Vec::with_capacity(n);
            for i in 0..n {
                let (v, l) = elem(&mut rng, kind, i, n, shape);
                vals.push(v);
                lits.push(l);
            }
            let reverse = rng.below(3) == 0;
            let key = if kind == 3 || kind == 4 {
                0
            } else {
                rng.below(3)
            };
            let key_py = ["None", "lambda x: -x", "abs"][key as usize];
            let rev_py = if reverse { "True" } else { "False" };
            py.push_str(&format!("l = [{}]\n", lits.join(", ")));
            py.push_str(&format!(
                "try:\n    l.sort(key={key_py}, reverse={rev_py}); r = repr(l)\nexcept Exception as e:\n    r = type(e).__name__ + ' ' + str(e) + ' ' + repr(l)\nprint(r)\n"
            ));
            let l = List::from_vec(vals);
            let res = match key {
                0 => l.sort(reverse),
                1 => l.sort_by_key(|x| x.neg(), reverse),
                _ => l.sort_by_key(|x| x.abs(), reverse),
            };
            rs.push(match res {
                Ok(()) => l.repr_string().unwrap(),
                Err(e) => format!(
                    "{} {} {}",
                    e.kind().name(),
                    e.to_str(),
                    l.repr_string().unwrap()
                ),
            });
            // The typed fast paths give the same answers.
            if kind == 0 {
                let ints: Vec<Int> = l.to_vec().iter().filter_map(|v| v.as_int()).collect();
                let t = List::from_vec(ints);
                t.sort(false).unwrap();
                py.push_str(&py_show("sorted(l)"));
                rs.push(show(Ok(t)));
            }
            if kind == 1 {
                let fl: Vec<f64> = l
                    .to_vec()
                    .iter()
                    .filter_map(|v| match v {
                        Value::Float(f) => Some(*f),
                        _ => None,
                    })
                    .collect();
                py.push_str(&py_show("sorted(l, reverse=True)"));
                let t = List::from_vec(fl.clone());
                t.sort(true).unwrap();
                rs.push(show(Ok(t)));
                py.push_str(&py_show("sorted(l, key=lambda x: -x)"));
                let t = List::from_vec(fl);
                t.sort_by_key(|x| Ok(-*x), false).unwrap();
                rs.push(show(Ok(t)));
            }
            cases.push(py);
        }
        compare_cases(&cases, &rs);
    }

    fn opt(rng: &mut Rng, lo: i64, hi: i64) -> (Option<i64>, String) {
        if rng.below(4) == 0 {
            (None, String::new())
        } else {
            let v = lo + rng.below((hi - lo) as u64) as i64;
            (Some(v), v.to_string())
        }
    }

    #[test]
    fn list_methods_match_cpython() {
        let mut rng = Rng(0x1157_0000_beef_0003);
        let mut cases = Vec::new();
        let mut rs = Vec::new();
        let int = |v: i64| Int::from(v);
        for case in 0..400 {
            let mut py = format!("print('case {case}')\nl = []\n");
            rs.push(format!("case {case}"));
            let l: List<Int> = List::new();
            for _ in 0..rng.below(40) {
                let x = rng.below(12) as i64 - 2;
                let i = rng.below(30) as i64 - 15;
                match rng.below(16) {
                    0..=4 => {
                        py.push_str(&format!("l.append({x})\n"));
                        l.append(int(x));
                    }
                    5 => {
                        py.push_str(&format!("l.insert({i}, {x})\n"));
                        l.insert(&int(i), int(x)).unwrap();
                    }
                    6 => {
                        py.push_str(&py_show(&format!("l.pop({i})")));
                        rs.push(show(l.pop(Some(&int(i)))));
                    }
                    7 => {
                        py.push_str(&py_show("l.pop()"));
                        rs.push(show(l.pop(None)));
                    }
                    8 => {
                        py.push_str(&py_show(&format!("l.remove({x})")));
                        rs.push(show(l.remove(&int(x)).map(|_| Value::None)));
                    }
                    9 => {
                        let (a, al) = opt(&mut rng, -8, 8);
                        let (b, bl) = opt(&mut rng, -8, 8);
                        let args = match (a, b) {
                            (None, _) => String::new(),
                            (Some(_), None) => format!(", {al}"),
                            (Some(_), Some(_)) => format!(", {al}, {bl}"),
                        };
                        let (a, b) = if a.is_none() { (None, None) } else { (a, b) };
                        py.push_str(&py_show(&format!("l.index({x}{args})")));
                        rs.push(show(l.index(
                            &int(x),
                            a.map(int).as_ref(),
                            b.map(int).as_ref(),
                        )));
                        py.push_str(&py_show(&format!("l.count({x})")));
                        rs.push(show(l.count(&int(x))));
                    }
                    10 => {
                        let (a, al) = opt(&mut rng, -12, 12);
                        let (b, bl) = opt(&mut rng, -12, 12);
                        let (c, cl) = opt(&mut rng, -3, 4);
                        py.push_str(&py_show(&format!("l[{al}:{bl}:{cl}]")));
                        rs.push(show(l.slice(a, b, c)));
                    }
                    11 => {
                        let (a, al) = opt(&mut rng, -12, 12);
                        let (b, bl) = opt(&mut rng, -12, 12);
                        let (c, cl) = opt(&mut rng, -3, 4);
                        let n = rng.below(5) as i64;
                        let items: Vec<Int> = (0..n).map(|k| int(100 + k)).collect();
                        let lit: Vec<String> = (0..n).map(|k| (100 + k).to_string()).collect();
                        py.push_str(&format!(
                            "try:\n    l[{al}:{bl}:{cl}] = [{}]; r = 'ok'\nexcept Exception as e:\n    r = type(e).__name__ + ' ' + str(e)\nprint(r)\n",
                            lit.join(", ")
                        ));
                        rs.push(match l.set_slice(a, b, c, items) {
                            Ok(()) => "ok".into(),
                            Err(e) => format!("{} {}", e.kind().name(), e.to_str()),
                        });
                    }
                    12 => {
                        let (a, al) = opt(&mut rng, -12, 12);
                        let (b, bl) = opt(&mut rng, -12, 12);
                        let (c, cl) = opt(&mut rng, -3, 4);
                        py.push_str(&format!(
                            "try:\n    del l[{al}:{bl}:{cl}]; r = 'ok'\nexcept Exception as e:\n    r = type(e).__name__ + ' ' + str(e)\nprint(r)\n"
                        ));
                        rs.push(match l.del_slice(a, b, c) {
                            Ok(()) => "ok".into(),
                            Err(e) => format!("{} {}", e.kind().name(), e.to_str()),
                        });
                    }
                    13 => {
                        py.push_str(&format!(
                            "try:\n    l[{i}] = {x}; r = 'ok'\nexcept Exception as e:\n    r = type(e).__name__ + ' ' + str(e)\nprint(r)\n"
                        ));
                        rs.push(match l.setitem(&int(i), int(x)) {
                            Ok(()) => "ok".into(),
                            Err(e) => format!("{} {}", e.kind().name(), e.to_str()),
                        });
                        py.push_str(&py_show(&format!("l[{i}]")));
                        rs.push(show(l.getitem(&int(i))));
                    }
                    14 => {
                        let n = rng.below(4) as i64 - 1;
                        py.push_str(&format!("m = l; m *= {n}\n"));
                        l.irepeat(&int(n)).unwrap();
                    }
                    _ => {
                        py.push_str("l.reverse(); l[:] = l; l += l[:2]\n");
                        l.reverse();
                        l.set_slice(None, None, None, l.to_vec()).unwrap();
                        let head = l.slice(None, Some(2), None).unwrap();
                        l.iadd(&head);
                    }
                }
            }
            py.push_str(&py_show("l"));
            rs.push(show(Ok(l.clone())));
            // Comparisons with another list.
            let n = rng.below(6) as usize;
            let other: Vec<i64> = (0..n).map(|_| rng.below(12) as i64 - 2).collect();
            let lit: Vec<String> = other.iter().map(|v| v.to_string()).collect();
            py.push_str(&format!("o = [{}]\n", lit.join(", ")));
            let o = List::from_vec(other.iter().map(|&v| int(v)).collect());
            for (sym, op) in [
                ("<", CmpOp::Lt),
                ("<=", CmpOp::Le),
                (">", CmpOp::Gt),
                (">=", CmpOp::Ge),
            ] {
                py.push_str(&py_show(&format!("l {sym} o")));
                rs.push(show(l.py_cmp(&o, op)));
            }
            py.push_str(&py_show("l == o"));
            rs.push(show(l.py_eq(&o)));
            py.push_str(&py_show("l + o"));
            rs.push(show(Ok(l.concat(&o))));
            py.push_str(&py_show("o * 2"));
            rs.push(show(o.repeat(&int(2))));
            py.push_str(&py_show("3 in l"));
            rs.push(show(l.contains(&int(3))));
            cases.push(py);
        }
        compare_cases(&cases, &rs);
    }

    #[test]
    fn errors_and_recursion() {
        let l: List<Value> = List::new();
        l.append(Value::int(1));
        l.append(Value::List(l.clone()));
        assert_eq!(l.repr_string().unwrap(), "[1, [...]]");
        let big = Int::parse("100000000000000000000", 10).unwrap();
        let e: List<Int> = List::new();
        assert_eq!(
            show(e.pop(Some(&big))),
            "OverflowError Python int too large to convert to C ssize_t"
        );
        assert_eq!(show(e.pop(None)), "IndexError pop from empty list");
        assert_eq!(
            show(e.insert(&big, Int::from(1i64)).map(|_| ())),
            "OverflowError Python int too large to convert to C ssize_t"
        );
        assert_eq!(
            show(e.getitem(&big)),
            "IndexError cannot fit 'int' into an index-sized integer"
        );
        assert_eq!(
            show(e.repeat(&big)),
            "OverflowError cannot fit 'int' into an index-sized integer"
        );
    }

    #[test]
    fn deep_nesting_raises_recursion_error() {
        // Compiled programs run on a big stack (rt::run_main); so does this test.
        let t = std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn(|| {
                let mut v = Value::List(List::new());
                for _ in 0..20_000 {
                    v = Value::List(List::from_vec(vec![v]));
                }
                let w = Value::List(List::from_vec(vec![v.clone()]));
                let r = v.repr_string();
                assert!(matches!(r, Err(ref e) if e.kind() == ExcKind::RecursionError));
                let r = v.py_eq(&w);
                assert!(matches!(r, Err(ref e) if e.kind() == ExcKind::RecursionError));
            })
            .unwrap();
        t.join().unwrap();
    }

    #[test]
    fn nan_sort_examples() {
        let l = List::from_vec(vec![3.0, f64::NAN, 1.0, 2.0]);
        l.sort(false).unwrap();
        assert_eq!(l.repr_string().unwrap(), "[3.0, nan, 1.0, 2.0]");
        let l = List::from_vec(vec![Value::int(2), Value::str("a"), Value::int(1)]);
        assert_eq!(
            show(l.sort(false).map(|_| ())),
            "TypeError '<' not supported between instances of 'str' and 'int'"
        );
        // The key function is called once per item, in order, and its error restores the list.
        let l = List::from_vec(vec![Int::from(3i64), Int::from(1i64), Int::from(2i64)]);
        let mut seen = vec![];
        let r = l.sort_by_key(
            |x| {
                seen.push(x.as_i64());
                if x.as_i64() == Some(2) {
                    return crate::exc::value_error("boom");
                }
                Ok(x.clone())
            },
            false,
        );
        assert!(r.is_err());
        assert_eq!(seen, vec![Some(3), Some(1), Some(2)]);
        assert_eq!(l.repr_string().unwrap(), "[3, 1, 2]");
    }

    /// Python's rule for `v[a:b] = items` (step 1): bounds clamped, negatives from the end,
    /// an empty or reversed range inserts at a.
    fn model_set_slice(v: &mut Vec<i64>, a: Option<i64>, b: Option<i64>, items: &[i64]) {
        let n = v.len() as i64;
        let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
        let a = a.map_or(0, clamp);
        let b = b.map_or(n, clamp).max(a);
        v.splice(a as usize..b as usize, items.iter().copied());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        #[test]
        fn set_slice_step1_like_python(
            xs in proptest::collection::vec(-5i64..5, 0..12),
            items in proptest::collection::vec(-5i64..5, 0..12),
            a in proptest::option::of(-15i64..15),
            b in proptest::option::of(-15i64..15),
            same_len in proptest::bool::ANY,
        ) {
            let mut model = xs.clone();
            // Half the cases assign exactly as many items as the slice holds (the in-place
            // path), the rest any number (the splice).
            let items: Vec<i64> = if same_len {
                let n = xs.len() as i64;
                let clamp = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
                let (lo, hi) = (a.map_or(0, clamp), b.map_or(n, clamp));
                (0..(hi - lo).max(0)).map(|i| items.get(i as usize).copied().unwrap_or(9)).collect()
            } else {
                items
            };
            model_set_slice(&mut model, a, b, &items);
            let l: List<Int> = List::from_vec(xs.iter().map(|&x| Int::Small(x)).collect());
            l.set_slice(a, b, None, items.iter().map(|&x| Int::Small(x)).collect()).unwrap();
            let got: Vec<i64> = l.to_vec().iter().map(|x| x.as_i64().unwrap()).collect();
            proptest::prop_assert_eq!(got, model);
        }

        #[test]
        fn repeat_like_python(xs in proptest::collection::vec(-5i64..5, 0..5), n in -3i64..6) {
            let l: List<Int> = List::from_vec(xs.iter().map(|&x| Int::Small(x)).collect());
            let got: Vec<i64> =
                l.repeat(&Int::Small(n)).unwrap().to_vec().iter().map(|x| x.as_i64().unwrap()).collect();
            let model: Vec<i64> = (0..n.max(0)).flat_map(|_| xs.iter().copied()).collect();
            proptest::prop_assert_eq!(got, model);
        }

        #[test]
        fn norm_index_like_python(
            i in proptest::prop_oneof![-20i64..20, proptest::num::i64::ANY],
            len in 0usize..12,
        ) {
            // Python: a negative index counts from the end; in range or IndexError.
            let n = len as i128;
            let j = if (i as i128) < 0 { i as i128 + n } else { i as i128 };
            let model = (0..n).contains(&j).then_some(j as usize);
            proptest::prop_assert_eq!(norm_index(i, len), model);
            let mut v: Vec<usize> = (0..len).collect();
            proptest::prop_assert_eq!(item(&v, i).copied(), model);
            proptest::prop_assert_eq!(item_mut(&mut v, i).map(|x| *x), model);
        }

        #[test]
        fn total_order_sort_like_timsort(
            xs in proptest::collection::vec(
                (-3i64..3, proptest::sample::select(vec!["", "a", "b", "é", "ab"]), proptest::sample::select(vec![-0.0f64, 0.0, 1.5, -2.0, f64::NAN])),
                0..10,
            ),
            reverse in proptest::bool::ANY,
        ) {
            // Typed tuples sort by `total_cmp` when every item is totally ordered (no NaN),
            // else by the timsort port with `<`: either way the result is the one `<`
            // gives, which the model (a stable insertion sort on py_cmp) computes.
            let items: Vec<(Int, Str, f64)> =
                xs.iter().map(|(i, s, f)| (Int::Small(*i), Str::from(*s), *f)).collect();
            let l: List<(Int, Str, f64)> = List::from_vec(items.clone());
            let got = l.sort(reverse).map(|_| l.to_vec());
            let mut model: Vec<(Int, Str, f64)> = items;
            if reverse {
                model.reverse();
            }
            let mut ok = true;
            for i in 1..model.len() {
                let mut j = i;
                while j > 0 {
                    match model[j].py_cmp(&model[j - 1], CmpOp::Lt) {
                        Ok(true) => { model.swap(j, j - 1); j -= 1; }
                        Ok(false) => break,
                        Err(_) => { ok = false; break; }
                    }
                }
            }
            if reverse {
                model.reverse();
            }
            // With NaN the order `<` gives is not total, so only the NaN-free lists have
            // one answer; those must match.
            if ok && model.iter().all(|t| !t.2.is_nan()) {
                let got = got.expect("sort");
                let show = |v: &[(Int, Str, f64)]| v.iter().map(|t| t.repr_string().unwrap_or_default()).collect::<Vec<_>>();
                proptest::prop_assert_eq!(show(&got), show(&model));
            }
        }

        #[test]
        fn into_vec_copies_only_when_shared(xs in proptest::collection::vec(-5i64..5, 0..8)) {
            let l: List<Int> = List::from_vec(xs.iter().map(|&x| Int::Small(x)).collect());
            let alias = l.clone();
            let mut v = l.into_vec();
            v.push(Int::Small(7));
            // The alias still sees the list as it was.
            proptest::prop_assert_eq!(alias.len(), xs.len());
            proptest::prop_assert_eq!(alias.into_vec().len() + 1, v.len());
        }
    }
}
