//! Generators (PEP 255, 342, 380, 479) with the behaviour of CPython 3.11's
//! Objects/genobject.c.
//!
//! The compiler turns a generator function's body into a Rust `async move` block and hands
//! it to [`generator`]:
//!
//! ```ignore
//! rt::gen::generator("name", "qualname", move |co: rt::gen::Co| async move {
//!     let sent: rt::Value = co.yield_(v).await?;           // `yield v`
//!     let r: rt::Value = co.yield_from(iterable).await?;   // `yield from iterable`
//!     Ok(rt::Value::None)                                  // `return None`
//! })
//! ```
//!
//! No executor is involved: `send`/`throw`/`close`/`next` poll the boxed future once with a
//! no-op waker. A yield point stores the yielded value in the channel the generator shares
//! with its [`Co`] and returns `Pending`; when polled again it takes what the caller sent
//! (or the exception it threw) from the same channel. So a resumption costs one virtual
//! call and no allocation.

use crate::conv::FromValue;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::iter::{IntoPyIter, PyIter};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{Value, ValueIter};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::{Rc, Weak};
use std::task::{Context, Poll, Waker};

type Body = Pin<Box<dyn Future<Output = PyResult<Value>>>>;

/// What resumes a suspended generator.
#[derive(Default)]
enum Input {
    #[default]
    Nothing,
    /// `next()` (None) or `send(v)`.
    Send(Value),
    /// `throw(e)` / `close()`: the exception is raised at the yield point.
    Throw(PyErr),
}

/// The values crossing a yield point, shared by the generator and its body.
#[derive(Default)]
struct Chan {
    out: Cell<Option<Value>>,
    input: Cell<Input>,
    /// While the body is suspended in a `yield from` over a generator: that generator, so
    /// that `next()` can resume it directly instead of polling the body, whose delegation
    /// loop would only pass the step along (one resumption per level, as CPython's SEND
    /// does, but without the poll of each level's state machine).
    delegate: RefCell<Option<Rc<Generator>>>,
    /// A step of the delegate taken directly that ended it (its return or its error):
    /// the delegation loop takes it instead of stepping the delegate itself.
    delegated: Cell<Option<PyResult<Step>>>,
}

impl Chan {
    /// Stores a yielded value. The slot is always empty here (the resumption took the
    /// previous value), so nothing is dropped.
    #[inline]
    fn put(&self, v: Value) {
        if let Some(old) = self.out.replace(Some(v)) {
            drop(old);
        }
    }
}

/// The handle a generator body uses to yield. Cheap to clone (one `Rc`).
#[derive(Clone)]
pub struct Co(Rc<Chan>);

/// The future of one `yield v` expression: suspends once, then evaluates to what the
/// generator was resumed with.
pub struct Yield<'a> {
    chan: &'a Chan,
    value: Option<Value>,
}

impl Future for Yield<'_> {
    type Output = PyResult<Value>;
    #[inline]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        match self.value.take() {
            Some(v) => {
                self.chan.put(v);
                Poll::Pending
            }
            None => Poll::Ready(match self.chan.input.take() {
                Input::Send(v) => Ok(v),
                Input::Throw(e) => Err(e),
                Input::Nothing => Ok(Value::None),
            }),
        }
    }
}

/// A yield point that hands back the raw resumption (for `yield from`, which forwards
/// thrown exceptions to the subiterator).
struct RawYield<'a> {
    chan: &'a Chan,
    value: Option<Value>,
}

impl Future for RawYield<'_> {
    type Output = Input;
    #[inline]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Input> {
        match self.value.take() {
            Some(v) => {
                self.chan.put(v);
                Poll::Pending
            }
            None => Poll::Ready(self.chan.input.take()),
        }
    }
}

impl Co {
    /// `yield v`: evaluates to the value sent (None for `next()`), or fails with the
    /// exception thrown in by `throw()` / `close()`.
    #[inline]
    pub fn yield_(&self, v: Value) -> Yield<'_> {
        Yield {
            chan: &self.0,
            value: Some(v),
        }
    }

    /// `yield from iterable` (PEP 380): delegates next/send/throw/close to the
    /// subiterator and evaluates to its return value (StopIteration.value).
    pub async fn yield_from(&self, iterable: Value) -> PyResult<Value> {
        // GET_YIELD_FROM_ITER: generators are used as they are, anything else goes
        // through iter().
        let mut sub = Sub::of(&iterable)?;
        drop(iterable);
        let mut input = Input::Send(Value::None);
        loop {
            // A step the generator's `next()` took directly (see `Chan::delegate`).
            let step = match self.0.delegated.take() {
                Some(r) => Sub::returned(r),
                None => sub.step(input),
            };
            match step? {
                Step::Yield(v) => {
                    if let Sub::Gen(g) = &sub {
                        *self.0.delegate.borrow_mut() = Some(g.clone());
                        chains_changed();
                    }
                    input = RawYield {
                        chan: &self.0,
                        value: Some(v),
                    }
                    .await;
                    if self.0.delegate.borrow_mut().take().is_some() {
                        chains_changed();
                    }
                }
                Step::Return(v) => return Ok(v),
            }
        }
    }
}

/// The iterator a `yield from` delegates to.
enum Sub {
    Gen(Rc<Generator>),
    Iter(ValueIter),
}

impl Sub {
    fn of(v: &Value) -> PyResult<Sub> {
        if let Value::Obj(o) = v
            && let Some(g) = as_generator(o)
        {
            return Ok(Sub::Gen(g));
        }
        Ok(match v.iter()? {
            ValueIter::Gen(g) => Sub::Gen(g),
            it => Sub::Iter(it),
        })
    }

    /// One step of the delegation: PyIter_Send for a value, _gen_throw's delegation for an
    /// exception (Objects/genobject.c).
    fn step(&mut self, input: Input) -> PyResult<Step> {
        let r = match input {
            Input::Nothing => self.send(Value::None),
            Input::Send(v) => self.send(v),
            Input::Throw(e) if e.matches(ExcKind::GeneratorExit) => {
                // close(): close the subiterator first; an error from that replaces the
                // GeneratorExit raised at the yield point.
                if let Sub::Gen(g) = self {
                    g.close()?;
                }
                Err(e)
            }
            Input::Throw(e) => match self {
                Sub::Gen(g) => g.resume(Input::Throw(e)),
                // An iterator without a throw() method: raise at the yield point.
                Sub::Iter(_) => Err(e),
            },
        };
        Sub::returned(r)
    }

    /// A subiterator that raises StopIteration has returned its value.
    fn returned(r: PyResult<Step>) -> PyResult<Step> {
        match r {
            Err(e) if e.kind() == ExcKind::StopIteration => Ok(Step::Return(stop_value(&e))),
            r => r,
        }
    }

    fn send(&mut self, v: Value) -> PyResult<Step> {
        match self {
            Sub::Gen(g) => g.resume(Input::Send(v)),
            Sub::Iter(it) => {
                if !v.is_none() {
                    return Err(PyErr::msg(
                        ExcKind::AttributeError,
                        format!("'{}' object has no attribute 'send'", iter_type_name(it)),
                    ));
                }
                Ok(match it.next()? {
                    Some(x) => Step::Yield(x),
                    None => Step::Return(Value::None),
                })
            }
        }
    }
}

/// `type(iter(x)).__name__` for the iterators of the builtin types.
pub fn iter_type_name(it: &ValueIter) -> &'static str {
    use crate::value::ViewKind;
    match it {
        ValueIter::List(..) => "list_iterator",
        ValueIter::Tuple(..) => "tuple_iterator",
        ValueIter::Str(s, _) => {
            if s.as_str().is_ascii() {
                "str_ascii_iterator"
            } else {
                "str_iterator"
            }
        }
        ValueIter::Dict(_) => "dict_keyiterator",
        ValueIter::Set(..) | ValueIter::FrozenSet(..) => "set_iterator",
        ValueIter::RangeIt(_) => "range_iterator",
        ValueIter::Vec(_) => "list_iterator",
        ValueIter::Iter(i) => i.name(),
        ValueIter::View(ViewKind::Values, _) => "dict_valueiterator",
        ValueIter::View(..) => "dict_itemiterator",
        ValueIter::Gen(_) => "generator",
    }
}

/// What a resumption produced.
pub enum Step {
    Yield(Value),
    Return(Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Created,
    Suspended,
    Done,
}

struct State {
    status: Status,
    body: Option<Body>,
    /// While suspended: the handled exceptions its except handlers pushed (exc_state.rs),
    /// off the stack until it resumes.
    handled: Vec<crate::exc_state::Entry>,
}

/// A generator object (`type(g).__name__ == 'generator'`).
pub struct Generator {
    name: &'static str,
    qualname: &'static str,
    chan: Rc<Chan>,
    /// Mutably borrowed while the body runs: a re-entrant resumption is CPython's
    /// "generator already executing".
    state: RefCell<State>,
    /// The generators of this generator's `yield from` chain (see `chain_path`).
    path: RefCell<Option<Path>>,
    /// The outcome of a resumption a chain shortcut took (it ended the generator), for the
    /// delegating parent to take as its own step.
    stash: Cell<Option<PyResult<Step>>>,
}

/// A chain of `yield from`s below a generator: its delegate, that one's delegate, ...,
/// down to the generator a resumption really runs (the last).
struct Path {
    gens: Vec<Rc<Generator>>,
    /// `CHAIN_EPOCH` when last known to be the chain.
    epoch: u64,
}

thread_local! {
    /// Bumped whenever a generator starts or stops delegating (`Chan::delegate`), which
    /// is when a cached chain may have changed.
    static CHAIN_EPOCH: Cell<u64> = const { Cell::new(0) };
    /// How many chain shortcuts are running (their hidden generators are running too).
    static SHORTCUTS: Cell<u32> = const { Cell::new(0) };
}

/// Follows the delegates of the chain's last generator (see `Generator::chain_path`):
/// appends each delegate of a suspended generator with no handled exceptions. None when
/// the last generator is not suspended (running, just created, or finished): no chain.
fn extend_path(gens: &mut Vec<Rc<Generator>>) -> Option<()> {
    loop {
        let last = gens.last()?;
        let next = {
            let st = last.state.try_borrow().ok()?;
            if st.status != Status::Suspended {
                return None;
            }
            if !st.handled.is_empty() {
                return Some(());
            }
            last.chan.delegate.borrow().clone()
        };
        match next {
            Some(g) => gens.push(g),
            None => return Some(()),
        }
    }
}

#[inline]
fn chains_changed() {
    CHAIN_EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// Creates a generator object from its body (see the module documentation).
pub fn generator<F, Fut>(name: &'static str, qualname: &'static str, body: F) -> Value
where
    F: FnOnce(Co) -> Fut,
    Fut: Future<Output = PyResult<Value>> + 'static,
{
    Value::Obj(new_generator(name, qualname, body))
}

/// A generator whose yielded values inference knows to be `T`s: the same object as
/// [`generator`] makes, seen through a typed handle, so that loops over it skip the
/// dynamic iterator dispatch and get typed items.
pub fn generator_typed<T, F, Fut>(name: &'static str, qualname: &'static str, body: F) -> Gen<T>
where
    F: FnOnce(Co) -> Fut,
    Fut: Future<Output = PyResult<Value>> + 'static,
{
    Gen(new_generator(name, qualname, body), PhantomData)
}

fn new_generator<F, Fut>(name: &'static str, qualname: &'static str, body: F) -> Rc<Generator>
where
    F: FnOnce(Co) -> Fut,
    Fut: Future<Output = PyResult<Value>> + 'static,
{
    let chan = Rc::new(Chan::default());
    let fut = body(Co(chan.clone()));
    let g = Rc::new(Generator {
        name,
        qualname,
        chan,
        state: RefCell::new(State {
            status: Status::Created,
            body: Some(Box::pin(fut)),
            handled: Vec::new(),
        }),
        path: RefCell::new(None),
        stash: Cell::new(None),
    });
    register(&g);
    g
}

/// A typed handle on a generator object whose yields are all `T`s (the compiler converts
/// every `yield` of the body to `T` before boxing it). Converting to a `Value` gives the
/// generator object itself, so identity, `send`/`throw`/`close` and repr are unchanged.
pub struct Gen<T>(Rc<Generator>, PhantomData<fn() -> T>);

impl<T> Clone for Gen<T> {
    fn clone(&self) -> Self {
        Gen(self.0.clone(), PhantomData)
    }
}

impl<T: FromValue> Gen<T> {
    /// `next(g)`: the next item, or StopIteration(value) once the generator has returned.
    #[inline]
    pub fn next(&self) -> PyResult<T> {
        T::from_value(self.0.next()?)
    }

    /// `g.send(v)`: the next item, or StopIteration(value) once the generator has returned.
    #[inline]
    pub fn send(&self, v: Value) -> PyResult<T> {
        T::from_value(self.0.send(v)?)
    }
}

impl<T: FromValue> PyIter for Gen<T> {
    type Item = T;
    #[inline]
    fn next_item(&mut self) -> PyResult<Option<T>> {
        match self.0.next_item()? {
            Some(v) => Ok(Some(T::from_value(v)?)),
            None => Ok(None),
        }
    }
}

impl<T: FromValue + PyObj> IntoPyIter for Gen<T> {
    type Item = T;
    type It = Gen<T>;
    #[inline]
    fn py_iter(&self) -> PyResult<Gen<T>> {
        Ok(self.clone())
    }
}

impl<T: 'static> PyObj for Gen<T> {
    fn to_value(&self) -> Value {
        Value::Obj(self.0.clone())
    }
    fn type_name(&self) -> &'static str {
        "generator"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.0.repr());
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(Rc::ptr_eq(&self.0, &other.0))
    }
    fn py_hash(&self) -> PyResult<i64> {
        self.to_value().py_hash()
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(true)
    }
    fn py_is(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> FromValue for Gen<T> {
    fn from_value(v: Value) -> PyResult<Gen<T>> {
        if let Value::Obj(o) = &v
            && let Some(g) = as_generator(o)
        {
            return Ok(Gen(g, PhantomData));
        }
        type_error(format!("expected generator, got {}", v.class_name()))
    }
}

/// The generator behind an object, if it is one.
pub fn as_generator(o: &ObjRef) -> Option<Rc<Generator>> {
    if !o.as_any().is::<Generator>() {
        return None;
    }
    let any: Rc<dyn Any> = o.clone();
    any.downcast::<Generator>().ok()
}

/// StopIteration carrying a generator's return value (_PyGen_SetStopIterationValue):
/// no argument for None.
pub fn stop_iteration(v: Value) -> PyErr {
    if v.is_none() {
        PyErr::new(ExcKind::StopIteration, vec![])
    } else {
        PyErr::new(ExcKind::StopIteration, vec![v])
    }
}

/// `StopIteration.value`: its first argument, or None.
pub fn stop_value(e: &PyErr) -> Value {
    e.args().first().cloned().unwrap_or(Value::None)
}

/// PEP 479: a StopIteration leaving a generator's body becomes a RuntimeError.
pub fn pep479(e: PyErr) -> PyErr {
    if e.matches(ExcKind::StopIteration) {
        PyErr::msg(ExcKind::RuntimeError, "generator raised StopIteration")
            .with_cause(Some(e.clone()))
            .with_context(Some(e))
    } else {
        e
    }
}

fn step_result(s: Step) -> PyResult<Value> {
    match s {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => Err(stop_iteration(v)),
    }
}

impl Generator {
    /// gen_send_ex2: runs the body to its next yield or to its end.
    fn resume(&self, input: Input) -> PyResult<Step> {
        if let Some(r) = self.stash.take() {
            return r;
        }
        let Ok(mut st) = self.state.try_borrow_mut() else {
            return value_error("generator already executing");
        };
        if self.hidden_running() {
            return value_error("generator already executing");
        }
        // A thrown exception is raised as is, unless the generator is suspended inside
        // a handler of its own (gen_send_ex2's _PyErr_ChainStackItem): then the handled
        // exception becomes its context, below.
        if let Input::Throw(e) = &input {
            e.mark_chained();
        }
        match st.status {
            Status::Done => {
                return match input {
                    Input::Throw(e) => Err(e),
                    _ => Ok(Step::Return(Value::None)),
                };
            }
            Status::Created => match input {
                Input::Send(ref v) if !v.is_none() => {
                    return type_error("can't send non-None value to a just-started generator");
                }
                Input::Throw(e) => {
                    // The exception is raised before the first line of the body runs.
                    st.status = Status::Done;
                    let body = st.body.take();
                    drop(st);
                    drop(body);
                    return Err(pep479(e));
                }
                _ => {}
            },
            Status::Suspended => {}
        }
        // A resumption is a Python frame: it counts against the recursion limit.
        let _frame = crate::rt::enter()?;
        // Its handlers' exceptions are the handled ones again while it runs.
        let base = crate::exc_state::depth();
        let own_handled = !st.handled.is_empty();
        crate::exc_state::restore(&mut st.handled);
        let mut input = match input {
            Input::Throw(e) if own_handled => Input::Throw(crate::exc_state::raised(e)),
            input => input,
        };
        if st.status == Status::Suspended
            && let Input::Send(_) | Input::Nothing = input
            && self.chan.delegate.borrow().is_some()
        {
            let v = match std::mem::take(&mut input) {
                Input::Send(v) => v,
                _ => Value::None,
            };
            if let Some(y) = self.delegate_step(v) {
                crate::exc_state::save_above(base, &mut st.handled);
                return Ok(Step::Yield(y));
            }
        }
        // next() leaves the channel empty (a yield evaluates to None then): the common
        // case writes nothing.
        if st.status == Status::Suspended {
            match input {
                Input::Send(Value::None) | Input::Nothing => {}
                input => self.chan.input.set(input),
            }
        }
        st.status = Status::Suspended;
        let Some(body) = st.body.as_mut() else {
            return Err(PyErr::msg(
                ExcKind::SystemError,
                "molt internal error: a suspended generator has no body",
            ));
        };
        let p = body.as_mut().poll(&mut Context::from_waker(Waker::noop()));
        crate::exc_state::save_above(base, &mut st.handled);
        self.after_poll(st, p)
    }

    /// While the body is suspended in `yield from` over a generator (`Chan::delegate`),
    /// `next()`/`send(v)` resume that generator directly (PyIter_Send, as the delegation
    /// loop would): its yielded value, the body left where it is; or, once the delegate has
    /// returned or raised, None with that outcome left for the loop (`Chan::delegated`),
    /// and the body must be polled. The caller holds the body's borrow: the generator is
    /// running meanwhile, as in CPython.
    #[inline]
    fn delegate_step(&self, v: Value) -> Option<Value> {
        let sub = self.chan.delegate.borrow().clone()?;
        let r = match self.chain_path(&sub) {
            Some(path) => self.shortcut(path, v),
            None => sub.resume(Input::Send(v)),
        };
        match r {
            Ok(Step::Yield(y)) => Some(y),
            r => {
                self.chan.delegated.set(Some(r));
                None
            }
        }
    }

    /// The chain below this generator (whose delegate is `sub`) that a resumption may go
    /// through directly: `sub`, its delegate, ..., each suspended in `yield from` over a
    /// generator with no handled exceptions of its own (restoring and saving them would do
    /// nothing), down to the first suspended generator that is not (the one that really
    /// runs). Each level would only pass the value down and the yielded value up
    /// (PyIter_Send in CPython's SEND), so `shortcut` resumes the last one directly and
    /// follows the chain as it grows and shrinks: a recursive tree walk costs a few
    /// resumptions per item instead of one per level. None for a chain of one.
    fn chain_path(&self, sub: &Rc<Generator>) -> Option<Path> {
        let epoch = CHAIN_EPOCH.with(Cell::get);
        if let Some(p) = self.path.borrow_mut().take()
            && p.epoch == epoch
            && p.gens.first().is_some_and(|g| Rc::ptr_eq(g, sub))
        {
            return Some(p);
        }
        // Most often (a parent resumed to take the outcome of its ended delegate) there
        // is no chain: found before allocating.
        if sub.chan.delegate.try_borrow().ok()?.is_none() {
            return None;
        }
        let mut gens = vec![sub.clone()];
        extend_path(&mut gens)?;
        (gens.len() > 1).then_some(Path { gens, epoch })
    }

    /// Runs the chain's last generator, its parents counted as frames and running
    /// meanwhile (`hidden_running`). One that ends leaves its outcome for its parent
    /// (`stash`), which then runs as the delegation loop of its `yield from` does in CPython;
    /// a generator that starts delegating is appended to the chain.
    fn shortcut(&self, mut path: Path, v: Value) -> PyResult<Step> {
        let mut input = Input::Send(v);
        loop {
            let n = path.gens.len();
            let Some(last) = path.gens.last().cloned() else {
                return Err(PyErr::msg(
                    ExcKind::SystemError,
                    "molt internal error: an empty yield from chain",
                ));
            };
            let hidden = n as u32 - 1;
            let Some(frames) = crate::rt::enter_frames(hidden) else {
                // Past the recursion limit: the level-by-level path raises where CPython
                // does (a stashed outcome is taken on the way down).
                return path.gens[0].resume(input);
            };
            SHORTCUTS.with(|c| c.set(c.get() + 1));
            let r = last.resume(input);
            SHORTCUTS.with(|c| c.set(c.get() - 1));
            drop(frames);
            match r {
                Ok(Step::Yield(y)) => {
                    if extend_path(&mut path.gens).is_some() && path.gens.len() > 1 {
                        path.epoch = CHAIN_EPOCH.with(Cell::get);
                        *self.path.borrow_mut() = Some(path);
                    }
                    return Ok(Step::Yield(y));
                }
                // The delegate itself ended: this generator's own loop takes it.
                r if n == 1 => return r,
                r => {
                    last.stash.set(Some(r));
                    path.gens.pop();
                    input = Input::Send(Value::None);
                }
            }
        }
    }

    /// Whether this generator is running in CPython's terms although not borrowed: it is
    /// a hidden generator of a running chain shortcut (suspended in `yield from`, and the
    /// bottom of its chain is running).
    fn hidden_running(&self) -> bool {
        if SHORTCUTS.with(Cell::get) == 0 {
            return false;
        }
        let delegate = |g: &Generator| g.chan.delegate.try_borrow().ok().and_then(|d| d.clone());
        let mut next = delegate(self);
        while let Some(g) = next {
            if g.state.try_borrow().is_err() {
                return true;
            }
            next = delegate(&g);
        }
        false
    }

    /// What a poll of the body means: a yield, or the end of the generator.
    fn after_poll(
        &self,
        mut st: std::cell::RefMut<'_, State>,
        p: Poll<PyResult<Value>>,
    ) -> PyResult<Step> {
        match p {
            Poll::Pending => match self.chan.out.take() {
                Some(v) => Ok(Step::Yield(v)),
                None => Err(PyErr::msg(
                    ExcKind::SystemError,
                    "molt internal error: a generator suspended without yielding",
                )),
            },
            Poll::Ready(r) => {
                st.status = Status::Done;
                let body = st.body.take();
                drop(st);
                // The body's locals are released once the generator is marked finished
                // (their finalizers may look at it).
                drop(body);
                self.chan.input.take();
                if self.chan.delegate.borrow_mut().take().is_some() {
                    chains_changed();
                }
                self.chan.delegated.take();
                match r {
                    Ok(v) => Ok(Step::Return(v)),
                    Err(e) => Err(pep479(e)),
                }
            }
        }
    }

    /// The next item for iteration (for loops, list(), ...): None once it has returned.
    #[inline]
    pub fn next_item(&self) -> PyResult<Option<Value>> {
        // The hot path of for loops: a suspended generator that yields again.
        if let Ok(mut st) = self.state.try_borrow_mut()
            && st.status == Status::Suspended
            && st.body.is_some()
            && !self.hidden_running()
        {
            if let Some(r) = self.stash.take() {
                drop(st);
                return Ok(match r? {
                    Step::Yield(v) => Some(v),
                    Step::Return(_) => None,
                });
            }
            let _frame = crate::rt::enter()?;
            let base = crate::exc_state::depth();
            crate::exc_state::restore(&mut st.handled);
            if let Some(y) = self.delegate_step(Value::None) {
                crate::exc_state::save_above(base, &mut st.handled);
                return Ok(Some(y));
            }
            let p = st
                .body
                .as_mut()
                .map(|b| b.as_mut().poll(&mut Context::from_waker(Waker::noop())));
            crate::exc_state::save_above(base, &mut st.handled);
            let Some(p) = p else {
                return Ok(None);
            };
            return match p {
                Poll::Pending => match self.chan.out.take() {
                    Some(v) => Ok(Some(v)),
                    None => Ok(match self.after_poll(st, Poll::Pending)? {
                        Step::Yield(v) => Some(v),
                        Step::Return(_) => None,
                    }),
                },
                p => Ok(match self.after_poll(st, p)? {
                    Step::Yield(v) => Some(v),
                    Step::Return(_) => None,
                }),
            };
        }
        match self.resume(Input::Send(Value::None))? {
            Step::Yield(v) => Ok(Some(v)),
            Step::Return(_) => Ok(None),
        }
    }

    /// `next(g)`: StopIteration(value) once it has returned.
    pub fn next(&self) -> PyResult<Value> {
        step_result(self.resume(Input::Send(Value::None))?)
    }

    /// `g.send(v)`.
    pub fn send(&self, v: Value) -> PyResult<Value> {
        step_result(self.resume(Input::Send(v))?)
    }

    /// `g.throw(e)`.
    pub fn throw(&self, e: PyErr) -> PyResult<Value> {
        step_result(self.resume(Input::Throw(e))?)
    }

    /// Low-level resumptions for the runtime's own consumers (contextlib): the step
    /// instead of StopIteration.
    pub fn send_step(&self, v: Value) -> PyResult<Step> {
        self.resume(Input::Send(v))
    }

    pub fn throw_step(&self, e: PyErr) -> PyResult<Step> {
        self.resume(Input::Throw(e))
    }

    /// `g.close()` (gen_close): GeneratorExit at the yield point; yielding again is an error.
    pub fn close(&self) -> PyResult<()> {
        match self.resume(Input::Throw(PyErr::new(ExcKind::GeneratorExit, vec![]))) {
            Ok(Step::Yield(_)) => Err(PyErr::msg(
                ExcKind::RuntimeError,
                "generator ignored GeneratorExit",
            )),
            Ok(Step::Return(_)) => Ok(()),
            Err(e) if e.matches(ExcKind::StopIteration) || e.matches(ExcKind::GeneratorExit) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `g.gi_running`.
    pub fn running(&self) -> bool {
        self.state.try_borrow().is_err() || self.hidden_running()
    }

    fn suspended(&self) -> bool {
        self.state
            .try_borrow()
            .is_ok_and(|s| s.status == Status::Suspended)
    }

    fn repr(&self) -> String {
        format!(
            "<generator object {} at {:#x}>",
            self.qualname, self as *const Generator as usize
        )
    }

    /// _PyGen_Finalize: a suspended generator is closed when it is collected; an error is
    /// reported like PyErr_WriteUnraisable.
    fn finalize(&self) {
        if !self.suspended() {
            return;
        }
        if let Err(e) = self.close() {
            write_unraisable(&self.repr(), &e);
        }
    }
}

/// PyErr_WriteUnraisable's report (without source lines, which molt does not have).
pub fn write_unraisable(obj_repr: &str, e: &PyErr) {
    let mut s = format!("Exception ignored in: {obj_repr}\n");
    s.push_str("Traceback (most recent call last):\n");
    s.push_str(&e.traceback_line());
    s.push('\n');
    crate::io::stderr_write(&s);
}

impl Drop for Generator {
    fn drop(&mut self) {
        // Created generators have run no code and finished ones have nothing to clean up.
        if self.state.get_mut().status != Status::Suspended || shutting_down() {
            return;
        }
        self.finalize();
    }
}

/// `throw(typ[, val[, tb]])`'s exception (_gen_throw, 3.11 signatures).
pub fn throw_args(args: Vec<Value>) -> PyResult<PyErr> {
    if args.is_empty() {
        return type_error("throw expected at least 1 argument, got 0");
    }
    if args.len() > 3 {
        return type_error(format!(
            "throw expected at most 3 arguments, got {}",
            args.len()
        ));
    }
    let mut it = args.into_iter();
    let typ = it.next().unwrap_or_default();
    let val = it.next().unwrap_or_default();
    let tb = it.next().unwrap_or_default();
    let is_tb = matches!(&tb, Value::Obj(o) if o.as_any().is::<crate::exc_state::Traceback>());
    if !tb.is_none() && !is_tb {
        return type_error("throw() third argument must be a traceback object");
    }
    exception_of(typ, val)
}

/// An exception from an exception class or instance and an optional value
/// (PyErr_NormalizeException).
pub fn exception_of(typ: Value, val: Value) -> PyResult<PyErr> {
    match typ {
        Value::Exc(e) => {
            if !val.is_none() {
                return type_error("instance exception may not have a separate value");
            }
            Ok(e)
        }
        Value::Obj(_) if crate::class::is_exc_class(&typ) => {
            crate::class::exception_from_class(&typ, val)
                .unwrap_or_else(|| type_error("exceptions must derive from BaseException"))
        }
        // An instance of a user exception class.
        Value::Obj(_) if crate::class::excs_to_exception(&typ).is_ok() => {
            if !val.is_none() {
                return type_error("instance exception may not have a separate value");
            }
            crate::class::excs_to_exception(&typ)
        }
        other => type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            other.type_name_attr()
        )),
    }
}

fn no_args(method: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    crate::modules::bind::no_args(&format!("generator.{method}"), args, kwargs)
}

impl Object for Generator {
    fn type_name(&self) -> &'static str {
        "generator"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.repr());
        Ok(())
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        match as_generator(this) {
            Some(g) => Ok(ValueIter::Gen(g)),
            None => type_error("'generator' object is not iterable"),
        }
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            // The methods `call_method` answers, as bound values (`hasattr(g, "__next__")`,
            // `f = g.send`).
            "send" | "throw" | "close" | "__next__" | "__iter__" => {
                Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name))
            }
            "__name__" => Ok(Value::str(self.name)),
            "__qualname__" => Ok(Value::str(self.qualname)),
            "gi_running" => Ok(Value::Bool(self.running())),
            "gi_suspended" => Ok(Value::Bool(self.suspended())),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'generator' object has no attribute '{name}'"),
            )),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "send" => {
                let v = crate::modules::bind::one_arg("generator.send", args, &kwargs)?;
                self.send(v)
            }
            "throw" => {
                if !kwargs.is_empty() {
                    return type_error("generator.throw() takes no keyword arguments");
                }
                self.throw(throw_args(args)?)
            }
            "close" => {
                no_args("close", &args, &kwargs)?;
                self.close()?;
                Ok(Value::None)
            }
            "__next__" => {
                no_args("__next__", &args, &kwargs)?;
                self.next()
            }
            "__iter__" => {
                no_args("__iter__", &args, &kwargs)?;
                Ok(Value::Obj(this.clone()))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'generator' object has no attribute '{name}'"),
            )),
        }
    }
}

// ------------------------------------------------------------------ finalization at exit

/// The generators that may still need closing when the program ends (CPython closes the
/// ones still alive when it clears the modules at shutdown).
struct Registry {
    gens: Vec<Weak<Generator>>,
    compact_at: usize,
    /// Set while the exit-time finalization walks `gens` (which must not move then).
    finalizing: bool,
    /// Set once it has run: generators dropped later (thread-local destructors) must not
    /// run Python code any more.
    finalized: bool,
}

thread_local! {
    static LIVE: RefCell<Registry> = const {
        RefCell::new(Registry { gens: Vec::new(), compact_at: 64, finalizing: false, finalized: false })
    };
}

fn register(g: &Rc<Generator>) {
    let _ = LIVE.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.gens.push(Rc::downgrade(g));
            if r.gens.len() >= r.compact_at && !r.finalizing {
                r.gens.retain(|w| w.strong_count() > 0);
                r.compact_at = (r.gens.len() * 2).max(64);
            }
        }
    });
}

fn shutting_down() -> bool {
    LIVE.try_with(|r| r.try_borrow().map_or(true, |r| r.finalized))
        .unwrap_or(true)
}

/// Declared after the main module's variables: dropped first when the module's code ends
/// (normally or by an exception), it closes the generators still suspended oldest first,
/// as CPython's finalization of the module's namespace does, before Rust drops the
/// variables newest first.
pub struct FinalizeAtEnd;

impl Drop for FinalizeAtEnd {
    fn drop(&mut self) {
        finalize_all();
    }
}

/// Closes the generators still suspended at the end of the program, oldest first (called
/// by the runtime's exit path).
pub fn finalize_all() {
    let _ = LIVE.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.finalizing = true;
        }
    });
    let mut i = 0;
    loop {
        let next = LIVE
            .try_with(|r| r.try_borrow().ok().and_then(|r| r.gens.get(i).cloned()))
            .ok()
            .flatten();
        let Some(w) = next else { break };
        if let Some(g) = w.upgrade() {
            g.finalize();
        }
        i += 1;
    }
    let _ = LIVE.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.finalized = true;
            r.gens = Vec::new();
        }
    });
}

// ------------------------------------------------------------------ iter() and next()

/// `iter(x)`: iterators are returned as they are; anything else gets its iterator object.
pub fn iter_value(x: &Value) -> PyResult<Value> {
    match x {
        Value::Iter(_) => Ok(x.clone()),
        // A user class's __iter__ result itself (so `iter(it) is it`).
        Value::Obj(o) if let Some(i) = crate::object::inst(o) => crate::class::instance_iter(i),
        Value::Obj(o) if o.as_any().is::<Generator>() => Ok(x.clone()),
        Value::Obj(o) if is_self_iterator(o) => {
            // The object checks that it can be iterated (a closed file cannot).
            o.iter(o)?;
            Ok(x.clone())
        }
        _ => Ok(match x.iter()? {
            ValueIter::Gen(g) => Value::Obj(g),
            ValueIter::Iter(i) => Value::Iter(i),
            mut it => {
                let name = iter_type_name(&it);
                Value::Iter(crate::iter::Iter::from_fn(name, move || it.next()))
            }
        }),
    }
}

/// Runtime objects that are their own iterators (files and StringIO).
fn is_self_iterator(o: &ObjRef) -> bool {
    let a = o.as_any();
    a.is::<crate::modules::files::File>() || a.is::<crate::modules::io::StringIO>()
}

/// `iter(callable, sentinel)`: calls until the result equals the sentinel.
pub fn iter_callable(f: Value, sentinel: Value) -> PyResult<Value> {
    if !crate::modules::callable::is_callable(&f) {
        return type_error("iter(v, w): v must be callable");
    }
    let mut f = Some(f);
    Ok(Value::Iter(crate::iter::Iter::from_fn(
        "callable_iterator",
        move || {
            // calliter_iternext (Objects/iterobject.c): exhausted for good once it ends.
            let Some(func) = f.as_ref() else {
                return Ok(None);
            };
            match crate::modules::callable::call_value(func, vec![]) {
                Ok(v) => {
                    if crate::obj::PyObj::py_is(&sentinel, &v) || sentinel.eq(&v)? {
                        f = None;
                        Ok(None)
                    } else {
                        Ok(Some(v))
                    }
                }
                Err(e) if e.matches(ExcKind::StopIteration) => {
                    f = None;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        },
    )))
}

/// `next(it)`.
pub fn next_value(it: &Value) -> PyResult<Value> {
    match it {
        Value::Iter(i) => {
            let mut i = i.clone();
            match crate::iter::PyIter::next_item(&mut i)? {
                Some(v) => Ok(v),
                None => Err(stop_iteration(Value::None)),
            }
        }
        Value::Obj(o) => {
            if let Some(g) = o.as_any().downcast_ref::<Generator>() {
                return g.next();
            }
            if let Some(r) = crate::modules::itertools::next_of(o) {
                return r?.ok_or_else(|| stop_iteration(Value::None));
            }
            o.call_method(o, "__next__", vec![], vec![])
                .map_err(|e| not_an_iterator(e, it))
        }
        _ => Err(not_an_iterator_err(it)),
    }
}

/// `next(it, default)`: the default instead of StopIteration.
pub fn next_or(it: &Value, default: Value) -> PyResult<Value> {
    match next_value(it) {
        Err(e) if e.matches(ExcKind::StopIteration) => Ok(default),
        r => r,
    }
}

fn not_an_iterator_err(it: &Value) -> PyErr {
    PyErr::msg(
        ExcKind::TypeError,
        format!("'{}' object is not an iterator", it.class_name()),
    )
}

fn not_an_iterator(e: PyErr, it: &Value) -> PyErr {
    if e.kind() == ExcKind::AttributeError
        && e.to_str().ends_with("object has no attribute '__next__'")
    {
        not_an_iterator_err(it)
    } else {
        e
    }
}

#[cfg(test)]
#[path = "genobj_tests.rs"]
pub(crate) mod tests;

/// The running total of a fused `sum()` whose result is a float (codegen's generator
/// fusion feeds it the generator's items one by one): the same steps as
/// `builtins::sum_float`, plain left-to-right addition as in CPython 3.11.
pub struct FloatSum {
    int_acc: Option<crate::Int>,
    acc: f64,
}

impl FloatSum {
    pub fn new(start: crate::builtins::SumStart) -> FloatSum {
        match start {
            crate::builtins::SumStart::Float(f) => FloatSum {
                int_acc: None,
                acc: f,
            },
            crate::builtins::SumStart::Int(i) => FloatSum {
                int_acc: Some(i),
                acc: 0.0,
            },
        }
    }

    pub fn add(&mut self, n: crate::builtins::Num) -> PyResult<()> {
        use crate::builtins::Num;
        match (n, &mut self.int_acc) {
            (Num::I(i), Some(a)) => *a = a.add(&i),
            (Num::F(f), Some(a)) => {
                self.acc = a.to_f64()? + f;
                self.int_acc = None;
            }
            (Num::I(i), None) => self.acc += i.to_f64()?,
            (Num::F(f), None) => self.acc += f,
        }
        Ok(())
    }

    pub fn finish(self) -> PyResult<f64> {
        match self.int_acc {
            Some(a) => a.to_f64(),
            None => Ok(self.acc),
        }
    }
}

/// The running total of a fused `sum()` of dynamic values: `builtins::sum_dyn`'s steps.
pub struct DynSum {
    acc: Value,
}

impl DynSum {
    /// Checks the start before any item is taken, as `sum_dyn` does.
    pub fn new(start: Value) -> PyResult<DynSum> {
        if matches!(start, Value::Str(_)) {
            return type_error("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Ok(DynSum { acc: start })
    }

    pub fn add(&mut self, v: Value) -> PyResult<()> {
        self.acc = crate::value::binop(crate::value::BinOp::Add, &self.acc, &v)?;
        Ok(())
    }

    pub fn finish(self) -> Value {
        self.acc
    }
}
