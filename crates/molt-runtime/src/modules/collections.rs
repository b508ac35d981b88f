//! `collections`: deque (Modules/_collectionsmodule.c), Counter (Lib/collections/__init__.py),
//! defaultdict (_collectionsmodule.c) and OrderedDict (Objects/odictobject.c), as in
//! CPython 3.11.

use super::callable::{Callable, is_callable};
use super::itertools::IterObj;
use super::util::{self, bind_py, no_kwargs};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, index_error, type_error, value_error};
use crate::int::Int;
use crate::iter::Iter;
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::{BinOp, ReprGuard, Value, ValueIter, ViewKind};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "deque" => deque_new(args, kwargs),
        "Counter" => counter_new(args, kwargs),
        "defaultdict" => defaultdict_new(args, kwargs),
        "OrderedDict" => ordereddict_new(args, kwargs),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: collections.{name} is not supported yet"),
        )),
    }
}

/// METH_O's arity message: "deque.append() takes exactly one argument (0 given)".
fn one_arg(qual: &str, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        Ok(())
    } else {
        type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len()
        ))
    }
}

/// METH_NOARGS's arity message.
fn no_args(qual: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len()
        ))
    }
}

fn zero() -> Value {
    Value::Int(Int::ZERO)
}

// ====================================================================== deque

pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Option<usize>,
    /// Bumped by every change of size or order, so iterators notice (CPython's `state`).
    state: Cell<u64>,
}

impl Deque {
    pub fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(items),
            maxlen,
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn maxlen(&self) -> Option<usize> {
        self.maxlen
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    pub fn append(&self, x: Value) {
        let mut d = self.items.borrow_mut();
        d.push_back(x);
        if let Some(m) = self.maxlen
            && d.len() > m
        {
            d.pop_front();
        }
        drop(d);
        self.bump();
    }

    pub fn appendleft(&self, x: Value) {
        let mut d = self.items.borrow_mut();
        d.push_front(x);
        if let Some(m) = self.maxlen
            && d.len() > m
        {
            d.pop_back();
        }
        drop(d);
        self.bump();
    }

    fn pop(&self, left: bool) -> PyResult<Value> {
        let x = {
            let mut d = self.items.borrow_mut();
            if left { d.pop_front() } else { d.pop_back() }
        };
        match x {
            Some(x) => {
                self.bump();
                Ok(x)
            }
            None => index_error("pop from an empty deque"),
        }
    }

    /// `extend` / `extendleft` (deque_extend: a deque extended by itself iterates a copy).
    fn extend(&self, this: &ObjRef, it: &Value, left: bool) -> PyResult<()> {
        let src = match it {
            Value::Obj(o) if Rc::ptr_eq(o, this) => Value::List(List::from_vec(self.snapshot())),
            v => v.clone(),
        };
        let mut iter = src.iter()?;
        while let Some(x) = iter.next()? {
            if self.maxlen == Some(0) {
                continue;
            }
            if left {
                self.appendleft(x);
            } else {
                self.append(x);
            }
        }
        Ok(())
    }

    fn rotate(&self, n: i64) {
        let mut d = self.items.borrow_mut();
        let len = d.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            d.rotate_right(k);
        }
        drop(d);
        self.bump();
    }

    /// A position from a Python index, with CPython's errors.
    fn index_arg(&self, key: &Value) -> PyResult<usize> {
        let Some(i) = key.as_int() else {
            return type_error(format!(
                "sequence index must be integer, not '{}'",
                key.class_name()
            ));
        };
        let Some(i) = i.as_i64() else {
            return index_error("cannot fit 'int' into an index-sized integer");
        };
        let n = self.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return index_error("deque index out of range");
        }
        Ok(j as usize)
    }

    /// Compares items one by one while watching for mutation (deque_count, deque_index,
    /// deque_contains): the error CPython raises when the comparison changed the deque.
    fn find(
        &self,
        x: &Value,
        start: usize,
        stop: usize,
        mutated: ExcKind,
    ) -> PyResult<Option<usize>> {
        let state = self.state.get();
        for i in start..stop {
            let Some(item) = self.get(i) else { break };
            let eq = util::eq_bool(&item, x)?;
            if self.state.get() != state {
                return Err(PyErr::msg(mutated, "deque mutated during iteration"));
            }
            if eq {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    fn iter_obj(this: &ObjRef, reverse: bool) -> Value {
        let o = this.clone();
        let state = downcast::<Deque>(this).map(|d| d.state.get()).unwrap_or(0);
        let mut pos = 0usize;
        let name = if reverse {
            "_collections._deque_reverse_iterator"
        } else {
            "_collections._deque_iterator"
        };
        let it = Iter::from_fn(name, move || {
            let Some(d) = downcast::<Deque>(&o) else {
                return Ok(None);
            };
            if d.state.get() != state {
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    "deque mutated during iteration",
                ));
            }
            let n = d.len();
            if pos >= n {
                return Ok(None);
            }
            let i = if reverse { n - 1 - pos } else { pos };
            pos += 1;
            Ok(d.get(i))
        });
        if reverse {
            // reversed() is typed as an iterator by the compiler: a plain Iter value.
            return Value::Iter(it);
        }
        IterObj::value(name, it)
    }

    fn cmp_items(&self, other: &Deque, op: Option<CmpOp>) -> PyResult<bool> {
        let a = self.snapshot();
        let b = other.snapshot();
        match op {
            None => crate::list::seq_eq(&a, &b),
            Some(op) => crate::list::seq_cmp(&a, &b, op),
        }
    }
}

/// The items of `deque * n` (deque_inplace_repeat): the items repeated n times, of which a
/// bounded deque keeps the last maxlen.
fn repeat_items(items: &[Value], n: &Int, maxlen: Option<usize>) -> PyResult<VecDeque<Value>> {
    let k = if n.is_negative() {
        0
    } else {
        n.as_i64().unwrap_or(i64::MAX)
    } as u128;
    let len = items.len() as u128;
    let total = len * k;
    let start = match maxlen {
        Some(m) if total > m as u128 => total - m as u128,
        _ => 0,
    };
    if total - start > (isize::MAX as u128) / 16 {
        return Err(PyErr::msg(ExcKind::MemoryError, ""));
    }
    let mut out = VecDeque::with_capacity((total - start) as usize);
    let mut i = start;
    while i < total {
        if let Some(x) = items.get((i % len) as usize) {
            out.push_back(x.clone());
        }
        i += 1;
    }
    Ok(out)
}

fn deque_new(args: Vec<Value>, mut kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let n = args.len() + kwargs.len();
    if n > 2 {
        return type_error(format!("deque() takes at most 2 arguments ({n} given)"));
    }
    let mut it = args.into_iter();
    let mut iterable = it.next();
    let mut maxlen = it.next();
    for (k, v) in kwargs.drain(..) {
        let slot = match k.as_str() {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            other => {
                return type_error(format!(
                    "'{other}' is an invalid keyword argument for deque()"
                ));
            }
        };
        if slot.is_some() {
            return type_error(format!(
                "argument for deque() given by name ('{}') and position",
                k.as_str()
            ));
        }
        *slot = Some(v);
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(v) => {
            let Some(i) = v.as_int() else {
                return type_error("an integer is required");
            };
            let Some(i) = i.as_i64() else {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ));
            };
            if i < 0 {
                return value_error("maxlen must be non-negative");
            }
            Some(i as usize)
        }
    };
    let d = Deque::new(VecDeque::new(), maxlen);
    let o: ObjRef = Rc::new(d);
    if let Some(src) = iterable
        && let Some(d) = downcast::<Deque>(&o)
    {
        d.extend(&o, &src, false)?;
    }
    Ok(Value::Obj(o))
}

/// A new deque object (for copy and the modules that build one).
pub fn new_deque(items: Vec<Value>, maxlen: Option<usize>) -> Value {
    let mut v: VecDeque<Value> = items.into();
    if let Some(m) = maxlen {
        while v.len() > m {
            v.pop_front();
        }
    }
    Value::Obj(Rc::new(Deque::new(v, maxlen)))
}

impl Object for Deque {
    fn type_name(&self) -> &'static str {
        "collections.deque"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let Some(_g) = ReprGuard::enter(self as *const Deque as usize) else {
            out.push_str("[...]");
            return Ok(());
        };
        out.push_str("deque(");
        crate::list::List::from_vec(self.snapshot()).py_repr(out)?;
        if let Some(m) = self.maxlen {
            out.push_str(&format!(", maxlen={m}"));
        }
        out.push(')');
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) => match downcast::<Deque>(o) {
                Some(d) => Ok(Some(self.cmp_items(d, None)?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        match other {
            Value::Obj(o) => match downcast::<Deque>(o) {
                Some(d) => Ok(Some(self.cmp_items(d, Some(op))?)),
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error("unhashable type: 'collections.deque'")
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        let i = self.index_arg(key)?;
        self.get(i)
            .ok_or_else(|| PyErr::msg(ExcKind::IndexError, "deque index out of range"))
    }
    fn setitem(&self, _this: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let i = self.index_arg(&key)?;
        if let Some(slot) = self.items.borrow_mut().get_mut(i) {
            *slot = value;
        }
        Ok(())
    }
    fn delitem(&self, _this: &ObjRef, key: &Value) -> PyResult<()> {
        let i = self.index_arg(key)?;
        self.items.borrow_mut().remove(i);
        self.bump();
        Ok(())
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        let n = self.len();
        Ok(Some(self.find(x, 0, n, ExcKind::RuntimeError)?.is_some()))
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        Deque::iter_obj(this, false).iter()
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "maxlen" => Ok(match self.maxlen {
                Some(m) => Value::Int(Int::from(m)),
                None => Value::None,
            }),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'collections.deque' object has no attribute '{name}'"),
            )),
        }
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        match op {
            // deque_concat accepts any deque, a subclass's too (PyObject_IsInstance).
            BinOp::Add if !reflected => match &crate::class::builtin_base::unwrap(other) {
                Value::Obj(o) if downcast::<Deque>(o).is_some() => {
                    let mut items = self.snapshot();
                    if let Some(d) = downcast::<Deque>(o) {
                        items.extend(d.snapshot());
                    }
                    Ok(Some(new_deque(items, self.maxlen)))
                }
                // A user object with `__radd__` is asked next (binary_op1).
                _ if crate::class::instance_class(other).is_some_and(|c| {
                    c.lookup(&crate::attr::intern_static("__radd__")).is_some()
                }) =>
                {
                    Ok(None)
                }
                _ => type_error(format!(
                    "can only concatenate deque (not \"{}\") to deque",
                    other.class_name()
                )),
            },
            BinOp::Mul => {
                let Some(n) = other.as_int() else {
                    return type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.class_name()
                    ));
                };
                let items = repeat_items(&self.snapshot(), &n, self.maxlen)?;
                Ok(Some(Value::Obj(Rc::new(Deque::new(items, self.maxlen)))))
            }
            _ => Ok(None),
        }
    }
    fn inplace(&self, this: &ObjRef, op: BinOp, other: &Value) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                self.extend(this, other, false)?;
                Ok(Some(Value::Obj(this.clone())))
            }
            BinOp::Mul => {
                let Some(n) = other.as_int() else {
                    return type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        other.class_name()
                    ));
                };
                let items = repeat_items(&self.snapshot(), &n, self.maxlen)?;
                *self.items.borrow_mut() = items;
                self.bump();
                Ok(Some(Value::Obj(this.clone())))
            }
            _ => Ok(None),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        no_kwargs(&format!("deque.{name}"), &kwargs)?;
        let q = format!("deque.{name}");
        let mut args = args;
        match name {
            "append" | "appendleft" => {
                one_arg(&q, &args)?;
                let x = args.remove(0);
                if name == "append" {
                    self.append(x);
                } else {
                    self.appendleft(x);
                }
                Ok(Value::None)
            }
            "pop" | "popleft" => {
                no_args(&q, &args)?;
                self.pop(name == "popleft")
            }
            "extend" | "extendleft" => {
                one_arg(&q, &args)?;
                self.extend(this, &args[0], name == "extendleft")?;
                Ok(Value::None)
            }
            "clear" => {
                no_args(&q, &args)?;
                self.items.borrow_mut().clear();
                self.bump();
                Ok(Value::None)
            }
            "copy" | "__copy__" => {
                no_args(&q, &args)?;
                Ok(new_deque(self.snapshot(), self.maxlen))
            }
            "count" => {
                one_arg(&q, &args)?;
                let state = self.state.get();
                let mut c: i64 = 0;
                for item in self.snapshot() {
                    if util::eq_bool(&item, &args[0])? {
                        c += 1;
                    }
                    if self.state.get() != state {
                        return Err(PyErr::msg(
                            ExcKind::RuntimeError,
                            "deque mutated during iteration",
                        ));
                    }
                }
                Ok(Value::Int(Int::from(c)))
            }
            "index" => {
                if args.is_empty() {
                    return type_error("index() takes at least 1 argument (0 given)");
                }
                if args.len() > 3 {
                    return type_error(format!(
                        "index() takes at most 3 arguments ({} given)",
                        args.len()
                    ));
                }
                let n = self.len() as i64;
                let bound = |v: Option<&Value>, d: i64| -> PyResult<i64> {
                    match v {
                        None => Ok(d),
                        Some(v) => match v.as_int() {
                            Some(i) => {
                                let b = crate::slice::bound(&i);
                                Ok(if b < 0 { (b + n).max(0) } else { b })
                            }
                            None => type_error(
                                "slice indices must be integers or have an __index__ method",
                            ),
                        },
                    }
                };
                let start = bound(args.get(1), 0)?;
                let stop = bound(args.get(2), n)?.min(n);
                let start = start.min(stop);
                match self.find(
                    &args[0],
                    start as usize,
                    stop as usize,
                    ExcKind::RuntimeError,
                )? {
                    Some(i) => Ok(Value::Int(Int::from(i))),
                    None => value_error(format!("{} is not in deque", util::repr_of(&args[0])?)),
                }
            }
            "insert" => {
                if args.len() != 2 {
                    return type_error(format!(
                        "insert() takes exactly 2 arguments ({} given)",
                        args.len()
                    ));
                }
                let i = util::index_of(&args[0])?;
                let Some(i) = i.as_i64() else {
                    return Err(PyErr::msg(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                };
                let x = args.remove(1);
                let n = self.len() as i64;
                if self.maxlen == Some(self.len()) {
                    return index_error("deque already at its maximum size");
                }
                let p = if i < 0 { (i + n).max(0) } else { i.min(n) };
                self.items.borrow_mut().insert(p as usize, x);
                self.bump();
                Ok(Value::None)
            }
            "remove" => {
                one_arg(&q, &args)?;
                let n = self.len();
                match self.find(&args[0], 0, n, ExcKind::IndexError)? {
                    Some(i) => {
                        self.items.borrow_mut().remove(i);
                        self.bump();
                        Ok(Value::None)
                    }
                    None => value_error(format!("{} is not in deque", util::repr_of(&args[0])?)),
                }
            }
            "reverse" => {
                no_args(&q, &args)?;
                self.items.borrow_mut().make_contiguous().reverse();
                self.bump();
                Ok(Value::None)
            }
            "rotate" => {
                util::clinic_count("deque.rotate", args.len(), 0, 1)?;
                let n = match args.first() {
                    None => 1,
                    Some(v) => {
                        let i = util::index_of(v)?;
                        match i.as_i64() {
                            Some(k) => k,
                            None => {
                                return Err(PyErr::msg(
                                    ExcKind::OverflowError,
                                    "Python int too large to convert to C ssize_t",
                                ));
                            }
                        }
                    }
                };
                self.rotate(n);
                Ok(Value::None)
            }
            "__reversed__" => {
                no_args(&q, &args)?;
                Ok(Deque::iter_obj(this, true))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'collections.deque' object has no attribute '{name}'"),
            )),
        }
    }
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        Some(Ok(new_deque(self.snapshot(), self.maxlen)))
    }
}

// ====================================================================== dict subclasses

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictKind {
    Counter,
    DefaultDict,
    OrderedDict,
}

/// Counter, defaultdict and OrderedDict: a dict (shared with the views it hands out) plus
/// what the subclass adds. Dynamic code sees `DictObj` (boxed keys and values); a
/// defaultdict the compiler typed is a `DictObjG<K, V>` behind `DefaultDictT`, which
/// inference keeps away from dynamic code unless K and V are `Value` (then it is the very
/// `DictObj` dynamic code sees).
pub type DictObj = DictObjG<Value, Value>;

pub struct DictObjG<K, V> {
    pub kind: DictKind,
    pub d: Dict<K, V>,
    /// defaultdict's `default_factory` (None otherwise).
    pub factory: RefCell<Value>,
    /// OrderedDict's `od_state`: bumped when keys are added, removed or moved, so its
    /// iterators raise "OrderedDict mutated during iteration" (Objects/odictobject.c).
    pub(crate) state: Cell<u64>,
}

const DICT_METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "copy",
    "clear",
];

impl DictObj {
    pub fn new(kind: DictKind, d: Dict<Value, Value>, factory: Value) -> DictObj {
        DictObjG {
            kind,
            d,
            factory: RefCell::new(factory),
            state: Cell::new(0),
        }
    }

    pub fn value(kind: DictKind, d: Dict<Value, Value>, factory: Value) -> Value {
        Value::Obj(Rc::new(DictObj::new(kind, d, factory)))
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Runs a mutation, bumping the state when it changed the set of keys.
    fn tracked<T>(&self, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let before = self.d.len();
        let r = f();
        if self.d.len() != before {
            self.bump();
        }
        r
    }

    /// An iterator over an OrderedDict's keys, values or items (odictiter_iternext).
    fn od_iter(this: &ObjRef, kind: ViewKind, rev: bool) -> PyResult<ValueIter> {
        Ok(ValueIter::Iter(DictObj::od_iter_raw(this, kind, rev)?))
    }

    fn od_iter_raw(this: &ObjRef, kind: ViewKind, rev: bool) -> PyResult<Iter<Value>> {
        let Some(od) = downcast::<DictObj>(this) else {
            return type_error("'OrderedDict' iterator on another object");
        };
        let state = od.state.get();
        let size = od.d.len();
        let o = this.clone();
        let mut pos = if rev { usize::MAX } else { 0 };
        let mut broken = false;
        let name = match kind {
            ViewKind::Keys => "odict_iterator",
            ViewKind::Values => "odict_valueiterator",
            ViewKind::Items => "odict_itemiterator",
        };
        Ok(Iter::from_fn(name, move || {
            let Some(od) = downcast::<DictObj>(&o) else {
                return Ok(None);
            };
            if broken {
                return Ok(None);
            }
            if od.state.get() != state {
                broken = true;
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    "OrderedDict mutated during iteration",
                ));
            }
            if od.d.len() != size {
                broken = true;
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    "OrderedDict changed size during iteration",
                ));
            }
            let entry = if rev {
                od.d.iter_before(pos)
            } else {
                od.d.iter_from(pos)
            };
            match entry {
                None => {
                    broken = true;
                    Ok(None)
                }
                Some((next, k, v)) => {
                    pos = next;
                    Ok(Some(match kind {
                        ViewKind::Keys => k,
                        ViewKind::Values => v,
                        ViewKind::Items => util::tuple(vec![k, v]),
                    }))
                }
            }
        }))
    }

    fn tp_name(&self) -> &'static str {
        match self.kind {
            DictKind::Counter => "Counter",
            DictKind::DefaultDict => "collections.defaultdict",
            DictKind::OrderedDict => "collections.OrderedDict",
        }
    }

    /// `self[key]` with the subclass's `__missing__`.
    fn getitem(&self, key: &Value) -> PyResult<Value> {
        if let Some(v) = self.d.get(key)? {
            return Ok(v);
        }
        match self.kind {
            DictKind::Counter => Ok(zero()),
            DictKind::DefaultDict => {
                let f = self.factory.borrow().clone();
                if f.is_none() {
                    return Err(PyErr::new(ExcKind::KeyError, vec![key.clone()]));
                }
                let v = super::callable::call_value(&f, vec![])?;
                self.d.setitem(key.clone(), v.clone())?;
                Ok(v)
            }
            DictKind::OrderedDict => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
        }
    }

    /// The same kind of object over a new dict (copy(), and the results of operators).
    fn with_dict(&self, d: Dict<Value, Value>) -> Value {
        DictObj::value(self.kind, d, self.factory.borrow().clone())
    }

    fn repr_string(&self, out: &mut String) -> PyResult<()> {
        match self.kind {
            DictKind::Counter => {
                if self.d.is_empty() {
                    out.push_str("Counter()");
                    return Ok(());
                }
                // dict(self.most_common()), or dict(self) when counts do not order.
                let items = match most_common(&self.d, None) {
                    Ok(items) => items,
                    Err(e) if e.kind() == ExcKind::TypeError => self.d.items_vec(),
                    Err(e) => return Err(e),
                };
                let d: Dict<Value, Value> = Dict::new();
                for (k, v) in items {
                    d.setitem(k, v)?;
                }
                out.push_str("Counter(");
                d.py_repr(out)?;
                out.push(')');
                Ok(())
            }
            DictKind::DefaultDict => defaultdict_repr(&self.factory.borrow().clone(), &self.d, out),
            DictKind::OrderedDict => {
                if self.d.is_empty() {
                    out.push_str("OrderedDict()");
                    return Ok(());
                }
                let Some(_g) = ReprGuard::enter(self as *const DictObj as usize) else {
                    out.push_str("...");
                    return Ok(());
                };
                let pairs: Vec<Value> = self
                    .d
                    .items_vec()
                    .into_iter()
                    .map(|(k, v)| util::tuple(vec![k, v]))
                    .collect();
                out.push_str("OrderedDict(");
                List::from_vec(pairs).py_repr(out)?;
                out.push(')');
                Ok(())
            }
        }
    }
}

/// The dict behind a dict-like value (dict, Counter, defaultdict, OrderedDict).
pub fn as_dict(v: &Value) -> Option<Dict<Value, Value>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Obj(o) => downcast::<DictObj>(o).map(|x| x.d.clone()).or_else(|| {
            // An instance of a user subclass of dict (class/builtin_base.rs).
            // An instance of a user subclass of dict, or of Counter & co.
            // (class/builtin_base.rs).
            match crate::class::builtin_base::payload(v) {
                Some(Value::Dict(d)) => Some(d),
                Some(Value::Obj(p)) => downcast::<DictObj>(&p).map(|x| x.d.clone()),
                _ => None,
            }
        }),
        _ => None,
    }
}

fn as_dictobj(v: &Value) -> Option<&DictObj> {
    match v {
        Value::Obj(o) => downcast::<DictObj>(o),
        _ => None,
    }
}

fn is_counter(v: &Value) -> bool {
    as_dictobj(v).is_some_and(|d| d.kind == DictKind::Counter)
}

/// Items of a Counter (or any dict) by count, most common first; ties keep insertion
/// order (`sorted(items, key=itemgetter(1), reverse=True)`, or heapq.nlargest for `n`).
/// `defaultdict(<factory>, {...})` (defdict_repr: a factory that is being printed
/// already shows as `...`).
pub(crate) fn defaultdict_repr<K: PyObj, V: PyObj>(
    f: &Value,
    d: &Dict<K, V>,
    out: &mut String,
) -> PyResult<()> {
    out.push_str("defaultdict(");
    match util::identity(f).and_then(ReprGuard::enter) {
        Some(_g) => f.py_repr(out)?,
        None if util::identity(f).is_some() => out.push_str("..."),
        None => f.py_repr(out)?,
    }
    out.push_str(", ");
    d.py_repr(out)?;
    out.push(')');
    Ok(())
}

pub(crate) fn most_common(
    d: &Dict<Value, Value>,
    n: Option<&Value>,
) -> PyResult<Vec<(Value, Value)>> {
    let items: Vec<Value> = d
        .items_vec()
        .into_iter()
        .map(|(k, v)| util::tuple(vec![k, v]))
        .collect();
    let key = super::operator::itemgetter_value(vec![Value::Int(Int::ONE)]);
    let sorted = match n {
        None => {
            let l = List::from_vec(items);
            super::heapq::sort_by_callable(&l, Some(&Callable::new(key)), true)?;
            l.to_vec()
        }
        Some(n) => super::heapq::nlargest_impl(
            n,
            &Value::List(List::from_vec(items)),
            Some(Callable::new(key)),
        )?,
    };
    Ok(sorted
        .into_iter()
        .filter_map(|t| match t {
            Value::Tuple(t) => match t.as_slice() {
                [k, v] => Some((k.clone(), v.clone())),
                _ => None,
            },
            _ => None,
        })
        .collect())
}

/// The items of a mapping argument (`isinstance(x, Mapping)` for the types molt has).
fn mapping_items(v: &Value) -> Option<Vec<(Value, Value)>> {
    as_dict(v).map(|d| d.items_vec())
}

/// Counter.update / Counter.subtract (Lib/collections/__init__.py, `_count_elements`).
fn counter_update(d: &Dict<Value, Value>, src: Option<&Value>, subtract: bool) -> PyResult<()> {
    let Some(src) = src else { return Ok(()) };
    if src.is_none() {
        return Ok(());
    }
    let one = Value::Int(Int::ONE);
    if let Some(items) = mapping_items(src) {
        if !subtract && d.is_empty() {
            for (k, v) in items {
                d.setitem(k, v)?;
            }
            return Ok(());
        }
        for (k, count) in items {
            let cur = d.get(&k)?.unwrap_or_else(zero);
            let new = if subtract {
                crate::value::binop(BinOp::Sub, &cur, &count)?
            } else {
                crate::value::binop(BinOp::Add, &count, &cur)?
            };
            d.setitem(k, new)?;
        }
        return Ok(());
    }
    let mut it = src.iter()?;
    while let Some(k) = it.next()? {
        let new = match d.get(&k)? {
            None if !subtract => one.clone(),
            None => Value::Int(Int::from(-1i64)),
            Some(cur) => {
                crate::value::binop(if subtract { BinOp::Sub } else { BinOp::Add }, &cur, &one)?
            }
        };
        d.setitem(k, new)?;
    }
    Ok(())
}

fn kwargs_dict(kwargs: Vec<(Str, Value)>) -> PyResult<Option<Value>> {
    if kwargs.is_empty() {
        return Ok(None);
    }
    let d = Dict::new();
    for (k, v) in kwargs {
        d.setitem(Value::Str(k), v)?;
    }
    Ok(Some(Value::Dict(d)))
}

fn counter_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.len() > 1 {
        return type_error(format!(
            "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
            args.len() + 1
        ));
    }
    let d = Dict::new();
    counter_update(&d, args.first(), false)?;
    if let Some(k) = kwargs_dict(kwargs)? {
        counter_update(&d, Some(&k), false)?;
    }
    Ok(DictObj::value(DictKind::Counter, d, Value::None))
}

fn defaultdict_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut args = args.into_iter();
    let factory = args.next().unwrap_or(Value::None);
    if !factory.is_none() && !is_callable(&factory) {
        return type_error("first argument must be callable or None");
    }
    let rest: Vec<Value> = args.collect();
    let d = dict_init("dict", rest, kwargs)?;
    Ok(DictObj::value(DictKind::DefaultDict, d, factory))
}

fn ordereddict_new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.len() > 1 {
        return type_error(format!("expected at most 1 arguments, got {}", args.len()));
    }
    let d = dict_init("OrderedDict", args, kwargs)?;
    Ok(DictObj::value(DictKind::OrderedDict, d, Value::None))
}

/// `dict(*args, **kwargs)` into a new dict.
fn dict_init(
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Dict<Value, Value>> {
    if args.len() > 1 {
        return type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        ));
    }
    let d = Dict::new();
    if let Some(src) = args.first() {
        dict_update(&d, src)?;
    }
    for (k, v) in kwargs {
        d.setitem(Value::Str(k), v)?;
    }
    Ok(d)
}

/// `d.update(src)` where src is a mapping or an iterable of pairs.
fn dict_update(d: &Dict<Value, Value>, src: &Value) -> PyResult<()> {
    match mapping_items(src) {
        Some(items) => {
            for (k, v) in items {
                d.setitem(k, v)?;
            }
            Ok(())
        }
        None => crate::builtins::dict_update_from(d, src),
    }
}

/// Counter's binary operators (Lib/collections/__init__.py): results keep positive counts.
fn counter_binop(a: &Dict<Value, Value>, b: &Dict<Value, Value>, op: BinOp) -> PyResult<Value> {
    let r = Dict::new();
    let get = |d: &Dict<Value, Value>, k: &Value| -> PyResult<Value> {
        Ok(d.get(k)?.unwrap_or_else(zero))
    };
    let positive = |v: &Value| v.compare(&zero(), CmpOp::Gt);
    let negative = |v: &Value| v.compare(&zero(), CmpOp::Lt);
    for (elem, count) in a.items_vec() {
        let other = get(b, &elem)?;
        let new = match op {
            BinOp::Add => crate::value::binop(BinOp::Add, &count, &other)?,
            BinOp::Sub => crate::value::binop(BinOp::Sub, &count, &other)?,
            BinOp::BitOr => {
                if count.compare(&other, CmpOp::Lt)? {
                    other
                } else {
                    count
                }
            }
            _ => {
                if count.compare(&other, CmpOp::Lt)? {
                    count
                } else {
                    other
                }
            }
        };
        if positive(&new)? {
            r.setitem(elem, new)?;
        }
    }
    if op != BinOp::BitAnd {
        for (elem, count) in b.items_vec() {
            if a.contains(&elem)? {
                continue;
            }
            match op {
                BinOp::Sub => {
                    if negative(&count)? {
                        r.setitem(elem, crate::value::binop(BinOp::Sub, &zero(), &count)?)?;
                    }
                }
                _ => {
                    if positive(&count)? {
                        r.setitem(elem, count)?;
                    }
                }
            }
        }
    }
    Ok(DictObj::value(DictKind::Counter, r, Value::None))
}

/// Counter's in-place operators: update self, then drop counts that are not positive.
fn counter_inplace(this: &DictObj, other: &Value, op: BinOp) -> PyResult<()> {
    let d = &this.d;
    match op {
        BinOp::Add | BinOp::Sub | BinOp::BitOr => {
            let Some(items) = items_of(other)? else {
                return Err(no_items(other));
            };
            for (elem, count) in items {
                let cur = this.getitem(&elem)?;
                match op {
                    BinOp::Add => {
                        d.setitem(elem, crate::value::binop(BinOp::Add, &cur, &count)?)?
                    }
                    BinOp::Sub => {
                        d.setitem(elem, crate::value::binop(BinOp::Sub, &cur, &count)?)?
                    }
                    _ => {
                        if count.compare(&cur, CmpOp::Gt)? {
                            d.setitem(elem, count)?;
                        }
                    }
                }
            }
        }
        _ => {
            for (elem, count) in d.items_vec() {
                let oc = other.getitem(&elem)?;
                if oc.compare(&count, CmpOp::Lt)? {
                    d.setitem(elem, oc)?;
                }
            }
        }
    }
    let nonpositive: Vec<Value> = d
        .items_vec()
        .into_iter()
        .filter_map(|(k, v)| match v.compare(&zero(), CmpOp::Gt) {
            Ok(true) => None,
            Ok(false) => Some(Ok(k)),
            Err(e) => Some(Err(e)),
        })
        .collect::<PyResult<Vec<_>>>()?;
    for k in nonpositive {
        d.delitem(&k)?;
    }
    Ok(())
}

/// `other.items()` for the in-place Counter operators (any mapping).
fn items_of(v: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    Ok(mapping_items(v))
}

fn no_items(v: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute 'items'", v.class_name()),
    )
}

impl Object for DictObj {
    fn type_name(&self) -> &'static str {
        self.tp_name()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        self.repr_string(out)
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let Some(od) = as_dict(other) else {
            return Ok(None);
        };
        let other_obj = as_dictobj(other);
        if self.kind == DictKind::Counter
            && let Some(o) = other_obj
            && o.kind == DictKind::Counter
        {
            return Ok(Some(counter_le_eq(&self.d, &od, None)?));
        }
        if self.kind == DictKind::OrderedDict
            && let Some(o) = other_obj
            && o.kind == DictKind::OrderedDict
        {
            // dict.__eq__ and the same order of keys.
            if !self.d.py_eq(&od)? {
                return Ok(Some(false));
            }
            for (a, b) in self.d.keys_vec().iter().zip(od.keys_vec().iter()) {
                if !util::eq_bool(a, b)? {
                    return Ok(Some(false));
                }
            }
            return Ok(Some(true));
        }
        Ok(Some(self.d.py_eq(&od)?))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if self.kind != DictKind::Counter || !is_counter(other) {
            return Ok(None);
        }
        let Some(od) = as_dict(other) else {
            return Ok(None);
        };
        Ok(Some(match op {
            CmpOp::Le => counter_le_eq(&self.d, &od, Some(CmpOp::Le))?,
            CmpOp::Ge => counter_le_eq(&self.d, &od, Some(CmpOp::Ge))?,
            CmpOp::Lt => {
                counter_le_eq(&self.d, &od, Some(CmpOp::Le))? && !counter_le_eq(&self.d, &od, None)?
            }
            CmpOp::Gt => {
                counter_le_eq(&self.d, &od, Some(CmpOp::Ge))? && !counter_le_eq(&self.d, &od, None)?
            }
        }))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        type_error(format!("unhashable type: '{}'", self.tp_name()))
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.d.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        DictObj::getitem(self, key)
    }
    fn setitem(&self, _this: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        self.tracked(|| self.d.setitem(key, value))
    }
    fn delitem(&self, _this: &ObjRef, key: &Value) -> PyResult<()> {
        if self.kind == DictKind::Counter && !self.d.contains(key)? {
            return Ok(());
        }
        self.tracked(|| self.d.delitem(key))
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        Ok(Some(self.d.contains(x)?))
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        if self.kind == DictKind::OrderedDict {
            return DictObj::od_iter(this, ViewKind::Keys, false);
        }
        Ok(ValueIter::Dict(self.d.iter()))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if self.kind == DictKind::DefaultDict && name == "default_factory" {
            return Ok(self.factory.borrow().clone());
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.tp_name()),
        ))
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        if self.kind == DictKind::DefaultDict && name == "default_factory" {
            *self.factory.borrow_mut() = value;
            return Ok(());
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.tp_name()),
        ))
    }
    fn unary(&self, _this: &ObjRef, op: &str) -> PyResult<Value> {
        if self.kind == DictKind::Counter && (op == "+" || op == "-") {
            let r = Dict::new();
            for (k, v) in self.d.items_vec() {
                if op == "+" {
                    if v.compare(&zero(), CmpOp::Gt)? {
                        r.setitem(k, v)?;
                    }
                } else if v.compare(&zero(), CmpOp::Lt)? {
                    r.setitem(k, crate::value::binop(BinOp::Sub, &zero(), &v)?)?;
                }
            }
            return Ok(DictObj::value(DictKind::Counter, r, Value::None));
        }
        type_error(format!(
            "bad operand type for unary {op}: '{}'",
            self.tp_name()
        ))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if self.kind == DictKind::Counter
            && matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd)
            && let Some(o) = as_dictobj(other)
            && o.kind == DictKind::Counter
        {
            let (a, b) = if reflected {
                (&o.d, &self.d)
            } else {
                (&self.d, &o.d)
            };
            return Ok(Some(counter_binop(a, b, op)?));
        }
        if op != BinOp::BitOr {
            return Ok(None);
        }
        let Some(od) = as_dict(other) else {
            return Ok(None);
        };
        let (left, right) = if reflected {
            (od.clone(), self.d.clone())
        } else {
            (self.d.clone(), od.clone())
        };
        let other_kind = as_dictobj(other).map(|o| o.kind);
        let new = left.copy();
        new.update(&right)?;
        Ok(Some(match self.kind {
            // defaultdict and OrderedDict define `|` to return their own type (built from
            // the left operand); Counter leaves it to dict, which returns a plain dict.
            DictKind::DefaultDict | DictKind::OrderedDict => {
                // When both are such types, the left operand's method runs.
                let kind = if reflected {
                    match other_kind {
                        Some(k @ (DictKind::DefaultDict | DictKind::OrderedDict)) => k,
                        _ => self.kind,
                    }
                } else {
                    self.kind
                };
                let factory = if kind == DictKind::DefaultDict {
                    if reflected && other_kind == Some(DictKind::DefaultDict) {
                        as_dictobj(other)
                            .map(|o| o.factory.borrow().clone())
                            .unwrap_or(Value::None)
                    } else {
                        self.factory.borrow().clone()
                    }
                } else {
                    Value::None
                };
                DictObj::value(kind, new, factory)
            }
            DictKind::Counter => match other_kind {
                Some(k @ (DictKind::DefaultDict | DictKind::OrderedDict)) => {
                    let factory = as_dictobj(other)
                        .map(|o| o.factory.borrow().clone())
                        .unwrap_or(Value::None);
                    DictObj::value(k, new, factory)
                }
                _ => Value::Dict(new),
            },
        }))
    }
    fn inplace(&self, this: &ObjRef, op: BinOp, other: &Value) -> PyResult<Option<Value>> {
        if self.kind == DictKind::Counter
            && matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd)
        {
            counter_inplace(self, other, op)?;
            return Ok(Some(Value::Obj(this.clone())));
        }
        if op == BinOp::BitOr {
            dict_update(&self.d, other)?;
            return Ok(Some(Value::Obj(this.clone())));
        }
        Ok(None)
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let mut kwargs = kwargs;
        match (self.kind, name) {
            (DictKind::Counter, "most_common") => {
                let a = bind_py("most_common", args, kwargs, &["n"], 0, &[])?;
                let n = a.into_iter().next().flatten().filter(|v| !v.is_none());
                let items = most_common(&self.d, n.as_ref())?;
                return Ok(Value::List(List::from_vec(
                    items
                        .into_iter()
                        .map(|(k, v)| util::tuple(vec![k, v]))
                        .collect(),
                )));
            }
            (DictKind::Counter, "elements") => {
                no_args("Counter.elements", &args)?;
                return Ok(counter_elements(&self.d));
            }
            (DictKind::Counter, "total") => {
                no_args("Counter.total", &args)?;
                return crate::builtins::sum_dyn(
                    &Value::View(ViewKind::Values, self.d.clone()),
                    zero(),
                );
            }
            (DictKind::Counter, "update" | "subtract") => {
                if args.len() > 1 {
                    return type_error(format!(
                        "Counter.{name}() takes from 1 to 2 positional arguments but {} were given",
                        args.len() + 1
                    ));
                }
                let sub = name == "subtract";
                counter_update(&self.d, args.first(), sub)?;
                if let Some(k) = kwargs_dict(kwargs)? {
                    counter_update(&self.d, Some(&k), sub)?;
                }
                return Ok(Value::None);
            }
            (DictKind::Counter, "fromkeys") => {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
                ));
            }
            (_, "copy" | "__copy__") => {
                no_args(&format!("{}.copy", self.short_name()), &args)?;
                return Ok(self.with_dict(self.d.copy()));
            }
            (DictKind::OrderedDict, "move_to_end") => {
                let a = bind_py("move_to_end", args, kwargs, &["key", "last"], 1, &[])?;
                let mut a = a.into_iter();
                let key = a.next().flatten().unwrap_or(Value::None);
                let last = a.next().flatten().map(|v| v.try_truthy()).transpose()?;
                let last = last.unwrap_or(true);
                let Some(v) = self.d.get(&key)? else {
                    return Err(PyErr::new(ExcKind::KeyError, vec![key]));
                };
                self.bump();
                if last {
                    self.d.delitem(&key)?;
                    self.d.setitem(key, v)?;
                } else {
                    let rest: Vec<(Value, Value)> = self.d.items_vec();
                    self.d.clear();
                    self.d.setitem(key.clone(), v)?;
                    for (k, x) in rest {
                        if !(k.py_is(&key) || k.eq(&key)?) {
                            self.d.setitem(k, x)?;
                        }
                    }
                }
                return Ok(Value::None);
            }
            (DictKind::OrderedDict, "popitem") => {
                let a = bind_py("popitem", args, kwargs, &["last"], 0, &[])?;
                let last = match a.into_iter().next().flatten() {
                    Some(v) => v.try_truthy()?,
                    None => true,
                };
                if self.d.is_empty() {
                    return Err(PyErr::new(
                        ExcKind::KeyError,
                        vec![Value::str("dictionary is empty")],
                    ));
                }
                self.bump();
                let (k, v) = if last {
                    self.d.popitem()?
                } else {
                    let Some(k) = self.d.keys_vec().into_iter().next() else {
                        return Err(PyErr::new(
                            ExcKind::KeyError,
                            vec![Value::str("dictionary is empty")],
                        ));
                    };
                    let v = self.d.pop(&k, None)?;
                    (k, v)
                };
                return Ok(util::tuple(vec![k, v]));
            }
            (DictKind::OrderedDict, "keys" | "values" | "items") => {
                no_args(&format!("OrderedDict.{name}"), &args)?;
                let kind = match name {
                    "keys" => ViewKind::Keys,
                    "values" => ViewKind::Values,
                    _ => ViewKind::Items,
                };
                return Ok(Value::Obj(Rc::new(ODictView {
                    kind,
                    d: self.d.clone(),
                    od: this.clone(),
                })));
            }
            (DictKind::OrderedDict, "update") | (DictKind::DefaultDict, "update") => {
                if args.len() > 1 {
                    return type_error(format!(
                        "update expected at most 1 argument, got {}",
                        args.len()
                    ));
                }
                return self.tracked(|| {
                    if let Some(src) = args.first() {
                        dict_update(&self.d, src)?;
                    }
                    for (k, v) in kwargs.drain(..) {
                        self.d.setitem(Value::Str(k), v)?;
                    }
                    Ok(Value::None)
                });
            }
            (DictKind::OrderedDict, "__reversed__") => {
                // odict_reversed: an odict_iterator that checks od_state like a forward
                // one ("OrderedDict mutated during iteration").
                no_args("OrderedDict.__reversed__", &args)?;
                return Ok(Value::Iter(DictObj::od_iter_raw(
                    this,
                    ViewKind::Keys,
                    true,
                )?));
            }
            (_, "__reversed__") => {
                no_args(&format!("{}.__reversed__", self.short_name()), &args)?;
                return crate::builtins::call_builtin(
                    "reversed",
                    vec![Value::Dict(self.d.clone())],
                );
            }
            (DictKind::DefaultDict, "__missing__") => {
                one_arg("defaultdict.__missing__", &args)?;
                return self.getitem(&args[0]);
            }
            _ => {}
        }
        if DICT_METHODS.contains(&name) {
            return self.tracked(|| {
                crate::methods::call_method(&Value::Dict(self.d.clone()), name, args, kwargs)
            });
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.tp_name()),
        ))
    }
    fn py_copy(&self, _this: &ObjRef) -> Option<PyResult<Value>> {
        Some(Ok(self.with_dict(self.d.copy())))
    }
}

impl DictObj {
    fn short_name(&self) -> &'static str {
        match self.kind {
            DictKind::Counter => "Counter",
            DictKind::DefaultDict => "defaultdict",
            DictKind::OrderedDict => "OrderedDict",
        }
    }
}

/// Counter `==` (op None), `<=` and `>=`: every count of either side compared, missing
/// counts being zero.
fn counter_le_eq(
    a: &Dict<Value, Value>,
    b: &Dict<Value, Value>,
    op: Option<CmpOp>,
) -> PyResult<bool> {
    let get = |d: &Dict<Value, Value>, k: &Value| -> PyResult<Value> {
        Ok(d.get(k)?.unwrap_or_else(zero))
    };
    for c in [a, b] {
        for e in c.keys_vec() {
            let x = get(a, &e)?;
            let y = get(b, &e)?;
            let ok = match op {
                None => x.eq(&y)?,
                Some(op) => x.compare(&y, op)?,
            };
            if !ok {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// `Counter.elements()`: `chain.from_iterable(starmap(repeat, self.items()))`.
fn counter_elements(d: &Dict<Value, Value>) -> Value {
    let mut items = d.iter();
    let mut cur: Option<(Value, i64)> = None;
    let mut failed = false;
    let it = Iter::from_fn("chain", move || {
        if failed {
            return Ok(None);
        }
        loop {
            if let Some((x, n)) = &mut cur
                && *n > 0
            {
                *n -= 1;
                return Ok(Some(x.clone()));
            }
            match items.next_entry()? {
                None => return Ok(None),
                Some((k, v)) => {
                    let Some(n) = v.as_int() else {
                        failed = true;
                        return type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            v.class_name()
                        ));
                    };
                    cur = Some((k, n.as_i64().unwrap_or(i64::MAX)));
                }
            }
        }
    });
    IterObj::value("itertools.chain", it)
}

/// `odict_keys`, `odict_values`, `odict_items`: dict views with their own names.
pub struct ODictView {
    kind: ViewKind,
    d: Dict<Value, Value>,
    /// The OrderedDict, whose iterators watch its state.
    od: ObjRef,
}

impl ODictView {
    fn view(&self) -> Value {
        Value::View(self.kind, self.d.clone())
    }
}

impl Object for ODictView {
    fn type_name(&self) -> &'static str {
        match self.kind {
            ViewKind::Keys => "odict_keys",
            ViewKind::Values => "odict_values",
            ViewKind::Items => "odict_items",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let mut s = String::new();
        self.view().py_repr(&mut s)?;
        // "dict_keys([...])" -> "odict_keys([...])"
        out.push('o');
        out.push_str(&s);
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        let o = match other {
            Value::Obj(o) => match downcast::<ODictView>(o) {
                Some(v) => v.view(),
                None => return Ok(None),
            },
            v => v.clone(),
        };
        Ok(Some(self.view().eq(&o)?))
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.d.len())
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        Ok(Some(self.view().contains(x)?))
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        DictObj::od_iter(&self.od, self.kind, false)
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if name == "__reversed__" {
            // odictkeys_reversed & co.: an odict_iterator from the end.
            no_args(&format!("{}.__reversed__", self.type_name()), &args)?;
            return Ok(Value::Iter(DictObj::od_iter_raw(
                &self.od, self.kind, true,
            )?));
        }
        let f = self.getattr(this, name)?;
        crate::func::call(&f, args, kwargs)
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if self.kind == ViewKind::Values {
            return Ok(None);
        }
        let v = self.view();
        let r = if reflected {
            crate::value::binop(op, other, &v)
        } else {
            crate::value::binop(op, &v, other)
        };
        r.map(Some)
    }
}

/// Tuples of deque items, for the modules (copy) that rebuild one.
pub fn deque_parts(v: &Value) -> Option<(Vec<Value>, Option<usize>)> {
    match v {
        Value::Obj(o) => downcast::<Deque>(o).map(|d| (d.snapshot(), d.maxlen)),
        _ => None,
    }
}

/// The parts of a Counter/defaultdict/OrderedDict, for copy.deepcopy.
pub fn dictobj_parts(v: &Value) -> Option<(DictKind, Dict<Value, Value>, Value)> {
    as_dictobj(v).map(|o| (o.kind, o.d.clone(), o.factory.borrow().clone()))
}

/// A new deque, Counter, defaultdict or OrderedDict object for copy.deepcopy.
pub fn make_dictobj(kind: DictKind, d: Dict<Value, Value>, factory: Value) -> Value {
    DictObj::value(kind, d, factory)
}

/// Appends to a deque made by `new_deque` (deepcopy fills it after memoizing it).
pub fn deque_append(v: &Value, x: Value) {
    if let Value::Obj(o) = v
        && let Some(d) = downcast::<Deque>(o)
    {
        d.append(x);
    }
}

// ====================================================================== typed deque

/// A deque whose items the compiler typed: the same deque object (its items stay boxed
/// `Value`s, so every path that reads it, typed or dynamic, sees one object), with its
/// items unboxed to `T` as they are read. Inference only gives a deque an item type whose
/// boxing shares (a list of dynamic items, an int, a tuple of ints), so the round trip
/// through the box is exact.
pub struct DequeT<T>(Rc<Deque>, std::marker::PhantomData<fn() -> T>);

impl<T> Clone for DequeT<T> {
    fn clone(&self) -> Self {
        DequeT(self.0.clone(), std::marker::PhantomData)
    }
}

impl<T: crate::conv::FromValue + PyObj> DequeT<T> {
    #[inline]
    pub fn append(&self, x: T) {
        self.0.append(x.into_value());
    }

    #[inline]
    pub fn appendleft(&self, x: T) {
        self.0.appendleft(x.into_value());
    }

    #[inline]
    pub fn pop(&self) -> PyResult<T> {
        T::from_value(self.0.pop(false)?)
    }

    #[inline]
    pub fn popleft(&self) -> PyResult<T> {
        T::from_value(self.0.pop(true)?)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `d[i]` (deque_item: negative indexes count from the right).
    pub fn getitem(&self, i: &Int) -> PyResult<T> {
        let n = self.0.len() as i64;
        let j = match i.as_i64() {
            Some(i) if i < 0 => i + n,
            Some(i) => i,
            None => return index_error("cannot fit 'int' into an index-sized integer"),
        };
        match usize::try_from(j).ok().and_then(|j| self.0.get(j)) {
            Some(v) => T::from_value(v),
            None => index_error("deque index out of range"),
        }
    }

    /// `d.extend(items)` / `d.extendleft(items)` of items already collected (a deque
    /// extended by itself was collected from a snapshot, as deque_extend does).
    pub fn extend_vec(&self, items: Vec<T>, left: bool) {
        if self.0.maxlen == Some(0) {
            return;
        }
        for x in items {
            if left {
                self.0.appendleft(x.into_value());
            } else {
                self.0.append(x.into_value());
            }
        }
    }

    /// `d.rotate(n)`.
    pub fn rotate(&self, n: &Int) -> PyResult<()> {
        let Some(n) = n.as_i64() else {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ));
        };
        self.0.rotate(n);
        Ok(())
    }

    /// `d.clear()`.
    pub fn clear(&self) {
        // The items are dropped after the borrow ends (a drop may read the deque).
        let old = std::mem::take(&mut *self.0.items.borrow_mut());
        self.0.bump();
        drop(old);
    }
}

/// Iterates a typed deque through the deque's own iterator (which raises CPython's
/// RuntimeError when the deque changes size during the loop), unboxing each item.
pub struct DequeTIter<T>(ValueIter, std::marker::PhantomData<fn() -> T>);

impl<T: crate::conv::FromValue> crate::iter::PyIter for DequeTIter<T> {
    type Item = T;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<T>> {
        match self.0.next()? {
            Some(v) => Ok(Some(T::from_value(v)?)),
            None => Ok(None),
        }
    }
}

impl<T: crate::conv::FromValue + PyObj + 'static> crate::iter::IntoPyIter for DequeT<T> {
    type Item = T;
    type It = DequeTIter<T>;
    fn py_iter(&self) -> PyResult<DequeTIter<T>> {
        let o: ObjRef = self.0.clone();
        Ok(DequeTIter(
            Deque::iter_obj(&o, false).iter()?,
            std::marker::PhantomData,
        ))
    }
}

impl<T: 'static> PyObj for DequeT<T> {
    fn to_value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
    /// `type(d).__name__` (messages name the type `collections.deque`, through the
    /// deque object).
    fn type_name(&self) -> &'static str {
        "deque"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        self.0.repr_into(out)
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        self.0.cmp_items(&other.0, None)
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        self.0.cmp_items(&other.0, Some(op))
    }
    fn py_hash(&self) -> PyResult<i64> {
        type_error("unhashable type: 'collections.deque'")
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: 'static> crate::builtins::PyLen for DequeT<T> {
    fn py_len(&self) -> PyResult<usize> {
        Ok(self.0.len())
    }
}

impl<T> crate::conv::FromValue for DequeT<T> {
    fn from_value(v: Value) -> PyResult<DequeT<T>> {
        if let Value::Obj(o) = &v
            && o.as_any().is::<Deque>()
        {
            let any: Rc<dyn Any> = o.clone();
            if let Ok(d) = any.downcast::<Deque>() {
                return Ok(DequeT(d, std::marker::PhantomData));
            }
        }
        type_error(format!(
            "expected collections.deque, got {}",
            v.class_name()
        ))
    }
}

#[cfg(test)]
mod deque_tests {
    use super::*;
    use crate::conv::FromValue;

    /// One step of a deque program: 0 append, 1 appendleft, 2 pop, 3 popleft, 4 rotate,
    /// 5 index, 6 extendleft of two items.
    fn step(
        op: u8,
        x: i64,
        d: &DequeT<Int>,
        m: &mut VecDeque<i64>,
        maxlen: Option<usize>,
    ) -> Result<(), String> {
        let bound = |m: &mut VecDeque<i64>, left: bool| {
            if let Some(k) = maxlen
                && m.len() > k
            {
                if left {
                    m.pop_back();
                } else {
                    m.pop_front();
                }
            }
        };
        let same = |got: PyResult<Int>, want: Option<i64>| match (got, want) {
            (Ok(g), Some(w)) if g.as_i64() == Some(w) => Ok(()),
            (Err(e), None) if e.kind() == ExcKind::IndexError => Ok(()),
            (g, w) => Err(format!("got {:?}, want {w:?}", g.map(|i| i.as_i64()))),
        };
        match op {
            0 => {
                d.append(Int::Small(x));
                m.push_back(x);
                bound(m, false);
            }
            1 => {
                d.appendleft(Int::Small(x));
                m.push_front(x);
                bound(m, true);
            }
            2 => same(d.pop(), m.pop_back())?,
            3 => same(d.popleft(), m.pop_front())?,
            4 => {
                d.rotate(&Int::Small(x))
                    .map_err(|e| format!("{:?}", e.kind()))?;
                if m.len() > 1 {
                    let k = x.rem_euclid(m.len() as i64) as usize;
                    m.rotate_right(k);
                }
            }
            5 => {
                let n = m.len() as i64;
                let j = if x < 0 { x + n } else { x };
                let want = (0..n).contains(&j).then(|| m[j as usize]);
                same(d.getitem(&Int::Small(x)), want)?;
            }
            _ => {
                d.extend_vec(vec![Int::Small(x), Int::Small(x + 1)], true);
                if maxlen != Some(0) {
                    for y in [x, x + 1] {
                        m.push_front(y);
                        bound(m, true);
                    }
                }
            }
        }
        Ok(())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        /// A typed deque behaves as collections.deque (a VecDeque with maxlen's dropping
        /// from the other end), and the boxed value is the same deque.
        #[test]
        fn typed_deque_like_python(
            ops in proptest::collection::vec((0u8..7, -6i64..6), 0..40),
            maxlen in proptest::option::of(0usize..5),
        ) {
            let v = new_deque(vec![], maxlen);
            let d = DequeT::<Int>::from_value(v.clone()).map_err(|e| format!("{:?}", e.kind()));
            proptest::prop_assert!(d.is_ok());
            let Ok(d) = d else { return Ok(()) };
            let mut m: VecDeque<i64> = VecDeque::new();
            for (op, x) in ops {
                let r = step(op, x, &d, &mut m, maxlen);
                proptest::prop_assert!(r.is_ok(), "{:?}", r);
            }
            let got: Vec<i64> = d.0.snapshot().iter().filter_map(|x| x.as_int()).filter_map(|i| i.as_i64()).collect();
            proptest::prop_assert_eq!(got, Vec::from(m.clone()));
            proptest::prop_assert_eq!(v.len().ok(), Some(m.len()));
            proptest::prop_assert_eq!(d.py_truthy().ok(), Some(!m.is_empty()));
        }
    }
}
