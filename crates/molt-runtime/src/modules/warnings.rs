//! `warnings`: warn, filterwarnings, simplefilter, resetwarnings and catch_warnings, as
//! CPython 3.11 runs them (Python/_warnings.c for warn and its filters and registries,
//! Lib/warnings.py for the filter functions, the printed form and catch_warnings).
//!
//! molt keeps no frames, so the compiler passes each `warnings.warn(...)` call its own
//! location (`__molt_loc`: file, line, module and the source line, which CPython's
//! linecache would read from the same file); it refuses the calls whose location would be
//! a caller's (`stacklevel` above 1). A call through a value has no location and raises
//! NotImplementedError.

use super::stdc_util::{bind, obj, s};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// A filter's message or module test: none, the plain text of a default filter (compared
/// exactly), or a compiled regex (its pattern kept for filter equality).
#[derive(Clone)]
enum Match {
    Any,
    Exact(String),
    Regex(String, Value),
}

impl Match {
    fn same(&self, o: &Match) -> bool {
        match (self, o) {
            (Match::Any, Match::Any) => true,
            (Match::Exact(a), Match::Exact(b)) => a == b,
            (Match::Regex(a, _), Match::Regex(b, _)) => a == b,
            _ => false,
        }
    }

    /// check_matched.
    fn matches(&self, text: &Value) -> PyResult<bool> {
        match self {
            Match::Any => Ok(true),
            Match::Exact(e) => Ok(matches!(text, Value::Str(t) if t.as_str() == e)),
            Match::Regex(_, p) => {
                crate::attr::call_method(p, "match", vec![text.clone()], vec![])?.try_truthy()
            }
        }
    }
}

#[derive(Clone)]
struct Filter {
    action: String,
    msg: Match,
    cat: Value,
    module: Match,
    lineno: i64,
}

impl Filter {
    fn same(&self, o: &Filter) -> bool {
        self.action == o.action
            && self.msg.same(&o.msg)
            && crate::builtins::id(&self.cat) == crate::builtins::id(&o.cat)
            && self.module.same(&o.module)
            && self.lineno == o.lineno
    }
}

struct State {
    filters: Vec<Filter>,
    /// `_filters_version`: a registry made under another version is cleared first.
    version: i64,
    /// `__warningregistry__` of each module, by module name.
    registries: HashMap<String, Dict<Value, Value>>,
    /// The list a recording catch_warnings appends to (`_showwarnmsg_impl = log.append`).
    record: Option<List<Value>>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn cat(k: ExcKind) -> Value {
    crate::class::exc_type(k)
}

/// Runs `f` on the module state, made on first use with CPython's default filters
/// (a regular build: DeprecationWarning shown in `__main__`, ignored elsewhere, and
/// PendingDeprecationWarning, ImportWarning, ResourceWarning ignored).
fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|st| {
        let mut st = st.borrow_mut();
        let st = st.get_or_insert_with(|| {
            let simple = |action: &str, k: ExcKind, module: Match| Filter {
                action: action.into(),
                msg: Match::Any,
                cat: cat(k),
                module,
                lineno: 0,
            };
            State {
                filters: vec![
                    simple(
                        "default",
                        ExcKind::DeprecationWarning,
                        Match::Exact("__main__".into()),
                    ),
                    simple("ignore", ExcKind::DeprecationWarning, Match::Any),
                    simple("ignore", ExcKind::PendingDeprecationWarning, Match::Any),
                    simple("ignore", ExcKind::ImportWarning, Match::Any),
                    simple("ignore", ExcKind::ResourceWarning, Match::Any),
                ],
                version: 0,
                registries: HashMap::new(),
                record: None,
            }
        });
        f(st)
    })
}

fn int(i: i64) -> Value {
    Value::Int(crate::Int::from(i))
}

fn assertion(msg: String) -> PyErr {
    PyErr::msg(ExcKind::AssertionError, msg)
}

const ACTIONS: &[&str] = &["error", "ignore", "always", "default", "module", "once"];

fn is_subclass(a: &Value, b: &Value) -> bool {
    crate::class::issubclass(a, b).unwrap_or(false)
}

/// `isinstance(v, type)`.
fn is_class(v: &Value) -> bool {
    crate::builtins::isinstance(v, &["type"])
}

/// `warnings.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "warn" => warn(args, kwargs),
        "filterwarnings" => {
            let a = bind(
                "filterwarnings",
                &[
                    "action", "message", "category", "module", "lineno", "append",
                ],
                1,
                args,
                kwargs,
            )?;
            let get = |i: usize, d: Value| a[i].clone().unwrap_or(d);
            let action = get(0, Value::None);
            let message = get(1, s(""));
            let category = get(2, cat(ExcKind::Warning));
            let module = get(3, s(""));
            let lineno = get(4, int(0));
            let append = get(5, Value::Bool(false));
            let action = check_action(&action)?;
            let Value::Str(message) = message else {
                return Err(assertion("message must be a string".into()));
            };
            if !is_class(&category) {
                return Err(assertion("category must be a class".into()));
            }
            if !is_subclass(&category, &cat(ExcKind::Warning)) {
                return Err(assertion("category must be a Warning subclass".into()));
            }
            let Value::Str(module) = module else {
                return Err(assertion("module must be a string".into()));
            };
            let lineno = check_lineno(&lineno)?;
            let msg = if message.as_str().is_empty() {
                Match::Any
            } else {
                let re_i = super::re::attr("I")?;
                let p =
                    super::re::call("compile", vec![Value::Str(message.clone()), re_i], vec![])?;
                Match::Regex(message.as_str().to_string(), p)
            };
            let module = if module.as_str().is_empty() {
                Match::Any
            } else {
                let p = super::re::call("compile", vec![Value::Str(module.clone())], vec![])?;
                Match::Regex(module.as_str().to_string(), p)
            };
            add_filter(
                Filter {
                    action,
                    msg,
                    cat: category,
                    module,
                    lineno,
                },
                append.try_truthy()?,
            );
            Ok(Value::None)
        }
        "simplefilter" => {
            let a = bind(
                "simplefilter",
                &["action", "category", "lineno", "append"],
                1,
                args,
                kwargs,
            )?;
            let get = |i: usize, d: Value| a[i].clone().unwrap_or(d);
            simplefilter(
                &get(0, Value::None),
                get(1, cat(ExcKind::Warning)),
                &get(2, int(0)),
                &get(3, Value::Bool(false)),
            )?;
            Ok(Value::None)
        }
        "resetwarnings" => {
            bind("resetwarnings", &[], 0, args, kwargs)?;
            with_state(|st| {
                st.filters.clear();
                st.version += 1;
            });
            Ok(Value::None)
        }
        "catch_warnings" => {
            if !args.is_empty() {
                return type_error(format!(
                    "catch_warnings.__init__() takes 1 positional argument but {} were given",
                    args.len() + 1
                ));
            }
            let a = bind(
                "catch_warnings.__init__",
                &["record", "action", "category", "lineno", "append"],
                0,
                vec![],
                kwargs,
            )?;
            let get = |i: usize, d: Value| a[i].clone().unwrap_or(d);
            let action = get(1, Value::None);
            let filter = if action.is_none() {
                None
            } else {
                Some((
                    action,
                    get(2, cat(ExcKind::Warning)),
                    get(3, int(0)),
                    get(4, Value::Bool(false)),
                ))
            };
            Ok(obj(CatchWarnings {
                record: get(0, Value::Bool(false)).try_truthy()?,
                filter,
                entered: Cell::new(false),
                saved: RefCell::new(None),
            }))
        }
        _ => Err(super::stdc_util::unknown("warnings", name)),
    }
}

fn check_action(action: &Value) -> PyResult<String> {
    match action {
        Value::Str(a) if ACTIONS.contains(&a.as_str()) => Ok(a.as_str().to_string()),
        _ => Err(assertion(format!(
            "invalid action: {}",
            crate::builtins::repr(action)?.as_str()
        ))),
    }
}

fn check_lineno(lineno: &Value) -> PyResult<i64> {
    let bad = || assertion("lineno must be an int >= 0".into());
    let i = match lineno {
        Value::Int(i) => i.clone(),
        Value::Bool(b) => crate::Int::from(*b as i64),
        v => match crate::class::builtin_base::unwrap(v) {
            Value::Int(i) => i,
            _ => return Err(bad()),
        },
    };
    if i.is_negative() {
        return Err(bad());
    }
    // A line number past i64 matches no line.
    Ok(i.as_i64().unwrap_or(i64::MAX))
}

fn simplefilter(action: &Value, category: Value, lineno: &Value, append: &Value) -> PyResult<()> {
    let action = check_action(action)?;
    let lineno = check_lineno(lineno)?;
    add_filter(
        Filter {
            action,
            msg: Match::Any,
            cat: category,
            module: Match::Any,
            lineno,
        },
        append.try_truthy()?,
    );
    Ok(())
}

/// `_add_filter`: a new filter goes first, replacing an equal one; an appended one only
/// when no equal one exists.
fn add_filter(f: Filter, append: bool) {
    with_state(|st| {
        if !append {
            if let Some(i) = st.filters.iter().position(|x| x.same(&f)) {
                st.filters.remove(i);
            }
            st.filters.insert(0, f);
        } else if !st.filters.iter().any(|x| x.same(&f)) {
            st.filters.push(f);
        }
        st.version += 1;
    })
}

/// The call's location, from the compiler: (file, line, module, source line).
struct Loc {
    file: String,
    line: i64,
    module: String,
    text: String,
}

fn parse_loc(v: &Value) -> Option<Loc> {
    let Value::Str(v) = v else { return None };
    let mut it = v.as_str().splitn(4, '\0');
    Some(Loc {
        file: it.next()?.to_string(),
        line: it.next()?.parse().ok()?,
        module: it.next()?.to_string(),
        text: it.next()?.to_string(),
    })
}

/// `warnings.warn(message, category=None, stacklevel=1, source=None)`.
fn warn(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if std::env::var_os("PYTHONWARNINGS").is_some_and(|v| !v.is_empty())
        || std::env::var_os("PYTHONDEVMODE").is_some_and(|v| !v.is_empty())
    {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: warnings under PYTHONWARNINGS or PYTHONDEVMODE are not supported",
        ));
    }
    let a = bind(
        "warn",
        &["message", "category", "stacklevel", "source", "__molt_loc"],
        1,
        args,
        kwargs,
    )?;
    let message = a[0].clone().unwrap_or_default();
    let category = a[1].clone().unwrap_or_default();
    let warning = cat(ExcKind::Warning);
    // get_category.
    let category = if crate::class::isinstance(&message, &warning)? {
        crate::class::type_of(&message)?
    } else if category.is_none() {
        cat(ExcKind::UserWarning)
    } else {
        category
    };
    if !is_subclass(&category, &warning) {
        return type_error(format!(
            "category must be a Warning subclass, not '{}'",
            type_name(&crate::class::type_of(&category)?)?
        ));
    }
    let loc = a[4].as_ref().and_then(parse_loc);
    warn_explicit(category, message, loc)
}

fn type_name(t: &Value) -> PyResult<String> {
    Ok(
        crate::builtins::str_of(&crate::attr::getattr(t, "__name__")?)?
            .as_str()
            .to_string(),
    )
}

fn no_location() -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        "molt: warnings.warn called through a value: molt keeps no frames to find its line",
    )
}

/// `already_warned`: whether `key` is set in the registry (cleared first when made under
/// another filters version); sets it when `set`.
fn already_warned(reg: &Dict<Value, Value>, key: Value, set: bool) -> PyResult<bool> {
    let version = with_state(|st| st.version);
    let current = reg.get(&s("version"))?;
    let fresh = matches!(&current, Some(Value::Int(i)) if i.as_i64() == Some(version));
    if !fresh {
        reg.clear();
        reg.setitem(s("version"), int(version))?;
    } else if let Some(v) = reg.get(&key)?
        && v.try_truthy()?
    {
        return Ok(true);
    }
    if set {
        reg.setitem(key, Value::Bool(true))?;
    }
    Ok(false)
}

/// warn_explicit of _warnings.c with the module's registry.
fn warn_explicit(category: Value, message: Value, loc: Option<Loc>) -> PyResult<Value> {
    let warning = cat(ExcKind::Warning);
    let (text, message, category) = if crate::class::isinstance(&message, &warning)? {
        let t = Value::Str(crate::builtins::str_of(&message)?);
        let c = crate::class::type_of(&message)?;
        (t, message, c)
    } else {
        let m = crate::func::call(&category, vec![message.clone()], vec![])?;
        (message, m, category)
    };
    let Some(loc) = loc else {
        return Err(no_location());
    };
    let reg = with_state(|st| {
        st.registries
            .entry(loc.module.clone())
            .or_insert_with(Dict::new)
            .clone()
    });
    let key = Value::Tuple(Tup::from_vec(vec![
        text.clone(),
        category.clone(),
        int(loc.line),
    ]));
    if already_warned(&reg, key.clone(), false)? {
        return Ok(Value::None);
    }
    // get_filter (the list is copied: matching may run Python code).
    let filters = with_state(|st| st.filters.clone());
    let module = s(&loc.module);
    let mut action = "default".to_string();
    for f in &filters {
        let good_msg = f.msg.matches(&text)?;
        let good_mod = f.module.matches(&module)?;
        let sub = crate::class::issubclass(&category, &f.cat)?;
        if good_msg && sub && good_mod && (f.lineno == 0 || f.lineno == loc.line) {
            action = f.action.clone();
            break;
        }
    }
    match action.as_str() {
        "error" => return Err(crate::exc::to_exception(message)?),
        "ignore" => return Ok(Value::None),
        _ => {}
    }
    if action != "always" {
        reg.setitem(key, Value::Bool(true))?;
        if action == "once" || action == "module" {
            let alt = Value::Tuple(Tup::from_vec(vec![text.clone(), category.clone()]));
            if already_warned(&reg, alt, true)? {
                return Ok(Value::None);
            }
        }
    }
    show(message, category, &loc)?;
    Ok(Value::None)
}

/// `_showwarnmsg`: appended to a recording catch_warnings' list, or written to
/// `sys.stderr` in `_formatwarnmsg_impl`'s form.
fn show(message: Value, category: Value, loc: &Loc) -> PyResult<()> {
    if let Some(log) = with_state(|st| st.record.clone()) {
        log.append(obj(WarningMessage {
            message,
            category,
            filename: loc.file.clone(),
            lineno: loc.line,
        }));
        return Ok(());
    }
    let mut out = format!(
        "{}:{}: {}: {}\n",
        loc.file,
        loc.line,
        type_name(&category)?,
        crate::builtins::str_of(&message)?.as_str()
    );
    // linecache's line, `.strip()`ed (str.isspace characters).
    let line = loc.text.trim_matches(crate::unicode::is_space);
    out.push_str("  ");
    out.push_str(line);
    out.push('\n');
    // An OSError of the stream loses the warning, as in CPython.
    match crate::io::write_stream_checked(crate::io::Stream::Stderr, &out) {
        Err(e) if e.matches(ExcKind::OSError) => Ok(()),
        r => r,
    }
}

/// A `warnings.WarningMessage` (what a recording catch_warnings collects).
pub struct WarningMessage {
    message: Value,
    category: Value,
    filename: String,
    lineno: i64,
}

impl Object for WarningMessage {
    fn type_name(&self) -> &'static str {
        "WarningMessage"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "{{message : {}, category : {}, filename : {}, lineno : {}, line : None}}",
            crate::builtins::repr(&self.message)?.as_str(),
            crate::builtins::repr(&s(&type_name(&self.category)?))?.as_str(),
            crate::builtins::repr(&s(&self.filename))?.as_str(),
            self.lineno
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        Ok(match name {
            "message" => self.message.clone(),
            "category" => self.category.clone(),
            "filename" => s(&self.filename),
            "lineno" => int(self.lineno),
            "file" | "line" | "source" => Value::None,
            _ => {
                return Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'WarningMessage' object has no attribute '{name}'"),
                ));
            }
        })
    }
}

/// What catch_warnings restores on exit.
struct Saved {
    filters: Vec<Filter>,
    record: Option<List<Value>>,
}

/// A `warnings.catch_warnings(...)` context manager.
pub struct CatchWarnings {
    record: bool,
    filter: Option<(Value, Value, Value, Value)>,
    entered: Cell<bool>,
    saved: RefCell<Option<Saved>>,
}

impl CatchWarnings {
    fn repr_text(&self) -> String {
        if self.record {
            "catch_warnings(record=True)".into()
        } else {
            "catch_warnings()".into()
        }
    }
}

impl Object for CatchWarnings {
    fn type_name(&self) -> &'static str {
        "catch_warnings"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.repr_text());
        Ok(())
    }
    fn getattr(&self, this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "__enter__" | "__exit__" => {
                Ok(crate::attr::bound_builtin(Value::Obj(this.clone()), name))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'catch_warnings' object has no attribute '{name}'"),
            )),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        _args: Vec<Value>,
        _kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                if self.entered.get() {
                    return Err(PyErr::msg(
                        ExcKind::RuntimeError,
                        format!("Cannot enter {} twice", self.repr_text()),
                    ));
                }
                self.entered.set(true);
                let saved = with_state(|st| {
                    st.version += 1;
                    Saved {
                        filters: st.filters.clone(),
                        record: st.record.clone(),
                    }
                });
                *self.saved.borrow_mut() = Some(saved);
                if let Some((a, c, l, ap)) = &self.filter {
                    simplefilter(a, c.clone(), l, ap)?;
                }
                if self.record {
                    let log: List<Value> = List::from_vec(vec![]);
                    with_state(|st| st.record = Some(log.clone()));
                    return Ok(Value::List(log));
                }
                Ok(Value::None)
            }
            "__exit__" => {
                if !self.entered.get() {
                    return Err(PyErr::msg(
                        ExcKind::RuntimeError,
                        format!("Cannot exit {} without entering first", self.repr_text()),
                    ));
                }
                if let Some(saved) = self.saved.borrow_mut().take() {
                    with_state(|st| {
                        st.filters = saved.filters;
                        st.version += 1;
                        st.record = saved.record;
                    });
                }
                Ok(Value::None)
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'catch_warnings' object has no attribute '{name}'"),
            )),
        }
    }
}
