//! The cache of `functools.lru_cache` / `functools.cache`, as `_lru_cache_wrapper` in
//! Modules/_functoolsmodule.c (CPython 3.11) keeps it: hits, misses, a dict from keys to
//! results, and for a bounded cache the recency order (the dict's order here: a hit moves
//! its key to the end, a full cache drops the first key).
//!
//! `Memo<K, V>` is generic so that compiled code can key a memoised function's cache by
//! its typed arguments (`Int`, `Str`, tuples of them: no `Value` boxing, no dynamic call)
//! while the dynamic wrapper object (`LruWrapper`) keys it by CPython's `_make_key`
//! (`key`). Both count hits and misses at the same points as CPython.

use super::CacheInfo;
use crate::dict::Dict;
use crate::exc::PyResult;
use crate::int::Int;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

pub struct Memo<K, V> {
    /// None: unbounded (`infinite_lru_cache_wrapper`); Some(0): no cache at all
    /// (`uncached_lru_cache_wrapper`); Some(n): `bounded_lru_cache_wrapper`.
    maxsize: Option<usize>,
    typed: bool,
    hits: Cell<u64>,
    misses: Cell<u64>,
    cache: Dict<K, V>,
}

impl<K: PyObj, V: PyObj> Memo<K, V> {
    /// `maxsize` as Lib/functools.py's lru_cache leaves it (a negative size is 0).
    pub fn new(maxsize: Option<i64>, typed: bool) -> Memo<K, V> {
        Memo {
            maxsize: maxsize.map(|n| usize::try_from(n).unwrap_or(0)),
            typed,
            hits: Cell::new(0),
            misses: Cell::new(0),
            cache: Dict::new(),
        }
    }

    /// A shared cache, for the thread-local of a compiled memoised function.
    pub fn shared(maxsize: Option<i64>, typed: bool) -> Rc<Memo<K, V>> {
        Rc::new(Memo::new(maxsize, typed))
    }

    pub fn typed(&self) -> bool {
        self.typed
    }

    /// Whether calls go straight to the function (`maxsize == 0`): no key is hashed.
    pub fn uncached(&self) -> bool {
        self.maxsize == Some(0)
    }

    /// One call through the wrapper: the result cached under `key`, else `f()` stored
    /// under it. The key is hashed once; an exception of `f` is not cached.
    #[inline]
    pub fn call(&self, key: K, f: impl FnOnce() -> PyResult<V>) -> PyResult<V> {
        match self.maxsize {
            None => {
                // infinite_lru_cache_wrapper: a plain store afterwards (a result the call
                // stored already, through recursion, is replaced in place).
                let hash = key.py_hash()?;
                if let Some(v) = self.cache.get_hashed(&key, hash)? {
                    self.hits.set(self.hits.get() + 1);
                    return Ok(v);
                }
                self.misses.set(self.misses.get() + 1);
                let r = f()?;
                self.cache.setitem_hashed(key, hash, r.clone())?;
                Ok(r)
            }
            Some(0) => {
                self.misses.set(self.misses.get() + 1);
                f()
            }
            Some(max) => self.bounded(key, max, f),
        }
    }

    /// bounded_lru_cache_wrapper.
    fn bounded(&self, key: K, max: usize, f: impl FnOnce() -> PyResult<V>) -> PyResult<V> {
        let hash = key.py_hash()?;
        if let Some((k, v)) = self.cache.remove_hashed(&key, hash)? {
            // Most recently used goes last; the link keeps its original key.
            self.hits.set(self.hits.get() + 1);
            self.cache.setitem_hashed(k, hash, v.clone())?;
            return Ok(v);
        }
        self.misses.set(self.misses.get() + 1);
        let r = f()?;
        // A key the call itself added (recursion) stays as it is, with its own result and
        // recency; the computed result is returned.
        if self.cache.get_hashed(&key, hash)?.is_some() {
            return Ok(r);
        }
        if self.cache.len() >= max
            && let Some((next, oldest, _)) = self.cache.iter_from(0)
        {
            // The oldest link is dropped by its stored hash (_PyDict_Pop_KnownHash).
            let h = match self.cache.hash_of_pos(next - 1) {
                Some(h) => h,
                None => oldest.py_hash()?,
            };
            self.cache.remove_hashed(&oldest, h)?;
        }
        self.cache.setitem_hashed(key, hash, r.clone())?;
        Ok(r)
    }

    /// Counts a call that bypassed `call` (the uncached wrapper, or an error before it).
    pub fn count_miss(&self) {
        self.misses.set(self.misses.get() + 1);
    }

    pub fn len(&self) -> usize {
        self.cache.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cache.is_empty()
    }

    fn maxsize_value(&self) -> Value {
        match self.maxsize {
            Some(n) => Value::Int(Int::from(n as i64)),
            None => Value::None,
        }
    }

    /// `f.cache_info()`: `CacheInfo(hits, misses, maxsize, currsize)`.
    pub fn cache_info(&self) -> Value {
        Value::Obj(Rc::new(CacheInfo {
            hits: self.hits.get() as i64,
            misses: self.misses.get() as i64,
            maxsize: self.maxsize_value(),
            currsize: self.cache.len() as i64,
        }))
    }

    /// `f.cache_clear()`: the statistics restart too.
    pub fn cache_clear(&self) {
        self.cache.clear();
        self.hits.set(0);
        self.misses.set(0);
    }

    /// `f.cache_parameters()` (Lib/functools.py): a new dict each time.
    pub fn cache_parameters(&self) -> PyResult<Value> {
        let d: Dict<Value, Value> = Dict::new();
        d.setitem(Value::Str(Str::from("maxsize")), self.maxsize_value())?;
        d.setitem(Value::Str(Str::from("typed")), Value::Bool(self.typed))?;
        Ok(Value::Dict(d))
    }
}

/// Keys whose hash and equality run no Python code and cannot fail (int, str, bool,
/// None and tuples of them): `FastMemo` probes them with no `Value` and no error paths.
/// Equal keys hash alike because the hash derives from CPython's (or, for tuples, from
/// the items' own `memo_hash`).
pub trait MemoKey: PyObj {
    #[inline]
    fn memo_hash(&self) -> u64 {
        mix(self.py_hash().unwrap_or(0))
    }
    #[inline]
    fn memo_eq(&self, o: &Self) -> bool {
        self.py_is(o) || self.py_eq(o).unwrap_or(false)
    }
}

/// Spreads a hash over all 64 bits (SwissTable takes buckets from the low bits and tags
/// from the top seven; int hashes are the ints themselves).
#[inline]
fn mix(h: i64) -> u64 {
    let p = (h as u64 as u128).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (p as u64) ^ ((p >> 64) as u64)
}

impl MemoKey for Int {
    /// Ints are normalised (a big int never holds an i64 value), so a small int can hash
    /// itself without CPython's modulus.
    #[inline]
    fn memo_hash(&self) -> u64 {
        match self {
            Int::Small(i) => mix(*i),
            Int::Big(_) => mix(self.py_hash().unwrap_or(0)),
        }
    }
    #[inline]
    fn memo_eq(&self, o: &Self) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a == b,
            _ => self.py_eq(o).unwrap_or(false),
        }
    }
}
impl MemoKey for Str {}
impl MemoKey for bool {}
impl MemoKey for () {}
impl MemoKey for crate::tuple::EmptyTuple {}
impl<T: MemoKey> MemoKey for Option<T> {}
impl<T: MemoKey> MemoKey for crate::tuple::Tup<T> {
    #[inline]
    fn memo_hash(&self) -> u64 {
        self.as_slice()
            .iter()
            .fold(0x2545_f491_4f6c_dd1d, |h, x| combine(h, x.memo_hash()))
    }
    #[inline]
    fn memo_eq(&self, o: &Self) -> bool {
        let (a, b) = (self.as_slice(), o.as_slice());
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.memo_eq(y))
    }
}

#[inline]
fn combine(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

macro_rules! memo_key_tuples {
    ($($T:ident $i:tt),+) => {
        impl<$($T: MemoKey),+> MemoKey for ($($T,)+) {
            #[inline]
            fn memo_hash(&self) -> u64 {
                let h = 0x2545_f491_4f6c_dd1d_u64;
                $(let h = combine(h, self.$i.memo_hash());)+
                h
            }
            #[inline]
            fn memo_eq(&self, o: &Self) -> bool {
                true $(&& self.$i.memo_eq(&o.$i))+
            }
        }
    };
}

memo_key_tuples!(A 0);
memo_key_tuples!(A 0, B 1);
memo_key_tuples!(A 0, B 1, C 2);
memo_key_tuples!(A 0, B 1, C 2, D 3);
memo_key_tuples!(A 0, B 1, C 2, D 3, E 4);
memo_key_tuples!(A 0, B 1, C 2, D 3, E 4, F 5);
memo_key_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
memo_key_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
memo_key_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
memo_key_tuples!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);

/// The unbounded cache of a compiled memoised function whose keys are `MemoKey`s: a
/// hash table of (hash, key, result) with no recency order to keep (nothing observes the
/// order of an unbounded cache), so a hit is one probe. Counts like `Memo`.
pub struct FastMemo<K, V> {
    typed: bool,
    hits: Cell<u64>,
    misses: Cell<u64>,
    table: std::cell::RefCell<hashbrown::HashTable<(u64, K, V)>>,
}

fn busy() -> crate::exc::PyErr {
    crate::exc::PyErr::msg(
        crate::exc::ExcKind::RuntimeError,
        "lru_cache table changed during a lookup",
    )
}

impl<K: MemoKey, V: PyObj> FastMemo<K, V> {
    pub const fn new(typed: bool) -> FastMemo<K, V> {
        FastMemo {
            typed,
            hits: Cell::new(0),
            misses: Cell::new(0),
            table: std::cell::RefCell::new(hashbrown::HashTable::new()),
        }
    }

    /// As `Memo::call` for an unbounded cache (infinite_lru_cache_wrapper).
    #[inline]
    pub fn call(&self, key: K, f: impl FnOnce() -> PyResult<V>) -> PyResult<V> {
        let hash = key.memo_hash();
        if let Some(v) = self.hit(&key, hash)? {
            return Ok(v);
        }
        let r = f()?;
        self.store(key, hash, &r)?;
        Ok(r)
    }

    /// The lookup half of a call: the cached result (a hit), or None (a miss, counted;
    /// the caller computes the result and `store`s it). Compiled entries call the two
    /// halves in separate small closures so that each inlines with its thread-local.
    #[inline]
    pub fn hit(&self, key: &K, hash: u64) -> PyResult<Option<V>> {
        let t = self.table.try_borrow().map_err(|_| busy())?;
        match t.find(hash, |e| e.0 == hash && e.1.memo_eq(key)) {
            Some(e) => {
                self.hits.set(self.hits.get() + 1);
                Ok(Some(e.2.clone()))
            }
            None => {
                self.misses.set(self.misses.get() + 1);
                Ok(None)
            }
        }
    }

    /// The store after a miss: a result the call stored meanwhile (recursion) is
    /// replaced, its first key object kept (a dict store).
    #[inline]
    pub fn store(&self, key: K, hash: u64, r: &V) -> PyResult<()> {
        let old = {
            let mut t = self.table.try_borrow_mut().map_err(|_| busy())?;
            match t.entry(hash, |e| e.0 == hash && e.1.memo_eq(&key), |e| e.0) {
                hashbrown::hash_table::Entry::Occupied(mut o) => {
                    Some(std::mem::replace(&mut o.get_mut().2, r.clone()))
                }
                hashbrown::hash_table::Entry::Vacant(v) => {
                    v.insert((hash, key, r.clone()));
                    None
                }
            }
        };
        drop(old);
        Ok(())
    }

    pub fn typed(&self) -> bool {
        self.typed
    }

    pub fn len(&self) -> usize {
        self.table.try_borrow().map_or(0, |t| t.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn cache_info(&self) -> Value {
        Value::Obj(Rc::new(CacheInfo {
            hits: self.hits.get() as i64,
            misses: self.misses.get() as i64,
            maxsize: Value::None,
            currsize: self.len() as i64,
        }))
    }

    /// `f.cache_clear()`. The table keeps its capacity (a cleared memo usually refills).
    pub fn cache_clear(&self) {
        // Dropping keys and results runs no Python code (molt has no `__del__`).
        if let Ok(mut t) = self.table.try_borrow_mut() {
            t.clear();
        }
        self.hits.set(0);
        self.misses.set(0);
    }

    pub fn cache_parameters(&self) -> PyResult<Value> {
        let d: Dict<Value, Value> = Dict::new();
        d.setitem(Value::Str(Str::from("maxsize")), Value::None)?;
        d.setitem(Value::Str(Str::from("typed")), Value::Bool(self.typed))?;
        Ok(Value::Dict(d))
    }
}

/// `lru_cache_make_key` (the C `_make_key`): the positional arguments, then a marker and
/// the keyword items, then (typed) the argument types. Without keywords and `typed`, a
/// lone argument that is exactly an int or a str is its own key: `f(1)` and `f(1.0)` are
/// different entries (`1` and `(1.0,)`), while `f(1.0)` and `f(True)` share one.
pub fn key(args: &[Value], kwargs: &[(Str, Value)], typed: bool) -> Value {
    if kwargs.is_empty()
        && !typed
        && let [a] = args
        && matches!(a, Value::Int(_) | Value::Str(_))
    {
        return a.clone();
    }
    let mut k: Vec<Value> = args.to_vec();
    if !kwargs.is_empty() {
        // The marker is an object nothing else equals: a str no Python code can make
        // would do only if no argument could be equal to it, so use a private object.
        k.push(kwd_mark());
        for (n, v) in kwargs {
            k.push(Value::Str(n.clone()));
            k.push(v.clone());
        }
    }
    if typed {
        for a in args {
            k.push(Value::Str(Str::from(a.class_name())));
        }
        for (_, v) in kwargs {
            k.push(Value::Str(Str::from(v.class_name())));
        }
    }
    super::util::tuple(k)
}

/// `kwd_mark`: one `object()` per thread, equal only to itself.
fn kwd_mark() -> Value {
    thread_local! {
        static MARK: Value = Value::Obj(Rc::new(KwdMark));
    }
    MARK.with(Value::clone)
}

struct KwdMark;

impl crate::object::Object for KwdMark {
    fn type_name(&self) -> &'static str {
        "object"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::{ExcKind, PyErr};

    fn int(n: i64) -> Int {
        Int::from(n)
    }

    fn info(m: &Memo<Int, Int>) -> String {
        let mut s = String::new();
        m.cache_info().py_repr(&mut s).unwrap();
        s
    }

    #[test]
    fn unbounded_counts_hits_and_misses() {
        let m: Memo<Int, Int> = Memo::new(None, false);
        let calls = Cell::new(0);
        for n in [1, 2, 1, 3, 2, 1] {
            let r = m
                .call(int(n), || {
                    calls.set(calls.get() + 1);
                    Ok(int(n * 10))
                })
                .unwrap();
            assert_eq!(r.as_i64(), Some(n * 10));
        }
        assert_eq!(calls.get(), 3);
        assert_eq!(
            info(&m),
            "CacheInfo(hits=3, misses=3, maxsize=None, currsize=3)"
        );
        m.cache_clear();
        assert_eq!(
            info(&m),
            "CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)"
        );
    }

    #[test]
    fn fast_memo_counts_like_memo() {
        let m: FastMemo<(Int, Str), Int> = FastMemo::new(false);
        let calls = Cell::new(0);
        for (n, s) in [(1, "a"), (2, "a"), (1, "a"), (1, "b"), (2, "a")] {
            m.call((int(n), Str::from(s)), || {
                calls.set(calls.get() + 1);
                Ok(int(n))
            })
            .unwrap();
        }
        assert_eq!(calls.get(), 3);
        let mut s = String::new();
        m.cache_info().py_repr(&mut s).unwrap();
        assert_eq!(s, "CacheInfo(hits=2, misses=3, maxsize=None, currsize=3)");
        // Errors are not stored; a big int equal to no small one is its own key.
        assert!(
            m.call((int(9), Str::from("x")), || Err(PyErr::msg(
                ExcKind::ValueError,
                "no"
            )))
            .is_err()
        );
        assert_eq!(m.len(), 3);
        m.cache_clear();
        s.clear();
        m.cache_info().py_repr(&mut s).unwrap();
        assert_eq!(s, "CacheInfo(hits=0, misses=0, maxsize=None, currsize=0)");
    }

    #[test]
    fn big_and_small_ints_key_by_value() {
        let m: FastMemo<Int, Int> = FastMemo::new(false);
        let big = Int::from(i64::MAX).add(&int(1));
        let again = Int::from(i64::MAX).add(&int(1));
        m.call(big, || Ok(int(1))).unwrap();
        let r = m.call(again, || Ok(int(2))).unwrap();
        assert_eq!(r.as_i64(), Some(1));
    }

    #[test]
    fn errors_are_not_cached() {
        let m: Memo<Int, Int> = Memo::new(None, false);
        let r = m.call(int(1), || Err(PyErr::msg(ExcKind::ValueError, "no")));
        assert!(r.is_err());
        assert_eq!(m.len(), 0);
        assert_eq!(
            info(&m),
            "CacheInfo(hits=0, misses=1, maxsize=None, currsize=0)"
        );
    }

    #[test]
    fn bounded_evicts_least_recently_used() {
        let m: Memo<Int, Int> = Memo::new(Some(2), false);
        let computed = std::cell::RefCell::new(vec![]);
        for n in [1, 2, 1, 3, 2, 1] {
            m.call(int(n), || {
                computed.borrow_mut().push(n);
                Ok(int(n))
            })
            .unwrap();
        }
        // 1, 2 miss; 1 hits (2 is now oldest); 3 evicts 2; 2 evicts 1; 1 evicts 3.
        assert_eq!(*computed.borrow(), vec![1, 2, 3, 2, 1]);
        assert_eq!(
            info(&m),
            "CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)"
        );
    }

    #[test]
    fn zero_and_negative_sizes_do_not_cache() {
        for size in [0, -5] {
            let m: Memo<Value, Int> = Memo::new(Some(size), false);
            // Not even hashed: an unhashable key is fine.
            let k = Value::List(crate::list::List::new());
            assert!(m.call(k.clone(), || Ok(int(1))).is_ok());
            assert!(m.call(k, || Ok(int(1))).is_ok());
            let mut s = String::new();
            m.cache_info().py_repr(&mut s).unwrap();
            assert_eq!(s, "CacheInfo(hits=0, misses=2, maxsize=0, currsize=0)");
        }
    }

    #[test]
    fn keys_follow_make_key() {
        let one = Value::Int(int(1));
        let fone = Value::Float(1.0);
        let t = Value::Bool(true);
        let k1 = key(std::slice::from_ref(&one), &[], false);
        let kf = key(std::slice::from_ref(&fone), &[], false);
        let kt = key(std::slice::from_ref(&t), &[], false);
        assert!(matches!(k1, Value::Int(_)));
        assert!(matches!(kf, Value::Tuple(_)));
        assert!(!k1.py_eq(&kf).unwrap());
        assert!(kf.py_eq(&kt).unwrap());
        // typed: 1.0 and True differ.
        let kf = key(std::slice::from_ref(&fone), &[], true);
        let kt = key(std::slice::from_ref(&t), &[], true);
        assert!(!kf.py_eq(&kt).unwrap());
        // Positional and keyword calls differ.
        let kp = key(std::slice::from_ref(&one), &[], false);
        let kk = key(&[], &[(Str::from("n"), one.clone())], false);
        assert!(!kp.py_eq(&kk).unwrap());
        let kk2 = key(&[], &[(Str::from("n"), one)], false);
        assert!(kk.py_eq(&kk2).unwrap());
    }
}
