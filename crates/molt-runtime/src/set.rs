//! Python's set and frozenset. Iteration order is observable (printing a set), so the table
//! is a clone of CPython 3.11's Objects/setobject.c: open addressing with runs of linear
//! probes and perturbation, the same growth policy, dummies for deleted entries (reused by
//! insertion: the *last* dummy met on the probe path, as set_add_entry does), the same pop
//! finger, and the same algorithms for the set operations (in setops.rs).
//!
//! How generated code builds sets (each matches one CPython code path, and the paths give
//! different orders):
//! - `{a, b, c}` with a non-constant element: `Set::from_vec` (BUILD_SET adds in order);
//! - `{1, 2, 3}`, three or more constants: `Set::from_const_display(_ex)`;
//! - `for x in {1, 2, 3}` / `x in {1, 2, 3}`: `FrozenSet::from_const(_ex)`;
//! - `set(x)` / `frozenset(x)`: `from_arg` with `SetArg::Set`/`Frozen` for a set, `Dict`
//!   for a dict, `Iter` (items in iteration order) for anything else, dict views included;
//! - methods take `&[SetArg]` (several arguments) or one `&SetArg`; operators are the
//!   one-argument methods (`s | t` is `union(&[t])`, `s -= t` is `isub(&t)`); the
//!   table-level functions of setops.rs mix sets and frozensets;
//! - iteration: `Set::iter()` (raises "Set changed size during iteration").
//!
//! Borrows of a set's table are held while keys are compared. That is sound because every
//! key type of the runtime compares without running Python code; an element type whose
//! `py_eq` could run user code that mutates the very set being probed would make the
//! mutation fail with RuntimeError (never a panic) where CPython would restart the probe.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::obj::{CmpOp, PyObj};
use crate::setops::{self, SetArg};
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot<T> {
    Empty,
    Dummy,
    Active(i64, T),
}

/// The hash table of a set or frozenset (CPython's PySetObject minus the object header).
#[derive(Clone)]
pub struct SetTable<T> {
    table: Vec<Slot<T>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where set.pop() resumes its search.
    finger: usize,
}

/// Where set_add_entry would put a key.
enum AddProbe {
    Found,
    /// A free slot, and whether it was never used (else it is a dummy being reused).
    Free(usize, bool),
}

fn empty_slots<T>(n: usize) -> Vec<Slot<T>> {
    std::iter::repeat_with(|| Slot::Empty).take(n).collect()
}

#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

impl<T: PyObj> SetTable<T> {
    pub fn new() -> Self {
        SetTable {
            table: empty_slots(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of slots (a power of two, at least 8).
    pub fn capacity(&self) -> usize {
        self.table.len()
    }

    /// set_lookkey: the slot holding `key`, if any.
    fn lookkey(&self, key: &T, hash: i64) -> PyResult<Option<usize>> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Active(h, k) if *h == hash && (k.py_is(key) || k.py_eq(key)?) => {
                        return Ok(Some(j));
                    }
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// The probe of set_add_entry: the key's slot, or where it would be inserted.
    fn add_probe(&self, key: &T, hash: i64) -> PyResult<AddProbe> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => {
                        return Ok(match freeslot {
                            Some(f) => AddProbe::Free(f, false),
                            None => AddProbe::Free(j, true),
                        });
                    }
                    Slot::Active(h, k) => {
                        if *h == hash && (k.py_is(key) || k.py_eq(key)?) {
                            return Ok(AddProbe::Found);
                        }
                    }
                    // CPython keeps the last dummy seen, not the first.
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    fn commit_add(&mut self, slot: usize, unused: bool, key: T, hash: i64) {
        self.table[slot] = Slot::Active(hash, key);
        self.used += 1;
        if unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let minused = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(minused);
            }
        }
    }

    /// set_add_entry. Returns true if the key was new.
    pub fn add_entry(&mut self, key: T, hash: i64) -> PyResult<bool> {
        match self.add_probe(&key, hash)? {
            AddProbe::Found => Ok(false),
            AddProbe::Free(slot, unused) => {
                self.commit_add(slot, unused, key, hash);
                Ok(true)
            }
        }
    }

    /// set_add_key: hashes, then set_add_entry.
    pub fn add_key(&mut self, key: T) -> PyResult<bool> {
        let h = key.py_hash()?;
        self.add_entry(key, h)
    }

    pub fn contains_entry(&self, key: &T, hash: i64) -> PyResult<bool> {
        Ok(self.lookkey(key, hash)?.is_some())
    }

    pub fn contains_key(&self, key: &T) -> PyResult<bool> {
        self.contains_entry(key, key.py_hash()?)
    }

    /// set_discard_entry. Returns true if the key was present.
    pub fn discard_entry(&mut self, key: &T, hash: i64) -> PyResult<bool> {
        match self.lookkey(key, hash)? {
            Some(j) => {
                let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
                self.used -= 1;
                drop(old);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn discard_key(&mut self, key: &T) -> PyResult<bool> {
        self.discard_entry(key, key.py_hash()?)
    }

    /// set_insert_clean: for a key known to be absent from a table without dummies.
    fn insert_clean(table: &mut [Slot<T>], key: T, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in &mut table[i..=i + probes] {
                if matches!(slot, Slot::Empty) {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// set_table_resize: the smallest power of two above `minused`, rebuilt in slot order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            // CPython keeps its small table as is when there are no dummies to purge.
            return;
        }
        let old = std::mem::replace(&mut self.table, empty_slots(newsize));
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                Self::insert_clean(&mut self.table, k, h);
            }
        }
    }

    /// Active entries in table order: (hash, key).
    pub fn entries(&self) -> impl Iterator<Item = (i64, &T)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The keys in iteration order.
    pub fn keys(&self) -> impl Iterator<Item = &T> {
        self.entries().map(|(_, k)| k)
    }

    /// The active entry at or after slot `pos`: (next slot, key).
    #[inline]
    pub fn entry_from(&self, pos: usize) -> Option<(usize, T)> {
        let rest = self.table.get(pos..)?;
        for (off, s) in rest.iter().enumerate() {
            if let Slot::Active(_, k) = s {
                return Some((pos + off + 1, k.clone()));
            }
        }
        None
    }

    /// set_merge: adds every entry of another table (which must not be this one).
    pub fn merge(&mut self, other: &SetTable<T>) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        // One big resize first, expecting few overlapping keys.
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            // Same size, no dummies: copy slot for slot.
            for (dst, src) in self.table.iter_mut().zip(other.table.iter()) {
                if let Slot::Active(h, k) = src {
                    *dst = Slot::Active(*h, k.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (h, k) in other.entries() {
                Self::insert_clean(&mut self.table, k.clone(), h);
            }
            return Ok(());
        }
        for (h, k) in other.entries() {
            self.add_entry(k.clone(), h)?;
        }
        Ok(())
    }

    /// The pre-resize set_update_internal does before adding the keys of a dict.
    pub(crate) fn presize_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// The resize set_difference_update_internal does when over a quarter are dummies.
    pub(crate) fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let minused = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(minused);
    }

    /// set_pop: the first active slot from the finger on, wrapping around.
    pub fn pop(&mut self) -> PyResult<T> {
        if self.used == 0 {
            return Err(PyErr::msg(ExcKind::KeyError, "pop from an empty set"));
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let Slot::Active(_, k) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            return Err(PyErr::msg(ExcKind::KeyError, "pop from an empty set"));
        };
        self.used -= 1;
        self.finger = i + 1;
        Ok(k)
    }

    /// set_clear_internal: back to an empty small table. The finger is a field of the
    /// set object in CPython, so it survives.
    pub fn clear(&mut self) {
        let finger = self.finger;
        let old = std::mem::take(self);
        self.finger = finger;
        drop(old);
    }

    /// set_swap_bodies as intersection_update uses it: takes another table's contents,
    /// keeping this set's pop finger.
    pub fn replace_contents(&mut self, new: SetTable<T>) {
        let finger = self.finger;
        let old = std::mem::replace(self, new);
        self.finger = finger;
        drop(old);
    }

    /// The hashes of the active entries (for frozenset_hash).
    pub fn hashes(&self) -> impl ExactSizeIterator<Item = i64> + '_ {
        HashIter {
            inner: self.entries(),
            left: self.used,
        }
    }
}

struct HashIter<I> {
    inner: I,
    left: usize,
}

impl<'a, T: 'a, I: Iterator<Item = (i64, &'a T)>> Iterator for HashIter<I> {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        let (h, _) = self.inner.next()?;
        self.left = self.left.saturating_sub(1);
        Some(h)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<'a, T: 'a, I: Iterator<Item = (i64, &'a T)>> ExactSizeIterator for HashIter<I> {}

impl<T: PyObj> Default for SetTable<T> {
    fn default() -> Self {
        SetTable::new()
    }
}

fn busy() -> PyErr {
    PyErr::msg(
        ExcKind::RuntimeError,
        "set changed during a comparison of its elements",
    )
}

/// For `{1, 2} in s` and friends: CPython retries a set key as a frozenset.
fn frozen_key<T: PyObj>(key: &T) -> Option<T> {
    let v = (key as &dyn Any).downcast_ref::<Value>()?;
    let Value::Set(s) = v else { return None };
    let t = s.0.try_borrow().ok()?;
    let mut f = SetTable::new();
    f.merge(&t).ok()?;
    drop(t);
    let boxed: Box<dyn Any> = Box::new(Value::FrozenSet(FrozenSet::from_table(f)));
    boxed.downcast::<T>().ok().map(|b| *b)
}

/// Hashes a key for set_contains/set_discard/set_remove, with the frozenset retry.
fn hash_or_frozen<T: PyObj>(key: &T) -> PyResult<(i64, Option<T>)> {
    match key.py_hash() {
        Ok(h) => Ok((h, None)),
        Err(e) => {
            if e.kind() == ExcKind::TypeError
                && let Some(f) = frozen_key(key)
            {
                return Ok((f.py_hash()?, Some(f)));
            }
            Err(e)
        }
    }
}

/// A mutable set.
pub struct Set<T>(Rc<RefCell<SetTable<T>>>);

impl<T> Clone for Set<T> {
    #[inline]
    fn clone(&self) -> Self {
        Set(self.0.clone())
    }
}

/// An immutable set (hashable).
pub struct FrozenSet<T>(Rc<FrozenInner<T>>);

struct FrozenInner<T> {
    table: SetTable<T>,
    hash: Cell<Option<i64>>,
}

impl<T> Clone for FrozenSet<T> {
    #[inline]
    fn clone(&self) -> Self {
        FrozenSet(self.0.clone())
    }
}

impl<T: PyObj> Set<T> {
    pub fn new() -> Set<T> {
        Set(Rc::new(RefCell::new(SetTable::new())))
    }

    pub fn from_table(t: SetTable<T>) -> Set<T> {
        Set(Rc::new(RefCell::new(t)))
    }

    /// `set(iterable)`.
    pub fn from_arg(arg: &SetArg<'_, T>) -> PyResult<Set<T>> {
        Ok(Set::from_table(setops::make_new(arg)?))
    }

    /// `set(items)` for a list/tuple/iterator, and the display `{a, b, c}` with a
    /// non-constant element (BUILD_SET adds the items in order).
    pub fn from_vec(items: Vec<T>) -> PyResult<Set<T>> {
        let mut t = SetTable::new();
        for x in items {
            t.add_key(x)?;
        }
        Ok(Set::from_table(t))
    }

    /// A set display whose elements are all constants, three or more of them: CPython
    /// 3.11 compiles it to `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE`, and the
    /// constant frozenset is built more than once (see `FrozenSet::from_const_ex`), so
    /// the order can differ from adding the items one by one: `{8, 32, 15, 63, 57}` prints
    /// `{32, 8, 57, 63, 15}`.
    pub fn from_const_display(items: Vec<T>) -> PyResult<Set<T>> {
        Set::from_const_display_ex(items, false)
    }

    /// `from_const_display` for a constant whose strings CPython re-interned (see
    /// `FrozenSet::from_const_ex`).
    pub fn from_const_display_ex(items: Vec<T>, reinterned: bool) -> PyResult<Set<T>> {
        let f = FrozenSet::from_const_ex(items, reinterned)?;
        let mut t = SetTable::new();
        t.merge(f.table())?;
        Ok(Set::from_table(t))
    }

    pub fn table(&self) -> Ref<'_, SetTable<T>> {
        self.0.borrow()
    }

    pub fn table_mut(&self) -> RefMut<'_, SetTable<T>> {
        self.0.borrow_mut()
    }

    /// The table, borrowed (RuntimeError instead of a panic if it is being mutated).
    pub fn try_table(&self) -> PyResult<Ref<'_, SetTable<T>>> {
        self.0.try_borrow().map_err(|_| busy())
    }

    fn t(&self) -> PyResult<Ref<'_, SetTable<T>>> {
        self.try_table()
    }

    fn tm(&self) -> PyResult<RefMut<'_, SetTable<T>>> {
        self.0.try_borrow_mut().map_err(|_| busy())
    }

    /// A copy of the table (same layout).
    pub fn snapshot(&self) -> SetTable<T> {
        self.0.borrow().clone()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.borrow().used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ptr_eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }

    /// `s.add(x)`.
    pub fn add(&self, x: T) -> PyResult<()> {
        let h = x.py_hash()?;
        // Probe under a shared borrow, then write: nothing runs in between.
        let probe = self.t()?.add_probe(&x, h)?;
        if let AddProbe::Free(slot, unused) = probe {
            self.tm()?.commit_add(slot, unused, x, h);
        }
        Ok(())
    }

    /// `x in s`.
    #[inline]
    pub fn contains(&self, x: &T) -> PyResult<bool> {
        let (h, f) = hash_or_frozen(x)?;
        let t = self.t()?;
        match &f {
            Some(f) => t.contains_entry(f, h),
            None => t.contains_entry(x, h),
        }
    }

    /// `s.discard(x)`; returns whether x was present.
    pub fn discard(&self, x: &T) -> PyResult<bool> {
        let (h, f) = hash_or_frozen(x)?;
        let key = f.as_ref().unwrap_or(x);
        let Some(j) = self.t()?.lookkey(key, h)? else {
            return Ok(false);
        };
        let mut t = self.tm()?;
        let old = std::mem::replace(&mut t.table[j], Slot::Dummy);
        t.used -= 1;
        drop(t);
        drop(old);
        Ok(true)
    }

    /// `s.remove(x)`: KeyError(x) when absent.
    pub fn remove(&self, x: &T) -> PyResult<()> {
        if self.discard(x)? {
            Ok(())
        } else {
            Err(PyErr::new(ExcKind::KeyError, vec![x.to_value()]))
        }
    }

    /// `s.pop()`.
    pub fn pop(&self) -> PyResult<T> {
        self.tm()?.pop()
    }

    /// `s.clear()`.
    pub fn clear(&self) {
        let Ok(mut t) = self.0.try_borrow_mut() else {
            return;
        };
        let finger = t.finger;
        let old = std::mem::take(&mut *t);
        t.finger = finger;
        drop(t);
        drop(old);
    }

    /// `s.copy()`.
    pub fn copy(&self) -> PyResult<Set<T>> {
        Ok(Set::from_table(setops::copy(&*self.t()?)?))
    }

    /// The element at or after slot `pos`, for iteration: (next pos, element).
    #[inline]
    pub fn iter_from(&self, pos: usize) -> Option<(usize, T)> {
        self.0.borrow().entry_from(pos)
    }

    /// An iterator that raises "Set changed size during iteration" like CPython's.
    pub fn iter(&self) -> SetIter<T> {
        SetIter {
            set: Some(self.clone()),
            pos: 0,
            used: Some(self.len()),
        }
    }

    /// The elements in iteration order.
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().keys().cloned().collect()
    }

    /// Merges a table into this set (set_merge).
    pub fn update_from(&self, other: &SetTable<T>) -> PyResult<()> {
        self.tm()?.merge(other)
    }

    fn is_arg(&self, arg: &SetArg<'_, T>) -> bool {
        matches!(arg, SetArg::Set(s) if s.ptr_eq(self))
    }

    /// `s.update(*others)`; also `s |= other`.
    pub fn update(&self, others: &[SetArg<'_, T>]) -> PyResult<()> {
        for o in others {
            if self.is_arg(o) {
                continue;
            }
            setops::with_view(o, |v| setops::update_internal(&mut *self.tm()?, v))?;
        }
        Ok(())
    }

    /// `s |= other`.
    pub fn ior(&self, other: &SetArg<'_, T>) -> PyResult<()> {
        self.update(std::slice::from_ref(other))
    }

    /// `s.union(*others)`; also `s | other`.
    pub fn union(&self, others: &[SetArg<'_, T>]) -> PyResult<Set<T>> {
        let mut r = setops::copy(&*self.t()?)?;
        for o in others {
            if self.is_arg(o) {
                continue;
            }
            setops::with_view(o, |v| setops::update_internal(&mut r, v))?;
        }
        Ok(Set::from_table(r))
    }

    /// `s.intersection(*others)`; also `s & other`.
    pub fn intersection(&self, others: &[SetArg<'_, T>]) -> PyResult<Set<T>> {
        Ok(Set::from_table(self.intersection_table(others)?))
    }

    fn intersection_table(&self, others: &[SetArg<'_, T>]) -> PyResult<SetTable<T>> {
        let t = self.t()?;
        let Some((first, rest)) = others.split_first() else {
            return setops::copy(&t);
        };
        let mut r = if self.is_arg(first) {
            setops::copy(&t)?
        } else {
            setops::with_view(first, |v| setops::intersection_view(&t, v))?
        };
        drop(t);
        for o in rest {
            r = setops::with_view(o, |v| setops::intersection_view(&r, v))?;
        }
        Ok(r)
    }

    /// `s.intersection_update(*others)`; also `s &= other`.
    pub fn intersection_update(&self, others: &[SetArg<'_, T>]) -> PyResult<()> {
        let r = self.intersection_table(others)?;
        self.tm()?.replace_contents(r);
        Ok(())
    }

    /// `s &= other`.
    pub fn iand(&self, other: &SetArg<'_, T>) -> PyResult<()> {
        self.intersection_update(std::slice::from_ref(other))
    }

    /// `s.difference(*others)`; also `s - other`.
    pub fn difference(&self, others: &[SetArg<'_, T>]) -> PyResult<Set<T>> {
        let t = self.t()?;
        let Some((first, rest)) = others.split_first() else {
            return Ok(Set::from_table(setops::copy(&t)?));
        };
        let mut r = setops::with_view(first, |v| setops::difference_view(&t, v))?;
        drop(t);
        for o in rest {
            setops::with_view(o, |v| setops::difference_update_internal(&mut r, v))?;
        }
        Ok(Set::from_table(r))
    }

    /// `s.difference_update(*others)`; also `s -= other`.
    pub fn difference_update(&self, others: &[SetArg<'_, T>]) -> PyResult<()> {
        for o in others {
            if self.is_arg(o) {
                self.clear();
                continue;
            }
            setops::with_view(o, |v| {
                setops::difference_update_internal(&mut *self.tm()?, v)
            })?;
        }
        Ok(())
    }

    /// `s -= other`.
    pub fn isub(&self, other: &SetArg<'_, T>) -> PyResult<()> {
        self.difference_update(std::slice::from_ref(other))
    }

    /// `s.symmetric_difference(other)`; also `s ^ other`.
    pub fn symmetric_difference(&self, other: &SetArg<'_, T>) -> PyResult<Set<T>> {
        let mut r = setops::make_new(other)?;
        setops::symmetric_difference_update_view(&mut r, setops::ArgView::Table(&*self.t()?))?;
        Ok(Set::from_table(r))
    }

    /// `s.symmetric_difference_update(other)`; also `s ^= other`.
    pub fn symmetric_difference_update(&self, other: &SetArg<'_, T>) -> PyResult<()> {
        if self.is_arg(other) {
            self.clear();
            return Ok(());
        }
        setops::with_view(other, |v| {
            setops::symmetric_difference_update_view(&mut *self.tm()?, v)
        })
    }

    /// `s ^= other`.
    pub fn ixor(&self, other: &SetArg<'_, T>) -> PyResult<()> {
        self.symmetric_difference_update(other)
    }

    /// `s.issubset(other)`; `s <= other` for sets.
    pub fn issubset(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        setops::with_view(other, |v| setops::issubset_view(&*self.t()?, v))
    }

    /// `s.issuperset(other)`; `s >= other` for sets.
    pub fn issuperset(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        setops::with_view(other, |v| setops::issuperset_view(&*self.t()?, v))
    }

    /// `s.isdisjoint(other)`.
    pub fn isdisjoint(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        if self.is_arg(other) {
            return Ok(self.is_empty());
        }
        setops::with_view(other, |v| setops::isdisjoint_view(&*self.t()?, v))
    }

    /// `self == other` where other is a set or frozenset.
    pub fn eq_arg(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        setops::with_view(other, |v| match v {
            setops::ArgView::Table(o) => table_eq(&*self.t()?, o),
            _ => Ok(false),
        })
    }
}

impl<T: PyObj> Default for Set<T> {
    fn default() -> Self {
        Set::new()
    }
}

/// Iteration over a set, raising like CPython's set iterator when the size changes.
pub struct SetIter<T> {
    /// None once exhausted: later calls keep returning None, as CPython's do.
    set: Option<Set<T>>,
    pos: usize,
    /// The size seen at the start; None after the error (which is sticky).
    used: Option<usize>,
}

impl<T: PyObj> SetIter<T> {
    /// The next element, None at the end, or RuntimeError if the set changed size.
    #[inline]
    pub fn next_item(&mut self) -> PyResult<Option<T>> {
        let Some(s) = &self.set else {
            return Ok(None);
        };
        if self.used != Some(s.len()) {
            self.used = None;
            return Err(PyErr::msg(
                ExcKind::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        match s.iter_from(self.pos) {
            Some((p, x)) => {
                self.pos = p;
                Ok(Some(x))
            }
            None => {
                self.set = None;
                Ok(None)
            }
        }
    }
}

impl<T: PyObj> FrozenSet<T> {
    pub fn from_table(table: SetTable<T>) -> FrozenSet<T> {
        FrozenSet(Rc::new(FrozenInner {
            table,
            hash: Cell::new(None),
        }))
    }

    pub fn new() -> FrozenSet<T> {
        FrozenSet::from_table(SetTable::new())
    }

    /// `frozenset(iterable)`; `frozenset(f)` of a frozenset is f itself.
    pub fn from_arg(arg: &SetArg<'_, T>) -> PyResult<FrozenSet<T>> {
        if let SetArg::Frozen(f) = arg {
            return Ok((*f).clone());
        }
        Ok(FrozenSet::from_table(setops::make_new(arg)?))
    }

    /// `frozenset(items)` for a list/tuple/iterator: the items added in order.
    pub fn from_vec(items: Vec<T>) -> PyResult<FrozenSet<T>> {
        let mut t = SetTable::new();
        for x in items {
            t.add_key(x)?;
        }
        Ok(FrozenSet::from_table(t))
    }

    /// A frozenset constant made by CPython's compiler from constant items (a constant set
    /// display, or `for x in {1, 2, 3}` / `x in {1, 2, 3}`, which the AST optimiser turns
    /// into one). Built from the items, then rebuilt from its own iteration order by
    /// merge_consts_recursive (Python/compile.c).
    pub fn from_const(items: Vec<T>) -> PyResult<FrozenSet<T>> {
        FrozenSet::from_const_ex(items, false)
    }

    /// `from_const`, with one more rebuild when `reinterned`: when the code object is
    /// created, intern_string_constants (Objects/codeobject.c) rebuilds the frozenset from
    /// its iteration order again if it replaced one of its top-level strings by an equal,
    /// already interned string object. That happens for a string of only ASCII letters,
    /// digits and `_` that is an identifier anywhere in the program (the parser interns
    /// identifiers), or that CPython interned at start-up (a one-character string counts
    /// only in that second case: it is a shared singleton otherwise). The compiler decides;
    /// `{'items', 37, 'keys', 'keys', 30}` prints `{'keys', 37, 30, 'items'}` this way.
    pub fn from_const_ex(items: Vec<T>, reinterned: bool) -> PyResult<FrozenSet<T>> {
        let mut f = FrozenSet::from_vec(items)?;
        for _ in 0..if reinterned { 2 } else { 1 } {
            f = FrozenSet::from_vec(f.to_vec())?;
        }
        Ok(f)
    }

    #[inline]
    pub fn table(&self) -> &SetTable<T> {
        &self.0.table
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.table.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ptr_eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }

    #[inline]
    pub fn contains(&self, x: &T) -> PyResult<bool> {
        let (h, f) = hash_or_frozen(x)?;
        match &f {
            Some(f) => self.0.table.contains_entry(f, h),
            None => self.0.table.contains_entry(x, h),
        }
    }

    #[inline]
    pub fn iter_from(&self, pos: usize) -> Option<(usize, T)> {
        self.0.table.entry_from(pos)
    }

    /// The elements in iteration order.
    pub fn iter(&self) -> FrozenSetIter<T> {
        FrozenSetIter {
            set: self.clone(),
            pos: 0,
        }
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.0.table.keys().cloned().collect()
    }

    /// `f.copy()` is f itself.
    pub fn copy(&self) -> FrozenSet<T> {
        self.clone()
    }

    fn is_arg(&self, arg: &SetArg<'_, T>) -> bool {
        matches!(arg, SetArg::Frozen(f) if f.ptr_eq(self))
    }

    /// `f.union(*others)`; also `f | other`.
    pub fn union(&self, others: &[SetArg<'_, T>]) -> PyResult<FrozenSet<T>> {
        let mut r = setops::copy(&self.0.table)?;
        for o in others {
            if self.is_arg(o) {
                continue;
            }
            setops::with_view(o, |v| setops::update_internal(&mut r, v))?;
        }
        Ok(FrozenSet::from_table(r))
    }

    /// `f.intersection(*others)`; also `f & other`.
    pub fn intersection(&self, others: &[SetArg<'_, T>]) -> PyResult<FrozenSet<T>> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(FrozenSet::from_table(setops::copy(&self.0.table)?));
        };
        let mut r = if self.is_arg(first) {
            setops::copy(&self.0.table)?
        } else {
            setops::with_view(first, |v| setops::intersection_view(&self.0.table, v))?
        };
        for o in rest {
            r = setops::with_view(o, |v| setops::intersection_view(&r, v))?;
        }
        Ok(FrozenSet::from_table(r))
    }

    /// `f.difference(*others)`; also `f - other`.
    pub fn difference(&self, others: &[SetArg<'_, T>]) -> PyResult<FrozenSet<T>> {
        let Some((first, rest)) = others.split_first() else {
            return Ok(FrozenSet::from_table(setops::copy(&self.0.table)?));
        };
        let mut r = setops::with_view(first, |v| setops::difference_view(&self.0.table, v))?;
        for o in rest {
            setops::with_view(o, |v| setops::difference_update_internal(&mut r, v))?;
        }
        Ok(FrozenSet::from_table(r))
    }

    /// `f.symmetric_difference(other)`; also `f ^ other`.
    pub fn symmetric_difference(&self, other: &SetArg<'_, T>) -> PyResult<FrozenSet<T>> {
        let mut r = setops::make_new(other)?;
        setops::symmetric_difference_update_view(&mut r, setops::ArgView::Table(&self.0.table))?;
        Ok(FrozenSet::from_table(r))
    }

    pub fn issubset(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        setops::with_view(other, |v| setops::issubset_view(&self.0.table, v))
    }

    pub fn issuperset(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        setops::with_view(other, |v| setops::issuperset_view(&self.0.table, v))
    }

    pub fn isdisjoint(&self, other: &SetArg<'_, T>) -> PyResult<bool> {
        if self.is_arg(other) {
            return Ok(self.is_empty());
        }
        setops::with_view(other, |v| setops::isdisjoint_view(&self.0.table, v))
    }

    /// The cached hash, if computed.
    fn cached_hash(&self) -> Option<i64> {
        self.0.hash.get()
    }
}

impl<T: PyObj> Default for FrozenSet<T> {
    fn default() -> Self {
        FrozenSet::new()
    }
}

/// Iteration over a frozenset (which cannot change).
pub struct FrozenSetIter<T> {
    set: FrozenSet<T>,
    pos: usize,
}

impl<T: PyObj> Iterator for FrozenSetIter<T> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        let (p, x) = self.set.iter_from(self.pos)?;
        self.pos = p;
        Some(x)
    }
}

fn repr_set_items<T: PyObj>(items: &[T], out: &mut String) -> PyResult<()> {
    out.push('{');
    for (i, k) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        k.py_repr(out)?;
    }
    out.push('}');
    Ok(())
}

/// Set equality: same size and every element of one is in the other.
pub fn table_eq<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    table_issubset(a, b)
}

/// set_issubset for two sets.
pub fn table_issubset<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !b.contains_entry(k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `<`, `<=`, `>`, `>=` on sets mean subset and superset (set_richcompare).
pub fn set_cmp<T: PyObj>(a: &SetTable<T>, b: &SetTable<T>, op: CmpOp) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Le => table_issubset(a, b)?,
        CmpOp::Lt => a.len() < b.len() && table_issubset(a, b)?,
        CmpOp::Ge => table_issubset(b, a)?,
        CmpOp::Gt => b.len() < a.len() && table_issubset(b, a)?,
    })
}

impl<T: PyObj> PyObj for Set<T> {
    fn to_value(&self) -> Value {
        crate::value::set_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "set"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) = crate::value::ReprGuard::enter(self.id()) else {
            out.push_str("set(...)");
            return Ok(());
        };
        // Like CPython, print a snapshot of the keys (a repr may run code).
        let items = self.t()?.keys().cloned().collect::<Vec<T>>();
        if items.is_empty() {
            out.push_str("set()");
            return Ok(());
        }
        repr_set_items(&items, out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        table_eq(&*self.t()?, &*other.t()?)
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        set_cmp(&*self.t()?, &*other.t()?, op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.ptr_eq(other)
    }
}

impl<T: PyObj> PyObj for FrozenSet<T> {
    fn to_value(&self) -> Value {
        crate::value::frozenset_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "frozenset"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) =
            crate::value::ReprGuard::enter(Rc::as_ptr(&self.0) as *const () as usize)
        else {
            out.push_str("frozenset(...)");
            return Ok(());
        };
        if self.is_empty() {
            out.push_str("frozenset()");
            return Ok(());
        }
        out.push_str("frozenset(");
        repr_set_items(&self.to_vec(), out)?;
        out.push(')');
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        if self.len() != other.len() {
            return Ok(false);
        }
        if let (Some(a), Some(b)) = (self.cached_hash(), other.cached_hash())
            && a != b
        {
            return Ok(false);
        }
        table_issubset(&self.0.table, &other.0.table)
    }
    fn py_hash(&self) -> PyResult<i64> {
        if let Some(h) = self.0.hash.get() {
            return Ok(h);
        }
        let h = crate::hash::hash_frozenset(self.0.table.hashes());
        self.0.hash.set(Some(h));
        Ok(h)
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        set_cmp(&self.0.table, &other.0.table, op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A copy of a set's table, made the way CPython copies a set (set_merge into an empty
/// set), so the copy iterates in the same order.
pub fn copy_table<T: PyObj>(t: &SetTable<T>) -> PyResult<SetTable<T>> {
    let mut r = SetTable::new();
    r.merge(t)?;
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::Dict;
    use crate::int::Int;
    use crate::setops::testutil::{Rng, compare_cases, in_seed0_process, py_show, show};
    use crate::str::Str;
    use crate::tuple::Tup;

    const CHARS: &[char] = &['a', 'b', 'c', 'x', 'y', 'z', 'é', 'ж', '😀', 'Q'];

    fn int_val(v: i128) -> (Value, String) {
        let s = v.to_string();
        let i = Int::parse(&s, 10).expect("int literal");
        (Value::Int(i), s)
    }

    /// A random hashable value and its Python literal, from one of several pools.
    fn gen_value(rng: &mut Rng, pool: u64) -> (Value, String) {
        match pool {
            0 => int_val(rng.below(80) as i128 - 10),
            1 => {
                // Values that collide in small tables.
                int_val((rng.below(16) * 64 + rng.below(4) * 8) as i128)
            }
            2 => match rng.below(6) {
                0 => int_val(rng.next() as i64 as i128),
                1 => int_val((1i128 << 63) - rng.below(5) as i128),
                2 => int_val((1i128 << 63) + rng.below(5) as i128),
                3 => int_val(-(1i128 << 63) - rng.below(5) as i128),
                4 => int_val(-(1i128 << 63) + rng.below(5) as i128),
                _ => int_val((1i128 << 61) - 1 + rng.below(5) as i128 - 2),
            },
            3 => {
                let n = 1 + rng.below(3) as usize;
                let s: String = (0..n)
                    .map(|_| CHARS[rng.below(CHARS.len() as u64) as usize])
                    .collect();
                (Value::Str(Str::new(&s)), format!("'{s}'"))
            }
            4 => {
                let (a, la) = gen_value(rng, 0);
                let (b, lb) = gen_value(rng, 3);
                (
                    Value::Tuple(Tup::from_vec(vec![a, b])),
                    format!("({la}, {lb})"),
                )
            }
            _ => {
                let x = (rng.below(40) as f64 - 10.0) / 4.0;
                (
                    Value::Float(x),
                    crate::obj::PyObj::repr_string(&x).expect("repr"),
                )
            }
        }
    }

    fn gen_values(rng: &mut Rng, n: usize, pools: &[u64]) -> (Vec<Value>, String) {
        let mut vs = Vec::with_capacity(n);
        let mut lits = Vec::with_capacity(n);
        for _ in 0..n {
            let p = pools[rng.below(pools.len() as u64) as usize];
            let (v, l) = gen_value(rng, p);
            vs.push(v);
            lits.push(l);
        }
        (vs, format!("[{}]", lits.join(", ")))
    }

    struct Out {
        py: String,
        rs: Vec<String>,
    }

    impl Out {
        /// Prints `expr` in Python and `r` on the Rust side.
        fn show<T: PyObj>(&mut self, expr: &str, r: PyResult<T>) {
            self.py.push_str(&py_show(expr));
            self.rs.push(show(r));
        }
        fn stmt(&mut self, s: &str) {
            self.py.push_str(s);
            self.py.push('\n');
        }
    }

    fn arg_set(s: &Set<Value>) -> SetArg<'_, Value> {
        SetArg::Set(s)
    }

    fn random_case(rng: &mut Rng, case: usize, o: &mut Out) -> PyResult<()> {
        o.stmt(&format!("print('case {case}')"));
        o.rs.push(format!("case {case}"));
        let pools: Vec<u64> = match rng.below(5) {
            0 => vec![0],
            1 => vec![1, 0],
            2 => vec![2, 0],
            3 => vec![3, 4],
            _ => vec![0, 1, 2, 3, 4, 5],
        };
        let size = [4u64, 10, 40, 200][rng.below(4) as usize];

        // s: built by random adds, discards, removes, pops and clears.
        o.stmt("s = set()");
        let s: Set<Value> = Set::new();
        let mut seen: Vec<(Value, String)> = Vec::new();
        let nops = rng.below(size * 2) as usize;
        for _ in 0..nops {
            let r = rng.below(100);
            if r < 60 || seen.is_empty() {
                let p = pools[rng.below(pools.len() as u64) as usize];
                let (v, l) = gen_value(rng, p);
                o.stmt(&format!("s.add({l})"));
                s.add(v.clone())?;
                seen.push((v, l));
            } else if r < 80 {
                let (v, l) = seen[rng.below(seen.len() as u64) as usize].clone();
                o.stmt(&format!("s.discard({l})"));
                s.discard(&v)?;
            } else if r < 88 {
                let (v, l) = seen[rng.below(seen.len() as u64) as usize].clone();
                o.show(&format!("s.remove({l})"), s.remove(&v).map(|_| Value::None));
            } else if r < 99 {
                o.show("s.pop()", s.pop());
            } else {
                o.stmt("s.clear()");
                s.clear();
            }
        }
        o.show("s", Ok(s.clone()));
        o.show("len(s)", Ok(Int::from(s.len())));

        // t: set(list); f: frozenset(list); lst; d: dict.fromkeys(list).
        let n = rng.below(size) as usize;
        let (tv, tl) = gen_values(rng, n, &pools);
        o.stmt(&format!("t = set({tl})"));
        let t = Set::from_vec(tv.clone())?;
        let n = rng.below(size) as usize;
        let (fv, fl) = gen_values(rng, n, &pools);
        o.stmt(&format!("f = frozenset({fl})"));
        let f = FrozenSet::from_vec(fv)?;
        let n = rng.below(size) as usize;
        let (lv, ll) = gen_values(rng, n, &pools);
        o.stmt(&format!("lst = {ll}"));
        let n = rng.below(size) as usize;
        let (dv, dl) = gen_values(rng, n, &pools);
        o.stmt(&format!("d = dict.fromkeys({dl})"));
        let d: Dict<Value, Value> = Dict::fromkeys(dv, Value::None)?;
        o.show("t", Ok(t.clone()));
        o.show("f", Ok(f.clone()));
        o.show("set(d)", Set::from_arg(&SetArg::Dict(&d)));
        o.show("set(lst)", Set::from_arg(&SetArg::Iter(lv.clone())));
        o.show("set(s)", Set::from_arg(&arg_set(&s)));

        let sa = || arg_set(&s);
        let ta = || arg_set(&t);
        let fa = || SetArg::Frozen(&f);
        let la = || SetArg::Iter(lv.clone());
        let da = || SetArg::Dict(&d);

        o.show("s | t", s.union(&[ta()]));
        o.show("s & t", s.intersection(&[ta()]));
        o.show("t & s", t.intersection(&[sa()]));
        o.show("s - t", s.difference(&[ta()]));
        o.show("t - s", t.difference(&[sa()]));
        o.show("s ^ t", s.symmetric_difference(&ta()));
        o.show("s | f", s.union(&[fa()]));
        o.show("f | s", f.union(&[sa()]));
        o.show("f & s", f.intersection(&[sa()]));
        o.show("f - s", f.difference(&[sa()]));
        o.show("f ^ s", f.symmetric_difference(&sa()));
        o.show("s & s", s.intersection(&[sa()]));
        o.show("s - s", s.difference(&[sa()]));
        o.show("s ^ s", s.symmetric_difference(&sa()));
        o.show("s.union(t, lst, d)", s.union(&[ta(), la(), da()]));
        o.show("s.intersection(lst)", s.intersection(&[la()]));
        o.show("s.intersection(d)", s.intersection(&[da()]));
        o.show("s.intersection(t, f)", s.intersection(&[ta(), fa()]));
        o.show("s.intersection()", s.intersection(&[]));
        o.show("s.difference(lst)", s.difference(&[la()]));
        o.show("s.difference(d)", s.difference(&[da()]));
        o.show("s.difference(f, lst, t)", s.difference(&[fa(), la(), ta()]));
        o.show("s.symmetric_difference(lst)", s.symmetric_difference(&la()));
        o.show("s.symmetric_difference(d)", s.symmetric_difference(&da()));
        o.show("s.copy()", s.copy());
        o.show("frozenset(s)", FrozenSet::from_arg(&sa()));
        o.show("s.issubset(t)", s.issubset(&ta()));
        o.show("s.issubset(lst)", s.issubset(&la()));
        o.show("s.issuperset(lst)", s.issuperset(&la()));
        o.show("s.issuperset(d)", s.issuperset(&da()));
        o.show("s.isdisjoint(t)", s.isdisjoint(&ta()));
        o.show("s.isdisjoint(lst)", s.isdisjoint(&la()));
        o.show("s.isdisjoint(d)", s.isdisjoint(&da()));
        o.show("s == t", s.py_eq(&t));
        o.show("s <= t", s.py_cmp(&t, CmpOp::Le));
        o.show("s < t", s.py_cmp(&t, CmpOp::Lt));
        o.show("s >= t", s.py_cmp(&t, CmpOp::Ge));
        o.show("s > t", s.py_cmp(&t, CmpOp::Gt));
        o.show("s == f", s.eq_arg(&fa()));
        o.show("hash(f)", f.py_hash().map(Int::from));
        o.show(
            "hash(frozenset(s))",
            FrozenSet::from_arg(&sa())?.py_hash().map(Int::from),
        );
        o.show("hash(f) == hash(frozenset(lst))", {
            let g = FrozenSet::from_vec(lv.clone())?;
            Ok(f.py_hash()? == g.py_hash()?)
        });

        // In-place forms on copies.
        for (op, name) in [
            ("|=", "ior"),
            ("&=", "iand"),
            ("-=", "isub"),
            ("^=", "ixor"),
        ] {
            o.stmt(&format!("u = s.copy(); u {op} t"));
            let u = s.copy()?;
            let ua = || ta();
            match name {
                "ior" => u.ior(&ua())?,
                "iand" => u.iand(&ua())?,
                "isub" => u.isub(&ua())?,
                _ => u.ixor(&ua())?,
            }
            o.show("u", Ok(u.clone()));
            // pop after an in-place op exercises the finger.
            o.show("u.pop()", u.pop());
            o.show("u", Ok(u));
        }
        o.stmt("u = s.copy(); u.update(lst, d, f)");
        let u = s.copy()?;
        u.update(&[la(), da(), fa()])?;
        o.show("u", Ok(u));
        o.stmt("u = s.copy(); u.intersection_update(lst, t)");
        let u = s.copy()?;
        u.intersection_update(&[la(), ta()])?;
        o.show("u", Ok(u));
        o.stmt("u = s.copy(); u.difference_update(lst, d)");
        let u = s.copy()?;
        u.difference_update(&[la(), da()])?;
        o.show("u", Ok(u));
        o.stmt("u = s.copy(); u.symmetric_difference_update(d)");
        let u = s.copy()?;
        u.symmetric_difference_update(&da())?;
        o.show("u", Ok(u));
        o.stmt("u = s.copy(); u.symmetric_difference_update(lst)");
        let u = s.copy()?;
        u.symmetric_difference_update(&la())?;
        o.show("u", Ok(u));
        o.stmt("u = s.copy(); u -= s");
        let u = s.copy()?;
        u.isub(&arg_set(&u.clone()))?;
        o.show("u", Ok(u));
        // s itself after pops from the finger, then more adds.
        o.stmt("s.intersection_update(t)");
        s.intersection_update(&[ta()])?;
        for _ in 0..3 {
            o.show("s.pop()", s.pop());
        }
        o.stmt(&format!("s.update({tl})"));
        s.update(&[SetArg::Iter(tv.clone())])?;
        o.show("s", Ok(s.clone()));
        o.stmt("s.clear()");
        s.clear();
        o.stmt(&format!("s.update({ll})"));
        s.update(&[la()])?;
        o.show("s.pop()", s.pop());
        o.show("s", Ok(s));

        // Displays of constants: {a, b, c, ...} and `for x in {...}`. Strings here are
        // never identifier-like, so CPython does not re-intern them (see from_const_ex).
        let n = 3 + rng.below(9) as usize;
        let (cv, cl) = gen_values(rng, n, &pools);
        let cv: Vec<Value> = cv
            .into_iter()
            .map(|v| match v {
                Value::Str(s) => Value::Str(Str::from_string(format!("{s}-"))),
                v => v,
            })
            .collect();
        let cl = cl
            .replace("',", "-',")
            .replace("'])", "-'])")
            .replace("']", "-']");
        let inner = &cl[1..cl.len() - 1];
        o.show(&format!("{{{inner}}}"), Set::from_const_display(cv.clone()));
        o.stmt(&format!("out = []\nfor x in {{{inner}}}: out.append(x)"));
        o.show(
            "out",
            Ok(crate::List::from_vec(
                FrozenSet::from_const(cv.clone())?.to_vec(),
            )),
        );
        o.stmt("x = 0");
        let mut nc = vec![Value::int(0)];
        nc.extend(cv);
        o.show(&format!("{{x, {inner}}}"), Set::from_vec(nc));
        Ok(())
    }

    #[test]
    fn random_sets_match_cpython() {
        if !in_seed0_process("set::tests::random_sets_match_cpython") {
            return;
        }
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut cases = Vec::new();
        let mut rs = Vec::new();
        for case in 0..600 {
            let mut o = Out {
                py: String::new(),
                rs: Vec::new(),
            };
            random_case(&mut rng, case, &mut o).expect("no Python error in the Rust run");
            cases.push(o.py);
            rs.extend(o.rs);
        }
        compare_cases(&cases, &rs);
    }

    #[test]
    fn big_sets_match_cpython() {
        // Past 50000 elements the growth factor changes (used*2 instead of used*4).
        let py = "s = set()\nfor i in range(130000): s.add(i * 7919 % 1000003 - 500000)\n\
                  for i in range(0, 130000, 3): s.discard(i * 7919 % 1000003 - 500000)\n\
                  for i in range(20000): s.add(i * 31)\n\
                  l = list(s)\nprint('case 0')\nprint(len(l), l[:40], l[-40:], l[len(l) // 2:len(l) // 2 + 40])\n\
                  print(s.pop(), s.pop(), len(s))\n";
        let s: Set<Int> = Set::new();
        for i in 0..130000i64 {
            s.add(Int::from(i * 7919 % 1000003 - 500000)).unwrap();
        }
        for i in (0..130000i64).step_by(3) {
            s.discard(&Int::from(i * 7919 % 1000003 - 500000)).unwrap();
        }
        for i in 0..20000i64 {
            s.add(Int::from(i * 31)).unwrap();
        }
        let l = s.to_vec();
        let n = l.len();
        let part = |a: usize, b: usize| {
            crate::List::from_vec(l[a..b].to_vec())
                .repr_string()
                .unwrap()
        };
        let line = format!(
            "{} {} {} {}",
            n,
            part(0, 40),
            part(n - 40, n),
            part(n / 2, n / 2 + 40)
        );
        let p1 = s.pop().unwrap().repr_string().unwrap();
        let p2 = s.pop().unwrap().repr_string().unwrap();
        let rs = vec!["case 0".to_string(), line, format!("{p1} {p2} {}", s.len())];
        compare_cases(&[py.to_string()], &rs);
    }

    #[test]
    fn typed_int_sets() {
        // The typed path (Set<Int>) gives the same order as the dynamic one.
        let items: Vec<i64> = vec![10, 1, 100, 5, -1, -2, 1 << 40, 7, 64, 8];
        let s: Set<Int> = Set::from_vec(items.iter().map(|&v| Int::from(v)).collect()).unwrap();
        let v: Set<Value> = Set::from_vec(items.iter().map(|&v| Value::int(v)).collect()).unwrap();
        assert_eq!(s.repr_string().unwrap(), v.repr_string().unwrap());
        assert_eq!(
            Set::from_vec(vec![
                Int::from(10i64),
                Int::from(1i64),
                Int::from(100i64),
                Int::from(5i64)
            ])
            .unwrap()
            .repr_string()
            .unwrap(),
            "{1, 10, 100, 5}"
        );
    }

    #[test]
    fn const_displays() {
        if !in_seed0_process("set::tests::const_displays") {
            return;
        }
        let ints = |v: &[i64]| v.iter().map(|&x| Value::int(x)).collect::<Vec<_>>();
        let r = Set::from_const_display(ints(&[8, 32, 15, 63, 57])).unwrap();
        assert_eq!(r.repr_string().unwrap(), "{32, 8, 57, 63, 15}");
        let r = Set::from_const_display(ints(&[35, 21, 27, 3])).unwrap();
        assert_eq!(r.repr_string().unwrap(), "{3, 35, 27, 21}");
        // Identifiers CPython has interned: one more rebuild.
        let items = vec![
            Value::str("items"),
            Value::int(37),
            Value::str("keys"),
            Value::str("keys"),
            Value::int(30),
        ];
        let r = Set::from_const_display_ex(items, true).unwrap();
        assert_eq!(r.repr_string().unwrap(), "{'keys', 37, 30, 'items'}");
    }

    #[test]
    fn errors_and_edge_cases() {
        let s: Set<Int> = Set::new();
        assert_eq!(show(s.pop()), "KeyError 'pop from an empty set'");
        assert_eq!(show(s.remove(&Int::from(3i64)).map(|_| ())), "KeyError 3");
        assert_eq!(s.repr_string().unwrap(), "set()");
        let f: FrozenSet<Int> = FrozenSet::new();
        assert_eq!(f.repr_string().unwrap(), "frozenset()");
        // frozenset(f) is f; f.copy() is f.
        let g = FrozenSet::from_arg(&SetArg::Frozen(&f)).unwrap();
        assert!(g.py_is(&f) && f.copy().py_is(&f));
        // Iteration errors.
        let s: Set<Int> = Set::from_vec(vec![Int::from(1i64), Int::from(2i64)]).unwrap();
        let mut it = s.iter();
        assert_eq!(it.next_item().unwrap().map(|i| i.as_i64()), Some(Some(1)));
        s.add(Int::from(3i64)).unwrap();
        assert_eq!(
            show(it.next_item().map(|_| ())),
            "RuntimeError Set changed size during iteration"
        );
        // Sticky.
        s.discard(&Int::from(3i64)).unwrap();
        assert!(it.next_item().is_err());
        // {1, 2} in a set of frozensets, as a Value.
        let inner =
            Value::FrozenSet(FrozenSet::from_vec(vec![Value::int(1), Value::int(2)]).unwrap());
        let outer: Set<Value> = Set::from_vec(vec![inner]).unwrap();
        let probe = Value::Set(Set::from_vec(vec![Value::int(2), Value::int(1)]).unwrap());
        assert!(outer.contains(&probe).unwrap());
        assert!(outer.discard(&probe).unwrap());
        assert!(outer.is_empty());
        let l = Value::List(crate::List::new());
        assert_eq!(
            show(outer.contains(&l)),
            "TypeError unhashable type: 'list'"
        );
    }
}
