//! The handled-exception state: what `sys.exc_info()` answers (CPython's exc_info stack,
//! Python/errors.c `_PyErr_GetTopmostException`), and the traceback objects of raised
//! exceptions.
//!
//! Compiled code enters an except handler (and a finally block run while an exception
//! propagates) with a [`Handling`] guard, which pushes the exception on a per-thread stack
//! and removes it when the handler is left by any path (its end, `return`, `break`, an
//! error). A generator's handlers are its own: a suspended generator keeps the entries it
//! pushed (`Generator::handled`, genobj.rs) off the stack and puts them back when resumed,
//! as CPython swaps `gi_exc_state` in and out.

use crate::exc::PyErr;
use crate::object::{ObjRef, Object};
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the first handler entered: until then the stack is empty, so a generator's
/// resumption (a hot path) skips the stack bookkeeping with one plain load.
static USED: AtomicBool = AtomicBool::new(false);

#[inline]
fn used() -> bool {
    USED.load(Ordering::Relaxed)
}

/// An entry of the stack: the guard's token and the exception being handled.
pub type Entry = (u64, PyErr);

thread_local! {
    static HANDLED: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    static NEXT_TOKEN: Cell<u64> = const { Cell::new(1) };
    /// The live traceback objects, by exception identity, so that two reads of one
    /// exception's traceback give the same object.
    static TRACEBACKS: RefCell<Vec<(u64, Weak<Traceback>)>> = const { RefCell::new(Vec::new()) };
}

/// While alive, `exc` is the exception being handled (innermost).
#[must_use]
pub struct Handling(u64);

/// Enters a handler of `exc`.
pub fn handling(exc: &PyErr) -> Handling {
    USED.store(true, Ordering::Relaxed);
    let t = NEXT_TOKEN.with(|n| {
        let t = n.get();
        n.set(t + 1);
        t
    });
    HANDLED.with(|h| h.borrow_mut().push((t, exc.clone())));
    Handling(t)
}

impl Drop for Handling {
    fn drop(&mut self) {
        // Normally the top entry; a generator's entries may be saved away meanwhile
        // (then there is nothing to remove here).
        let old = HANDLED.with(|h| {
            let mut h = h.borrow_mut();
            h.iter()
                .rposition(|(t, _)| *t == self.0)
                .map(|i| h.remove(i))
        });
        drop(old);
    }
}

/// The exception being handled, innermost.
pub fn current() -> Option<PyErr> {
    HANDLED.with(|h| h.borrow().last().map(|(_, e)| e.clone()))
}

/// The stack's depth (a generator resumption saves what it pushed above it).
#[inline]
pub fn depth() -> usize {
    if !used() {
        return 0;
    }
    HANDLED.with(|h| h.borrow().len())
}

/// Moves the entries above `base` into `saved` (a generator suspending).
#[inline]
pub fn save_above(base: usize, saved: &mut Vec<Entry>) {
    if !used() {
        return;
    }
    HANDLED.with(|h| {
        let mut h = h.borrow_mut();
        if h.len() > base {
            saved.extend(h.drain(base..));
        }
    });
}

/// Puts a resumed generator's saved entries back on top.
#[inline]
pub fn restore(saved: &mut Vec<Entry>) {
    if !saved.is_empty() {
        HANDLED.with(|h| h.borrow_mut().append(saved));
    }
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled, or three
/// Nones.
pub fn exc_info() -> crate::exc::PyResult<Value> {
    let items = match current() {
        Some(e) => {
            let v = crate::obj::PyObj::to_value(&e);
            vec![crate::class::type_of(&v)?, v, traceback(&e)]
        }
        None => vec![Value::None, Value::None, Value::None],
    };
    Ok(Value::Tuple(crate::tuple::Tup::from_vec(items)))
}

/// The traceback object of a raised exception. It has no attributes molt can give
/// faithfully (the compiler refuses `tb_frame`, `tb_lineno`, `tb_next`, `tb_lasti`); it is
/// something that is not None, passed around and compared by identity.
pub fn traceback(e: &PyErr) -> Value {
    let id = e.identity();
    TRACEBACKS.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(tb) = t
            .iter()
            .find(|(i, _)| *i == id)
            .and_then(|(_, w)| w.upgrade())
        {
            return Value::Obj(tb as ObjRef);
        }
        t.retain(|(_, w)| w.strong_count() > 0);
        let tb = Rc::new(Traceback { _exc: id });
        t.push((id, Rc::downgrade(&tb)));
        Value::Obj(tb as ObjRef)
    })
}

/// A traceback object (see [`traceback`]).
pub struct Traceback {
    /// The exception's identity (gives the object a size, hence its own address).
    _exc: u64,
}

impl Object for Traceback {
    fn type_name(&self) -> &'static str {
        "traceback"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> crate::exc::PyResult<()> {
        out.push_str(&format!(
            "<traceback object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
}

/// Raising `e` (a `raise` statement, or a thrown exception entering a generator that
/// handles one): its `__context__` becomes the exception being handled, innermost, as
/// `_PyErr_SetObject` (Python/errors.c) does whatever the frame, replacing any context
/// it had; a handled exception is not its own context, and a chain that already leads
/// from the handled exception back to `e` is cut there, so that no cycle forms.
pub fn raised(e: PyErr) -> PyErr {
    e.mark_chained();
    let Some(top) = current() else {
        return e;
    };
    if top.py_is_exc(&e) {
        return e;
    }
    // Floyd's cycle detection, as CPython: a chain that loops already (set by hand)
    // is left alone once every link has been checked.
    let mut o = top.clone();
    let mut slow = top.clone();
    let mut toggle = false;
    while let Some(c) = o.context() {
        if c.py_is_exc(&e) {
            o.set_context(None);
            break;
        }
        o = c;
        if o.py_is_exc(&slow) {
            break;
        }
        if toggle && let Some(s) = slow.context() {
            slow = s;
        }
        toggle = !toggle;
    }
    e.set_context(Some(top));
    e
}

/// An error reaching compiled code: one the runtime raised gets the implicit context
/// here, where the handled exceptions are still those of its raise; one already raised
/// (propagating from a callee, or re-raised as is) keeps its context.
#[inline]
pub fn fresh(e: PyErr) -> PyErr {
    if e.is_chained() { e } else { raised(e) }
}
