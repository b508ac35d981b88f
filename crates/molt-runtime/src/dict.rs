//! Python's dict: insertion-ordered, like CPython's compact dict. Entries live in a vector
//! (with holes for deleted items, compacted when they dominate) and a hashbrown table maps
//! hashes to entry positions. Python hashes are stored and remixed for the table, because
//! int hashes are the identity and SwissTable needs well-spread high bits.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::obj::PyObj;
use crate::value::Value;
use hashbrown::HashTable;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct Entry<K, V> {
    pub hash: i64,
    pub key: K,
    pub value: V,
}

pub struct DictTable<K, V> {
    entries: Vec<Option<Entry<K, V>>>,
    index: HashTable<usize>,
    len: usize,
}

pub struct Dict<K, V>(Rc<RefCell<DictTable<K, V>>>);

impl<K, V> Clone for Dict<K, V> {
    #[inline]
    fn clone(&self) -> Self {
        Dict(self.0.clone())
    }
}

#[inline]
fn mix(h: i64) -> u64 {
    // A strong 64-bit finaliser (from splitmix64) so that sequential ints spread.
    let mut z = h as u64;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

impl<K: PyObj, V: PyObj> DictTable<K, V> {
    fn new() -> Self {
        DictTable {
            entries: Vec::new(),
            index: HashTable::new(),
            len: 0,
        }
    }

    /// Position of `key` in `entries`.
    fn find(&self, hash: i64, key: &K) -> PyResult<Option<usize>> {
        let err: Cell<Option<PyErr>> = Cell::new(None);
        let entries = &self.entries;
        let found = self.index.find(mix(hash), |&i| match &entries[i] {
            Some(e) if e.hash == hash => {
                if e.key.py_is(key) {
                    return true;
                }
                match e.key.py_eq(key) {
                    Ok(b) => b,
                    Err(x) => {
                        err.set(Some(x));
                        false
                    }
                }
            }
            _ => false,
        });
        if let Some(e) = err.take() {
            return Err(e);
        }
        Ok(found.copied())
    }

    fn insert_new(&mut self, hash: i64, key: K, value: V) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(mix(hash), pos, |&i| {
            mix(entries[i].as_ref().map_or(0, |e| e.hash))
        });
        self.len += 1;
    }

    fn remove_at(&mut self, pos: usize) -> Option<Entry<K, V>> {
        let hash = self.entries[pos].as_ref()?.hash;
        if let Ok(slot) = self.index.find_entry(mix(hash), |&i| i == pos) {
            slot.remove();
        }
        self.len -= 1;
        let e = self.entries[pos].take();
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }
}

impl<K: PyObj, V: PyObj> Dict<K, V> {
    pub fn new() -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(DictTable::new())))
    }

    pub fn from_pairs(pairs: Vec<(K, V)>) -> PyResult<Dict<K, V>> {
        let d = Dict::new();
        for (k, v) in pairs {
            d.setitem(k, v)?;
        }
        Ok(d)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.borrow().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn ptr_eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }

    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }

    pub fn get(&self, key: &K) -> PyResult<Option<V>> {
        let h = key.py_hash()?;
        let t = self.0.borrow();
        Ok(t.find(h, key)?
            .and_then(|p| t.entries[p].as_ref().map(|e| e.value.clone())))
    }

    /// `d[key]`.
    pub fn getitem(&self, key: &K) -> PyResult<V> {
        match self.get(key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.to_value()])),
        }
    }

    pub fn contains(&self, key: &K) -> PyResult<bool> {
        let h = key.py_hash()?;
        Ok(self.0.borrow().find(h, key)?.is_some())
    }

    /// `d[key] = value`; an existing key keeps its position and its original key object.
    pub fn setitem(&self, key: K, value: V) -> PyResult<()> {
        let h = key.py_hash()?;
        let mut t = self.0.borrow_mut();
        match t.find(h, &key)? {
            Some(p) => {
                let old = t.entries[p]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value));
                drop(t);
                drop(old);
            }
            None => t.insert_new(h, key, value),
        }
        Ok(())
    }

    /// `del d[key]`.
    pub fn delitem(&self, key: &K) -> PyResult<()> {
        match self.remove(key)? {
            Some(_) => Ok(()),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.to_value()])),
        }
    }

    pub fn remove(&self, key: &K) -> PyResult<Option<(K, V)>> {
        let h = key.py_hash()?;
        let mut t = self.0.borrow_mut();
        let Some(p) = t.find(h, key)? else {
            return Ok(None);
        };
        Ok(t.remove_at(p).map(|e| (e.key, e.value)))
    }

    /// `d.pop(key[, default])`.
    pub fn pop(&self, key: &K, default: Option<V>) -> PyResult<V> {
        match self.remove(key)? {
            Some((_, v)) => Ok(v),
            None => match default {
                Some(d) => Ok(d),
                None => Err(PyErr::new(ExcKind::KeyError, vec![key.to_value()])),
            },
        }
    }

    /// `d.popitem()`: the last inserted item.
    pub fn popitem(&self) -> PyResult<(K, V)> {
        let mut t = self.0.borrow_mut();
        let Some(p) = t.entries.iter().rposition(|e| e.is_some()) else {
            return Err(PyErr::msg(
                ExcKind::KeyError,
                "popitem(): dictionary is empty",
            ));
        };
        let e = t.remove_at(p);
        // Trailing holes can go: popitem is LIFO like CPython's.
        while matches!(t.entries.last(), Some(None)) {
            t.entries.pop();
        }
        match e {
            Some(e) => Ok((e.key, e.value)),
            None => Err(PyErr::msg(
                ExcKind::KeyError,
                "popitem(): dictionary is empty",
            )),
        }
    }

    /// `d.setdefault(key, default)`.
    pub fn setdefault(&self, key: K, default: V) -> PyResult<V> {
        if let Some(v) = self.get(&key)? {
            return Ok(v);
        }
        self.setitem(key, default.clone())?;
        Ok(default)
    }

    pub fn clear(&self) {
        let old = std::mem::replace(&mut *self.0.borrow_mut(), DictTable::new());
        drop(old);
    }

    pub fn copy(&self) -> Dict<K, V> {
        let d = Dict::new();
        {
            let t = self.0.borrow();
            let mut n = d.0.borrow_mut();
            for e in t.entries.iter().flatten() {
                n.insert_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }

    /// `self.update(other)`.
    pub fn update(&self, other: &Dict<K, V>) -> PyResult<()> {
        for (k, v) in other.items_vec() {
            self.setitem(k, v)?;
        }
        Ok(())
    }

    /// The entry after position `pos` (for iteration): (next position, key, value).
    #[inline]
    pub fn iter_from(&self, pos: usize) -> Option<(usize, K, V)> {
        let t = self.0.borrow();
        let mut p = pos;
        while p < t.entries.len() {
            if let Some(e) = &t.entries[p] {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    pub fn keys_vec(&self) -> Vec<K> {
        self.0
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values_vec(&self) -> Vec<V> {
        self.0
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items_vec(&self) -> Vec<(K, V)> {
        self.0
            .borrow()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Starts an iteration that raises RuntimeError if the dict changes size meanwhile.
    pub fn iter(&self) -> DictIter<K, V> {
        DictIter {
            dict: self.clone(),
            pos: 0,
            expected_len: self.len(),
        }
    }

    /// The first key whose value ranks highest, and similar reductions, need the hashes.
    pub fn hash_of_pos(&self, pos: usize) -> Option<i64> {
        self.0
            .borrow()
            .entries
            .get(pos)
            .and_then(|e| e.as_ref().map(|e| e.hash))
    }
}

impl<K: PyObj, V: PyObj> Default for Dict<K, V> {
    fn default() -> Self {
        Dict::new()
    }
}

/// Iteration over a dict's entries, checking for changes in size like CPython.
pub struct DictIter<K, V> {
    dict: Dict<K, V>,
    pos: usize,
    expected_len: usize,
}

impl<K: PyObj, V: PyObj> DictIter<K, V> {
    #[inline]
    pub fn next_entry(&mut self) -> PyResult<Option<(K, V)>> {
        if self.dict.len() != self.expected_len {
            self.expected_len = usize::MAX; // keep failing, as CPython does
            return Err(PyErr::msg(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        match self.dict.iter_from(self.pos) {
            Some((p, k, v)) => {
                self.pos = p;
                Ok(Some((k, v)))
            }
            None => Ok(None),
        }
    }
}

impl<K: PyObj, V: PyObj> PyObj for Dict<K, V> {
    fn to_value(&self) -> Value {
        crate::value::dict_to_value(self)
    }
    fn type_name(&self) -> &'static str {
        "dict"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) = crate::value::ReprGuard::enter(self.id()) else {
            out.push_str("{...}");
            return Ok(());
        };
        out.push('{');
        for (i, (k, v)) in self.items_vec().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            k.py_repr(out)?;
            out.push_str(": ");
            v.py_repr(out)?;
        }
        out.push('}');
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        if self.ptr_eq(other) {
            return Ok(true);
        }
        if self.len() != other.len() {
            return Ok(false);
        }
        for (k, v) in self.items_vec() {
            match other.get(&k)? {
                Some(ov) => {
                    if !(v.py_is(&ov) || v.py_eq(&ov)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(self.len() > 0)
    }
    fn py_is(&self, other: &Self) -> bool {
        self.ptr_eq(other)
    }
}
