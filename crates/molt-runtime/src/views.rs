//! dict.keys(), dict.values(), dict.items(): live views of a dict.

use crate::dict::Dict;
use crate::exc::PyResult;
use crate::iter::{IntoPyIter, PyIter};
use crate::obj::PyObj;
use crate::value::Value;

macro_rules! view {
    ($name:ident, $pyname:literal) => {
        pub struct $name<K, V>(pub Dict<K, V>);

        impl<K, V> Clone for $name<K, V> {
            fn clone(&self) -> Self {
                $name(self.0.clone())
            }
        }

        impl<K: PyObj, V: PyObj> $name<K, V> {
            pub fn new(d: Dict<K, V>) -> Self {
                $name(d)
            }
            pub fn len(&self) -> usize {
                self.0.len()
            }
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
            pub fn dict(&self) -> &Dict<K, V> {
                &self.0
            }
        }
    };
}

view!(KeysView, "dict_keys");
view!(ValuesView, "dict_values");
view!(ItemsView, "dict_items");

impl<K: PyObj, V: PyObj> KeysView<K, V> {
    pub fn contains(&self, k: &K) -> PyResult<bool> {
        self.0.contains(k)
    }
}

pub struct ViewIter<K, V> {
    it: crate::dict::DictIter<K, V>,
}

impl<K: PyObj, V: PyObj> PyIter for ViewIter<K, V> {
    type Item = (K, V);
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<(K, V)>> {
        self.it.next_entry()
    }
}

pub struct Project<K, V, T>(ViewIter<K, V>, fn((K, V)) -> T);

impl<K: PyObj, V: PyObj, T> PyIter for Project<K, V, T> {
    type Item = T;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<T>> {
        Ok(self.0.next_item()?.map(self.1))
    }
}

impl<K: PyObj, V: PyObj> IntoPyIter for KeysView<K, V> {
    type Item = K;
    type It = Project<K, V, K>;
    fn py_iter(&self) -> PyResult<Self::It> {
        Ok(Project(ViewIter { it: self.0.iter() }, |(k, _)| k))
    }
}

impl<K: PyObj, V: PyObj> IntoPyIter for ValuesView<K, V> {
    type Item = V;
    type It = Project<K, V, V>;
    fn py_iter(&self) -> PyResult<Self::It> {
        Ok(Project(ViewIter { it: self.0.iter() }, |(_, v)| v))
    }
}

impl<K: PyObj, V: PyObj> IntoPyIter for ItemsView<K, V> {
    type Item = (K, V);
    type It = ViewIter<K, V>;
    fn py_iter(&self) -> PyResult<Self::It> {
        Ok(ViewIter { it: self.0.iter() })
    }
}

fn repr_seq<T: PyObj>(name: &str, items: &[T], out: &mut String) -> PyResult<()> {
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

impl<K: PyObj, V: PyObj> PyObj for KeysView<K, V> {
    fn to_value(&self) -> Value {
        Value::View(crate::value::ViewKind::Keys, dyn_dict(&self.0))
    }
    fn type_name(&self) -> &'static str {
        "dict_keys"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        repr_seq("dict_keys", &self.0.keys_vec(), out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        let a = crate::set::FrozenSet::from_vec(self.0.keys_vec())?;
        let b = crate::set::FrozenSet::from_vec(other.0.keys_vec())?;
        a.py_eq(&b)
    }
    fn py_cmp(&self, other: &Self, op: crate::obj::CmpOp) -> PyResult<bool> {
        // Subset tests, as on the boxed views.
        self.to_value().compare(&other.to_value(), op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.0.ptr_eq(&other.0)
    }
}

impl<K: PyObj, V: PyObj> PyObj for ValuesView<K, V> {
    fn to_value(&self) -> Value {
        Value::View(crate::value::ViewKind::Values, dyn_dict(&self.0))
    }
    fn type_name(&self) -> &'static str {
        "dict_values"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        repr_seq("dict_values", &self.0.values_vec(), out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self.0.ptr_eq(&other.0))
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.0.ptr_eq(&other.0)
    }
}

impl<K: PyObj, V: PyObj> PyObj for ItemsView<K, V> {
    fn to_value(&self) -> Value {
        Value::View(crate::value::ViewKind::Items, dyn_dict(&self.0))
    }
    fn type_name(&self) -> &'static str {
        "dict_items"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        repr_seq("dict_items", &self.0.items_vec(), out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        let a = crate::set::FrozenSet::from_vec(self.0.items_vec())?;
        let b = crate::set::FrozenSet::from_vec(other.0.items_vec())?;
        a.py_eq(&b)
    }
    fn py_cmp(&self, other: &Self, op: crate::obj::CmpOp) -> PyResult<bool> {
        // Subset tests, as on the boxed views.
        self.to_value().compare(&other.to_value(), op)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        self.0.ptr_eq(&other.0)
    }
}

/// The dict behind a boxed view: shared when it already holds Values (the case inference
/// guarantees for views that reach dynamic code).
fn dyn_dict<K: PyObj, V: PyObj>(d: &Dict<K, V>) -> Dict<Value, Value> {
    match d.to_value() {
        Value::Dict(d) => d,
        _ => Dict::new(),
    }
}

/// `a == b` when either side is a dynamic dict view and the other a set, frozenset or view
/// (dictview_richcompare: same length and every item of one contained in the other).
/// None when the pair is not such a comparison.
pub fn dyn_view_eq(a: &Value, b: &Value) -> PyResult<Option<bool>> {
    use crate::value::ViewKind as K;
    let (view, other) = match (a, b) {
        (Value::View(k @ (K::Keys | K::Items), d), o) => ((*k, d), o),
        (o, Value::View(k @ (K::Keys | K::Items), d)) => ((*k, d), o),
        _ => return Ok(None),
    };
    let other_len = match other {
        Value::Set(s) => s.len(),
        Value::FrozenSet(f) => f.len(),
        Value::View(K::Keys | K::Items, e) => e.len(),
        _ => return Ok(None),
    };
    let (kind, d) = view;
    if d.len() != other_len {
        return Ok(Some(false));
    }
    let items: Vec<Value> = match kind {
        K::Keys => d.keys_vec(),
        _ => d
            .items_vec()
            .into_iter()
            .map(|(k, v)| Value::Tuple(crate::tuple::Tup::from_vec(vec![k, v])))
            .collect(),
    };
    for x in &items {
        if !other.contains(x)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

/// `d.keys() op other` and `other op d.keys()` for `& | - ^` on a dynamic keys view
/// (dictviews_and/or/sub/xor): a set. None when neither side is a keys view.
pub fn dyn_keys_binop(op: crate::value::BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use crate::setops::SetArg;
    use crate::value::{BinOp as B, ViewKind as K};
    if !matches!(op, B::BitAnd | B::BitOr | B::Sub | B::BitXor) {
        return Ok(None);
    }
    let (d, other, reflected) = match (a, b) {
        (Value::View(K::Keys, d), o) => (d, o, false),
        (o, Value::View(K::Keys, d)) => (d, o, true),
        (Value::View(K::Items, d), o) => return items_binop(op, d, o, false),
        (o, Value::View(K::Items, d)) => return items_binop(op, d, o, true),
        _ => return Ok(None),
    };
    let view = d.keys();
    let items;
    let arg = match other {
        Value::Set(s) => SetArg::Set(s),
        Value::FrozenSet(f) => SetArg::Frozen(f),
        o => {
            items = o.to_vec()?;
            SetArg::Iter(items)
        }
    };
    let r = match (op, reflected) {
        (B::BitAnd, _) => view.and(&arg)?,
        (B::BitOr, false) => view.or(&arg)?,
        (B::BitOr, true) => view.ror(&arg)?,
        (B::Sub, false) => view.sub(&arg)?,
        (B::Sub, true) => view.rsub(&arg)?,
        (_, false) => view.xor(&arg)?,
        (_, true) => view.rxor(&arg)?,
    };
    Ok(Some(Value::Set(r)))
}

/// `x in d.items()` (dictitems_contains): a 2-tuple whose key is in `d` with an equal value.
fn items_contains(d: &Dict<Value, Value>, x: &Value) -> PyResult<bool> {
    let Value::Tuple(t) = x else { return Ok(false) };
    let [k, v] = t.as_slice() else {
        return Ok(false);
    };
    match d.get(k)? {
        Some(found) => Ok(found.py_is(v) || found.eq(v)?),
        None => Ok(false),
    }
}

/// `d.items() op other` and `other op d.items()` for `& | - ^` (dictviews_and/or/sub/xor
/// of Objects/dictobject.c, 3.11): the items as a set (dictviews_to_set), combined with
/// the other operand the way set's in-place methods do.
fn items_binop(
    op: crate::value::BinOp,
    d: &Dict<Value, Value>,
    other: &Value,
    reflected: bool,
) -> PyResult<Option<Value>> {
    use crate::set::Set;
    use crate::setops::SetArg;
    use crate::value::{BinOp as B, ViewKind as K};
    if let (B::BitXor, Value::View(K::Items, d2)) = (op, other) {
        let (a, b) = if reflected { (d2, d) } else { (d, d2) };
        return items_xor(a, b).map(Some);
    }
    let items = || -> Vec<Value> {
        d.items_vec()
            .into_iter()
            .map(|(k, v)| Value::Tuple(crate::tuple::Tup::from_vec(vec![k, v])))
            .collect()
    };
    let other_items;
    let arg = match other {
        Value::Set(s) => SetArg::Set(s),
        Value::FrozenSet(f) => SetArg::Frozen(f),
        o => {
            other_items = o.to_vec()?;
            SetArg::Iter(other_items)
        }
    };
    let r = match op {
        // _PyDictView_Intersect: other.intersection(view) when other is a set at least as
        // large, else the items of other that the view contains, in other's order.
        B::BitAnd => {
            if let SetArg::Set(s) = &arg
                && d.len() <= s.len()
            {
                s.intersection(&[SetArg::Iter(items())])?
            } else {
                let r = Set::from_arg(&SetArg::Iter(Vec::new()))?;
                let xs = match &arg {
                    SetArg::Iter(xs) => xs.clone(),
                    _ => other.to_vec()?,
                };
                for x in xs {
                    if items_contains(d, &x)? {
                        r.add(x)?;
                    }
                }
                r
            }
        }
        _ => {
            // The left operand becomes the set; the right one updates it.
            let (left, right) = if reflected {
                (Set::from_arg(&arg)?, SetArg::Iter(items()))
            } else {
                (Set::from_arg(&SetArg::Iter(items()))?, arg)
            };
            match op {
                B::BitOr => left.update(std::slice::from_ref(&right))?,
                B::Sub => left.difference_update(std::slice::from_ref(&right))?,
                _ => left.symmetric_difference_update(&right)?,
            }
            left
        }
    };
    Ok(Some(Value::Set(r)))
}

/// `d1.items() ^ d2.items()` (dictitems_xor, Objects/dictobject.c 3.11): the pairs of d2
/// whose key d1 lacks or maps to an unequal value, then the rest of d1's pairs. Values that
/// compare equal are never hashed.
fn items_xor(d1: &Dict<Value, Value>, d2: &Dict<Value, Value>) -> PyResult<Value> {
    let temp = d1.copy();
    let result = crate::set::Set::from_arg(&crate::setops::SetArg::Iter(Vec::new()))?;
    let pair = |k: Value, v: Value| Value::Tuple(crate::tuple::Tup::from_vec(vec![k, v]));
    for (k, v2) in d2.items_vec() {
        let to_delete = match temp.get(&k)? {
            Some(v1) => v1.py_is(&v2) || v1.eq(&v2)?,
            None => false,
        };
        if to_delete {
            temp.delitem(&k)?;
        } else {
            result.add(pair(k, v2))?;
        }
    }
    for (k, v) in temp.items_vec() {
        result.add(pair(k, v))?;
    }
    Ok(Value::Set(result))
}

/// `a < b` (and `<=`, `>`, `>=`) when either side is a keys or items view and the other a
/// set, frozenset or such a view (dictview_richcompare: subset tests by length and
/// containment). None when the pair is not such a comparison.
pub fn dyn_view_cmp(a: &Value, b: &Value, op: crate::obj::CmpOp) -> PyResult<Option<bool>> {
    use crate::obj::CmpOp as C;
    use crate::value::ViewKind as K;
    let setlike = |v: &Value| {
        matches!(
            v,
            Value::Set(_) | Value::FrozenSet(_) | Value::View(K::Keys | K::Items, _)
        )
    };
    let is_view = |v: &Value| matches!(v, Value::View(K::Keys | K::Items, _));
    if !(is_view(a) || is_view(b)) || !setlike(a) || !setlike(b) {
        return Ok(None);
    }
    // The view's own comparison runs, reflected when the view is the right operand.
    let (this, other, op) = if is_view(a) {
        (a, b, op)
    } else {
        (b, a, op.swapped())
    };
    let len = |v: &Value| -> usize {
        match v {
            Value::Set(s) => s.len(),
            Value::FrozenSet(f) => f.len(),
            Value::View(_, d) => d.len(),
            _ => 0,
        }
    };
    // all_contained_in(x, y): every item of x is in y.
    let contained = |x: &Value, y: &Value| -> PyResult<bool> {
        for item in x.to_vec()? {
            if !y.contains(&item)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (ls, lo) = (len(this), len(other));
    Ok(Some(match op {
        C::Lt => ls < lo && contained(this, other)?,
        C::Le => ls <= lo && contained(this, other)?,
        C::Gt => ls > lo && contained(other, this)?,
        C::Ge => ls >= lo && contained(other, this)?,
    }))
}
