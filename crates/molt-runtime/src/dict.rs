//! Python's dict: insertion-ordered, like CPython's compact dict. Entries live in a vector
//! (with holes for deleted items) and a hashbrown table maps hashes to entry positions.
//! Python hashes are stored and remixed for the table, because int hashes are the identity
//! and SwissTable needs well-spread high bits.
//!
//! The entry vector follows CPython 3.11's Objects/dictobject.c bookkeeping: deleting
//! leaves a hole, and holes are squeezed out only when an insertion finds the keys object
//! full (`dk_usable` exhausted), which resizes it to the size GROWTH_RATE asks for. An
//! iterator's position is an index into that vector, so a loop that deletes and inserts
//! while iterating sees what CPython's would.
//!
//! Generated code: `{k: v, ...}` is `Dict::from_display` (CPython presizes displays, in
//! chunks), `dict(pairs)` and comprehensions are `from_pairs`/`setitem`; `d[k] op= x` is
//! `update_with`, `d[k] = f(d.get(k, default))` is `set_with` (one hash, one probe);
//! `for k in d` uses `iter()` and `next_key` (which raise CPython's RuntimeErrors); views
//! are `keys()`, `values()`, `items()`.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::obj::PyObj;
use crate::set::{Set, SetTable};
use crate::setops::{self, ArgView, DictKeys, SetArg};
use crate::str::Str;
use crate::value::Value;
use hashbrown::HashTable;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

pub struct Entry<K, V> {
    pub hash: i64,
    pub key: K,
    pub value: V,
}

pub struct DictTable<K, V> {
    entries: Vec<Option<Entry<K, V>>>,
    /// Entry positions, with their hashes so that growing the table never reads entries.
    index: HashTable<Ix>,
    len: usize,
    /// CPython's dk_usable: insertions left before the keys object is resized.
    usable: usize,
    /// DK_SIZE of CPython's keys object (1 for the shared empty keys, Py_EMPTY_KEYS).
    size: usize,
    /// DICT_KEYS_UNICODE: every key so far is a str.
    unicode: bool,
    /// Bumped by every change of the key set or of entry positions (not by a value
    /// replaced in place), so that a read-modify-write can tell whether its slot moved.
    version: u64,
    /// One bit per key hash ever inserted (bit `hash & 63`; cleared only with the table):
    /// a zero bit proves a key absent without probing, which the method-call caches use
    /// to check that an instance dict does not shadow a method.
    bloom: u64,
}

#[inline]
fn bloom_bit(hash: i64) -> u64 {
    1u64 << (hash as u64 & 63)
}

pub struct Dict<K, V>(Rc<RefCell<DictTable<K, V>>>);

impl<K, V> Clone for Dict<K, V> {
    #[inline]
    fn clone(&self) -> Self {
        Dict(self.0.clone())
    }
}

/// A slot of the index (8 bytes, like CPython's int32 indices, to keep the index small):
/// 32 bits of the mixed hash, so that growing the table never reads entries, and the
/// entry's position.
#[derive(Clone, Copy)]
struct Ix {
    tag: u32,
    pos: u32,
}

/// Keys objects of at most this size (CPython's PyDict_MINSIZE, 5 usable entries) keep no
/// index: a lookup scans the few entries, comparing hashes first. A small dict, such as
/// almost every instance's `__dict__`, then costs one buffer instead of two. The order
/// in which equal-hash keys are compared is not CPython's probe order either way.
const SMALL: usize = 8;

/// Entries a dict can hold (positions are 32-bit).
const MAX_ENTRIES: usize = u32::MAX as usize;

/// Spreads a Python hash for SwissTable, which takes the bucket from the low bits and a
/// tag from the top seven: int hashes are the ints themselves. A folded multiply (one
/// 64x64->128 multiplication) mixes every input bit into both ends.
#[inline]
fn mix(h: i64) -> u64 {
    let p = (h as u64 as u128).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (p as u64) ^ ((p >> 64) as u64)
}

/// The index's 32-bit tag of a Python hash.
#[inline]
fn tag_of(h: i64) -> u32 {
    (mix(h) >> 32) as u32
}

/// The SwissTable hash of a tag: its bits both low (bucket) and high (control byte).
#[inline]
fn tag_hash(tag: u32) -> u64 {
    let t = tag as u64;
    (t << 32) | t
}

#[inline]
fn ix_hash(ix: &Ix) -> u64 {
    tag_hash(ix.tag)
}

fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, vec![])
}

/// USABLE_FRACTION: a keys object of `n` slots takes 2n/3 entries.
#[inline]
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// calculate_log2_keysize, as a size, with CPython's bit trick on 64-bit platforms:
/// `1 << bit_length(((minsize | 8) - 1) | 7)`. It is not always the smallest power of two
/// at least minsize (16 gives 32, 1..=7 give 16), and the difference decides when entries are
/// compacted, which a loop that mutates the dict it iterates can observe.
fn keysize_for(minsize: usize) -> usize {
    let m = ((minsize | 8) - 1) | 7;
    let bits = usize::BITS - m.leading_zeros();
    1usize.checked_shl(bits).unwrap_or(1 << 62)
}

/// estimate_log2_keysize, as a size: room for `n` entries.
fn estimated_keysize(n: usize) -> usize {
    keysize_for(n.saturating_mul(3).div_ceil(2))
}

/// Whether a key is an exact str (CPython keeps str-only dicts in a "unicode" keys kind,
/// and converting to the general kind resizes).
fn is_str_key<K: 'static>(key: &K) -> bool {
    let any = key as &dyn std::any::Any;
    any.is::<crate::str::Str>() || matches!(any.downcast_ref::<Value>(), Some(Value::Str(_)))
}

/// Whether the entry at `pos` holds `key` (an error of `==` is stored in `err` and counts
/// as a match, which ends the probe).
#[inline]
fn key_matches<K: PyObj, V>(
    entries: &[Option<Entry<K, V>>],
    pos: usize,
    hash: i64,
    key: &K,
    err: &Cell<Option<PyErr>>,
) -> bool {
    match entries.get(pos) {
        Some(Some(e)) if e.hash == hash => {
            if e.key.py_is(key) {
                return true;
            }
            match e.key.py_eq(key) {
                Ok(b) => b,
                Err(x) => {
                    err.set(Some(x));
                    true
                }
            }
        }
        _ => false,
    }
}

/// Stores `value` at `pos`, dropping the old value only after the borrow ends (its
/// destructor may run code that reads the dict).
fn replace_value<K, V>(
    mut guard: RefMut<'_, DictTable<K, V>>,
    pos: usize,
    value: V,
) -> PyResult<()> {
    let old = guard
        .entries
        .get_mut(pos)
        .and_then(|e| e.as_mut())
        .map(|e| std::mem::replace(&mut e.value, value));
    drop(guard);
    drop(old);
    Ok(())
}

fn busy() -> PyErr {
    PyErr::msg(
        ExcKind::RuntimeError,
        "dict changed during a comparison of its keys",
    )
}

fn key_error<K: PyObj>(key: &K) -> PyErr {
    PyErr::new(ExcKind::KeyError, vec![key.to_value()])
}

/// RecursionError for comparisons and reprs of deeply nested containers (CPython guards
/// them with Py_EnterRecursiveCall) instead of overflowing the native stack.
pub(crate) fn enter_nested(what: &str) -> PyResult<crate::rt::CallGuard> {
    crate::rt::enter().map_err(|e| {
        if e.kind() == ExcKind::RecursionError {
            PyErr::msg(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            )
        } else {
            e
        }
    })
}

impl<K: PyObj, V: PyObj> DictTable<K, V> {
    fn new() -> Self {
        DictTable {
            entries: Vec::new(),
            index: HashTable::new(),
            len: 0,
            usable: 0,
            size: 1,
            unicode: true,
            version: 0,
            bloom: 0,
        }
    }

    /// dict_new_presized: a dict display of `n` items gets its keys object up front
    /// (`unicode` when all its keys are str).
    fn presized(n: usize, unicode: bool) -> Self {
        let mut t = DictTable::new();
        if n > usable_fraction(8) {
            let size = if n > usable_fraction(1 << 17) {
                1 << 17
            } else {
                estimated_keysize(n)
            };
            t.size = size;
            t.usable = usable_fraction(size);
            t.unicode = unicode;
            t.entries.reserve(t.usable);
            t.index.reserve(n, ix_hash);
        }
        t
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of `key` in `entries`.
    #[inline]
    fn find(&self, hash: i64, key: &K) -> PyResult<Option<usize>> {
        let err: Cell<Option<PyErr>> = Cell::new(None);
        let entries = &self.entries;
        let found = if self.size <= SMALL {
            (0..entries.len()).find(|&pos| key_matches(entries, pos, hash, key, &err))
        } else {
            let tag = tag_of(hash);
            self.index
                .find(tag_hash(tag), |ix| {
                    ix.tag == tag && key_matches(entries, ix.pos as usize, hash, key, &err)
                })
                .map(|ix| ix.pos as usize)
        };
        if let Some(e) = err.take() {
            return Err(e);
        }
        Ok(found)
    }

    #[inline]
    fn entry(&self, pos: usize) -> Option<&Entry<K, V>> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    #[inline]
    fn entry_mut(&mut self, pos: usize) -> Option<&mut Entry<K, V>> {
        self.entries.get_mut(pos).and_then(|e| e.as_mut())
    }

    /// What insertdict does before its lookup: a non-str key turns a str-only keys object
    /// into a general one, which is a resize.
    #[inline]
    fn prepare_insert(&mut self, key: &K) {
        if self.unicode && self.size > 1 && !is_str_key(key) {
            self.resize(keysize_for(self.len * 3));
            self.unicode = false;
        }
    }

    /// insertdict (after prepare_insert) or insert_to_emptydict for a key known to be
    /// absent.
    fn insert_new(&mut self, hash: i64, key: K, value: V) -> PyResult<()> {
        if self.entries.len() >= MAX_ENTRIES {
            return Err(memory_error());
        }
        if self.size == 1 {
            // insert_to_emptydict: a fresh keys object of the minimum size.
            self.size = 8;
            self.usable = usable_fraction(8);
            self.unicode = is_str_key(&key);
            self.version = self.version.wrapping_add(1);
            // Room for the whole keys object at once (as CPython allocates it), so that a
            // small dict, such as an instance's, never regrows its buffers.
            self.entries.reserve_exact(self.usable);
        } else if self.usable == 0 {
            // insertion_resize: GROWTH_RATE is used*3.
            self.resize(keysize_for(self.len * 3));
        }
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.bloom |= bloom_bit(hash);
        if self.size > SMALL {
            self.index_insert(hash, pos);
        }
        self.len += 1;
        self.usable -= 1;
        self.version = self.version.wrapping_add(1);
        Ok(())
    }

    /// dictresize: a keys object of `size` slots; the holes are squeezed out.
    fn resize(&mut self, size: usize) {
        self.version = self.version.wrapping_add(1);
        let was_indexed = self.size > SMALL;
        self.size = size;
        self.usable = usable_fraction(size).saturating_sub(self.len);
        if self.entries.len() == self.len {
            self.entries.reserve(self.usable);
            if was_indexed && size > SMALL {
                self.index.reserve(self.usable, ix_hash);
                return;
            }
        } else {
            let old = std::mem::take(&mut self.entries);
            self.entries.reserve(self.len + self.usable);
            self.entries.extend(old.into_iter().filter(Option::is_some));
        }
        self.index = HashTable::new();
        if size <= SMALL {
            return;
        }
        self.index.reserve(self.len + self.usable, ix_hash);
        for pos in 0..self.entries.len() {
            let hash = self.entry(pos).map_or(0, |e| e.hash);
            self.index_insert(hash, pos);
        }
    }

    /// Records in the index that the entry at `pos` has `hash`.
    #[inline]
    fn index_insert(&mut self, hash: i64, pos: usize) {
        let tag = tag_of(hash);
        let ix = Ix {
            tag,
            pos: pos as u32,
        };
        self.index.insert_unique(tag_hash(tag), ix, ix_hash);
    }

    /// Removes the entry at `pos`, leaving a hole.
    fn remove_at(&mut self, pos: usize) -> Option<Entry<K, V>> {
        let hash = self.entry(pos)?.hash;
        if self.size > SMALL
            && let Ok(slot) = self
                .index
                .find_entry(tag_hash(tag_of(hash)), |ix| ix.pos as usize == pos)
        {
            slot.remove();
        }
        self.len -= 1;
        self.version = self.version.wrapping_add(1);
        self.entries.get_mut(pos)?.take()
    }

    fn live(&self) -> impl Iterator<Item = &Entry<K, V>> {
        self.entries.iter().flatten()
    }
}

/// Namespace accessors for the attribute inline caches (class/ic.rs): a position hint is
/// tried first, matching the key by identity (attribute names are interned), then the
/// ordinary hashed lookup.
impl<V: PyObj> Dict<Value, V> {
    /// The value at `pos` when its key is the very string `name`.
    #[inline(always)]
    pub(crate) fn value_at_if(&self, pos: usize, name: &Str) -> Option<V> {
        let t = self.0.try_borrow().ok()?;
        match t.entry(pos) {
            Some(Entry {
                key: Value::Str(k),
                value,
                ..
            }) if k.ptr_eq(name) => Some(value.clone()),
            _ => None,
        }
    }

    /// `self[key]` and its position.
    #[inline(always)]
    pub(crate) fn find_key(&self, key: &Value, hash: i64) -> PyResult<Option<(usize, V)>> {
        let t = self.t()?;
        if t.bloom & bloom_bit(hash) == 0 {
            return Ok(None);
        }
        Ok(t.find(hash, key)?
            .and_then(|p| t.entry(p).map(|e| (p, e.value.clone()))))
    }

    /// `self[name] = value`, trying position `hint` first; returns where the key is.
    #[inline]
    pub(crate) fn set_str_hinted(&self, hint: usize, name: &Str, value: V) -> PyResult<usize> {
        let mut t = self.tm()?;
        if let Some(Entry {
            key: Value::Str(k),
            value: slot,
            ..
        }) = t.entry_mut(hint)
            && k.ptr_eq(name)
        {
            let old = std::mem::replace(slot, value);
            // The old value is dropped after the borrow ends.
            drop(t);
            drop(old);
            return Ok(hint);
        }
        let before = t.len;
        drop(t);
        self.setitem_hashed(Value::Str(name.clone()), name.hash(), value)?;
        let t = self.t()?;
        if t.len > before {
            // A new key is always the last entry.
            return Ok(t.entries.len().saturating_sub(1));
        }
        let key = Value::Str(name.clone());
        Ok(t.find(name.hash(), &key)?.unwrap_or(0))
    }
}

impl<K: PyObj, V: PyObj> Dict<K, V> {
    pub fn new() -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(DictTable::new())))
    }

    /// An empty dict presized for `n` items of a general (not all-str) kind.
    pub fn with_capacity(n: usize) -> Dict<K, V> {
        Dict(Rc::new(RefCell::new(DictTable::presized(n, false))))
    }

    /// A dict display `{k: v, ...}` without `**` unpacking, built the way CPython 3.11's
    /// compiler_dict builds it: in chunks of 17 items (STACK_USE_GUIDELINE), each chunk an
    /// empty dict filled by MAP_ADD when it has 16 items or more, else a dict presized by
    /// _PyDict_FromItems (BUILD_MAP / BUILD_CONST_KEY_MAP); the chunks after the first are
    /// merged in with DICT_UPDATE. The layout matters to a loop that mutates the dict it
    /// iterates. Later duplicate keys win, keeping the first key object and position.
    pub fn from_display(pairs: Vec<(K, V)>) -> PyResult<Dict<K, V>> {
        const GUIDELINE: usize = 30;
        let n = pairs.len();
        let mut chunks: Vec<Vec<(K, V)>> = Vec::new();
        let mut elements = 0usize;
        let mut it = pairs.into_iter();
        let mut pending: Vec<(K, V)> = Vec::new();
        for _ in 0..n {
            let Some(p) = it.next() else { break };
            pending.push(p);
            if elements * 2 > GUIDELINE {
                chunks.push(std::mem::take(&mut pending));
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if !pending.is_empty() {
            chunks.push(pending);
        }
        let mut result: Option<Dict<K, V>> = None;
        for chunk in chunks {
            let sub = if chunk.len() * 2 > GUIDELINE {
                Dict::new()
            } else {
                let unicode = chunk.iter().all(|(k, _)| is_str_key(k));
                Dict(Rc::new(RefCell::new(DictTable::presized(
                    chunk.len(),
                    unicode,
                ))))
            };
            for (k, v) in chunk {
                sub.setitem(k, v)?;
            }
            match &result {
                None => result = Some(sub),
                Some(r) => r.update(&sub)?,
            }
        }
        Ok(result.unwrap_or_default())
    }

    /// `dict(pairs)` / `dict(zip(...))`: the pairs inserted one by one into a new dict.
    pub fn from_pairs(pairs: Vec<(K, V)>) -> PyResult<Dict<K, V>> {
        let d = Dict::new();
        for (k, v) in pairs {
            d.setitem(k, v)?;
        }
        Ok(d)
    }

    /// `dict.fromkeys(keys, value)`.
    pub fn fromkeys(keys: Vec<K>, value: V) -> PyResult<Dict<K, V>> {
        let d = Dict::new();
        for k in keys {
            d.setitem(k, value.clone())?;
        }
        Ok(d)
    }

    #[inline]
    fn t(&self) -> PyResult<Ref<'_, DictTable<K, V>>> {
        self.0.try_borrow().map_err(|_| busy())
    }

    #[inline]
    fn tm(&self) -> PyResult<RefMut<'_, DictTable<K, V>>> {
        self.0.try_borrow_mut().map_err(|_| busy())
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.borrow().len
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

    /// `d.get(key)`: None when absent.
    #[inline]
    pub fn get(&self, key: &K) -> PyResult<Option<V>> {
        let h = key.py_hash()?;
        self.get_hashed(key, h)
    }

    /// A lookup with a hash the caller already has.
    #[inline]
    pub fn get_hashed(&self, key: &K, hash: i64) -> PyResult<Option<V>> {
        let t = self.t()?;
        Ok(t.find(hash, key)?
            .and_then(|p| t.entry(p).map(|e| e.value.clone())))
    }

    /// `d.get(key, default)`.
    #[inline]
    pub fn get_or(&self, key: &K, default: V) -> PyResult<V> {
        Ok(self.get(key)?.unwrap_or(default))
    }

    /// `d[key]` with a key the compiler did not type, giving the typed value (boxing it
    /// could copy a typed container, and `d[k].append(x)` must reach the dict's list).
    /// The key is unboxed to the key type when it is one (a found key is the one the
    /// boxed dict would find); a key of another type (a float equal to an int key) is
    /// compared with each key as CPython's lookup would, hash first.
    pub fn getitem_dyn(&self, key: &Value) -> PyResult<V>
    where
        K: crate::conv::FromValue,
    {
        if let Ok(k) = K::from_value(key.clone()) {
            return match self.get(&k)? {
                Some(v) => Ok(v),
                None => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
            };
        }
        let h = key.py_hash()?;
        for (k, v) in self.items_vec() {
            if k.py_hash()? == h && k.to_value().py_eq(key)? {
                return Ok(v);
            }
        }
        Err(PyErr::new(ExcKind::KeyError, vec![key.clone()]))
    }

    /// `d[key]`.
    #[inline]
    pub fn getitem(&self, key: &K) -> PyResult<V> {
        match self.get(key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key)),
        }
    }

    /// `key in d`.
    #[inline]
    pub fn contains(&self, key: &K) -> PyResult<bool> {
        let h = key.py_hash()?;
        Ok(self.t()?.find(h, key)?.is_some())
    }

    /// `d[key] = value`; an existing key keeps its position and its original key object.
    #[inline]
    pub fn setitem(&self, key: K, value: V) -> PyResult<()> {
        let h = key.py_hash()?;
        self.setitem_hashed(key, h, value)
    }

    /// `d[key] = value` with a hash the caller already has.
    pub fn setitem_hashed(&self, key: K, hash: i64, value: V) -> PyResult<()> {
        let mut guard = self.tm()?;
        let t = &mut *guard;
        t.prepare_insert(&key);
        if t.size <= SMALL {
            return match t.find(hash, &key)? {
                None => t.insert_new(hash, key, value),
                Some(pos) => replace_value(guard, pos, value),
            };
        }
        // One probe: the slot of the key, or where it goes.
        let err: Cell<Option<PyErr>> = Cell::new(None);
        let entries = &t.entries;
        let tag = tag_of(hash);
        let slot = t.index.entry(
            tag_hash(tag),
            |ix| ix.tag == tag && key_matches(entries, ix.pos as usize, hash, &key, &err),
            ix_hash,
        );
        if let Some(e) = err.take() {
            return Err(e);
        }
        match slot {
            hashbrown::hash_table::Entry::Occupied(o) => {
                let pos = o.get().pos as usize;
                return replace_value(guard, pos, value);
            }
            hashbrown::hash_table::Entry::Vacant(v) => {
                if t.usable == 0 || t.entries.len() >= MAX_ENTRIES {
                    // insertion_resize first (positions change): the vacant slot is
                    // given up and insert_new probes again.
                    let _ = v;
                    t.insert_new(hash, key, value)?;
                } else {
                    let pos = t.entries.len() as u32;
                    v.insert(Ix { tag, pos });
                    t.entries.push(Some(Entry { hash, key, value }));
                    t.bloom |= bloom_bit(hash);
                    t.len += 1;
                    t.usable -= 1;
                    t.version = t.version.wrapping_add(1);
                }
            }
        }
        Ok(())
    }

    /// `d[key] = f(d[key])` with one lookup, as for `d[key] += x`: KeyError when absent.
    /// `f` runs with no borrow held; if it changed the dict, the store is a plain setitem.
    pub fn update_with(&self, key: &K, f: impl FnOnce(V) -> PyResult<V>) -> PyResult<()> {
        let h = key.py_hash()?;
        let (pos, cur, version) = {
            let t = self.t()?;
            let Some(p) = t.find(h, key)? else {
                return Err(key_error(key));
            };
            let Some(e) = t.entry(p) else {
                return Err(key_error(key));
            };
            (p, e.value.clone(), t.version)
        };
        let new = f(cur)?;
        self.store_at(pos, version, key, h, new)
    }

    /// `d[key] = f(d.get(key))` with one lookup, as for `d[k] = d.get(k, 0) + 1`.
    pub fn set_with(&self, key: K, f: impl FnOnce(Option<V>) -> PyResult<V>) -> PyResult<()> {
        let h = key.py_hash()?;
        let (pos, cur, version) = {
            let t = self.t()?;
            let p = t.find(h, &key)?;
            let cur = p.and_then(|p| t.entry(p)).map(|e| e.value.clone());
            (p, cur, t.version)
        };
        let new = f(cur)?;
        match pos {
            Some(p) => self.store_at(p, version, &key, h, new),
            None => {
                let mut t = self.tm()?;
                if t.version == version {
                    t.prepare_insert(&key);
                    t.insert_new(h, key, new)?;
                    Ok(())
                } else {
                    drop(t);
                    self.setitem_hashed(key, h, new)
                }
            }
        }
    }

    fn store_at(&self, pos: usize, version: u64, key: &K, hash: i64, value: V) -> PyResult<()> {
        let mut t = self.tm()?;
        if t.version == version
            && let Some(e) = t.entry_mut(pos)
        {
            let old = std::mem::replace(&mut e.value, value);
            drop(t);
            drop(old);
            return Ok(());
        }
        drop(t);
        self.setitem_hashed(key.clone(), hash, value)
    }

    /// `del d[key]`.
    pub fn delitem(&self, key: &K) -> PyResult<()> {
        match self.remove(key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key)),
        }
    }

    /// Removes `key`, returning its entry if it was present.
    pub fn remove(&self, key: &K) -> PyResult<Option<(K, V)>> {
        let h = key.py_hash()?;
        self.remove_hashed(key, h)
    }

    /// `remove` with a hash the caller already has (`_PyDict_Pop_KnownHash`).
    pub fn remove_hashed(&self, key: &K, h: i64) -> PyResult<Option<(K, V)>> {
        let mut t = self.tm()?;
        let Some(p) = t.find(h, key)? else {
            return Ok(None);
        };
        let e = t.remove_at(p);
        drop(t);
        Ok(e.map(|e| (e.key, e.value)))
    }

    /// `d.pop(key[, default])`.
    pub fn pop(&self, key: &K, default: Option<V>) -> PyResult<V> {
        match self.remove(key)? {
            Some((_, v)) => Ok(v),
            None => match default {
                Some(d) => Ok(d),
                None => Err(key_error(key)),
            },
        }
    }

    /// `d.popitem()`: the last item (LIFO).
    pub fn popitem(&self) -> PyResult<(K, V)> {
        let mut t = self.tm()?;
        let Some(p) = t.entries.iter().rposition(|e| e.is_some()) else {
            return Err(PyErr::msg(
                ExcKind::KeyError,
                "popitem(): dictionary is empty",
            ));
        };
        let e = t.remove_at(p);
        // CPython sets dk_nentries to the popped position (usable stays as it was).
        t.entries.truncate(p);
        drop(t);
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
        let h = key.py_hash()?;
        let mut t = self.tm()?;
        if t.size > 1 {
            t.prepare_insert(&key);
        }
        if let Some(p) = t.find(h, &key)?
            && let Some(e) = t.entry(p)
        {
            return Ok(e.value.clone());
        }
        t.insert_new(h, key, default.clone())?;
        Ok(default)
    }

    /// `d.clear()`.
    pub fn clear(&self) {
        let Ok(mut t) = self.0.try_borrow_mut() else {
            return;
        };
        let version = t.version.wrapping_add(1);
        let old = std::mem::replace(&mut *t, DictTable::new());
        t.version = version;
        drop(t);
        drop(old);
    }

    /// `d.copy()` (PyDict_Copy: a clean dict is cloned with its layout, holes and all).
    pub fn copy(&self) -> Dict<K, V> {
        let t = self.0.borrow();
        let mut n = DictTable::new();
        if t.len == 0 {
            // PyDict_Copy of an empty dict is a new empty dict.
        } else if t.len >= (t.entries.len() * 2) / 3 {
            n = t.clone_table();
        } else {
            n.merge_from(&t);
        }
        drop(t);
        Dict(Rc::new(RefCell::new(n)))
    }

    /// `self.update(other)` for another dict (dict_merge).
    pub fn update(&self, other: &Dict<K, V>) -> PyResult<()> {
        if self.ptr_eq(other) {
            return Ok(());
        }
        let o = other.t()?;
        let mut t = self.tm()?;
        if o.len == 0 {
            return Ok(());
        }
        if t.len == 0
            && o.entries.len() == o.len
            && (o.size == 8 || usable_fraction(o.size / 2) < o.len)
        {
            // A clean, freshly built source is cloned whole (layout and all).
            let version = t.version.wrapping_add(1);
            *t = o.clone_table();
            t.version = version;
            return Ok(());
        }
        // One big resize first, expecting few overlapping keys.
        if usable_fraction(t.size) < o.len {
            let size = estimated_keysize(t.len + o.len);
            t.resize(size);
            t.unicode = t.unicode && o.unicode;
        }
        for e in o.live() {
            t.prepare_insert(&e.key);
            match t.find(e.hash, &e.key)? {
                Some(p) => {
                    if let Some(x) = t.entry_mut(p) {
                        x.value = e.value.clone();
                    }
                }
                None => t.insert_new(e.hash, e.key.clone(), e.value.clone())?,
            }
        }
        Ok(())
    }

    /// `self.update(pairs)` for an iterable of pairs (or keyword arguments).
    pub fn update_pairs(&self, pairs: Vec<(K, V)>) -> PyResult<()> {
        for (k, v) in pairs {
            self.setitem(k, v)?;
        }
        Ok(())
    }

    /// `self | other`.
    pub fn or(&self, other: &Dict<K, V>) -> PyResult<Dict<K, V>> {
        let d = self.copy();
        d.update(other)?;
        Ok(d)
    }

    /// `self |= other`.
    pub fn ior(&self, other: &Dict<K, V>) -> PyResult<()> {
        self.update(other)
    }

    /// The entry at or after position `pos` (for iteration): (next position, key, value).
    #[inline]
    pub fn iter_from(&self, pos: usize) -> Option<(usize, K, V)> {
        let t = self.0.borrow();
        let rest = t.entries.get(pos..)?;
        for (off, e) in rest.iter().enumerate() {
            if let Some(e) = e {
                return Some((pos + off + 1, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// The live entry before position `pos` (reverse iteration): (its position, key,
    /// value).
    pub fn iter_before(&self, pos: usize) -> Option<(usize, K, V)> {
        let t = self.0.borrow();
        let mut p = pos.min(t.entries.len());
        while p > 0 {
            p -= 1;
            if let Some(Some(e)) = t.entries.get(p) {
                return Some((p, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    pub fn keys_vec(&self) -> Vec<K> {
        self.0.borrow().live().map(|e| e.key.clone()).collect()
    }

    pub fn values_vec(&self) -> Vec<V> {
        self.0.borrow().live().map(|e| e.value.clone()).collect()
    }

    pub fn items_vec(&self) -> Vec<(K, V)> {
        self.0
            .borrow()
            .live()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Starts an iteration that raises RuntimeError if the dict changes size meanwhile.
    pub fn iter(&self) -> DictIter<K, V> {
        let n = self.len();
        DictIter {
            dict: Some(self.clone()),
            pos: 0,
            used: Some(n),
            remaining: n,
        }
    }

    /// `reversed(d)` (and of its views).
    pub fn iter_rev(&self) -> DictRevIter<K, V> {
        let t = self.0.borrow();
        DictRevIter {
            dict: Some(self.clone()),
            pos: t.entries.len(),
            used: Some(t.len),
        }
    }

    /// The hash stored with the entry at `pos`.
    pub fn hash_of_pos(&self, pos: usize) -> Option<i64> {
        self.0.borrow().entry(pos).map(|e| e.hash)
    }

    /// `d.keys()`.
    pub fn keys(&self) -> KeysView<K, V> {
        KeysView(self.clone())
    }

    /// `d.values()`.
    pub fn values(&self) -> ValuesView<K, V> {
        ValuesView(self.clone())
    }

    /// `d.items()`.
    pub fn items(&self) -> ItemsView<K, V> {
        ItemsView(self.clone())
    }
}

impl<K: PyObj, V: PyObj> DictTable<K, V> {
    /// clone_combined_dict_keys: the same layout, holes included.
    fn clone_table(&self) -> DictTable<K, V> {
        DictTable {
            entries: self
                .entries
                .iter()
                .map(|e| {
                    e.as_ref().map(|e| Entry {
                        hash: e.hash,
                        key: e.key.clone(),
                        value: e.value.clone(),
                    })
                })
                .collect(),
            index: self.index.clone(),
            len: self.len,
            usable: self.usable,
            size: self.size,
            unicode: self.unicode,
            version: 0,
            bloom: self.bloom,
        }
    }

    /// dict_merge into an empty table (the slow path of PyDict_Copy, for a source with
    /// holes, so never the clone path).
    fn merge_from(&mut self, o: &DictTable<K, V>) {
        self.resize(estimated_keysize(o.len));
        self.unicode = o.unicode;
        for e in o.live() {
            self.prepare_insert(&e.key);
            // The source holds fewer than MAX_ENTRIES entries, so this cannot fail.
            let _ = self.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
    }
}

impl<K: PyObj, V: PyObj> Default for Dict<K, V> {
    fn default() -> Self {
        Dict::new()
    }
}

impl<K: PyObj, V: PyObj> DictKeys<K> for Dict<K, V> {
    fn dk_len(&self) -> usize {
        self.len()
    }
    fn dk_contains(&self, key: &K, hash: i64) -> PyResult<bool> {
        Ok(self.t()?.find(hash, key)?.is_some())
    }
    fn dk_entries(&self) -> Vec<(i64, K)> {
        self.0
            .borrow()
            .live()
            .map(|e| (e.hash, e.key.clone()))
            .collect()
    }
}

/// Iteration over a dict (or a view of it), with CPython's checks: the size must not
/// change, and no more keys may appear than the dict had when the iteration started.
pub struct DictIter<K, V> {
    /// None once exhausted: later calls keep returning None, as CPython's do.
    dict: Option<Dict<K, V>>,
    pos: usize,
    /// The size seen at the start; None after the error (which is sticky).
    used: Option<usize>,
    remaining: usize,
}

impl<K: PyObj, V: PyObj> DictIter<K, V> {
    #[inline]
    fn advance<R>(&mut self, f: impl FnOnce(&Entry<K, V>) -> R) -> PyResult<Option<R>> {
        let Some(d) = &self.dict else {
            return Ok(None);
        };
        let t = d.0.borrow();
        if self.used != Some(t.len) {
            self.used = None;
            return Err(PyErr::msg(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let found = t.entries.get(self.pos..).and_then(|rest| {
            rest.iter()
                .enumerate()
                .find_map(|(off, e)| e.as_ref().map(|e| (off, e)))
        });
        let Some((off, e)) = found else {
            drop(t);
            self.dict = None;
            return Ok(None);
        };
        if self.remaining == 0 {
            drop(t);
            self.dict = None;
            return Err(PyErr::msg(
                ExcKind::RuntimeError,
                "dictionary keys changed during iteration",
            ));
        }
        let r = f(e);
        self.pos += off + 1;
        self.remaining -= 1;
        Ok(Some(r))
    }

    /// The next (key, value).
    #[inline]
    pub fn next_entry(&mut self) -> PyResult<Option<(K, V)>> {
        self.advance(|e| (e.key.clone(), e.value.clone()))
    }

    /// The next key (`for k in d`).
    #[inline]
    pub fn next_key(&mut self) -> PyResult<Option<K>> {
        self.advance(|e| e.key.clone())
    }

    /// The next value (`for v in d.values()`).
    #[inline]
    pub fn next_value(&mut self) -> PyResult<Option<V>> {
        self.advance(|e| e.value.clone())
    }
}

/// `reversed(d)`.
pub struct DictRevIter<K, V> {
    dict: Option<Dict<K, V>>,
    /// One past the next position to look at.
    pos: usize,
    used: Option<usize>,
}

impl<K: PyObj, V: PyObj> DictRevIter<K, V> {
    fn advance<R>(&mut self, f: impl FnOnce(&Entry<K, V>) -> R) -> PyResult<Option<R>> {
        let Some(d) = &self.dict else {
            return Ok(None);
        };
        let t = d.0.borrow();
        if self.used != Some(t.len) {
            self.used = None;
            return Err(PyErr::msg(
                ExcKind::RuntimeError,
                "dictionary changed size during iteration",
            ));
        }
        let mut p = self.pos.min(t.entries.len());
        while p > 0 {
            p -= 1;
            if let Some(Some(e)) = t.entries.get(p) {
                let r = f(e);
                self.pos = p;
                return Ok(Some(r));
            }
        }
        drop(t);
        self.dict = None;
        Ok(None)
    }

    pub fn next_entry(&mut self) -> PyResult<Option<(K, V)>> {
        self.advance(|e| (e.key.clone(), e.value.clone()))
    }

    pub fn next_key(&mut self) -> PyResult<Option<K>> {
        self.advance(|e| e.key.clone())
    }

    pub fn next_value(&mut self) -> PyResult<Option<V>> {
        self.advance(|e| e.value.clone())
    }
}

/// Whether comparing or printing values of type `T` can recurse into containers (and so
/// needs CPython's recursion guard).
fn may_nest<T: 'static>() -> bool {
    !crate::list::is_scalar::<T>()
}

fn repr_dict_items<K: PyObj, V: PyObj>(items: &[(K, V)], out: &mut String) -> PyResult<()> {
    out.push('{');
    for (i, (k, v)) in items.iter().enumerate() {
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
        let _depth = if may_nest::<K>() || may_nest::<V>() {
            Some(enter_nested(" while getting the repr of an object")?)
        } else {
            None
        };
        repr_dict_items(&self.items_vec(), out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        if self.ptr_eq(other) {
            return Ok(true);
        }
        if self.len() != other.len() {
            return Ok(false);
        }
        let _depth = if may_nest::<V>() {
            Some(enter_nested(" in comparison")?)
        } else {
            None
        };
        let a = self.t()?;
        let b = other.t()?;
        for e in a.live() {
            let Some(p) = b.find(e.hash, &e.key)? else {
                return Ok(false);
            };
            let Some(o) = b.entry(p) else {
                return Ok(false);
            };
            if !(e.value.py_is(&o.value) || e.value.py_eq(&o.value)?) {
                return Ok(false);
            }
        }
        Ok(true)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.ptr_eq(other)
    }
}

fn repr_list_like<T: PyObj>(name: &str, items: &[T], out: &mut String) -> PyResult<()> {
    out.push_str(name);
    out.push_str("([");
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        x.py_repr(out)?;
    }
    out.push_str("])");
    Ok(())
}

/// `d.keys()`: a live, set-like view of the keys.
pub struct KeysView<K, V>(pub Dict<K, V>);
/// `d.values()`: a live view of the values.
pub struct ValuesView<K, V>(pub Dict<K, V>);
/// `d.items()`: a live, set-like view of the (key, value) pairs.
pub struct ItemsView<K, V>(pub Dict<K, V>);

impl<K, V> Clone for KeysView<K, V> {
    fn clone(&self) -> Self {
        KeysView(self.0.clone())
    }
}
impl<K, V> Clone for ValuesView<K, V> {
    fn clone(&self) -> Self {
        ValuesView(self.0.clone())
    }
}
impl<K, V> Clone for ItemsView<K, V> {
    fn clone(&self) -> Self {
        ItemsView(self.0.clone())
    }
}

/// The identity a view's repr guard uses (a view inside its own dict prints `...`).
fn view_id<K, V>(d: &Dict<K, V>, kind: usize) -> usize {
    (Rc::as_ptr(&d.0) as *const () as usize).wrapping_add(kind)
}

impl<K: PyObj, V: PyObj> KeysView<K, V> {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn contains(&self, key: &K) -> PyResult<bool> {
        self.0.contains(key)
    }
    pub fn iter(&self) -> DictIter<K, V> {
        self.0.iter()
    }
    pub fn to_vec(&self) -> Vec<K> {
        self.0.keys_vec()
    }
    /// `repr(d.keys())`: `dict_keys([1, 2])`.
    pub fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) = crate::value::ReprGuard::enter(view_id(&self.0, 1)) else {
            out.push_str("...");
            return Ok(());
        };
        repr_list_like("dict_keys", &self.to_vec(), out)
    }

    /// The keys as a new set, the way dictviews_to_set builds it (from the dict itself).
    pub fn to_set(&self) -> PyResult<Set<K>> {
        Set::from_arg(&SetArg::Dict(&self.0))
    }

    /// `d.keys() & other` (and `other & d.keys()`), _PyDictView_Intersect.
    pub fn and(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let len_self = self.len();
        if let SetArg::Set(s) = other
            && len_self <= s.len()
        {
            // other.intersection(self): the view is a plain iterable there.
            return s.intersection(&[SetArg::Iter(self.to_vec())]);
        }
        let mut r = SetTable::new();
        setops::with_view(other, |v| {
            let items: Vec<(i64, K)> = match v {
                ArgView::Table(t) => t.entries().map(|(h, k)| (h, k.clone())).collect(),
                ArgView::Dict(d) => d.dk_entries(),
                ArgView::Items(xs) => {
                    let mut out = Vec::with_capacity(xs.len());
                    for x in xs {
                        out.push((x.py_hash()?, x.clone()));
                    }
                    out
                }
            };
            for (h, k) in items {
                if self.0.dk_contains(&k, h)? {
                    r.add_entry(k, h)?;
                }
            }
            Ok(())
        })?;
        Ok(Set::from_table(r))
    }

    /// `d.keys() & e.keys()`: the smaller view is iterated.
    pub fn and_keys<V2: PyObj>(&self, other: &KeysView<K, V2>) -> PyResult<Set<K>> {
        let (big, small): (&dyn DictKeys<K>, &dyn DictKeys<K>) = if other.len() > self.len() {
            (&other.0, &self.0)
        } else {
            (&self.0, &other.0)
        };
        let mut r = SetTable::new();
        for (h, k) in small.dk_entries() {
            if big.dk_contains(&k, h)? {
                r.add_entry(k, h)?;
            }
        }
        Ok(Set::from_table(r))
    }

    /// `d.keys() | other`: set(keys) updated with other.
    pub fn or(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let s = self.to_set()?;
        s.update(std::slice::from_ref(other))?;
        Ok(s)
    }

    /// `other | d.keys()` where other is not a keys view: set(other) updated with the keys.
    pub fn ror(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let s = Set::from_arg(other)?;
        s.update(&[SetArg::Iter(self.to_vec())])?;
        Ok(s)
    }

    /// `d.keys() - other`.
    pub fn sub(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let s = self.to_set()?;
        s.difference_update(std::slice::from_ref(other))?;
        Ok(s)
    }

    /// `other - d.keys()` where other is not a keys view.
    pub fn rsub(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let s = Set::from_arg(other)?;
        s.difference_update(&[SetArg::Iter(self.to_vec())])?;
        Ok(s)
    }

    /// `d.keys() ^ other`.
    pub fn xor(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let s = self.to_set()?;
        s.symmetric_difference_update(other)?;
        Ok(s)
    }

    /// `other ^ d.keys()` where other is not a keys view.
    pub fn rxor(&self, other: &SetArg<'_, K>) -> PyResult<Set<K>> {
        let s = Set::from_arg(other)?;
        s.symmetric_difference_update(&SetArg::Iter(self.to_vec()))?;
        Ok(s)
    }

    /// `d.keys().isdisjoint(other)`.
    pub fn isdisjoint(&self, other: &SetArg<'_, K>) -> PyResult<bool> {
        setops::with_view(other, |v| {
            for (h, k) in match v {
                ArgView::Table(t) => t.entries().map(|(h, k)| (h, k.clone())).collect(),
                ArgView::Dict(d) => d.dk_entries(),
                ArgView::Items(xs) => {
                    let mut out = Vec::with_capacity(xs.len());
                    for x in xs {
                        out.push((x.py_hash()?, x.clone()));
                    }
                    out
                }
            } {
                if self.0.dk_contains(&k, h)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// `d.keys() == s` for a set or frozenset table.
    pub fn eq_set(&self, other: &SetTable<K>) -> PyResult<bool> {
        if self.len() != other.len() {
            return Ok(false);
        }
        for (h, k) in self.0.dk_entries() {
            if !other.contains_entry(&k, h)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

impl<K: PyObj, V: PyObj> ValuesView<K, V> {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `x in d.values()`: a linear scan with `==`.
    pub fn contains(&self, x: &V) -> PyResult<bool> {
        for v in self.0.values_vec() {
            if v.py_is(x) || v.py_eq(x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
    pub fn iter(&self) -> DictIter<K, V> {
        self.0.iter()
    }
    pub fn to_vec(&self) -> Vec<V> {
        self.0.values_vec()
    }
    /// `repr(d.values())`: `dict_values([1, 2])`.
    pub fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) = crate::value::ReprGuard::enter(view_id(&self.0, 2)) else {
            out.push_str("...");
            return Ok(());
        };
        repr_list_like("dict_values", &self.to_vec(), out)
    }
}

impl<K: PyObj, V: PyObj> ItemsView<K, V> {
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `(k, v) in d.items()`: the key is looked up, then the values compared.
    pub fn contains(&self, item: &(K, V)) -> PyResult<bool> {
        match self.0.get(&item.0)? {
            Some(v) => Ok(v.py_is(&item.1) || v.py_eq(&item.1)?),
            None => Ok(false),
        }
    }
    pub fn iter(&self) -> DictIter<K, V> {
        self.0.iter()
    }
    pub fn to_vec(&self) -> Vec<(K, V)> {
        self.0.items_vec()
    }
    /// `repr(d.items())`: `dict_items([(1, 2)])`.
    pub fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let Some(_guard) = crate::value::ReprGuard::enter(view_id(&self.0, 3)) else {
            out.push_str("...");
            return Ok(());
        };
        out.push_str("dict_items([");
        for (i, (k, v)) in self.to_vec().iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push('(');
            k.py_repr(out)?;
            out.push_str(", ");
            v.py_repr(out)?;
            out.push(')');
        }
        out.push_str("])");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::Int;
    use crate::setops::testutil::{Rng, compare_cases, in_seed0_process, py_show, show};
    use crate::str::Str;

    fn key(rng: &mut Rng, strs: bool) -> (Value, String) {
        if strs && rng.below(2) == 0 {
            let s: String = (0..1 + rng.below(2))
                .map(|_| ['a', 'b', 'c', 'é', 'z'][rng.below(5) as usize])
                .collect();
            return (Value::Str(Str::new(&s)), format!("'{s}'"));
        }
        let k = rng.below(40) as i64 - 5;
        (Value::int(k), k.to_string())
    }

    fn lit_list(items: &[String]) -> String {
        format!("[{}]", items.join(", "))
    }

    /// A list of Values as a List value (so that it prints like Python's list).
    fn vlist(v: Vec<Value>) -> crate::List<Value> {
        crate::List::from_vec(v)
    }

    fn random_case(rng: &mut Rng, case: usize, py: &mut String, rs: &mut Vec<String>) {
        py.push_str(&format!("print('case {case}')\nd = {{}}\n"));
        rs.push(format!("case {case}"));
        let strs = rng.below(2) == 0;
        let d: Dict<Value, Value> = Dict::new();
        let nops = rng.below(120);
        let mut counter = 0i64;
        for _ in 0..nops {
            let (k, kl) = key(rng, strs);
            counter += 1;
            match rng.below(100) {
                0..=44 => {
                    py.push_str(&format!("d[{kl}] = {counter}\n"));
                    d.setitem(k, Value::int(counter)).unwrap();
                }
                45..=59 => {
                    py.push_str(&py_show(&format!("d.pop({kl})")));
                    rs.push(show(d.pop(&k, None)));
                }
                60..=64 => {
                    py.push_str(&py_show(&format!("d.pop({kl}, None)")));
                    rs.push(show(d.pop(&k, Some(Value::None))));
                }
                65..=72 => {
                    py.push_str(&format!(
                        "try:\n    del d[{kl}]; r = 'ok'\nexcept KeyError as e:\n    r = 'KeyError ' + str(e)\nprint(r)\n"
                    ));
                    rs.push(match d.delitem(&k) {
                        Ok(()) => "ok".into(),
                        Err(e) => format!("KeyError {}", e.to_str()),
                    });
                }
                73..=79 => {
                    py.push_str(&py_show("d.popitem()"));
                    rs.push(show(d.popitem()));
                }
                80..=86 => {
                    py.push_str(&py_show(&format!("d.setdefault({kl}, {counter})")));
                    rs.push(show(d.setdefault(k, Value::int(counter))));
                }
                87..=92 => {
                    py.push_str(&py_show(&format!("d.get({kl}, -1)")));
                    rs.push(show(d.get_or(&k, Value::int(-1))));
                }
                93..=94 => {
                    py.push_str(&py_show(&format!("d[{kl}]")));
                    rs.push(show(d.getitem(&k)));
                }
                95 => {
                    py.push_str("d.clear()\n");
                    d.clear();
                }
                96..=97 => {
                    // d[k] += 1 and d[k] = d.get(k, 0) + 1
                    py.push_str(&format!(
                        "try:\n    d[{kl}] += 1; r = 'ok'\nexcept KeyError as e:\n    r = 'KeyError ' + str(e)\nprint(r)\n"
                    ));
                    rs.push(
                        match d.update_with(&k, |v| {
                            crate::value::binop(crate::value::BinOp::Add, &v, &Value::int(1))
                        }) {
                            Ok(()) => "ok".into(),
                            Err(e) => format!("KeyError {}", e.to_str()),
                        },
                    );
                    py.push_str(&format!("d[{kl}] = d.get({kl}, 0) + 10\n"));
                    d.set_with(k, |v| {
                        crate::value::binop(
                            crate::value::BinOp::Add,
                            &v.unwrap_or(Value::int(0)),
                            &Value::int(10),
                        )
                    })
                    .unwrap();
                }
                _ => {
                    py.push_str(&format!("d[{kl}] = d.pop({kl}, 0)\n"));
                    let v = d.pop(&k, Some(Value::int(0))).unwrap();
                    d.setitem(k, v).unwrap();
                }
            }
        }
        py.push_str(&py_show("d"));
        rs.push(show(Ok(d.clone())));
        py.push_str(&py_show("len(d)"));
        rs.push(show(Ok(Int::from(d.len()))));

        // Another dict, merges, copies, equality.
        let n = rng.below(12) as usize;
        let mut pairs = vec![];
        let mut lits = vec![];
        for i in 0..n {
            let (k, kl) = key(rng, strs);
            pairs.push((k, Value::int(i as i64)));
            lits.push(format!("({kl}, {i})"));
        }
        py.push_str(&format!("e = dict({})\n", lit_list(&lits)));
        let e = Dict::from_pairs(pairs.clone()).unwrap();
        py.push_str(&py_show("e"));
        rs.push(show(Ok(e.clone())));
        py.push_str(&py_show("d | e"));
        rs.push(show(d.or(&e)));
        py.push_str(&py_show("e | d"));
        rs.push(show(e.or(&d)));
        py.push_str(&py_show("d == e"));
        rs.push(show(d.py_eq(&e)));
        py.push_str(&py_show("d == d.copy()"));
        rs.push(show(d.py_eq(&d.copy())));
        py.push_str("c = d.copy(); c |= e\n");
        let c = d.copy();
        c.ior(&e).unwrap();
        py.push_str(&py_show("c"));
        rs.push(show(Ok(c)));
        py.push_str(&format!("c = d.copy(); c.update({})\n", lit_list(&lits)));
        let c = d.copy();
        c.update_pairs(pairs).unwrap();
        py.push_str(&py_show("c"));
        rs.push(show(Ok(c)));
        let keys: Vec<Value> = e.keys_vec();
        py.push_str(&py_show("dict.fromkeys(e, 0)"));
        rs.push(show(Dict::fromkeys(keys.clone(), Value::int(0))));

        // Views: repr, membership, set operations (their order is a set's order).
        let mut out = String::new();
        d.keys().repr_into(&mut out).unwrap();
        py.push_str("print(repr(d.keys()))\n");
        rs.push(out);
        let mut out = String::new();
        d.values().repr_into(&mut out).unwrap();
        py.push_str("print(repr(d.values()))\n");
        rs.push(out);
        let mut out = String::new();
        d.items().repr_into(&mut out).unwrap();
        py.push_str("print(repr(d.items()))\n");
        rs.push(out);
        let m = rng.below(15) as usize;
        let mut tv = vec![];
        let mut tl = vec![];
        for _ in 0..m {
            let (k, kl) = key(rng, strs);
            tv.push(k);
            tl.push(kl);
        }
        py.push_str(&format!("t = set({0}); l = {0}\n", lit_list(&tl)));
        let t = Set::from_vec(tv.clone()).unwrap();
        let kv = d.keys();
        let ev = e.keys();
        let st = || SetArg::Set(&t);
        let ls = || SetArg::Iter(tv.clone());
        for (expr, r) in [
            ("d.keys() & t", kv.and(&st())),
            ("t & d.keys()", kv.and(&st())),
            ("d.keys() & l", kv.and(&ls())),
            ("d.keys() & e", kv.and(&SetArg::Dict(&e))),
            ("d.keys() & e.keys()", kv.and_keys(&ev)),
            ("d.keys() | t", kv.or(&st())),
            ("t | d.keys()", kv.ror(&st())),
            ("d.keys() | l", kv.or(&ls())),
            ("d.keys() - t", kv.sub(&st())),
            ("t - d.keys()", kv.rsub(&st())),
            ("d.keys() - l", kv.sub(&ls())),
            ("d.keys() ^ t", kv.xor(&st())),
            ("t ^ d.keys()", kv.rxor(&st())),
            ("d.keys() ^ l", kv.xor(&ls())),
        ] {
            py.push_str(&py_show(expr));
            rs.push(show(r));
        }
        py.push_str(&py_show("d.keys().isdisjoint(l)"));
        rs.push(show(kv.isdisjoint(&ls())));
        py.push_str(&py_show("d.keys() == t"));
        rs.push(show(kv.eq_set(&t.table())));
        if let Some(k) = tv.first() {
            py.push_str(&py_show(&format!("{} in d.values()", tl[0])));
            rs.push(show(d.values().contains(k)));
        }

        // A display (presized), then a loop that deletes and inserts: the compaction
        // points decide what the loop sees.
        let n = rng.below(30) as usize;
        let mut pairs = vec![];
        let mut lits = vec![];
        for i in 0..n {
            let (k, kl) = key(rng, strs);
            pairs.push((k, Value::int(i as i64)));
            lits.push(format!("{kl}: {i}"));
        }
        py.push_str(&format!("g = {{{}}}\nout = []\ntry:\n    for k in g:\n        out.append(k); del g[k]; g[k] = 0\nexcept RuntimeError as ex:\n    out.append(str(ex))\nprint(out)\n", lits.join(", ")));
        let g = Dict::from_display(pairs).unwrap();
        let mut out: Vec<Value> = vec![];
        let mut it = g.iter();
        loop {
            match it.next_key() {
                Ok(Some(k)) => {
                    out.push(k.clone());
                    g.delitem(&k).unwrap();
                    g.setitem(k, Value::int(0)).unwrap();
                }
                Ok(None) => break,
                Err(ex) => {
                    out.push(Value::str(&ex.to_str()));
                    break;
                }
            }
        }
        rs.push(show(Ok(vlist(out))));

        // Mutation during iteration.
        let pattern = rng.below(4);
        py.push_str("out = []\ntry:\n    for k in d:\n        out.append(k)\n");
        py.push_str(match pattern {
            0 => "        d[-100 - len(out)] = 0\n",
            1 => "        del d[k]; d[1000 + len(out)] = 0\n",
            2 => "        d[k] = d.pop(k)\n",
            _ => "        if len(out) == 2: d.popitem(); d[5000] = 1\n",
        });
        py.push_str("except RuntimeError as ex:\n    out.append(str(ex))\nprint(out)\nprint(d)\n");
        let mut out: Vec<Value> = vec![];
        let mut it = d.iter();
        loop {
            match it.next_key() {
                Ok(Some(k)) => {
                    out.push(k.clone());
                    let n = out.len() as i64;
                    match pattern {
                        0 => d.setitem(Value::int(-100 - n), Value::int(0)).unwrap(),
                        1 => {
                            d.delitem(&k).unwrap();
                            d.setitem(Value::int(1000 + n), Value::int(0)).unwrap();
                        }
                        2 => {
                            let v = d.pop(&k, None).unwrap();
                            d.setitem(k, v).unwrap();
                        }
                        _ => {
                            if n == 2 {
                                d.popitem().unwrap();
                                d.setitem(Value::int(5000), Value::int(1)).unwrap();
                            }
                        }
                    }
                }
                Ok(None) => break,
                Err(ex) => {
                    out.push(Value::str(&ex.to_str()));
                    break;
                }
            }
        }
        rs.push(show(Ok(vlist(out))));
        rs.push(show(Ok(d)));
    }

    #[test]
    fn random_dicts_match_cpython() {
        if !in_seed0_process("dict::tests::random_dicts_match_cpython") {
            return;
        }
        let mut rng = Rng(0xd1c7_0000_1111_2222);
        let mut cases = Vec::new();
        let mut rs = Vec::new();
        for case in 0..700 {
            let mut py = String::new();
            random_case(&mut rng, case, &mut py, &mut rs);
            cases.push(py);
        }
        compare_cases(&cases, &rs);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Against a model: an ordered list of (key, value) where deleting removes and
        /// re-inserting appends.
        #[test]
        fn order_matches_model(ops in proptest::collection::vec((0u8..4, 0i64..60), 0..600)) {
            let d: Dict<Int, Int> = Dict::new();
            let mut model: Vec<(i64, i64)> = Vec::new();
            for (n, (op, k)) in ops.into_iter().enumerate() {
                let n = n as i64;
                match op {
                    0 | 1 => {
                        d.setitem(Int::from(k), Int::from(n)).unwrap();
                        match model.iter_mut().find(|e| e.0 == k) {
                            Some(e) => e.1 = n,
                            None => model.push((k, n)),
                        }
                    }
                    2 => {
                        let r = d.remove(&Int::from(k)).unwrap();
                        let p = model.iter().position(|e| e.0 == k);
                        proptest::prop_assert_eq!(r.is_some(), p.is_some());
                        if let Some(p) = p {
                            model.remove(p);
                        }
                    }
                    _ => {
                        let r = d.popitem().ok().map(|(k, v)| (k.as_i64(), v.as_i64()));
                        let m = model.pop().map(|(k, v)| (Some(k), Some(v)));
                        proptest::prop_assert_eq!(r, m);
                    }
                }
            }
            let items: Vec<(i64, i64)> = d
                .items_vec()
                .into_iter()
                .map(|(k, v)| (k.as_i64().unwrap_or(0), v.as_i64().unwrap_or(0)))
                .collect();
            proptest::prop_assert_eq!(items, model.clone());
            for (k, v) in model {
                proptest::prop_assert_eq!(d.getitem(&Int::from(k)).unwrap().as_i64(), Some(v));
            }
        }
    }

    #[test]
    fn errors_and_reprs() {
        let d: Dict<Int, Int> = Dict::new();
        assert_eq!(
            show(d.popitem()),
            "KeyError 'popitem(): dictionary is empty'"
        );
        assert_eq!(show(d.getitem(&Int::from(7i64))), "KeyError 7");
        assert_eq!(d.repr_string().unwrap(), "{}");
        let l: Dict<Value, Value> = Dict::new();
        l.setitem(Value::int(1), Value::Dict(l.clone())).unwrap();
        assert_eq!(l.repr_string().unwrap(), "{1: {...}}");
        let t: Dict<Value, Value> = Dict::new();
        t.setitem(
            Value::Tuple(crate::Tup::from_vec(vec![Value::int(1), Value::int(2)])),
            Value::None,
        )
        .unwrap();
        assert_eq!(
            show(t.getitem(&Value::Tuple(crate::Tup::from_vec(vec![Value::int(3)])))),
            "KeyError (3,)"
        );
        assert_eq!(
            show(t.delitem(&Value::Tuple(crate::Tup::from_vec(vec![Value::int(1)])))),
            "KeyError (1,)"
        );
        assert_eq!(show(t.update_with(&Value::int(9), Ok)), "KeyError 9");
        let u: Dict<Value, Value> = Dict::new();
        assert_eq!(
            show(u.setitem(Value::List(crate::List::new()), Value::None)),
            "TypeError unhashable type: 'list'"
        );
    }
}

/// Timings of the hot paths; run with
/// `cargo test -p molt-runtime --release bench_collections -- --ignored --nocapture`.
#[cfg(test)]
mod bench {
    use super::*;
    use crate::int::Int;
    use crate::list::List;
    use crate::str::Str;
    use std::time::Instant;

    fn time(name: &str, f: impl FnOnce() -> i64) {
        let t = Instant::now();
        let r = f();
        eprintln!(
            "{name:40} {:>8.1} ms  ({r})",
            t.elapsed().as_secs_f64() * 1e3
        );
    }

    /// The best of several runs (the machine is shared and noisy).
    fn best(name: &str, mut f: impl FnMut() -> i64) {
        let mut min = f64::MAX;
        let mut r = 0;
        for _ in 0..7 {
            let t = Instant::now();
            r = f();
            min = min.min(t.elapsed().as_secs_f64() * 1e3);
        }
        eprintln!("{name:40} {min:>8.1} ms  ({r}, best of 7)");
    }

    #[test]
    #[ignore]
    fn bench_lookups() {
        const N: i64 = 1_000_000;
        let mut m = std::collections::HashMap::new();
        let d: Dict<Int, Int> = Dict::new();
        for i in 0..N {
            m.insert(i * 7, i);
            d.setitem(Int::from(i * 7), Int::from(i)).unwrap();
        }
        best("baseline: std HashMap get (1M)", || {
            let mut s = 0;
            for i in 0..N {
                s += m.get(&(i * 7)).copied().unwrap_or(0);
            }
            s
        });
        best("Dict<Int, Int> get (1M)", || {
            let mut s = 0;
            for i in 0..N {
                s += d.getitem(&Int::from(i * 7)).unwrap().as_i64().unwrap_or(0);
            }
            s
        });
        best("Dict<Int, Int> contains miss (1M)", || {
            let mut s = 0;
            for i in 0..N {
                s += d.contains(&Int::from(i * 7 + 1)).unwrap() as i64;
            }
            s
        });
        best("baseline: std HashMap insert (1M)", || {
            let mut m = std::collections::HashMap::new();
            for i in 0..N {
                m.insert(i * 7, i);
            }
            m.len() as i64
        });
        best("Dict<Int, Int> insert (1M)", || {
            let d: Dict<Int, Int> = Dict::new();
            for i in 0..N {
                d.setitem(Int::from(i * 7), Int::from(i)).unwrap();
            }
            d.len() as i64
        });
        best("Dict<Int, Int> d[k] += 1 (1M)", || {
            for i in 0..N {
                d.update_with(&Int::from(i * 7), |v| Ok(v.add(&Int::from(1i64))))
                    .unwrap();
            }
            d.len() as i64
        });
    }

    #[test]
    #[ignore]
    fn bench_collections() {
        const N: i64 = 1_000_000;
        time("baseline: std HashMap<i64,i64> insert (1M)", || {
            let mut m = std::collections::HashMap::new();
            for i in 0..N {
                m.insert(i * 7, i);
            }
            m.len() as i64
        });
        let d: Dict<Int, Int> = Dict::new();
        time("dict[int] = int (1M new keys)", || {
            for i in 0..N {
                d.setitem(Int::from(i * 7), Int::from(i)).unwrap();
            }
            d.len() as i64
        });
        time("dict[int] get (1M hits)", || {
            let mut s = 0;
            for i in 0..N {
                s += d.getitem(&Int::from(i * 7)).unwrap().as_i64().unwrap_or(0);
            }
            s
        });
        time("d[k] += 1 via update_with (1M)", || {
            for i in 0..N {
                d.update_with(&Int::from(i * 7), |v| Ok(v.add(&Int::from(1i64))))
                    .unwrap();
            }
            d.len() as i64
        });
        time("d[k] = d[k] + 1 (get + set, 1M)", || {
            for i in 0..N {
                let k = Int::from(i * 7);
                let v = d.getitem(&k).unwrap();
                d.setitem(k, v.add(&Int::from(1i64))).unwrap();
            }
            d.len() as i64
        });
        time("iterate dict keys (1M)", || {
            let mut it = d.iter();
            let mut s = 0;
            while let Some(k) = it.next_key().unwrap() {
                s += k.as_i64().unwrap_or(0) & 1;
            }
            s
        });
        let words: Vec<Str> = (0..100_000).map(|i| Str::from(format!("w{i}"))).collect();
        let counts: Dict<Str, Int> = Dict::new();
        time("word count, str keys (1M)", || {
            for i in 0..N as usize {
                let w = &words[(i * 7919) % words.len()];
                counts
                    .set_with(w.clone(), |v| {
                        Ok(v.unwrap_or(Int::from(0i64)).add(&Int::from(1i64)))
                    })
                    .unwrap();
            }
            counts.len() as i64
        });
        let l: List<Int> = List::new();
        time("list.append (10M)", || {
            for i in 0..10 * N {
                l.append(Int::from(i));
            }
            l.len() as i64
        });
        time("list[i] sum (10M)", || {
            let mut s = 0;
            for i in 0..10 * N {
                s += l.get_i64(i).unwrap().as_i64().unwrap_or(0) & 1;
            }
            s
        });
        time("for x in list (10M)", || {
            let mut s = 0;
            let mut i = 0;
            while let Some(x) = l.iter_at(i) {
                s += x.as_i64().unwrap_or(0) & 1;
                i += 1;
            }
            s
        });
        let set: crate::set::Set<Int> = crate::set::Set::new();
        time("set.add (1M)", || {
            for i in 0..N {
                set.add(Int::from(i * 13)).unwrap();
            }
            set.len() as i64
        });
        time("x in set (1M)", || {
            let mut s = 0;
            for i in 0..N {
                s += set.contains(&Int::from(i)).unwrap() as i64;
            }
            s
        });
        let mut x: u64 = 12345;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let ints: Vec<Int> = (0..N)
            .map(|_| Int::from((next() % 1_000_000) as i64))
            .collect();
        time("sort 1M ints", || {
            let l = List::from_vec(ints.clone());
            l.sort(false).unwrap();
            l.len() as i64
        });
        let vals: Vec<Value> = ints.iter().map(|i| Value::Int(i.clone())).collect();
        time("sort 1M Values (timsort port)", || {
            let l = List::from_vec(vals.clone());
            l.sort(false).unwrap();
            l.len() as i64
        });
        let mut fl: Vec<f64> = (0..N).map(|_| (next() % 1_000_000) as f64).collect();
        fl[17] = f64::NAN;
        time("sort 1M floats with a NaN (timsort port)", || {
            let l = List::from_vec(fl.clone());
            l.sort(false).unwrap();
            l.len() as i64
        });
    }
}
