//! Python's set and frozenset. Iteration order is observable (printing a set), so the table
//! is a clone of CPython 3.11's Objects/setobject.c: open addressing with linear probes and
//! perturbation, the same growth policy, dummies for deleted entries, and the same
//! algorithms for the set operations.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::obj::PyObj;
use crate::value::Value;
use std::cell::{Cell, RefCell};
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

#[derive(Clone)]
pub struct SetTable<T> {
    table: Vec<Slot<T>>,
    fill: usize,
    used: usize,
    finger: usize,
}

enum Probe {
    Found(usize),
    /// Where a new key would go, and whether that slot was never used.
    Free(usize, bool),
}

impl<T: PyObj> SetTable<T> {
    pub fn new() -> Self {
        SetTable {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn probe(&self, key: &T, hash: i64) -> PyResult<Probe> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            let mut j = i;
            for _ in 0..=probes {
                match &self.table[j] {
                    Slot::Empty => {
                        return Ok(match freeslot {
                            Some(f) => Probe::Free(f, false),
                            None => Probe::Free(j, true),
                        });
                    }
                    Slot::Active(h, k) => {
                        if *h == hash && (k.py_is(key) || k.py_eq(key)?) {
                            return Ok(Probe::Found(j));
                        }
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(j);
                        }
                    }
                }
                j += 1;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// set_add_entry. Returns true if the key was new.
    pub fn add_entry(&mut self, key: T, hash: i64) -> PyResult<bool> {
        match self.probe(&key, hash)? {
            Probe::Found(_) => Ok(false),
            Probe::Free(j, unused) => {
                self.table[j] = Slot::Active(hash, key);
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
                Ok(true)
            }
        }
    }

    pub fn contains_entry(&self, key: &T, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.probe(key, hash)?, Probe::Found(_)))
    }

    /// set_discard_entry. Returns true if the key was present.
    pub fn discard_entry(&mut self, key: &T, hash: i64) -> PyResult<bool> {
        match self.probe(key, hash)? {
            Probe::Found(j) => {
                let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
                self.used -= 1;
                drop(old);
                Ok(true)
            }
            Probe::Free(..) => Ok(false),
        }
    }

    /// set_insert_clean: for a key known to be absent from a table without dummies.
    fn insert_clean(table: &mut [Slot<T>], key: T, hash: i64) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        table[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// set_table_resize.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
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

    /// The active entry at or after slot `pos`: (next slot, key).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, T)> {
        let mut p = pos;
        while p < self.table.len() {
            if let Slot::Active(_, k) = &self.table[p] {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }

    /// set_merge: adds every entry of another table.
    pub fn merge(&mut self, other: &SetTable<T>) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (i, s) in other.table.iter().enumerate() {
                if let Slot::Active(h, k) = s {
                    self.table[i] = Slot::Active(*h, k.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for s in other.table.iter() {
                if let Slot::Active(h, k) = s {
                    Self::insert_clean(&mut self.table, k.clone(), *h);
                }
            }
            return Ok(());
        }
        for s in other.table.iter() {
            if let Slot::Active(h, k) = s {
                self.add_entry(k.clone(), *h)?;
            }
        }
        Ok(())
    }

    /// set_pop.
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
}

impl<T: PyObj> Default for SetTable<T> {
    fn default() -> Self {
        SetTable::new()
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

    pub fn from_vec(items: Vec<T>) -> PyResult<Set<T>> {
        let s = Set::new();
        for x in items {
            s.add(x)?;
        }
        Ok(s)
    }

    pub fn table(&self) -> std::cell::Ref<'_, SetTable<T>> {
        self.0.borrow()
    }

    pub fn table_mut(&self) -> std::cell::RefMut<'_, SetTable<T>> {
        self.0.borrow_mut()
    }

    pub fn snapshot(&self) -> SetTable<T> {
        self.0.borrow().clone()
    }

    pub fn len(&self) -> usize {
        self.0.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ptr_eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    pub fn add(&self, x: T) -> PyResult<()> {
        let h = x.py_hash()?;
        self.0.borrow_mut().add_entry(x, h)?;
        Ok(())
    }

    pub fn contains(&self, x: &T) -> PyResult<bool> {
        let h = x.py_hash()?;
        self.0.borrow().contains_entry(x, h)
    }

    pub fn discard(&self, x: &T) -> PyResult<bool> {
        let h = x.py_hash()?;
        self.0.borrow_mut().discard_entry(x, h)
    }

    pub fn remove(&self, x: &T) -> PyResult<()> {
        if self.discard(x)? {
            Ok(())
        } else {
            Err(PyErr::new(ExcKind::KeyError, vec![x.to_value()]))
        }
    }

    pub fn pop(&self) -> PyResult<T> {
        self.0.borrow_mut().pop()
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.0.borrow_mut());
        drop(old);
    }

    pub fn copy(&self) -> PyResult<Set<T>> {
        let mut t = SetTable::new();
        t.merge(&self.0.borrow())?;
        Ok(Set::from_table(t))
    }

    /// The element at or after slot `pos`, for iteration.
    #[inline]
    pub fn iter_from(&self, pos: usize) -> Option<(usize, T)> {
        self.0.borrow().entry_from(pos)
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().entries().map(|(_, k)| k.clone()).collect()
    }

    pub fn update_from(&self, other: &SetTable<T>) -> PyResult<()> {
        self.0.borrow_mut().merge(other)
    }
}

impl<T: PyObj> Default for Set<T> {
    fn default() -> Self {
        Set::new()
    }
}

impl<T: PyObj> FrozenSet<T> {
    pub fn from_table(table: SetTable<T>) -> FrozenSet<T> {
        FrozenSet(Rc::new(FrozenInner {
            table,
            hash: Cell::new(None),
        }))
    }

    pub fn from_vec(items: Vec<T>) -> PyResult<FrozenSet<T>> {
        let mut t = SetTable::new();
        for x in items {
            let h = x.py_hash()?;
            t.add_entry(x, h)?;
        }
        Ok(FrozenSet::from_table(t))
    }

    pub fn table(&self) -> &SetTable<T> {
        &self.0.table
    }

    pub fn len(&self) -> usize {
        self.0.table.used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, x: &T) -> PyResult<bool> {
        let h = x.py_hash()?;
        self.0.table.contains_entry(x, h)
    }

    #[inline]
    pub fn iter_from(&self, pos: usize) -> Option<(usize, T)> {
        self.0.table.entry_from(pos)
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.0.table.entries().map(|(_, k)| k.clone()).collect()
    }
}

fn repr_set_items<T: PyObj>(t: &SetTable<T>, out: &mut String) -> PyResult<()> {
    out.push('{');
    for (i, (_, k)) in t.entries().enumerate() {
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

impl<T: PyObj> PyObj for Set<T> {
    fn to_value(&self) -> Value {
        crate::value::set_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "set"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        let t = self.snapshot();
        if t.is_empty() {
            out.push_str("set()");
            return Ok(());
        }
        let Some(_guard) =
            crate::value::ReprGuard::enter(Rc::as_ptr(&self.0) as *const () as usize)
        else {
            out.push_str("set(...)");
            return Ok(());
        };
        repr_set_items(&t, out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        table_eq(&self.snapshot(), &other.snapshot())
    }
    fn py_cmp(&self, other: &Self, op: crate::obj::CmpOp) -> PyResult<bool> {
        set_cmp(&self.snapshot(), &other.snapshot(), op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.ptr_eq(other)
    }
}

/// `<`, `<=`, `>`, `>=` on sets mean subset and superset.
pub fn set_cmp<T: PyObj>(
    a: &SetTable<T>,
    b: &SetTable<T>,
    op: crate::obj::CmpOp,
) -> PyResult<bool> {
    use crate::obj::CmpOp::*;
    Ok(match op {
        Le => table_issubset(a, b)?,
        Lt => a.len() < b.len() && table_issubset(a, b)?,
        Ge => table_issubset(b, a)?,
        Gt => b.len() < a.len() && table_issubset(b, a)?,
    })
}

impl<T: PyObj> PyObj for FrozenSet<T> {
    fn to_value(&self) -> Value {
        crate::value::frozenset_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "frozenset"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        if self.is_empty() {
            out.push_str("frozenset()");
            return Ok(());
        }
        out.push_str("frozenset(");
        repr_set_items(&self.0.table, out)?;
        out.push(')');
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        table_eq(&self.0.table, &other.0.table)
    }
    fn py_hash(&self) -> PyResult<i64> {
        if let Some(h) = self.0.hash.get() {
            return Ok(h);
        }
        let hs: Vec<i64> = self.0.table.entries().map(|(h, _)| h).collect();
        let h = crate::hash::hash_frozenset(hs.into_iter());
        self.0.hash.set(Some(h));
        Ok(h)
    }
    fn py_cmp(&self, other: &Self, op: crate::obj::CmpOp) -> PyResult<bool> {
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

impl<T: PyObj> Default for FrozenSet<T> {
    fn default() -> Self {
        FrozenSet::from_table(SetTable::new())
    }
}
