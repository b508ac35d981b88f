//! The `contextlib` module (CPython 3.11's Lib/contextlib.py): contextmanager, suppress,
//! redirect_stdout, redirect_stderr, nullcontext, closing and ExitStack.

use super::bind::no_args;
use crate::ctx::{Exit, exc_matches, exc_of_exit_args, exit_args, same_exc};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::genobj::{Generator, Step, as_generator};
use crate::io::Stream;
use crate::modules::callable::{call_value, call_value_kw};
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// `contextlib.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let obj = |o: Rc<dyn Object>| Ok(Value::Obj(o));
    match name {
        "contextmanager" => {
            let f = super::bind::one_arg("contextmanager", args, &kwargs)?;
            contextmanager(f)
        }
        "suppress" => {
            if !kwargs.is_empty() {
                return type_error("suppress() takes no keyword arguments");
            }
            obj(Rc::new(Suppress(args)))
        }
        "redirect_stdout" | "redirect_stderr" => {
            let a = super::stdc_util::bind(name, &["new_target"], 1, args, kwargs)?;
            obj(Rc::new(Redirect {
                stream: if name == "redirect_stdout" {
                    Stream::Stdout
                } else {
                    Stream::Stderr
                },
                target: a[0].clone().unwrap_or_default(),
                old: RefCell::new(vec![]),
            }))
        }
        "nullcontext" => {
            let a = super::stdc_util::bind("nullcontext", &["enter_result"], 0, args, kwargs)?;
            obj(Rc::new(NullContext(a[0].clone().unwrap_or_default())))
        }
        "closing" => {
            let a = super::stdc_util::bind("closing", &["thing"], 1, args, kwargs)?;
            obj(Rc::new(Closing(a[0].clone().unwrap_or_default())))
        }
        "ExitStack" => {
            super::stdc_util::bind("ExitStack", &[], 0, args, kwargs)?;
            obj(Rc::new(ExitStack(RefCell::new(vec![]))))
        }
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: contextlib.{name} is not supported yet"),
        )),
    }
}

/// `contextlib.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "contextmanager" | "suppress" | "redirect_stdout" | "redirect_stderr" | "nullcontext"
        | "closing" | "ExitStack" => Ok(module_type("contextlib", name)),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: contextlib.{name} is not supported yet"),
        )),
    }
}

/// Whether an object is one of this module's context managers.
pub fn is_manager(o: &ObjRef) -> bool {
    let a = o.as_any();
    a.is::<GenCm>()
        || a.is::<Suppress>()
        || a.is::<Redirect>()
        || a.is::<NullContext>()
        || a.is::<Closing>()
        || a.is::<ExitStack>()
}

// ------------------------------------------------------------------ module members as values

/// A class or function of contextlib / io as a value (`@contextmanager`, `cls = suppress`).
struct ModMember {
    module: &'static str,
    name: &'static str,
}

thread_local! {
    // One object per member, so that `contextlib.suppress is contextlib.suppress`.
    static MEMBERS: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

/// The value of `module.name` (a member this file or io.rs implements).
pub fn module_type(module: &'static str, name: &str) -> Value {
    const NAMES: &[&str] = &[
        "contextmanager",
        "suppress",
        "redirect_stdout",
        "redirect_stderr",
        "nullcontext",
        "closing",
        "ExitStack",
        "StringIO",
    ];
    let name = NAMES.iter().copied().find(|n| *n == name).unwrap_or("?");
    MEMBERS.with(|m| {
        let mut m = m.borrow_mut();
        let found = m.iter().find(|o| {
            downcast::<ModMember>(o).is_some_and(|x| x.module == module && x.name == name)
        });
        let o = match found {
            Some(o) => o.clone(),
            None => {
                let o: ObjRef = Rc::new(ModMember { module, name });
                m.push(o.clone());
                o
            }
        };
        Value::Obj(o)
    })
}

impl Object for ModMember {
    fn type_name(&self) -> &'static str {
        if self.name == "contextmanager" {
            "function"
        } else {
            "type"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        match (self.module, self.name) {
            (_, "contextmanager") => out.push_str(&format!(
                "<function contextmanager at {:#x}>",
                self as *const ModMember as usize
            )),
            ("io", n) => out.push_str(&format!("<class '_io.{n}'>")),
            (m, n) => out.push_str(&format!("<class '{m}.{n}'>")),
        }
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__name__" | "__qualname__" => Ok(Value::str(self.name)),
            "__module__" => Ok(Value::str(if self.module == "io" {
                "_io"
            } else {
                self.module
            })),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                if self.name == "contextmanager" {
                    format!("'function' object has no attribute '{name}'")
                } else {
                    format!("type object '{}' has no attribute '{name}'", self.name)
                },
            )),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        crate::modules::call(self.module, self.name, args, kwargs)
    }
}

fn repr_at(out: &mut String, name: &str, p: *const ()) {
    out.push_str(&format!("<contextlib.{name} object at {:#x}>", p as usize));
}

/// The arguments of a Python-level `def __exit__(self, a, b, c)`, with ceval's messages.
fn exit_arity(cls: &str, params: [&str; 3], args: &[Value]) -> PyResult<()> {
    let n = args.len();
    if n > 3 {
        return type_error(format!(
            "{cls}.__exit__() takes 4 positional arguments but {} were given",
            n + 1
        ));
    }
    if n < 3 {
        let missing = &params[n..];
        return type_error(crate::func::missing_message(
            &format!("{cls}.__exit__"),
            missing,
            "positional",
        ));
    }
    Ok(())
}

// ------------------------------------------------------------------ contextmanager

/// `@contextmanager`: a function that makes a `_GeneratorContextManager` per call.
fn contextmanager(func: Value) -> PyResult<Value> {
    let name = attr_str(&func, "__name__").unwrap_or_else(|| "helper".into());
    let qualname = attr_str(&func, "__qualname__").unwrap_or_else(|| name.clone());
    let f = func.clone();
    let helper = crate::func::function(&name, &qualname, move |args, kwargs| {
        GenCm::make(f.clone(), args, kwargs)
    });
    // functools.wraps
    if let Value::Obj(o) = &helper {
        o.setattr(o, "__wrapped__", func)?;
    }
    Ok(helper)
}

fn attr_str(v: &Value, name: &str) -> Option<String> {
    match crate::value::getattr(v, name) {
        Ok(Value::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    }
}

type Recipe = (Value, Vec<Value>, Vec<(Str, Value)>);

/// contextlib._GeneratorContextManager.
struct GenCm {
    genv: Value,
    /// func, args, kwds: kept until __enter__ to recreate the manager (decorator use).
    recipe: RefCell<Option<Recipe>>,
}

impl GenCm {
    fn make(func: Value, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let genv = call_value_kw(&func, args.clone(), kwargs.clone())?;
        Ok(Value::Obj(Rc::new(GenCm {
            genv,
            recipe: RefCell::new(Some((func, args, kwargs))),
        })))
    }

    fn generator(&self) -> Option<Rc<Generator>> {
        match &self.genv {
            Value::Obj(o) => as_generator(o),
            _ => None,
        }
    }

    /// next(self.genv), with StopIteration as None.
    fn advance(&self) -> PyResult<Option<Value>> {
        match self.generator() {
            Some(g) => Ok(match g.send_step(Value::None)? {
                Step::Yield(v) => Some(v),
                Step::Return(_) => None,
            }),
            None => match crate::genobj::next_value(&self.genv) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn enter(&self) -> PyResult<Value> {
        if self.recipe.borrow_mut().take().is_none() {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                "'_GeneratorContextManager' object has no attribute 'args'",
            ));
        }
        match self.advance()? {
            Some(v) => Ok(v),
            None => {
                Err(PyErr::msg(ExcKind::RuntimeError, "generator didn't yield").with_cause(None))
            }
        }
    }

    /// _GeneratorContextManager.__exit__.
    fn exit(&self, exc: Option<PyErr>) -> PyResult<bool> {
        let Some(value) = exc else {
            return match self.advance()? {
                None => Ok(false),
                Some(_) => Err(PyErr::msg(ExcKind::RuntimeError, "generator didn't stop")),
            };
        };
        let r = match self.generator() {
            Some(g) => g.throw_step(value.clone()),
            None => crate::value::call_method(
                &self.genv,
                "throw",
                vec![Value::Exc(value.clone())],
                vec![],
            )
            .map(Step::Yield),
        };
        match r {
            Ok(Step::Yield(_)) => Err(PyErr::msg(
                ExcKind::RuntimeError,
                "generator didn't stop after throw()",
            )),
            // The generator returned: a new StopIteration, so the exception is suppressed.
            Ok(Step::Return(_)) => Ok(true),
            // Suppress StopIteration unless it is the exception passed to throw().
            Err(exc) if exc.matches(ExcKind::StopIteration) => Ok(!same_exc(&exc, &value)),
            Err(exc) if exc.matches(ExcKind::RuntimeError) => {
                if same_exc(&exc, &value) {
                    return Ok(false);
                }
                // PEP 479 wrapped the StopIteration passed to throw().
                if value.matches(ExcKind::StopIteration)
                    && exc.cause().is_some_and(|c| same_exc(&c, &value))
                {
                    return Ok(false);
                }
                Err(exc)
            }
            Err(exc) if same_exc(&exc, &value) => Ok(false),
            Err(exc) => Err(exc),
        }
    }
}

impl Object for GenCm {
    fn type_name(&self) -> &'static str {
        "contextlib._GeneratorContextManager"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_at(
            out,
            "_GeneratorContextManager",
            self as *const GenCm as *const (),
        );
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "gen" => Ok(self.genv.clone()),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_GeneratorContextManager' object has no attribute '{name}'"),
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
            "__enter__" => {
                no_args("__enter__", &args, &kwargs)?;
                self.enter()
            }
            "__exit__" => {
                exit_arity(
                    "_GeneratorContextManager",
                    ["typ", "value", "traceback"],
                    &args,
                )?;
                Ok(Value::Bool(self.exit(exc_of_exit_args(&args)?)?))
            }
            "__call__" => self.call(this, args, kwargs),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_GeneratorContextManager' object has no attribute '{name}'"),
            )),
        }
    }
    fn is_callable(&self) -> bool {
        true
    }
    /// ContextDecorator.__call__: `@manager(...)` on a function runs each call inside a
    /// fresh manager made from the same generator function and arguments.
    fn call(&self, _this: &ObjRef, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        let func = super::bind::one_arg("__call__", args, &kwargs)?;
        let Some(recipe) = self.recipe.borrow().clone() else {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                "'_GeneratorContextManager' object has no attribute 'func'",
            ));
        };
        let name = attr_str(&func, "__name__").unwrap_or_else(|| "inner".into());
        let qualname = attr_str(&func, "__qualname__").unwrap_or_else(|| name.clone());
        let f = func.clone();
        let inner = crate::func::function(&name, &qualname, move |args, kwargs| {
            let (gf, ga, gk) = recipe.clone();
            let cm = GenCm::make(gf, ga, gk)?;
            with_manager(&cm, |_| call_value_kw(&f, args, kwargs))
        });
        if let Value::Obj(o) = &inner {
            o.setattr(o, "__wrapped__", func)?;
        }
        Ok(inner)
    }
}

/// `with mgr as v: body(v)` for the runtime's own use.
pub fn with_manager(mgr: &Value, body: impl FnOnce(Value) -> PyResult<Value>) -> PyResult<Value> {
    let (exit, v) = crate::ctx::enter(mgr)?;
    match body(v) {
        Ok(r) => {
            crate::ctx::exit(&exit, None)?;
            Ok(r)
        }
        Err(e) => {
            if crate::ctx::exit(&exit, Some(&e))? {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

// ------------------------------------------------------------------ suppress

struct Suppress(Vec<Value>);

impl Object for Suppress {
    fn type_name(&self) -> &'static str {
        "contextlib.suppress"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_at(out, "suppress", self as *const Suppress as *const ());
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                no_args("__enter__", &args, &kwargs)?;
                Ok(Value::None)
            }
            "__exit__" => {
                exit_arity("suppress", ["exctype", "excinst", "exctb"], &args)?;
                // `exctype is not None and issubclass(exctype, self._exceptions)`
                let Some(e) = exc_of_exit_args(&args)? else {
                    return Ok(Value::Bool(false));
                };
                for c in &self.0 {
                    if exc_matches(&e, c)? {
                        return Ok(Value::Bool(true));
                    }
                }
                Ok(Value::Bool(false))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'suppress' object has no attribute '{name}'"),
            )),
        }
    }
}

// ------------------------------------------------------------------ redirect_stdout / stderr

struct Redirect {
    stream: Stream,
    target: Value,
    /// The targets replaced, innermost last (the manager is re-entrant).
    old: RefCell<Vec<Option<Value>>>,
}

impl Redirect {
    fn name(&self) -> &'static str {
        if self.stream == Stream::Stdout {
            "redirect_stdout"
        } else {
            "redirect_stderr"
        }
    }
}

impl Object for Redirect {
    fn type_name(&self) -> &'static str {
        if self.stream == Stream::Stdout {
            "contextlib.redirect_stdout"
        } else {
            "contextlib.redirect_stderr"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_at(out, self.name(), self as *const Redirect as *const ());
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                no_args("__enter__", &args, &kwargs)?;
                crate::modules::io::check_redirect_target(&self.target)?;
                let old = crate::io::set_redirect(self.stream, Some(self.target.clone()));
                self.old.borrow_mut().push(old);
                Ok(self.target.clone())
            }
            "__exit__" => {
                exit_arity("_RedirectStream", ["exctype", "excinst", "exctb"], &args)?;
                let old = self.old.borrow_mut().pop();
                match old {
                    Some(old) => {
                        let replaced = crate::io::set_redirect(self.stream, old);
                        drop(replaced);
                        Ok(Value::None)
                    }
                    None => crate::exc::index_error("pop from empty list"),
                }
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{name}'", self.name()),
            )),
        }
    }
}

// ------------------------------------------------------------------ nullcontext, closing

struct NullContext(Value);

impl Object for NullContext {
    fn type_name(&self) -> &'static str {
        "contextlib.nullcontext"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_at(out, "nullcontext", self as *const NullContext as *const ());
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                no_args("__enter__", &args, &kwargs)?;
                Ok(self.0.clone())
            }
            "__exit__" => Ok(Value::None),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'nullcontext' object has no attribute '{name}'"),
            )),
        }
    }
}

struct Closing(Value);

impl Object for Closing {
    fn type_name(&self) -> &'static str {
        "contextlib.closing"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_at(out, "closing", self as *const Closing as *const ());
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "thing" => Ok(self.0.clone()),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'closing' object has no attribute '{name}'"),
            )),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                no_args("__enter__", &args, &kwargs)?;
                Ok(self.0.clone())
            }
            "__exit__" => {
                crate::value::call_method(&self.0, "close", vec![], vec![])?;
                Ok(Value::None)
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'closing' object has no attribute '{name}'"),
            )),
        }
    }
}

// ------------------------------------------------------------------ ExitStack

enum Callback {
    /// enter_context() / push() of a context manager: its __exit__.
    Exit(Exit),
    /// push() of a callable with __exit__'s signature.
    ExitFn(Value),
    /// callback(f, *args, **kwds): called without the exception, never suppresses.
    Call(Value, Vec<Value>, Vec<(Str, Value)>),
}

struct ExitStack(RefCell<Vec<Callback>>);

impl ExitStack {
    /// ExitStack.__exit__: the callbacks in LIFO order, as nested with statements would
    /// run them.
    fn exit(&self, exc: Option<PyErr>) -> PyResult<bool> {
        let received = exc.is_some();
        let mut exc = exc;
        let mut suppressed = false;
        let mut pending = false;
        loop {
            let cb = self.0.borrow_mut().pop();
            let Some(cb) = cb else { break };
            let r = match cb {
                Callback::Exit(e) => crate::ctx::exit(&e, exc.as_ref()),
                Callback::ExitFn(f) => exit_args(exc.as_ref())
                    .and_then(|a| call_value(&f, a))
                    .and_then(|v| v.try_truthy()),
                Callback::Call(f, a, k) => call_value_kw(&f, a, k).map(|_| false),
            };
            match r {
                Ok(true) => {
                    suppressed = true;
                    pending = false;
                    exc = None;
                }
                Ok(false) => {}
                Err(new) => {
                    // The context the exception would have had with nested with statements.
                    let new = match &exc {
                        Some(old) if !same_exc(&new, old) => new.with_context(Some(old.clone())),
                        _ => new,
                    };
                    pending = true;
                    exc = Some(new);
                }
            }
        }
        match exc {
            Some(e) if pending => Err(e),
            _ => Ok(received && suppressed),
        }
    }
}

fn qualified_type_name(v: &Value) -> String {
    let n = v.class_name();
    if n.contains('.') {
        n.to_string()
    } else {
        format!("builtins.{n}")
    }
}

impl Object for ExitStack {
    fn type_name(&self) -> &'static str {
        "contextlib.ExitStack"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_at(out, "ExitStack", self as *const ExitStack as *const ());
        Ok(())
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                no_args("__enter__", &args, &kwargs)?;
                Ok(Value::Obj(this.clone()))
            }
            "__exit__" => {
                // `def __exit__(self, *exc_details)` reads exc_details[0].
                if args.is_empty() {
                    return crate::exc::index_error("tuple index out of range");
                }
                Ok(Value::Bool(self.exit(exc_of_exit_args(&args)?)?))
            }
            "close" => {
                no_args("close", &args, &kwargs)?;
                self.exit(None)?;
                Ok(Value::None)
            }
            "enter_context" => {
                let cm = super::bind::one_arg("enter_context", args, &kwargs)?;
                let (exit, v) = crate::ctx::enter(&cm).map_err(|e| {
                    let plain = format!(
                        "'{}' object does not support the context manager protocol",
                        cm.class_name()
                    );
                    if e.kind() == ExcKind::TypeError && e.to_str() == plain {
                        PyErr::msg(
                            ExcKind::TypeError,
                            format!(
                                "'{}' object does not support the context manager protocol",
                                qualified_type_name(&cm)
                            ),
                        )
                        .with_cause(None)
                    } else {
                        e
                    }
                })?;
                self.0.borrow_mut().push(Callback::Exit(exit));
                Ok(v)
            }
            "push" => {
                let x = super::bind::one_arg("push", args, &kwargs)?;
                let cb = match &x {
                    Value::Obj(o) if crate::ctx::supports(o) => {
                        Callback::Exit(Exit::Obj(o.clone()))
                    }
                    _ => Callback::ExitFn(x.clone()),
                };
                self.0.borrow_mut().push(cb);
                Ok(x)
            }
            "callback" => {
                if args.is_empty() {
                    return type_error(
                        "ExitStack.callback() missing 1 required positional argument: 'callback'",
                    );
                }
                let mut args = args;
                let f = args.remove(0);
                self.0
                    .borrow_mut()
                    .push(Callback::Call(f.clone(), args, kwargs));
                Ok(f)
            }
            "pop_all" => {
                no_args("pop_all", &args, &kwargs)?;
                let cbs = std::mem::take(&mut *self.0.borrow_mut());
                Ok(Value::Obj(Rc::new(ExitStack(RefCell::new(cbs)))))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'ExitStack' object has no attribute '{name}'"),
            )),
        }
    }
}

#[cfg(test)]
#[path = "contextlib_tests.rs"]
mod tests;
