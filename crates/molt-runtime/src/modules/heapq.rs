//! `heapq`: the C functions of Modules/_heapqmodule.c (heappush, heappop, heapify,
//! heappushpop, heapreplace and the max-heap helpers) and the Python ones of
//! Lib/heapq.py (nlargest, nsmallest, merge), step for step, so ties, comparisons made and
//! the resulting list layouts are CPython's.

use super::callable::Callable;
use super::itertools::IterObj;
use super::util::{bind_py, clinic_count, no_kwargs, tuple};
use crate::exc::{ExcKind, PyErr, PyResult, index_error, type_error};
use crate::int::Int;
use crate::iter::Iter;
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::str::Str;
use crate::value::{Value, ValueIter};

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "heappush" | "heappushpop" | "heapreplace" => {
            no_kwargs(name, &kwargs)?;
            clinic_count(name, args.len(), 2, 2)?;
            let h = heap_arg(&args[0], &format!("{name}() argument 1"))?;
            let item = args[1].clone();
            match name {
                "heappush" => {
                    heappush(&h, item)?;
                    Ok(Value::None)
                }
                "heappushpop" => heappushpop(&h, item),
                _ => heapreplace(&h, item, false),
            }
        }
        "heappop" | "heapify" => {
            no_kwargs(&format!("_heapq.{name}"), &kwargs)?;
            if args.len() != 1 {
                return type_error(format!(
                    "_heapq.{name}() takes exactly one argument ({} given)",
                    args.len()
                ));
            }
            let h = heap_arg(&args[0], &format!("{name}() argument"))?;
            if name == "heappop" {
                heappop(&h, false)
            } else {
                heapify(&h, false)?;
                Ok(Value::None)
            }
        }
        "nlargest" | "nsmallest" => {
            let a = bind_py(name, args, kwargs, &["n", "iterable", "key"], 2, &[])?;
            let mut a = a.into_iter();
            let n = a.next().flatten().unwrap_or(Value::None);
            let it = a.next().flatten().unwrap_or(Value::None);
            let key = Callable::optional(a.next().flatten());
            let r = if name == "nlargest" {
                nlargest_impl(&n, &it, key)?
            } else {
                nsmallest_impl(&n, &it, key)?
            };
            Ok(Value::List(List::from_vec(r)))
        }
        "merge" => merge(args, kwargs),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: heapq.{name} is not supported yet"),
        )),
    }
}

/// The heap argument, which Argument Clinic requires to be a list.
fn heap_arg(v: &Value, what: &str) -> PyResult<List<Value>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        // _PyArg_BadArgument names None itself, other values by their type.
        Value::None => type_error(format!("{what} must be list, not None")),
        _ => type_error(format!("{what} must be list, not {}", v.class_name())),
    }
}

fn item<T: PyObj>(h: &List<T>, i: usize) -> PyResult<T> {
    h.iter_at(i)
        .ok_or_else(|| PyErr::msg(ExcKind::IndexError, "index out of range"))
}

fn swap<T: PyObj>(h: &List<T>, a: usize, b: usize) {
    let mut v = h.borrow_mut();
    if a < v.len() && b < v.len() {
        v.swap(a, b);
    }
}

fn changed() -> PyErr {
    PyErr::msg(ExcKind::RuntimeError, "list changed size during iteration")
}

/// `a < b` for the min-heap; the max-heap compares the other way round.
fn less<T: PyObj>(a: &T, b: &T, max: bool) -> PyResult<bool> {
    if max {
        b.py_cmp(a, CmpOp::Lt)
    } else {
        a.py_cmp(b, CmpOp::Lt)
    }
}

/// siftdown / siftdown_max: moves the item at `pos` up towards `start`.
fn siftdown<T: PyObj>(h: &List<T>, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = h.len();
    if pos >= size {
        return index_error("index out of range");
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let newitem = item(h, pos)?;
        let parent = item(h, parentpos)?;
        let cmp = less(&newitem, &parent, max)?;
        if size != h.len() {
            return Err(changed());
        }
        if !cmp {
            break;
        }
        swap(h, parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// siftup / siftup_max: moves the smaller child up until a leaf, then sifts down.
fn siftup<T: PyObj>(h: &List<T>, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = h.len();
    let startpos = pos;
    if pos >= endpos {
        return index_error("index out of range");
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let a = item(h, childpos)?;
            let b = item(h, childpos + 1)?;
            // min-heap: a < b keeps the left child; max-heap: right < left keeps it.
            let cmp = less(&a, &b, max)?;
            if !cmp {
                childpos += 1;
            }
            if endpos != h.len() {
                return Err(changed());
            }
        }
        swap(h, childpos, pos);
        pos = childpos;
    }
    siftdown(h, startpos, pos, max)
}

pub fn heappush<T: PyObj>(h: &List<T>, x: T) -> PyResult<()> {
    h.append(x);
    siftdown(h, 0, h.len() - 1, false)
}

pub fn heappop<T: PyObj>(h: &List<T>, max: bool) -> PyResult<T> {
    let n = h.len();
    if n == 0 {
        return index_error("index out of range");
    }
    let last = h.pop(None)?;
    if n == 1 {
        return Ok(last);
    }
    let ret = item(h, 0)?;
    h.setitem(&Int::ZERO, last)?;
    siftup(h, 0, max)?;
    Ok(ret)
}

pub fn heapreplace<T: PyObj>(h: &List<T>, x: T, max: bool) -> PyResult<T> {
    if h.is_empty() {
        return index_error("index out of range");
    }
    let ret = item(h, 0)?;
    h.setitem(&Int::ZERO, x)?;
    siftup(h, 0, max)?;
    Ok(ret)
}

pub fn heappushpop<T: PyObj>(h: &List<T>, x: T) -> PyResult<T> {
    if h.is_empty() {
        return Ok(x);
    }
    let top = item(h, 0)?;
    if !top.py_cmp(&x, CmpOp::Lt)? {
        return Ok(x);
    }
    if h.is_empty() {
        return index_error("index out of range");
    }
    let ret = item(h, 0)?;
    h.setitem(&Int::ZERO, x)?;
    siftup(h, 0, false)?;
    Ok(ret)
}

/// heapify_internal: the simple loop for small lists, cache_friendly_heapify above 2500
/// items (the two can leave different, equally valid, layouts).
pub fn heapify<T: PyObj>(h: &List<T>, max: bool) -> PyResult<()> {
    let n = h.len();
    if n > 2500 {
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let run = |lo: usize, hi: usize| -> PyResult<()> {
            // for i in hi-1 down to lo
            let mut i = hi;
            while i > lo {
                i -= 1;
                let mut j = i;
                loop {
                    siftup(h, j, max)?;
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
            }
            Ok(())
        };
        run(mhalf, leftmost)?;
        run(leftmost, m)?;
        return Ok(());
    }
    let mut i = n >> 1;
    while i > 0 {
        i -= 1;
        siftup(h, i, max)?;
    }
    Ok(())
}

fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

/// `sorted(list, key=key, reverse=reverse)` in place.
pub fn sort_by_callable(l: &List<Value>, key: Option<&Callable>, reverse: bool) -> PyResult<()> {
    match key {
        None => l.sort(reverse),
        Some(k) => l.sort_by_key(|x| k.call1(x.clone()), reverse),
    }
}

/// `max(it, default=sentinel, key=key)` / min: the first best item, or None.
fn best_of(it: &Value, key: Option<&Callable>, is_max: bool) -> PyResult<Option<Value>> {
    let mut iter = it.iter()?;
    let mut best: Option<(Value, Value)> = None;
    while let Some(x) = iter.next()? {
        let k = match key {
            None => x.clone(),
            Some(f) => f.call1(x.clone())?,
        };
        best = Some(match best {
            None => (k, x),
            Some((bk, bx)) => {
                let better = k.compare(&bk, if is_max { CmpOp::Gt } else { CmpOp::Lt })?;
                if better { (k, x) } else { (bk, bx) }
            }
        });
    }
    Ok(best.map(|(_, x)| x))
}

/// `sorted(iterable, key=key, reverse=...)[:n]`.
fn sorted_prefix(
    n: &Value,
    it: &Value,
    key: Option<&Callable>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let l = List::from_vec(it.to_vec()?);
    sort_by_callable(&l, key, reverse)?;
    let stop = crate::conv::slice_bound(n)?;
    Ok(l.slice(None, stop, None)?.to_vec())
}

/// `range(0, -n, -1)` / `range(n)` length for the decorated heap.
fn range_len(n: &Value, negative: bool) -> PyResult<i64> {
    let i = crate::conv::to_int(n)?;
    let k = i
        .as_i64()
        .unwrap_or(if i.is_negative() { 0 } else { i64::MAX });
    let _ = negative;
    Ok(k.max(0))
}

fn nth(t: &Value, i: usize) -> Value {
    match t {
        Value::Tuple(t) => t.iter_at(i).unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// heapq.nlargest (Lib/heapq.py).
pub fn nlargest_impl(n: &Value, it: &Value, key: Option<Callable>) -> PyResult<Vec<Value>> {
    n_best(n, it, key, true)
}

/// heapq.nsmallest (Lib/heapq.py).
pub fn nsmallest_impl(n: &Value, it: &Value, key: Option<Callable>) -> PyResult<Vec<Value>> {
    n_best(n, it, key, false)
}

fn n_best(n: &Value, it: &Value, key: Option<Callable>, largest: bool) -> PyResult<Vec<Value>> {
    if n.eq(&Value::Int(Int::ONE))? {
        return Ok(best_of(it, key.as_ref(), largest)?.into_iter().collect());
    }
    if let Ok(size) = it.len() {
        let size = Value::Int(Int::from(size));
        if n.compare(&size, CmpOp::Ge)? {
            return sorted_prefix(n, it, key.as_ref(), largest);
        }
    }
    let count = range_len(n, largest)?;
    let mut iter = it.iter()?;
    let mut result: Vec<Value> = Vec::new();
    let mut i: i64 = 0;
    while i < count {
        let Some(elem) = iter.next()? else { break };
        let order = Value::Int(Int::from(if largest { -i } else { i }));
        result.push(match &key {
            None => tuple(vec![elem, order]),
            Some(f) => tuple(vec![f.call1(elem.clone())?, order, elem]),
        });
        i += 1;
    }
    if result.is_empty() {
        return Ok(result);
    }
    let h = List::from_vec(result);
    heapify(&h, !largest)?;
    let mut top = nth(&item(&h, 0)?, 0);
    let mut order: i64 = if largest { -count } else { count };
    while let Some(elem) = next_of(&mut iter)? {
        let k = match &key {
            None => elem.clone(),
            Some(f) => f.call1(elem.clone())?,
        };
        let better = if largest {
            top.compare(&k, CmpOp::Lt)?
        } else {
            k.compare(&top, CmpOp::Lt)?
        };
        if better {
            let o = Value::Int(Int::from(order));
            let entry = match &key {
                None => tuple(vec![elem, o]),
                Some(_) => tuple(vec![k, o, elem]),
            };
            heapreplace(&h, entry, !largest)?;
            top = nth(&item(&h, 0)?, 0);
            order += if largest { -1 } else { 1 };
        }
    }
    h.sort(largest)?;
    let last = if key.is_none() { 0 } else { 2 };
    Ok(h.to_vec().iter().map(|t| nth(t, last)).collect())
}

fn next_of(it: &mut ValueIter) -> PyResult<Option<Value>> {
    it.next()
}

/// heapq.merge(*iterables, key=None, reverse=False): a generator.
fn merge(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut key = None;
    let mut reverse = Value::Bool(false);
    for (k, v) in kwargs {
        match k.as_str() {
            "key" => key = Callable::optional(Some(v)),
            "reverse" => reverse = v,
            other => {
                return type_error(format!(
                    "merge() got an unexpected keyword argument '{other}'"
                ));
            }
        }
    }
    let mut iterables = Some(args);
    let mut state: Option<MergeState> = None;
    let it = Iter::from_fn("generator", move || {
        if let Some(args) = iterables.take() {
            state = Some(MergeState::start(args, key.clone(), reverse.try_truthy()?)?);
        }
        match &mut state {
            Some(s) => s.next(),
            None => Ok(None),
        }
    });
    Ok(IterObj::generator("merge", it))
}

/// The heap of `[value, order, next]` (or `[key, order, value, next]`) lists of merge();
/// the iterators live beside it, found by order.
struct MergeState {
    h: List<Value>,
    its: Vec<ValueIter>,
    key: Option<Callable>,
    max: bool,
    direction: i64,
    /// After the heap is down to one input: that input's remaining items.
    tail: Option<usize>,
    /// The item at the top of the heap has been yielded.
    pending_advance: bool,
    done: bool,
}

impl MergeState {
    fn start(args: Vec<Value>, key: Option<Callable>, reverse: bool) -> PyResult<MergeState> {
        let direction = if reverse { -1 } else { 1 };
        let mut entries = Vec::new();
        let mut its = Vec::new();
        for (order, a) in args.iter().enumerate() {
            let mut it = a.iter()?;
            let first = it.next()?;
            its.push(it);
            if let Some(v) = first {
                let o = Value::Int(Int::from(order as i64 * direction));
                entries.push(Value::List(List::from_vec(match &key {
                    None => vec![v, o, Value::None],
                    Some(f) => vec![f.call1(v.clone())?, o, v, Value::None],
                })));
            }
        }
        let h = List::from_vec(entries);
        heapify(&h, reverse)?;
        Ok(MergeState {
            h,
            its,
            key,
            max: reverse,
            direction,
            tail: None,
            pending_advance: false,
            done: false,
        })
    }

    fn entry_index(&self, s: &List<Value>) -> usize {
        let o = s
            .iter_at(1)
            .and_then(|v| v.as_int())
            .and_then(|i| i.as_i64());
        (o.unwrap_or(0) * self.direction) as usize
    }

    fn value_of(&self, s: &List<Value>) -> Value {
        s.iter_at(if self.key.is_some() { 2 } else { 0 })
            .unwrap_or(Value::None)
    }

    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        if let Some(i) = self.tail {
            let r = match self.its.get_mut(i) {
                Some(it) => it.next()?,
                None => None,
            };
            if r.is_none() {
                self.done = true;
            }
            return Ok(r);
        }
        loop {
            if self.h.len() > 1 {
                let Value::List(s) = item(&self.h, 0)? else {
                    return Ok(None);
                };
                if self.pending_advance {
                    self.pending_advance = false;
                    let idx = self.entry_index(&s);
                    let nv = match self.its.get_mut(idx) {
                        Some(it) => it.next()?,
                        None => None,
                    };
                    match nv {
                        Some(v) => {
                            match &self.key {
                                None => s.setitem(&Int::ZERO, v)?,
                                Some(f) => {
                                    let k = f.call1(v.clone())?;
                                    s.setitem(&Int::ZERO, k)?;
                                    s.setitem(&Int::from(2i64), v)?;
                                }
                            }
                            heapreplace(&self.h, Value::List(s), self.max)?;
                        }
                        None => {
                            heappop(&self.h, self.max)?;
                        }
                    }
                    continue;
                }
                self.pending_advance = true;
                return Ok(Some(self.value_of(&s)));
            }
            // len(h) <= 1: yield the head of the last input, then the rest of it.
            let Ok(Value::List(s)) = item(&self.h, 0) else {
                self.done = true;
                return Ok(None);
            };
            let idx = self.entry_index(&s);
            self.tail = Some(idx);
            return Ok(Some(self.value_of(&s)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> List<Value> {
        List::from_vec(v.iter().map(|i| Value::int(*i)).collect())
    }

    fn as_i64s(l: &List<Value>) -> Vec<i64> {
        l.to_vec()
            .iter()
            .map(|v| v.as_int().and_then(|i| i.as_i64()).unwrap_or(0))
            .collect()
    }

    #[test]
    fn heapify_small_and_large_match_python() {
        let script = "import heapq\nfor n in (10, 3000):\n    l = [(i * 7919) % 1009 for i in range(n)]\n    heapq.heapify(l)\n    print(l[:20], sum(l[i] * i for i in range(len(l))))\n";
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(script)
            .output()
            .expect("python3");
        let py = String::from_utf8_lossy(&out.stdout).to_string();
        let mut ours = String::new();
        for n in [10i64, 3000] {
            let l = ints(&(0..n).map(|i| (i * 7919) % 1009).collect::<Vec<_>>());
            heapify(&l, false).expect("heapify");
            let v = as_i64s(&l);
            let first: Vec<String> = v.iter().take(20).map(|x| x.to_string()).collect();
            let s: i64 = v.iter().enumerate().map(|(i, x)| x * i as i64).sum();
            ours.push_str(&format!("[{}] {}\n", first.join(", "), s));
        }
        assert_eq!(ours, py);
    }
}
