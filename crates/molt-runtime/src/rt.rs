//! Program start-up and shutdown, the recursion limit, and uncaught exceptions.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::value::Value;
use std::cell::Cell;

/// Call depth and its limits, in one thread-local so a call touches it once.
struct Frames {
    depth: Cell<u32>,
    limit: Cell<u32>,
    /// The lowest address the stack may reach before molt raises RecursionError instead of
    /// overflowing (set when the main thread starts).
    floor: Cell<usize>,
}

thread_local! {
    static FRAMES: Frames = const {
        Frames { depth: Cell::new(1), limit: Cell::new(1000), floor: Cell::new(0) }
    };
}

/// The stack the program runs on. Python code may raise the recursion limit far above
/// 1000 (sys.setrecursionlimit), so give it room; the pages are only touched when used.
const STACK_SIZE: usize = 4 << 30;
/// Room kept free below the floor for runtime calls made at the deepest frame.
const STACK_MARGIN: usize = 256 << 10;

/// Held for the duration of a Python function call.
pub struct CallGuard(());

impl Drop for CallGuard {
    #[inline]
    fn drop(&mut self) {
        FRAMES.with(|f| f.depth.set(f.depth.get() - 1));
    }
}

/// Enters a Python function: RecursionError past the limit, as in CPython.
#[inline]
pub fn enter() -> PyResult<CallGuard> {
    FRAMES.with(|f| {
        let depth = f.depth.get() + 1;
        f.depth.set(depth);
        // The stack is checked every 8 levels: frames are far smaller than the margin.
        if depth > f.limit.get() || (depth & 7 == 0 && stack_exhausted(f.floor.get())) {
            f.depth.set(depth - 1);
            return Err(recursion_error());
        }
        Ok(CallGuard(()))
    })
}

/// Counts `n` frames at once (the generators a `yield from` chain passes a resumption
/// through, which `genobj.rs` skips): None, counting nothing, when they would pass the
/// limit, so that the caller takes the level-by-level path that raises where CPython does.
#[inline]
pub fn enter_frames(n: u32) -> Option<FramesGuard> {
    FRAMES.with(|f| {
        let depth = f.depth.get().checked_add(n)?;
        if depth > f.limit.get() {
            return None;
        }
        f.depth.set(depth);
        Some(FramesGuard(n))
    })
}

/// Held while `enter_frames`' frames are counted.
pub struct FramesGuard(u32);

impl Drop for FramesGuard {
    #[inline]
    fn drop(&mut self) {
        FRAMES.with(|f| f.depth.set(f.depth.get() - self.0));
    }
}

/// Enters a call of an object through its `tp_call` slot (CPython's
/// `_PyObject_MakeTpCall`, e.g. an `lru_cache` wrapper): it counts toward the recursion
/// limit like a frame, and its RecursionError names the call.
#[inline]
pub fn enter_call() -> PyResult<CallGuard> {
    FRAMES.with(|f| {
        let depth = f.depth.get() + 1;
        f.depth.set(depth);
        if depth > f.limit.get() || (depth & 7 == 0 && stack_exhausted(f.floor.get())) {
            f.depth.set(depth - 1);
            return Err(PyErr::msg(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        Ok(CallGuard(()))
    })
}

/// (depth, limit) of the current thread's Python calls.
#[inline]
pub fn depth_and_limit() -> (u32, u32) {
    FRAMES.with(|f| (f.depth.get(), f.limit.get()))
}

/// Whether the stack is close to its end.
#[cold]
pub fn stack_low() -> bool {
    FRAMES.with(|f| stack_exhausted(f.floor.get()))
}

#[cold]
fn recursion_error() -> PyErr {
    PyErr::msg(ExcKind::RecursionError, "maximum recursion depth exceeded")
}

#[inline]
fn stack_exhausted(floor: usize) -> bool {
    let marker = 0u8;
    let sp = &marker as *const u8 as usize;
    sp < floor
}

pub fn getrecursionlimit() -> i64 {
    FRAMES.with(|f| f.limit.get()) as i64
}

pub fn setrecursionlimit(n: &crate::Int) -> PyResult<()> {
    let Some(n) = n.as_i64() else {
        return crate::exc::overflow_error("Python int too large to convert to C int");
    };
    if n < 1 {
        return crate::exc::value_error("recursion limit must be greater or equal than 1");
    }
    let depth = FRAMES.with(|f| f.depth.get()) as i64;
    if n <= depth {
        return Err(PyErr::msg(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    FRAMES.with(|f| f.limit.set(n.min(u32::MAX as i64) as u32));
    Ok(())
}

/// `sys.exit(arg)`.
pub fn sys_exit(arg: Value) -> PyErr {
    // Like PyErr_SetObject: a tuple becomes the args, None means no args.
    let args = match arg {
        Value::None => vec![],
        Value::Tuple(t) => t.as_slice().to_vec(),
        v => vec![v],
    };
    PyErr::new(ExcKind::SystemExit, args)
}

/// Runs the module's code the way `python3 prog.py` does and exits with its status.
pub fn run_main(script: &'static str, main: fn() -> PyResult<()>) -> ! {
    crate::sys::set_script_name(script);
    let child = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            crate::sys::set_script_name(script);
            let marker = 0u8;
            let top = &marker as *const u8 as usize;
            FRAMES.with(|f| f.floor.set(top.saturating_sub(STACK_SIZE - STACK_MARGIN)));
            let r = main();
            finish(r)
        });
    let code = match child {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => {
            // Could not reserve the big stack: run on this one, with a floor for its size.
            let marker = 0u8;
            let top = &marker as *const u8 as usize;
            FRAMES.with(|f| f.floor.set(top.saturating_sub((7 << 20) - STACK_MARGIN)));
            finish(main())
        }
    };
    std::process::exit(code)
}

fn finish(r: PyResult<()>) -> i32 {
    let code = match &r {
        Ok(()) => 0,
        Err(e) => exit_code_for(e),
    };
    // Generators still suspended are closed at exit, as CPython's finalization does.
    crate::genobj::finalize_all();
    crate::modules::files::flush_all();
    crate::io::stdout_flush();
    // Exactly KeyboardInterrupt: a subclass exits with status 1 (run_eval_code_obj).
    if let Err(e) = &r
        && e.kind() == ExcKind::KeyboardInterrupt
        && e.instance().is_none()
    {
        die_of_sigint();
        // Where the signal did not end the process, CPython exits 128 + SIGINT.
        return 130;
    }
    code
}

/// An uncaught KeyboardInterrupt ends CPython by SIGINT with the default action
/// (Modules/main.c, exit_sigint), so the parent sees a death by signal, not a status.
fn die_of_sigint() {
    #[cfg(unix)]
    {
        const SIGINT: i32 = 2;
        const SIG_DFL: usize = 0;
        // One of the runtime's few audited `unsafe` places (design.md, "Safe Rust"): std
        // has no way to die by a signal, and the runtime takes no libc dependency for two
        // calls. SAFETY: these are libc's declarations (`sighandler_t` is a pointer-sized
        // integer; SIG_DFL is 0 on every Unix molt targets).
        unsafe extern "C" {
            fn signal(sig: i32, handler: usize) -> usize;
            fn raise(sig: i32) -> i32;
        }
        // SAFETY: resetting SIGINT's disposition and raising it are plain libc calls.
        unsafe {
            signal(SIGINT, SIG_DFL);
            raise(SIGINT);
        }
    }
}

/// Reports an uncaught exception like CPython and returns the exit status.
fn exit_code_for(e: &PyErr) -> i32 {
    crate::io::stdout_flush();
    if e.kind() == ExcKind::SystemExit {
        return match e.args() {
            [] | [Value::None] => 0,
            [Value::Int(i)] => i.as_i64().map_or(-1, |v| v as i32),
            [Value::Bool(b)] => *b as i32,
            [other] => {
                let mut s = String::new();
                let _ = crate::obj::PyObj::py_str(other, &mut s);
                s.push('\n');
                crate::io::stderr_write(&s);
                1
            }
            _ => {
                let mut s = String::new();
                let _ = crate::tuple::repr_items(e.args(), &mut s);
                s.push('\n');
                crate::io::stderr_write(&s);
                1
            }
        };
    }
    let mut out = String::new();
    write_traceback(e, &mut out);
    crate::io::stderr_write(&out);
    1
}

fn write_traceback(e: &PyErr, out: &mut String) {
    write_chain(e, &mut vec![], out);
}

/// One exception of the chain after its cause or context, each printed once (a chain set
/// by hand may loop), as traceback.TracebackException's `_seen`.
fn write_chain(e: &PyErr, seen: &mut Vec<u64>, out: &mut String) {
    seen.push(e.identity());
    if let Some(c) = e.cause() {
        if !seen.contains(&c.identity()) {
            write_chain(&c, seen, out);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if !e.suppress_context()
        && let Some(c) = e.context()
        && !seen.contains(&c.identity())
    {
        write_chain(&c, seen, out);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    out.push_str("Traceback (most recent call last):\n");
    out.push_str(&e.traceback_line());
    out.push('\n');
}

/// A module global: unset until its first assignment (reading it earlier is Python's
/// NameError).
pub struct Global<T>(std::cell::RefCell<Option<T>>);

impl<T: Clone> Global<T> {
    /// Const, so that a program's globals are a `const`-initialised thread-local (no
    /// lazy-initialisation check at each access).
    pub const fn new() -> Global<T> {
        Global(std::cell::RefCell::new(None))
    }

    #[inline(always)]
    pub fn get(&self, name: &str) -> PyResult<T> {
        match &*self.0.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(unbound_global(name)),
        }
    }

    /// Whether the global is bound (a module name in an import cycle, read as `m.x`).
    #[inline]
    pub fn is_set(&self) -> bool {
        self.0.borrow().is_some()
    }

    #[inline]
    pub fn set(&self, v: T) {
        // Drop the old value after the borrow ends (dropping never runs Python code).
        let old = self.0.replace(Some(v));
        drop(old);
    }

    /// Unbinds the global whether or not it is bound: the end of an `except ... as name`
    /// handler (CPython sets the name to None, then deletes it).
    pub fn unset(&self) {
        let old = self.0.replace(None);
        drop(old);
    }

    /// `del name` at module level.
    pub fn del(&self, name: &str) -> PyResult<()> {
        let old = self.0.replace(None);
        match old {
            Some(v) => {
                drop(v);
                Ok(())
            }
            None => Err(PyErr::name_error(
                &format!("name '{name}' is not defined"),
                name,
                None,
            )),
        }
    }
}

/// Out of line, so that a global read inlines into its caller as a borrow and a clone.
#[cold]
#[inline(never)]
fn unbound_global(name: &str) -> PyErr {
    PyErr::name_error(&format!("name '{name}' is not defined"), name, None)
}

impl<T: Clone> Default for Global<T> {
    fn default() -> Self {
        Global::new()
    }
}

/// `m.attr`, or `from m import attr` (with m's file), when module `m` does not have
/// `attr` yet: CPython's messages, "partially initialized" while m's code still runs, and
/// a submodule whose own import is still running (Objects/moduleobject.c
/// _Py_module_getattro_impl, Python/ceval.c import_from).
pub fn module_attr_error(
    owner: &str,
    attr: &str,
    partial: bool,
    submodule: bool,
    path: Option<&str>,
) -> PyErr {
    const CYCLE: &str = "(most likely due to a circular import)";
    if let Some(p) = path {
        let msg = if partial {
            format!(
                "cannot import name '{attr}' from partially initialized module '{owner}' {CYCLE} ({p})"
            )
        } else {
            format!("cannot import name '{attr}' from '{owner}' ({p})")
        };
        return PyErr::import_error(ExcKind::ImportError, &msg, owner, p);
    }
    let msg = if partial {
        format!("partially initialized module '{owner}' has no attribute '{attr}' {CYCLE}")
    } else if submodule {
        format!("cannot access submodule '{attr}' of module '{owner}' {CYCLE}")
    } else {
        format!("module '{owner}' has no attribute '{attr}'")
    };
    PyErr::msg(ExcKind::AttributeError, msg)
}

/// How a `try` block with `finally` was left, so the finally code runs before control
/// continues: normally, by return, by break/continue of loop `n`, or by an exception.
pub enum Completion<R> {
    Normal,
    Return(R),
    Break(u32),
    Continue(u32),
    Raise(PyErr),
}

/// Reads a local that may be unbound.
#[inline]
pub fn bound<T: Clone>(v: &Option<T>, name: &str) -> PyResult<T> {
    match v {
        Some(v) => Ok(v.clone()),
        None => Err(PyErr::msg(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )),
    }
}

/// An int that range analysis proved fits in an i64 (the error means molt has a bug).
#[inline]
pub fn to_native(v: crate::Int) -> PyResult<i64> {
    match v {
        crate::Int::Small(i) => Ok(i),
        crate::Int::Big(_) => Err(PyErr::msg(
            ExcKind::SystemError,
            "molt internal error: an int proven to fit in 64 bits did not",
        )),
    }
}

/// Python's `a // b` on i64s that cannot overflow (b != 0 and not MIN // -1).
#[inline]
pub fn floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a.wrapping_div(b);
    if (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python's `a % b` on i64s (b != 0).
#[inline]
pub fn mod_i64(a: i64, b: i64) -> i64 {
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// Reads a module-level variable that may be unbound.
#[inline]
pub fn bound_global<T: Clone>(v: &Option<T>, name: &str) -> PyResult<T> {
    match v {
        Some(v) => Ok(v.clone()),
        None => Err(PyErr::name_error(
            &format!("name '{name}' is not defined"),
            name,
            None,
        )),
    }
}

/// The end of a function that cannot fall off its end (kept only so the Rust type-checks).
pub fn unreachable_end<T>() -> PyResult<T> {
    Err(PyErr::msg(
        ExcKind::SystemError,
        "molt: reached the end of a function that cannot return",
    ))
}
