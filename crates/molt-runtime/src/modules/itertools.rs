//! `itertools`, after Modules/itertoolsmodule.c (CPython 3.11): the same order of items,
//! the same laziness (what is consumed from the inputs, and when) and the same errors.

use super::callable::Callable;
use super::util::{self, bind_clinic, clinic_count, index_of, no_kwargs, tuple};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::iter::{Iter, PyIter};
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "count" => count(args, kwargs),
        "cycle" => cycle(args, kwargs),
        "repeat" => repeat(args, kwargs),
        "accumulate" => accumulate(args, kwargs),
        "chain" => chain(args, kwargs),
        "compress" => compress(args, kwargs),
        "dropwhile" => dropwhile(args, kwargs),
        "takewhile" => takewhile(args, kwargs),
        "filterfalse" => filterfalse(args, kwargs),
        "groupby" => groupby(args, kwargs),
        "islice" => islice(args, kwargs),
        "pairwise" => pairwise(args, kwargs),
        "permutations" => permutations(args, kwargs),
        "product" => product(args, kwargs),
        "starmap" => starmap(args, kwargs),
        "tee" => tee(args, kwargs),
        "zip_longest" => zip_longest(args, kwargs),
        "combinations" => combinations(args, kwargs, false),
        "combinations_with_replacement" => combinations(args, kwargs, true),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: itertools.{name} is not supported yet"),
        )),
    }
}

// ------------------------------------------------------------------ iterator objects

/// An iterator object of a stdlib type (`itertools.chain`, `_collections._deque_iterator`,
/// ...): `iter(x) is x`, repr `<itertools.chain object at 0x...>`.
pub struct IterObj {
    name: &'static str,
    /// A generator's function name (heapq.merge): `<generator object merge at 0x...>`.
    generator: Option<&'static str>,
    it: Iter<Value>,
}

impl IterObj {
    pub fn value(name: &'static str, it: Iter<Value>) -> Value {
        Value::Obj(Rc::new(IterObj {
            name,
            generator: None,
            it,
        }))
    }

    /// A generator object of a stdlib function written in Python.
    pub fn generator(func: &'static str, it: Iter<Value>) -> Value {
        Value::Obj(Rc::new(IterObj {
            name: "generator",
            generator: Some(func),
            it,
        }))
    }

    fn from_fn(name: &'static str, f: impl FnMut() -> PyResult<Option<Value>> + 'static) -> Value {
        IterObj::value(name, Iter::from_fn(short(name), f))
    }
}

/// "itertools.chain" -> "chain".
fn short(name: &'static str) -> &'static str {
    match name.rfind('.') {
        Some(p) => &name[p + 1..],
        None => name,
    }
}

impl Object for IterObj {
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        iter_protocol(this, name, args, kwargs)
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        iter_protocol_attr(this, name)
    }
    fn type_name(&self) -> &'static str {
        self.name
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let addr = self as *const IterObj as usize;
        match self.generator {
            Some(f) => out.push_str(&format!("<generator object {f} at {addr:#x}>")),
            None => out.push_str(&format!("<{} object at {addr:#x}>", self.name)),
        }
        Ok(())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        Ok(ValueIter::Iter(self.it.clone()))
    }
}

/// `o.__next__()` and `o.__iter__()` of this module's iterator objects, called directly.
fn iter_protocol(
    this: &ObjRef,
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Value> {
    let tname = this.type_name();
    match name {
        "__next__" | "__iter__" => {
            if !kwargs.is_empty() || !args.is_empty() {
                return type_error(format!(
                    "expected 0 arguments, got {}",
                    args.len() + kwargs.len()
                ));
            }
            let me = Value::Obj(this.clone());
            if name == "__next__" {
                crate::genobj::next_value(&me)
            } else {
                Ok(me)
            }
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{tname}' object has no attribute '{name}'"),
        )),
    }
}

fn iter_protocol_attr(this: &ObjRef, name: &str) -> PyResult<Value> {
    match name {
        "__next__" | "__iter__" => Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name)),
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", this.type_name()),
        )),
    }
}

/// `next(o)` for the iterator objects of this module (itertools.count(), cycle(), chain(),
/// ...; they are their own iterators, so `iter(o)` continues where `o` is); None for
/// other objects.
pub fn next_of(o: &ObjRef) -> Option<PyResult<Option<Value>>> {
    let any = o.as_any();
    if any.is::<IterObj>() || any.is::<Count>() || any.is::<Repeat>() {
        Some(o.iter(o).and_then(|mut it| it.next()))
    } else {
        None
    }
}

fn next(it: &mut ValueIter) -> PyResult<Option<Value>> {
    it.next()
}

// ------------------------------------------------------------------ count, cycle, repeat

enum CountState {
    /// Start an int and step 1: counts in i64 while it fits (count_nextlong's fast mode).
    Fast(Int),
    Slow {
        cnt: Value,
        step: Value,
    },
}

pub struct Count {
    state: RefCell<CountState>,
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
}

fn count(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind_clinic("count", args, kwargs, &["start", "step"], 0, &[])?;
    let mut a = a.into_iter();
    let start = a.next().flatten();
    let step = a.next().flatten();
    if start.as_ref().is_some_and(|v| !is_number(v)) || step.as_ref().is_some_and(|v| !is_number(v))
    {
        return type_error("a number is required");
    }
    let start = start.unwrap_or(Value::Int(Int::ZERO));
    let step = step.unwrap_or(Value::Int(Int::ONE));
    let fast = matches!(step.as_int(), Some(ref i) if i.as_i64() == Some(1))
        && !matches!(step, Value::Float(_));
    let state = match (fast, start.as_int()) {
        (true, Some(i)) if !matches!(start, Value::Float(_)) => CountState::Fast(i),
        _ => CountState::Slow { cnt: start, step },
    };
    Ok(Value::Obj(Rc::new(Count {
        state: RefCell::new(state),
    })))
}

impl Count {
    fn next_item(&self) -> PyResult<Option<Value>> {
        let mut s = self.state.borrow_mut();
        match &mut *s {
            CountState::Fast(i) => {
                let v = i.clone();
                *i = i.add(&Int::ONE);
                Ok(Some(Value::Int(v)))
            }
            CountState::Slow { cnt, step } => {
                let v = cnt.clone();
                *cnt = crate::value::binop(BinOp::Add, &v, step)?;
                Ok(Some(v))
            }
        }
    }
}

impl Object for Count {
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        iter_protocol(this, name, args, kwargs)
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        iter_protocol_attr(this, name)
    }
    fn type_name(&self) -> &'static str {
        "itertools.count"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let s = self.state.borrow();
        match &*s {
            CountState::Fast(i) => out.push_str(&format!(
                "count({})",
                util::repr_of(&Value::Int(i.clone()))?
            )),
            CountState::Slow { cnt, step } => {
                let c = util::repr_of(cnt)?;
                // The step is omitted when it is an int equal to 1.
                let one = matches!(step, Value::Int(_) | Value::Bool(_))
                    && step.as_int().is_some_and(|i| i.as_i64() == Some(1));
                if one {
                    out.push_str(&format!("count({c})"));
                } else {
                    out.push_str(&format!("count({c}, {})", util::repr_of(step)?));
                }
            }
        }
        Ok(())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        let o = this.clone();
        Ok(ValueIter::Iter(Iter::from_fn(
            "count",
            move || match downcast::<Count>(&o) {
                Some(c) => c.next_item(),
                None => Ok(None),
            },
        )))
    }
}

pub struct Repeat {
    value: Value,
    /// Remaining repetitions; None repeats forever.
    times: RefCell<Option<i64>>,
}

fn repeat(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let n = args.len() + kwargs.len();
    if n > 2 {
        return type_error(format!("repeat() takes at most 2 arguments ({n} given)"));
    }
    let a = bind_clinic("repeat", args, kwargs, &["object", "times"], 1, &[])?;
    let mut a = a.into_iter();
    let value = a.next().flatten().unwrap_or(Value::None);
    let times = match a.next().flatten() {
        None => None,
        Some(t) => {
            let i = index_of(&t)?;
            let Some(i) = i.as_i64() else {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ));
            };
            Some(i.max(0))
        }
    };
    Ok(Value::Obj(Rc::new(Repeat {
        value,
        times: RefCell::new(times),
    })))
}

impl Object for Repeat {
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        iter_protocol(this, name, args, kwargs)
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        iter_protocol_attr(this, name)
    }
    fn type_name(&self) -> &'static str {
        "itertools.repeat"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let v = util::repr_of(&self.value)?;
        match *self.times.borrow() {
            None => out.push_str(&format!("repeat({v})")),
            Some(n) => out.push_str(&format!("repeat({v}, {n})")),
        }
        Ok(())
    }
    fn truthy(&self, _this: &ObjRef) -> PyResult<bool> {
        Ok(true)
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        let o = this.clone();
        Ok(ValueIter::Iter(Iter::from_fn("repeat", move || {
            let Some(r) = downcast::<Repeat>(&o) else {
                return Ok(None);
            };
            let mut t = r.times.borrow_mut();
            match &mut *t {
                None => Ok(Some(r.value.clone())),
                Some(0) => Ok(None),
                Some(n) => {
                    *n -= 1;
                    Ok(Some(r.value.clone()))
                }
            }
        })))
    }
}

fn cycle(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("cycle", &kwargs)?;
    clinic_count("cycle", args.len(), 1, 1)?;
    let mut src = Some(args[0].iter()?);
    let mut saved: Vec<Value> = Vec::new();
    let mut index = 0usize;
    Ok(IterObj::from_fn("itertools.cycle", move || {
        if let Some(it) = &mut src {
            if let Some(x) = it.next()? {
                saved.push(x.clone());
                return Ok(Some(x));
            }
            src = None;
        }
        if saved.is_empty() {
            return Ok(None);
        }
        let x = saved.get(index).cloned();
        index += 1;
        if index >= saved.len() {
            index = 0;
        }
        Ok(x)
    }))
}

// ------------------------------------------------------------------ accumulate, chain, ...

fn accumulate(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind_clinic(
        "accumulate",
        args,
        kwargs,
        &["iterable", "func"],
        1,
        &["initial"],
    )?;
    let mut a = a.into_iter();
    let iterable = a.next().flatten().unwrap_or(Value::None);
    let func = Callable::optional(a.next().flatten());
    let mut initial = a.next().flatten().filter(|v| !v.is_none());
    let mut it = iterable.iter()?;
    let mut total: Option<Value> = None;
    Ok(IterObj::from_fn("itertools.accumulate", move || {
        if let Some(i) = initial.take() {
            total = Some(i.clone());
            return Ok(Some(i));
        }
        let Some(val) = next(&mut it)? else {
            return Ok(None);
        };
        let new = match total.take() {
            None => val,
            Some(t) => match &func {
                None => crate::value::binop(BinOp::Add, &t, &val)?,
                Some(f) => f.call(vec![t, val])?,
            },
        };
        total = Some(new.clone());
        Ok(Some(new))
    }))
}

/// Yields the items of each iterable produced by `sources`, lazily (chain_next).
fn chain_of(mut sources: ValueIter) -> Value {
    let mut active: Option<ValueIter> = None;
    let mut done = false;
    IterObj::from_fn("itertools.chain", move || {
        if done {
            return Ok(None);
        }
        loop {
            if let Some(it) = &mut active {
                if let Some(x) = it.next()? {
                    return Ok(Some(x));
                }
                active = None;
            }
            match sources.next()? {
                Some(src) => active = Some(src.iter()?),
                None => {
                    done = true;
                    return Ok(None);
                }
            }
        }
    })
}

fn chain(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("chain", &kwargs)?;
    Ok(chain_of(ValueIter::Vec(args.into_iter())))
}

/// `chain.from_iterable(iterable)`.
pub fn chain_from_iterable(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("chain.from_iterable", &kwargs)?;
    if args.len() != 1 {
        return type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    Ok(chain_of(args[0].iter()?))
}

fn compress(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind_clinic("compress", args, kwargs, &["data", "selectors"], 2, &[])?;
    let mut a = a.into_iter();
    let data = a.next().flatten().unwrap_or(Value::None);
    let sel = a.next().flatten().unwrap_or(Value::None);
    let mut d = data.iter()?;
    let mut s = sel.iter()?;
    Ok(IterObj::from_fn("itertools.compress", move || {
        loop {
            let Some(x) = d.next()? else { return Ok(None) };
            let Some(k) = s.next()? else { return Ok(None) };
            if k.try_truthy()? {
                return Ok(Some(x));
            }
        }
    }))
}

/// (predicate, iterator) for dropwhile/takewhile/filterfalse/starmap.
fn func_and_iter(
    name: &str,
    args: Vec<Value>,
    kwargs: &[(Str, Value)],
) -> PyResult<(Value, ValueIter)> {
    no_kwargs(name, kwargs)?;
    clinic_count(name, args.len(), 2, 2)?;
    let mut a = args.into_iter();
    let f = a.next().unwrap_or(Value::None);
    let it = a.next().unwrap_or(Value::None).iter()?;
    Ok((f, it))
}

fn dropwhile(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (f, mut it) = func_and_iter("dropwhile", args, &kwargs)?;
    let f = Callable::new(f);
    let mut start = false;
    Ok(IterObj::from_fn("itertools.dropwhile", move || {
        loop {
            let Some(x) = it.next()? else { return Ok(None) };
            if start {
                return Ok(Some(x));
            }
            if !f.call1(x.clone())?.try_truthy()? {
                start = true;
                return Ok(Some(x));
            }
        }
    }))
}

fn takewhile(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (f, mut it) = func_and_iter("takewhile", args, &kwargs)?;
    let f = Callable::new(f);
    let mut stop = false;
    Ok(IterObj::from_fn("itertools.takewhile", move || {
        if stop {
            return Ok(None);
        }
        let Some(x) = it.next()? else { return Ok(None) };
        if f.call1(x.clone())?.try_truthy()? {
            return Ok(Some(x));
        }
        stop = true;
        Ok(None)
    }))
}

fn filterfalse(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (f, mut it) = func_and_iter("filterfalse", args, &kwargs)?;
    let f = Callable::optional(Some(f));
    Ok(IterObj::from_fn("itertools.filterfalse", move || {
        loop {
            let Some(x) = it.next()? else { return Ok(None) };
            let ok = match &f {
                None => x.try_truthy()?,
                Some(f) => f.call1(x.clone())?.try_truthy()?,
            };
            if !ok {
                return Ok(Some(x));
            }
        }
    }))
}

fn starmap(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let (f, mut it) = func_and_iter("starmap", args, &kwargs)?;
    let f = Callable::new(f);
    Ok(IterObj::from_fn("itertools.starmap", move || {
        let Some(x) = it.next()? else { return Ok(None) };
        let call_args = x.to_vec()?;
        Ok(Some(f.call(call_args)?))
    }))
}

// ------------------------------------------------------------------ groupby

struct GroupBy {
    it: ValueIter,
    key: Option<Callable>,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The grouper allowed to advance (a new group invalidates the previous ones).
    currgrouper: u64,
    next_id: u64,
}

impl GroupBy {
    /// groupby_step: the next value and its key; false at the end.
    fn step(&mut self) -> PyResult<bool> {
        let Some(v) = self.it.next()? else {
            return Ok(false);
        };
        let k = match &self.key {
            None => v.clone(),
            Some(f) => f.call1(v.clone())?,
        };
        self.currvalue = Some(v);
        self.currkey = Some(k);
        Ok(true)
    }
}

fn groupby(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind_clinic("groupby", args, kwargs, &["iterable", "key"], 1, &[])?;
    let mut a = a.into_iter();
    let iterable = a.next().flatten().unwrap_or(Value::None);
    let key = Callable::optional(a.next().flatten());
    let st = Rc::new(RefCell::new(GroupBy {
        it: iterable.iter()?,
        key,
        tgtkey: None,
        currkey: None,
        currvalue: None,
        currgrouper: 0,
        next_id: 1,
    }));
    Ok(IterObj::from_fn("itertools.groupby", move || {
        let mut g = st.borrow_mut();
        g.currgrouper = 0;
        // Skip to the next group.
        loop {
            match (&g.currkey, &g.tgtkey) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(c), Some(t)) => {
                    if !util::eq_bool(t, c)? {
                        break;
                    }
                }
            }
            if !g.step()? {
                return Ok(None);
            }
        }
        let key = g.currkey.clone().unwrap_or(Value::None);
        g.tgtkey = Some(key.clone());
        let id = g.next_id;
        g.next_id += 1;
        g.currgrouper = id;
        drop(g);
        let parent = st.clone();
        let tgt = key.clone();
        let grouper = IterObj::from_fn("itertools._grouper", move || {
            let mut g = parent.borrow_mut();
            if g.currgrouper != id {
                return Ok(None);
            }
            if g.currvalue.is_none() && !g.step()? {
                return Ok(None);
            }
            let Some(c) = g.currkey.clone() else {
                return Ok(None);
            };
            if !util::eq_bool(&tgt, &c)? {
                return Ok(None);
            }
            g.currkey = None;
            Ok(g.currvalue.take())
        });
        Ok(Some(tuple(vec![key, grouper])))
    }))
}

// ------------------------------------------------------------------ islice

fn islice(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("islice", &kwargs)?;
    clinic_count("islice", args.len(), 2, 4)?;
    let mut count = IsliceCount::new(&args[1..])?;
    let mut it = Some(args[0].iter()?);
    Ok(IterObj::from_fn("itertools.islice", move || {
        let Some(src) = &mut it else { return Ok(None) };
        loop {
            if !count.more() {
                it = None;
                return Ok(None);
            }
            let Some(item) = src.next()? else {
                it = None;
                return Ok(None);
            };
            if count.take() {
                return Ok(Some(item));
            }
        }
    }))
}

/// The counting of `itertools.islice` (islice_next in Modules/itertoolsmodule.c), apart
/// from the iterator, so that compiled code can apply it to a fused generator: before each
/// pull `more()` says whether islice pulls again, after it `take()` whether the item is
/// returned (else it is skipped).
pub struct IsliceCount {
    cnt: i64,
    nxt: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
}

impl IsliceCount {
    /// From islice's arguments after the iterable (`stop` or `start, stop[, step]`),
    /// checked as islice_new checks them.
    pub fn new(args: &[Value]) -> PyResult<IsliceCount> {
        let stop_msg =
            "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let idx_msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
        // PyNumber_AsSsize_t, with any error read as -1 (islice_new).
        let ssize = |v: &Value| util::as_ssize(v).unwrap_or(-1);
        if args.len() == 1 {
            if !args[0].is_none() {
                stop = ssize(&args[0]);
                if stop == -1 {
                    return value_error(stop_msg);
                }
            }
        } else if args.len() >= 2 {
            if !args[0].is_none() {
                start = ssize(&args[0]);
            }
            if !args[1].is_none() {
                stop = ssize(&args[1]);
                if stop == -1 {
                    return value_error(stop_msg);
                }
            }
        }
        if start < 0 || stop < -1 {
            return value_error(idx_msg);
        }
        if let Some(s) = args.get(2) {
            if !s.is_none() {
                step = ssize(s);
            }
            if step < 1 {
                return value_error("Step for islice() must be a positive integer or None.");
            }
        }
        Ok(IsliceCount {
            cnt: 0,
            nxt: start,
            stop,
            step,
        })
    }

    /// Whether islice pulls another item: to skip it, or because the stop is not reached.
    #[inline]
    pub fn more(&self) -> bool {
        self.cnt < self.nxt || self.stop == -1 || self.cnt < self.stop
    }

    /// An item was pulled: whether islice returns it (false: skipped before the next
    /// index).
    #[inline]
    pub fn take(&mut self) -> bool {
        if self.cnt < self.nxt {
            self.cnt += 1;
            return false;
        }
        self.cnt += 1;
        let old = self.nxt;
        self.nxt = self.nxt.wrapping_add(self.step);
        if self.nxt < old || (self.stop != -1 && self.nxt > self.stop) {
            self.nxt = self.stop;
        }
        true
    }
}

// ------------------------------------------------------------------ pairwise, zip_longest

fn pairwise(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("pairwise", &kwargs)?;
    clinic_count("pairwise", args.len(), 1, 1)?;
    let mut it = Some(args[0].iter()?);
    let mut old: Option<Value> = None;
    Ok(IterObj::from_fn("itertools.pairwise", move || {
        let Some(src) = &mut it else { return Ok(None) };
        if old.is_none() {
            old = src.next()?;
            if old.is_none() {
                it = None;
                return Ok(None);
            }
        }
        let Some(new) = src.next()? else {
            it = None;
            old = None;
            return Ok(None);
        };
        let prev = old.replace(new.clone()).unwrap_or(Value::None);
        Ok(Some(tuple(vec![prev, new])))
    }))
}

fn zip_longest(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in kwargs {
        if k.as_str() == "fillvalue" {
            fill = v;
        } else {
            return type_error("zip_longest() got an unexpected keyword argument");
        }
    }
    let mut its: Vec<Option<ValueIter>> = args
        .iter()
        .map(|a| a.iter().map(Some))
        .collect::<PyResult<_>>()?;
    let mut active = its.len();
    Ok(IterObj::from_fn("itertools.zip_longest", move || {
        if its.is_empty() || active == 0 {
            return Ok(None);
        }
        let mut items = Vec::with_capacity(its.len());
        for slot in its.iter_mut() {
            let item = match slot {
                None => fill.clone(),
                Some(it) => match it.next()? {
                    Some(x) => x,
                    None => {
                        active -= 1;
                        if active == 0 {
                            return Ok(None);
                        }
                        *slot = None;
                        fill.clone()
                    }
                },
            };
            items.push(item);
        }
        Ok(Some(tuple(items)))
    }))
}

// ------------------------------------------------------------------ combinatorics

fn pool_of(v: &Value) -> PyResult<Vec<Value>> {
    v.to_vec()
}

fn r_arg(v: &Value) -> PyResult<i64> {
    let i = index_of(v)?;
    match i.as_i64() {
        Some(r) if r < 0 => value_error("r must be non-negative"),
        Some(r) => Ok(r),
        None if i.is_negative() => value_error("r must be non-negative"),
        None => Err(PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn pick(pool: &[Value], idx: &[usize]) -> Value {
    tuple(idx.iter().filter_map(|i| pool.get(*i).cloned()).collect())
}

fn permutations(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind_clinic("permutations", args, kwargs, &["iterable", "r"], 1, &[])?;
    let mut a = a.into_iter();
    let pool = pool_of(&a.next().flatten().unwrap_or(Value::None))?;
    let n = pool.len();
    let r = match a.next().flatten() {
        None | Some(Value::None) => n,
        Some(v) => {
            if v.as_int().is_none() {
                return type_error("Expected int as r");
            }
            r_arg(&v)? as usize
        }
    };
    let mut indices: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (0..r.min(n)).map(|i| n - i).collect();
    let mut first = true;
    let mut stopped = r > n;
    Ok(IterObj::from_fn("itertools.permutations", move || {
        if stopped {
            return Ok(None);
        }
        if first {
            first = false;
            return Ok(Some(pick(&pool, &indices[..r])));
        }
        if n == 0 {
            stopped = true;
            return Ok(None);
        }
        let mut i = r;
        while i > 0 {
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let x = indices.remove(i);
                indices.push(x);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                return Ok(Some(pick(&pool, &indices[..r])));
            }
        }
        stopped = true;
        Ok(None)
    }))
}

fn combinations(args: Vec<Value>, kwargs: Vec<(Str, Value)>, repl: bool) -> PyResult<Value> {
    let name = if repl {
        "combinations_with_replacement"
    } else {
        "combinations"
    };
    let a = bind_clinic(name, args, kwargs, &["iterable", "r"], 2, &[])?;
    let mut a = a.into_iter();
    let pool = pool_of(&a.next().flatten().unwrap_or(Value::None))?;
    let r = r_arg(&a.next().flatten().unwrap_or(Value::None))? as usize;
    let n = pool.len();
    let mut indices: Vec<usize> = if repl { vec![0; r] } else { (0..r).collect() };
    let mut first = true;
    let mut stopped = if repl { n == 0 && r > 0 } else { r > n };
    let tp = if repl {
        "itertools.combinations_with_replacement"
    } else {
        "itertools.combinations"
    };
    Ok(IterObj::from_fn(tp, move || {
        if stopped {
            return Ok(None);
        }
        if first {
            first = false;
            return Ok(Some(pick(&pool, &indices)));
        }
        // The rightmost index that can still move.
        let mut found = None;
        for i in (0..r).rev() {
            let limit = if repl { n - 1 } else { i + n - r };
            if indices[i] != limit {
                found = Some(i);
                break;
            }
        }
        let Some(i) = found else {
            stopped = true;
            return Ok(None);
        };
        if repl {
            let v = indices[i] + 1;
            for x in indices[i..].iter_mut() {
                *x = v;
            }
        } else {
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
        }
        Ok(Some(pick(&pool, &indices)))
    }))
}

fn product(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut repeat = 1i64;
    if kwargs.len() > 1 {
        return type_error(format!(
            "product() takes at most 1 keyword argument ({} given)",
            kwargs.len()
        ));
    }
    for (k, v) in &kwargs {
        if k.as_str() != "repeat" {
            return type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                k.as_str()
            ));
        }
        let i = index_of(v)?;
        repeat = match i.as_i64() {
            Some(r) => r,
            None if i.is_negative() => -1,
            None => {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                ));
            }
        };
        if repeat < 0 {
            return value_error("repeat argument cannot be negative");
        }
    }
    let mut pools: Vec<Vec<Value>> = Vec::new();
    let base = args.iter().map(pool_of).collect::<PyResult<Vec<_>>>()?;
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let npools = pools.len();
    let mut indices = vec![0usize; npools];
    let mut first = true;
    let mut stopped = pools.iter().any(|p| p.is_empty());
    Ok(IterObj::from_fn("itertools.product", move || {
        if stopped {
            return Ok(None);
        }
        if !first {
            // Advance the odometer, rightmost pool fastest.
            let mut i = npools;
            loop {
                if i == 0 {
                    stopped = true;
                    return Ok(None);
                }
                i -= 1;
                indices[i] += 1;
                if indices[i] < pools[i].len() {
                    break;
                }
                indices[i] = 0;
            }
        }
        first = false;
        Ok(Some(tuple(
            indices
                .iter()
                .zip(pools.iter())
                .filter_map(|(i, p)| p.get(*i).cloned())
                .collect(),
        )))
    }))
}

// ------------------------------------------------------------------ tee

struct TeeShared {
    src: ValueIter,
    /// Items fetched but not yet seen by every tee; `base` is the index of buf[0].
    buf: VecDeque<Value>,
    base: usize,
    /// Position of each live tee (None once it is gone).
    pos: Vec<Option<usize>>,
}

impl TeeShared {
    fn trim(&mut self) {
        let min = self.pos.iter().flatten().min().copied();
        let min = min.unwrap_or(self.base + self.buf.len());
        while self.base < min && self.buf.pop_front().is_some() {
            self.base += 1;
        }
    }
}

/// Marks a tee gone when its iterator is dropped, so the buffer can shrink.
struct TeeHandle {
    shared: Rc<RefCell<TeeShared>>,
    id: usize,
}

impl Drop for TeeHandle {
    fn drop(&mut self) {
        if let Ok(mut s) = self.shared.try_borrow_mut() {
            if let Some(p) = s.pos.get_mut(self.id) {
                *p = None;
            }
            s.trim();
        }
    }
}

fn tee(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    no_kwargs("itertools.tee", &kwargs)?;
    clinic_count("tee", args.len(), 1, 2)?;
    let n = match args.get(1) {
        None => 2,
        Some(v) => {
            let i = index_of(v)?;
            match i.as_i64() {
                Some(k) => k,
                None if i.is_negative() => -1,
                None => {
                    return Err(PyErr::msg(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ));
                }
            }
        }
    };
    if n < 0 {
        return value_error("n must be >= 0");
    }
    if n == 0 {
        return Ok(tuple(vec![]));
    }
    let src = args[0].iter()?;
    let shared = Rc::new(RefCell::new(TeeShared {
        src,
        buf: VecDeque::new(),
        base: 0,
        pos: vec![Some(0); n as usize],
    }));
    let mut out = Vec::with_capacity(n as usize);
    for id in 0..n as usize {
        let h = TeeHandle {
            shared: shared.clone(),
            id,
        };
        out.push(IterObj::from_fn("itertools._tee", move || {
            let mut s = h.shared.borrow_mut();
            let p = s.pos.get(h.id).copied().flatten().unwrap_or(0);
            let item = if p < s.base + s.buf.len() {
                s.buf.get(p - s.base).cloned()
            } else {
                match s.src.next()? {
                    Some(x) => {
                        s.buf.push_back(x.clone());
                        Some(x)
                    }
                    None => None,
                }
            };
            if item.is_some() {
                if let Some(slot) = s.pos.get_mut(h.id) {
                    *slot = Some(p + 1);
                }
                s.trim();
            }
            Ok(item)
        }));
    }
    Ok(tuple(out))
}

/// Drains a dynamic iterator (for tests and callers that need every item).
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    let mut it = v.iter()?;
    let mut out = Vec::new();
    while let Some(x) = PyIter::next_item(&mut it)? {
        out.push(x);
    }
    Ok(out)
}
