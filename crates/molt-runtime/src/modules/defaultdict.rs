//! A `collections.defaultdict` or `collections.Counter` whose keys and values the compiler
//! typed (`CounterT` is the same type: the object's kind says which).
//!
//! `DefaultDictT<K, V>` is the defaultdict object itself (a `DictObjG<K, V>`: the typed
//! dict, the factory, the kind), so the dict it derefs to is the one every typed dict
//! method, view and loop works on. Only `d[k]` differs from a dict: a missing key gets
//! `default_factory()` (called as CPython's `__missing__` does), stored and returned; a
//! Counter's missing key counts 0 and is not stored.
//! Inference hands a defaultdict to dynamic code only once its keys and values are
//! `Value`s; `DefaultDictT<Value, Value>` is then the very `DictObj` dynamic code sees.

use super::collections::{DictKind, DictObj, DictObjG};
use crate::conv::FromValue;
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub struct DefaultDictT<K, V>(Rc<DictObjG<K, V>>);

/// A typed Counter: the same handle, over an object of kind Counter.
pub type CounterT<K, V> = DefaultDictT<K, V>;

impl<K, V> Clone for DefaultDictT<K, V> {
    fn clone(&self) -> Self {
        DefaultDictT(self.0.clone())
    }
}

impl<K, V> std::ops::Deref for DefaultDictT<K, V> {
    type Target = Dict<K, V>;
    #[inline]
    fn deref(&self) -> &Dict<K, V> {
        &self.0.d
    }
}

impl<K: PyObj + FromValue, V: PyObj + FromValue> DefaultDictT<K, V> {
    /// The object of `kind` over `d`.
    fn make(kind: DictKind, factory: Value, d: Dict<K, V>) -> Self {
        DefaultDictT(Rc::new(DictObjG {
            kind,
            d,
            factory: RefCell::new(factory),
            state: Cell::new(0),
        }))
    }

    /// `defaultdict(factory)`, checked as `defaultdict.__init__` checks it.
    pub fn new(factory: Value) -> PyResult<Self> {
        if !factory.is_none() && !super::callable::is_callable(&factory) {
            return type_error("first argument must be callable or None");
        }
        Ok(Self::make(DictKind::DefaultDict, factory, Dict::new()))
    }

    /// `Counter()`.
    pub fn counter() -> Self {
        Self::make(DictKind::Counter, Value::None, Dict::new())
    }

    /// The items boxed into a new dict (what the runtime's Counter and defaultdict
    /// functions take).
    fn boxed_items(&self) -> PyResult<Dict<Value, Value>> {
        let d: Dict<Value, Value> = Dict::new();
        for (k, v) in self.0.d.items_vec() {
            d.setitem(k.to_value(), v.to_value())?;
        }
        Ok(d)
    }

    /// `Counter.update(iterable)` (and `Counter(iterable)`): each item counts one more
    /// (`_count_elements`: `mapping[elem] = mapping_get(elem, 0) + 1`).
    /// `key` converts an item to the key type.
    pub fn count_iter<T>(
        &self,
        mut it: impl crate::iter::PyIter<Item = T>,
        key: impl Fn(T) -> PyResult<K>,
    ) -> PyResult<()> {
        let one = Value::Int(crate::int::Int::ONE);
        while let Some(x) = it.next_item()? {
            let k = key(x)?;
            let new = match self.0.d.get(&k)? {
                None => V::from_value(one.clone())?,
                Some(cur) => V::from_value(crate::value::binop(
                    crate::value::BinOp::Add,
                    &cur.into_value(),
                    &one,
                )?)?,
            };
            self.0.d.setitem(k, new)?;
        }
        Ok(())
    }

    /// `c.most_common()` / `c.most_common(n)`, typed.
    pub fn most_common_typed(&self, n: Option<&Value>) -> PyResult<crate::list::List<(K, V)>> {
        let mut out = vec![];
        for (k, v) in super::collections::most_common(&self.boxed_items()?, n)? {
            out.push((K::from_value(k)?, V::from_value(v)?));
        }
        Ok(crate::list::List::from_vec(out))
    }

    /// `__missing__`: `default_factory()` stored under `key`, or KeyError(key) without one;
    /// a Counter's 0.
    #[cold]
    fn missing(&self, key: K) -> PyResult<V> {
        if self.0.kind == DictKind::Counter {
            return V::from_value(Value::Int(crate::int::Int::ZERO));
        }
        let f = self.0.factory.borrow().clone();
        if f.is_none() {
            return Err(PyErr::new(ExcKind::KeyError, vec![key.to_value()]));
        }
        let v = V::from_value(super::callable::call_value(&f, vec![])?)?;
        self.0.d.setitem(key, v.clone())?;
        Ok(v)
    }

    /// `d[key]`.
    #[inline]
    pub fn getitem(&self, key: &K) -> PyResult<V> {
        match self.0.d.get(key)? {
            Some(v) => Ok(v),
            None => self.missing(key.clone()),
        }
    }

    /// `d[key]` with a key the compiler did not type as K (a defaultdict's K takes the
    /// key's type, so it unboxes; a Counter looks any key up without storing it).
    pub fn getitem_dyn(&self, key: &Value) -> PyResult<V> {
        if self.0.kind == DictKind::Counter {
            return match self.0.d.getitem_dyn(key) {
                Err(e) if e.kind() == ExcKind::KeyError => {
                    V::from_value(Value::Int(crate::int::Int::ZERO))
                }
                r => r,
            };
        }
        let k = K::from_value(key.clone())?;
        self.getitem(&k)
    }

    /// `del d[key]`: a Counter ignores a missing key (`Counter.__delitem__`).
    pub fn delitem(&self, key: &K) -> PyResult<()> {
        match self.0.d.remove(key)? {
            Some(_) => Ok(()),
            None if self.is_counter() => Ok(()),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.to_value()])),
        }
    }

    /// `d.copy()`: a defaultdict with the same factory, or a Counter.
    pub fn dd_copy(&self) -> Self {
        Self::make(
            self.0.kind,
            self.0.factory.borrow().clone(),
            self.0.d.copy(),
        )
    }

    fn is_counter(&self) -> bool {
        self.0.kind == DictKind::Counter
    }

    /// `id(d)`: the object's address, as for the boxed defaultdict.
    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }

    /// The dict under the defaultdict (what `dict(d)` and the dict methods read).
    #[inline]
    pub fn dict(&self) -> &Dict<K, V> {
        &self.0.d
    }
}

impl<K: PyObj + FromValue, V: PyObj + FromValue> PyObj for DefaultDictT<K, V> {
    fn to_value(&self) -> Value {
        let any: Rc<dyn Any> = self.0.clone();
        match any.downcast::<DictObj>() {
            Ok(o) => Value::Obj(o),
            // Not reached: inference boxes a defaultdict only with Value keys and values.
            // A copy keeps the value right, as boxing a typed dict does.
            Err(_) => super::collections::make_dictobj(
                self.0.kind,
                self.boxed_items().unwrap_or_default(),
                self.0.factory.borrow().clone(),
            ),
        }
    }
    /// `type(d).__name__` (messages name the type `collections.defaultdict`).
    fn type_name(&self) -> &'static str {
        if self.is_counter() {
            "Counter"
        } else {
            "defaultdict"
        }
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        if self.is_counter() {
            // Ordered by most_common: the runtime Counter's repr, on a copy.
            return self.to_value().py_repr(out);
        }
        // The factory is cloned: its repr may run code that sets `default_factory`.
        super::collections::defaultdict_repr(&self.0.factory.borrow().clone(), &self.0.d, out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        if self.is_counter() {
            // Missing counts are zeros (Counter.__eq__ since 3.10).
            return self.to_value().py_eq(&other.to_value());
        }
        self.0.d.py_eq(&other.0.d)
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        if self.is_counter() {
            // Multiset inclusion (Counter.__le__ and friends).
            return self.to_value().compare(&other.to_value(), op);
        }
        type_error(format!(
            "'{}' not supported between instances of 'collections.defaultdict' and 'collections.defaultdict'",
            op.symbol()
        ))
    }
    fn py_hash(&self) -> PyResult<i64> {
        if self.is_counter() {
            return type_error("unhashable type: 'Counter'");
        }
        type_error("unhashable type: 'collections.defaultdict'")
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.d.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<K: PyObj + FromValue, V: PyObj + FromValue> crate::builtins::PyLen for DefaultDictT<K, V> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.0.d.len())
    }
}

impl<K: PyObj, V: PyObj> crate::iter::IntoPyIter for DefaultDictT<K, V> {
    type Item = K;
    type It = <Dict<K, V> as crate::iter::IntoPyIter>::It;
    fn py_iter(&self) -> PyResult<Self::It> {
        self.0.d.py_iter()
    }
}

impl<K: 'static, V: 'static> FromValue for DefaultDictT<K, V> {
    /// Only a defaultdict of `Value`s comes back from dynamic code.
    fn from_value(v: Value) -> PyResult<DefaultDictT<K, V>> {
        if let Value::Obj(o) = &v
            && let Some(d) = crate::object::downcast::<DictObj>(o)
            && matches!(d.kind, DictKind::DefaultDict | DictKind::Counter)
        {
            let any: Rc<dyn Any> = o.clone();
            if let Ok(d) = any.downcast::<DictObjG<K, V>>() {
                return Ok(DefaultDictT(d));
            }
        }
        type_error(format!(
            "expected collections.defaultdict, got {}",
            v.class_name()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::Int;

    /// The model: insertion-ordered pairs, as a Python dict keeps them.
    fn model_get(m: &[(i64, i64)], k: i64) -> Option<i64> {
        m.iter().find(|(a, _)| *a == k).map(|(_, v)| *v)
    }

    fn model_set(m: &mut Vec<(i64, i64)>, k: i64, v: i64) {
        match m.iter_mut().find(|(a, _)| *a == k) {
            Some(e) => e.1 = v,
            None => m.push((k, v)),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// A typed defaultdict(int) behaves as Python's: `d[k] += x` starts a missing key
        /// at 0 and keeps insertion order, reading a missing key stores it, `get` and `in`
        /// do not, `pop` removes; its boxed copy holds the same items.
        #[test]
        fn typed_defaultdict_like_python(ops in proptest::collection::vec((0u8..5, -4i64..4, -9i64..9), 0..40)) {
            let d = DefaultDictT::<Int, Int>::new(
                crate::modules::builtin_ref("int").map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{:?}", e.kind())))?,
            ).map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{:?}", e.kind())))?;
            let mut m: Vec<(i64, i64)> = vec![];
            for (op, k, x) in ops {
                let key = Int::Small(k);
                match op {
                    0 => {
                        let cur = d.getitem(&key).ok().and_then(|v| v.as_i64());
                        proptest::prop_assert_eq!(cur, Some(model_get(&m, k).unwrap_or(0)));
                        let _ = d.setitem(key, Int::Small(cur.unwrap_or(0) + x));
                        let want = model_get(&m, k).unwrap_or(0) + x;
                        model_set(&mut m, k, want);
                    }
                    1 => {
                        let got = d.getitem(&key).ok().and_then(|v| v.as_i64());
                        let want = model_get(&m, k).unwrap_or(0);
                        model_set(&mut m, k, want);
                        proptest::prop_assert_eq!(got, Some(want));
                    }
                    2 => {
                        let got = d.get(&key).ok().flatten().and_then(|v| v.as_i64());
                        proptest::prop_assert_eq!(got, model_get(&m, k));
                        proptest::prop_assert_eq!(d.contains(&key).ok(), Some(model_get(&m, k).is_some()));
                    }
                    3 => {
                        let got = d.remove(&key).ok().flatten().and_then(|(_, v)| v.as_i64());
                        proptest::prop_assert_eq!(got, model_get(&m, k));
                        m.retain(|(a, _)| *a != k);
                    }
                    _ => {
                        let c = d.dd_copy();
                        proptest::prop_assert!(!c.py_is(&d));
                        proptest::prop_assert_eq!(c.py_eq(&d).ok(), Some(true));
                    }
                }
            }
            let got: Vec<(i64, i64)> = d
                .items_vec()
                .into_iter()
                .filter_map(|(k, v)| Some((k.as_i64()?, v.as_i64()?)))
                .collect();
            proptest::prop_assert_eq!(&got, &m);
            proptest::prop_assert_eq!(d.py_truthy().ok(), Some(!m.is_empty()));
            let boxed = d.to_value();
            proptest::prop_assert_eq!(boxed.len().ok(), Some(m.len()));
        }
    }
}
