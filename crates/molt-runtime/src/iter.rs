//! Iteration: every iterable type gives a `PyIter` through `IntoPyIter`, so `for` loops and
//! builtins (sorted, sum, min, list(), ...) are written once, generically. `Iter<T>` is the
//! boxed one-shot iterator Python's map/zip/enumerate/filter/reversed return.

use crate::dict::{Dict, DictIter};
use crate::exc::{ExcKind, PyErr, PyResult, value_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::PyObj;
use crate::range::Range;
use crate::set::{FrozenSet, Set};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::{Value, ValueIter};
use std::cell::RefCell;
use std::rc::Rc;

/// A Python iterator producing items of type `Item`.
pub trait PyIter {
    type Item;
    fn next_item(&mut self) -> PyResult<Option<Self::Item>>;
}

/// A Python iterable: `iter(x)`.
pub trait IntoPyIter {
    type Item: PyObj;
    type It: PyIter<Item = Self::Item> + 'static;
    fn py_iter(&self) -> PyResult<Self::It>;
    /// `PyObject_LengthHint(self)`'s side effects: only a user class's `__len__` or
    /// `__length_hint__` can be seen (it may print or raise).
    fn length_hint(&self) -> PyResult<()> {
        Ok(())
    }
}

/// All items of an iterable.
pub fn collect_vec<I: IntoPyIter>(x: &I) -> PyResult<Vec<I::Item>> {
    drain(x.py_iter()?)
}

fn drain<I: PyIter>(mut it: I) -> PyResult<Vec<I::Item>> {
    let mut v = Vec::new();
    while let Some(item) = it.next_item()? {
        v.push(item);
    }
    Ok(v)
}

/// All items of an iterable as list(x), tuple(x), sorted(x) and list.extend(x) take them
/// (list_extend, PySequence_Tuple): `iter(x)`, then the length hint, then the items.
pub fn collect_vec_sized<I: IntoPyIter>(x: &I) -> PyResult<Vec<I::Item>> {
    let it = x.py_iter()?;
    x.length_hint()?;
    drain(it)
}

/// `a, b, c = x`: exactly N items, with CPython's errors otherwise.
pub fn unpack<T: PyObj, const N: usize>(x: &impl IntoPyIter<Item = T>) -> PyResult<[T; N]> {
    let mut it = x.py_iter()?;
    let mut v = Vec::with_capacity(N);
    while v.len() < N {
        match it.next_item()? {
            Some(item) => v.push(item),
            None => {
                return value_error(format!(
                    "not enough values to unpack (expected {N}, got {})",
                    v.len()
                ));
            }
        }
    }
    if it.next_item()?.is_some() {
        return value_error(format!("too many values to unpack (expected {N})"));
    }
    v.try_into()
        .map_err(|_| PyErr::msg(ExcKind::SystemError, "unpack length mismatch"))
}

/// A copy of a small array of values, in a loop the compiler unrolls: `<[Value; N]>::clone`,
/// `array::from_fn` and `each_ref().map(..)` all go through `try_map`'s drain guard per
/// item, which LLVM does not flatten (a fifth of binary_trees' instructions). Writing over
/// `None`s drops nothing: the compiler sees the old value is `None`.
#[inline(always)]
fn clone_array<const N: usize>(a: &[Value; N]) -> [Value; N] {
    // Built item by item (no placeholder to drop) so that the array can live in
    // registers: a placeholder's drop call took its address, and the copies out of the
    // array in memory then stalled on store forwarding (binary_trees' `left, right = node`).
    std::array::from_fn(|k| a[k].clone())
}

/// `a, b = x` for a dynamic value, with CPython's message for a non-iterable.
#[inline]
pub fn unpack_value<const N: usize>(x: &Value) -> PyResult<[Value; N]> {
    // UNPACK_SEQUENCE's specialisations: a tuple or list of the right length is read
    // directly (no iterator; neither has a user `__iter__`). The tuple's, the most
    // common, is inlined; the rest is out of line so that it costs no stack here.
    if let Value::Tuple(t) = x
        && let Ok(a) = <&[Value; N]>::try_from(t.as_slice())
    {
        return Ok(clone_array(a));
    }
    unpack_value_slow(x)
}

/// `a, b = x` where this is x's last use: a tuple no one else holds gives its items away
/// (no reference counts touched, the tuple freed), anything else unpacks as
/// `unpack_value` does.
#[inline]
pub fn unpack_value_owned<const N: usize>(x: Value) -> PyResult<[Value; N]> {
    if let Value::Tuple(mut t) = x {
        if let Some(items) = t.unique_mut()
            && let Ok(a) = <&mut [Value; N]>::try_from(items)
        {
            return Ok(std::array::from_fn(|k| {
                std::mem::replace(&mut a[k], Value::None)
            }));
        }
        return unpack_value(&Value::Tuple(t));
    }
    unpack_value(&x)
}

#[inline(never)]
fn unpack_value_slow<const N: usize>(x: &Value) -> PyResult<[Value; N]> {
    if let Value::List(l) = x
        && let Ok(a) = <&[Value; N]>::try_from(l.borrow().as_slice())
    {
        return Ok(clone_array(a));
    }
    let mut it = iter_for_unpack(x)?;
    let mut v = Vec::with_capacity(N);
    while v.len() < N {
        match it.next()? {
            Some(item) => v.push(item),
            None => {
                return value_error(format!(
                    "not enough values to unpack (expected {N}, got {})",
                    v.len()
                ));
            }
        }
    }
    if it.next()?.is_some() {
        return value_error(format!("too many values to unpack (expected {N})"));
    }
    v.try_into()
        .map_err(|_| PyErr::msg(ExcKind::SystemError, "unpack length mismatch"))
}

/// The iterator of an unpacking source (iterated once: `__iter__` may have effects),
/// with CPython's message for a non-iterable.
fn iter_for_unpack(x: &Value) -> PyResult<crate::value::ValueIter> {
    match x.iter() {
        Err(e)
            if e.kind() == ExcKind::TypeError && e.to_str().ends_with("object is not iterable") =>
        {
            crate::exc::type_error(format!(
                "cannot unpack non-iterable {} object",
                x.class_name()
            ))
        }
        r => r,
    }
}

/// `a, *rest, z = x`: `before` items, the middle as a list, `after` items
/// (CPython's unpack_iterable with a starred target).
pub fn unpack_star(
    x: &Value,
    before: usize,
    after: usize,
) -> PyResult<(Vec<Value>, List<Value>, Vec<Value>)> {
    let mut it = iter_for_unpack(x)?;
    let mut head = Vec::with_capacity(before);
    while head.len() < before {
        match it.next()? {
            Some(v) => head.push(v),
            None => {
                return crate::exc::value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    head.len()
                ));
            }
        }
    }
    let mut rest = vec![];
    while let Some(v) = it.next()? {
        rest.push(v);
    }
    if rest.len() < after {
        return crate::exc::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            before + rest.len()
        ));
    }
    let tail = rest.split_off(rest.len() - after);
    Ok((head, List::from_vec(rest), tail))
}

// ------------------------------------------------------------------ lists and tuples

pub struct ListIter<T>(List<T>, usize);

impl<T: PyObj> PyIter for ListIter<T> {
    type Item = T;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<T>> {
        let x = self.0.iter_at(self.1);
        self.1 += 1;
        Ok(x)
    }
}

impl<T: PyObj> IntoPyIter for List<T> {
    type Item = T;
    type It = ListIter<T>;
    fn py_iter(&self) -> PyResult<ListIter<T>> {
        Ok(ListIter(self.clone(), 0))
    }
}

pub struct TupIter<T>(Tup<T>, usize);

impl<T: PyObj> PyIter for TupIter<T> {
    type Item = T;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<T>> {
        let x = self.0.iter_at(self.1);
        self.1 += 1;
        Ok(x)
    }
}

impl<T: PyObj> IntoPyIter for Tup<T> {
    type Item = T;
    type It = TupIter<T>;
    fn py_iter(&self) -> PyResult<TupIter<T>> {
        Ok(TupIter(self.clone(), 0))
    }
}

// ------------------------------------------------------------------ str

pub struct StrChars(Str, usize);

impl PyIter for StrChars {
    type Item = Str;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<Str>> {
        let rest = &self.0.as_str()[self.1..];
        match rest.chars().next() {
            Some(c) => {
                self.1 += c.len_utf8();
                Ok(Some(Str::from_char(c)))
            }
            None => Ok(None),
        }
    }
}

impl IntoPyIter for Str {
    type Item = Str;
    type It = StrChars;
    fn py_iter(&self) -> PyResult<StrChars> {
        Ok(StrChars(self.clone(), 0))
    }
}

// ------------------------------------------------------------------ range

/// Counts through a range: with i64 arithmetic when it fits (always, in practice).
pub enum RangeIter {
    Small {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Big {
        next: Int,
        step: Int,
        remaining: Int,
    },
}

impl RangeIter {
    /// Inlined into every `for ... in range(...)`: a loop entered often (an inner loop) pays
    /// no call and, for step 1 or -1, no division.
    #[inline]
    pub fn new(start: &Int, stop: &Int, step: &Int) -> PyResult<RangeIter> {
        if let (Int::Small(a), Int::Small(b), Int::Small(c)) = (start, stop, step) {
            let n = match *c {
                1 => b.checked_sub(*a).map(|n| n.max(0)),
                -1 => a.checked_sub(*b).map(|n| n.max(0)),
                _ => None,
            };
            if let Some(remaining) = n {
                return Ok(RangeIter::Small {
                    next: *a,
                    step: *c,
                    remaining,
                });
            }
        }
        Self::new_general(start, stop, step)
    }

    fn new_general(start: &Int, stop: &Int, step: &Int) -> PyResult<RangeIter> {
        let r = Range::new(start, stop, step)?;
        Ok(RangeIter::of(&r))
    }

    pub fn of(r: &Range) -> RangeIter {
        match r.small() {
            Some((next, step, remaining)) => RangeIter::Small {
                next,
                step,
                remaining,
            },
            None => RangeIter::Big {
                next: r.start.clone(),
                step: r.step.clone(),
                remaining: r.len_int(),
            },
        }
    }
}

impl RangeIter {
    /// The number of items left (a range longer than i64::MAX cannot be iterated to the
    /// end anyway).
    #[inline]
    pub fn remaining(&self) -> i64 {
        match self {
            RangeIter::Small { remaining, .. } => *remaining,
            RangeIter::Big { remaining, .. } => remaining.as_i64().unwrap_or(i64::MAX),
        }
    }

    /// (first item, step) when every item fits in an i64 (the range analysis's promise for
    /// native loop variables; the error means molt has a bug).
    #[inline]
    pub fn start_step(&self) -> PyResult<(i64, i64)> {
        match self {
            RangeIter::Small { next, step, .. } => Ok((*next, *step)),
            RangeIter::Big { .. } => Err(PyErr::msg(
                ExcKind::SystemError,
                "molt internal error: a range proven to fit in 64 bits did not",
            )),
        }
    }

    /// The k-th item from the start of the iteration (k < remaining), without advancing:
    /// `for` loops over ranges count k themselves, so the loop body sees a plain counter.
    #[inline]
    pub fn item(&self, k: i64) -> Int {
        match self {
            // Every item lies between start and stop, so this cannot overflow.
            RangeIter::Small { next, step, .. } => Int::Small(next + k * step),
            RangeIter::Big { next, step, .. } => big_item(next, step, k),
        }
    }
}

#[cold]
fn big_item(next: &Int, step: &Int, k: i64) -> Int {
    next.add(&step.mul(&Int::Small(k)))
}

impl PyIter for RangeIter {
    type Item = Int;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<Int>> {
        match self {
            RangeIter::Small {
                next,
                step,
                remaining,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                // The step after the last item may overflow i64 without being used.
                *next = next.wrapping_add(*step);
                Ok(Some(Int::Small(v)))
            }
            RangeIter::Big {
                next,
                step,
                remaining,
            } => {
                if remaining.is_zero() || remaining.is_negative() {
                    return Ok(None);
                }
                let v = next.clone();
                *remaining = remaining.sub(&Int::ONE);
                *next = next.add(step);
                Ok(Some(v))
            }
        }
    }
}

impl IntoPyIter for Range {
    type Item = Int;
    type It = RangeIter;
    fn py_iter(&self) -> PyResult<RangeIter> {
        Ok(RangeIter::of(self))
    }
}

// ------------------------------------------------------------------ dicts and sets

pub struct DictKeys<K, V>(DictIter<K, V>);

impl<K: PyObj, V: PyObj> PyIter for DictKeys<K, V> {
    type Item = K;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<K>> {
        Ok(self.0.next_entry()?.map(|(k, _)| k))
    }
}

impl<K: PyObj, V: PyObj> IntoPyIter for Dict<K, V> {
    type Item = K;
    type It = DictKeys<K, V>;
    fn py_iter(&self) -> PyResult<DictKeys<K, V>> {
        Ok(DictKeys(self.iter()))
    }
}

pub struct SetIter<T> {
    set: Set<T>,
    pos: usize,
    expected: usize,
}

impl<T: PyObj> PyIter for SetIter<T> {
    type Item = T;
    fn next_item(&mut self) -> PyResult<Option<T>> {
        if self.set.len() != self.expected {
            self.expected = usize::MAX;
            return Err(PyErr::msg(
                ExcKind::RuntimeError,
                "Set changed size during iteration",
            ));
        }
        Ok(self.set.iter_from(self.pos).map(|(p, x)| {
            self.pos = p;
            x
        }))
    }
}

impl<T: PyObj> IntoPyIter for Set<T> {
    type Item = T;
    type It = SetIter<T>;
    fn py_iter(&self) -> PyResult<SetIter<T>> {
        Ok(SetIter {
            set: self.clone(),
            pos: 0,
            expected: self.len(),
        })
    }
}

pub struct FrozenSetIter<T>(FrozenSet<T>, usize);

impl<T: PyObj> PyIter for FrozenSetIter<T> {
    type Item = T;
    fn next_item(&mut self) -> PyResult<Option<T>> {
        Ok(self.0.iter_from(self.1).map(|(p, x)| {
            self.1 = p;
            x
        }))
    }
}

impl<T: PyObj> IntoPyIter for FrozenSet<T> {
    type Item = T;
    type It = FrozenSetIter<T>;
    fn py_iter(&self) -> PyResult<FrozenSetIter<T>> {
        Ok(FrozenSetIter(self.clone(), 0))
    }
}

// ------------------------------------------------------------------ dynamic values

impl PyIter for ValueIter {
    type Item = Value;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<Value>> {
        self.next()
    }
}

impl IntoPyIter for Value {
    type Item = Value;
    type It = ValueIter;
    fn py_iter(&self) -> PyResult<ValueIter> {
        self.iter()
    }
    fn length_hint(&self) -> PyResult<()> {
        match self {
            Value::Obj(o) => match o.as_instance() {
                Some(i) => i.length_hint(),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }
}

// ------------------------------------------------------------------ Iter<T>

type BoxedNext<T> = Box<dyn FnMut() -> PyResult<Option<T>>>;

/// A one-shot iterator object (map, zip, enumerate, filter, reversed, iter()).
/// One pointer, with the name behind it, so that `Value` stays 24 bytes.
pub struct Iter<T>(Rc<IterInner<T>>);

pub struct IterInner<T> {
    next: RefCell<BoxedNext<T>>,
    name: &'static str,
}

impl<T> Clone for Iter<T> {
    fn clone(&self) -> Self {
        Iter(self.0.clone())
    }
}

impl<T> Iter<T> {
    /// The iterator object's address, for `id()`.
    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }
}

/// Adapts any `PyIter` into a closure-based source with a conversion of its items.
pub fn mapped<I: PyIter + 'static, U>(
    mut it: I,
    mut f: impl FnMut(I::Item) -> PyResult<U> + 'static,
) -> impl FnMut() -> PyResult<Option<U>> {
    move || match it.next_item()? {
        Some(x) => Ok(Some(f(x)?)),
        None => Ok(None),
    }
}

impl<T: PyObj> Iter<T> {
    pub fn from_fn(
        name: &'static str,
        f: impl FnMut() -> PyResult<Option<T>> + 'static,
    ) -> Iter<T> {
        Iter(Rc::new(IterInner {
            next: RefCell::new(Box::new(f)),
            name,
        }))
    }

    pub fn from_iter<I: PyIter<Item = T> + 'static>(name: &'static str, mut it: I) -> Iter<T> {
        Iter::from_fn(name, move || it.next_item())
    }

    /// `map(f, it)`.
    pub fn map<I: PyIter + 'static>(
        mut it: I,
        mut f: impl FnMut(I::Item) -> PyResult<T> + 'static,
    ) -> Iter<T> {
        Iter::from_fn("map", move || match it.next_item()? {
            Some(x) => Ok(Some(f(x)?)),
            None => Ok(None),
        })
    }

    /// `filter(pred, it)`, converting kept items with `conv`.
    pub fn filter<I: PyIter + 'static>(
        mut it: I,
        mut pred: impl FnMut(&I::Item) -> PyResult<bool> + 'static,
        conv: impl Fn(I::Item) -> PyResult<T> + 'static,
    ) -> Iter<T> {
        Iter::from_fn("filter", move || {
            while let Some(x) = it.next_item()? {
                if pred(&x)? {
                    return Ok(Some(conv(x)?));
                }
            }
            Ok(None)
        })
    }

    /// The iterator as a `PyIter` (sharing its state).
    pub fn into_iter_box(self) -> Iter<T> {
        self
    }

    pub fn name(&self) -> &'static str {
        self.0.name
    }
}

impl<U: PyObj> Iter<(Int, U)> {
    /// `enumerate(it, start)`, converting the items with `conv`.
    pub fn enumerate<I: PyIter + 'static>(
        mut it: I,
        start: Int,
        conv: impl Fn(I::Item) -> PyResult<U> + 'static,
    ) -> Iter<(Int, U)> {
        let mut n = start;
        Iter::from_fn("enumerate", move || {
            Ok(match it.next_item()? {
                Some(x) => {
                    let i = n.clone();
                    n = n.add(&Int::ONE);
                    Some((i, conv(x)?))
                }
                None => None,
            })
        })
    }
}

macro_rules! zip_n {
    ($name:ident; $($f:ident $T:ident),+) => {
        impl<$($T: PyObj),+> Iter<($($T,)+)> {
            /// `zip(...)`: stops at the shortest input.
            pub fn $name($(mut $f: impl FnMut() -> PyResult<Option<$T>> + 'static),+) -> Iter<($($T,)+)> {
                Iter::from_fn("zip", move || {
                    $(
                        let Some($f) = $f()? else { return Ok(None) };
                    )+
                    Ok(Some(($($f,)+)))
                })
            }
        }
    };
}

zip_n!(zip1; a A);
zip_n!(zip2; a A, b B);
zip_n!(zip3; a A, b B, c C);
zip_n!(zip4; a A, b B, c C, d D);
zip_n!(zip5; a A, b B, c C, d D, e E);
zip_n!(zip6; a A, b B, c C, d D, e E, f F);

impl<T: PyObj> PyIter for Iter<T> {
    type Item = T;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<T>> {
        // The closure may run Python code that touches this same iterator (a generator
        // feeding itself): CPython raises "ValueError: generator already executing".
        match self.0.next.try_borrow_mut() {
            Ok(mut f) => f(),
            Err(_) => value_error("generator already executing"),
        }
    }
}

impl<T: PyObj> IntoPyIter for Iter<T> {
    type Item = T;
    type It = Iter<T>;
    fn py_iter(&self) -> PyResult<Iter<T>> {
        Ok(self.clone())
    }
}

impl<T: PyObj> PyObj for Iter<T> {
    fn to_value(&self) -> Value {
        if let Some(v) = (self as &dyn std::any::Any).downcast_ref::<Iter<Value>>() {
            return Value::Iter(v.clone());
        }
        let mut inner = self.clone();
        Value::Iter(Iter::from_fn(self.0.name, move || {
            Ok(inner.next_item()?.map(|x| x.to_value()))
        }))
    }
    fn type_name(&self) -> &'static str {
        self.0.name
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<{} object at {:#x}>",
            self.0.name,
            Rc::as_ptr(&self.0) as *const () as usize
        ));
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(Rc::ptr_eq(&self.0, &other.0))
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok((Rc::as_ptr(&self.0) as *const () as usize >> 4) as i64)
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(true)
    }
    fn py_is(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// `reversed(x)`.
pub trait Reversible {
    type Item: PyObj;
    fn py_reversed(&self) -> PyResult<Iter<Self::Item>>;
}

impl<T: PyObj> Reversible for List<T> {
    type Item = T;
    fn py_reversed(&self) -> PyResult<Iter<T>> {
        // CPython's list_reverseiterator: by index, from the current end.
        let l = self.clone();
        let mut i = self.len() as isize - 1;
        Ok(Iter::from_fn("list_reverseiterator", move || {
            if i < 0 {
                return Ok(None);
            }
            let n = l.len() as isize;
            if i >= n {
                i = -1;
                return Ok(None);
            }
            let x = l.iter_at(i as usize);
            i -= 1;
            Ok(x)
        }))
    }
}

impl<T: PyObj> Reversible for Tup<T> {
    type Item = T;
    fn py_reversed(&self) -> PyResult<Iter<T>> {
        let t = self.clone();
        let mut i = self.len();
        Ok(Iter::from_fn("reversed", move || {
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
            Ok(t.iter_at(i))
        }))
    }
}

impl Reversible for Str {
    type Item = Str;
    fn py_reversed(&self) -> PyResult<Iter<Str>> {
        let chars: Vec<char> = self.as_str().chars().collect();
        let mut i = chars.len();
        Ok(Iter::from_fn("reversed", move || {
            if i == 0 {
                return Ok(None);
            }
            i -= 1;
            Ok(Some(Str::from_char(chars[i])))
        }))
    }
}

impl Reversible for Range {
    type Item = Int;
    fn py_reversed(&self) -> PyResult<Iter<Int>> {
        // reversed(range(a, b, s)) is the range from its last item, stepping by -s.
        let n = self.len_int();
        let last = self.start.add(&n.sub(&Int::ONE).mul(&self.step));
        let step = self.step.neg();
        let stop = last.add(&n.mul(&step));
        let mut it = RangeIter::of(&Range {
            start: last,
            stop,
            step,
        });
        Ok(Iter::from_fn("range_iterator", move || it.next_item()))
    }
}

impl<K: PyObj, V: PyObj> Reversible for Dict<K, V> {
    type Item = K;
    fn py_reversed(&self) -> PyResult<Iter<K>> {
        let mut keys = self.keys_vec();
        let d = self.clone();
        let n = d.len();
        Ok(Iter::from_fn("dict_reversekeyiterator", move || {
            if d.len() != n {
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            Ok(keys.pop())
        }))
    }
}

/// `zip(*rows)` of typed rows: the rows are collected (the star unpacking), an iterator
/// taken from each in order, then each step takes one item from each iterator in order
/// and ends at the first that is exhausted (zip_next); `conv` types each item.
pub fn zip_star<O, T>(
    outer: &O,
    conv: impl Fn(<O::Item as IntoPyIter>::Item) -> PyResult<T> + 'static,
) -> PyResult<Iter<crate::tuple::Tup<T>>>
where
    O: IntoPyIter,
    O::Item: IntoPyIter,
    T: PyObj,
{
    let rows = collect_vec(outer)?;
    let mut its = Vec::with_capacity(rows.len());
    for r in &rows {
        its.push(r.py_iter()?);
    }
    Ok(Iter::from_fn("zip", move || {
        if its.is_empty() {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(its.len());
        for it in its.iter_mut() {
            match it.next_item()? {
                Some(x) => items.push(conv(x)?),
                None => return Ok(None),
            }
        }
        Ok(Some(crate::tuple::Tup::from_vec(items)))
    }))
}
