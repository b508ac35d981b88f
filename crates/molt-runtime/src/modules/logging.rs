//! `logging`: loggers with CPython's hierarchy, levels, propagation and `lastResort`,
//! `StreamHandler`, `NullHandler`, `Formatter` with `%`-style formats, `basicConfig` and
//! the module-level functions (Lib/logging/__init__.py of CPython 3.11).
//!
//! Records are internal: a format may name only the record attributes molt knows exactly
//! (`name`, `levelname`, `levelno`, `message`, `msg`, `args`, `exc_info`, `exc_text`,
//! `stack_info` and the keys of `extra=`). Those that need the caller's frame or the clock
//! (`asctime`, `lineno`, `funcName`, ...) are refused by the compiler in a literal format
//! and raise NotImplementedError when a computed one names them. Tracebacks (`exception`,
//! `exc_info=`) are printed without frame lines, as the traceback module does; the
//! compiler refuses them where the stream may be other than stderr.

use super::stdc_util::{as_obj, bind, class, obj, s, unknown};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::obj::{CmpOp, PyObj};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

const CRITICAL: i64 = 50;
const ERROR: i64 = 40;
const WARNING: i64 = 30;
const INFO: i64 = 20;
const DEBUG: i64 = 10;

/// `logging.BASIC_FORMAT`.
const BASIC_FORMAT: &str = "%(levelname)s:%(name)s:%(message)s";

/// LogRecord attributes that molt cannot give CPython's values for (the caller's frame,
/// the clock, the process): a format naming one is not supported.
pub const UNSUPPORTED_FIELDS: &[&str] = &[
    "asctime",
    "created",
    "filename",
    "funcName",
    "lineno",
    "module",
    "msecs",
    "pathname",
    "process",
    "processName",
    "relativeCreated",
    "thread",
    "threadName",
];

/// The attributes every LogRecord has (its `__dict__`'s keys): `extra=` may not
/// overwrite them.
const RECORD_FIELDS: &[&str] = &[
    "name",
    "msg",
    "args",
    "levelname",
    "levelno",
    "pathname",
    "filename",
    "module",
    "exc_info",
    "exc_text",
    "stack_info",
    "lineno",
    "funcName",
    "created",
    "msecs",
    "relativeCreated",
    "thread",
    "threadName",
    "processName",
    "process",
];

fn int(i: i64) -> Value {
    Value::Int(crate::Int::from(i))
}

fn not_supported(what: &str) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: logging {what} is not supported yet"),
    )
}

/// The module's state: the level names, the loggers by name (with Manager's
/// placeholders), `disable()`'s level and the `lastResort` handler. Never borrowed across
/// a call back into Python code.
struct State {
    level_to_name: Dict<Value, Value>,
    name_to_level: Dict<Value, Value>,
    root: Value,
    loggers: RefCell<HashMap<String, Value>>,
    /// Manager's PlaceHolders: for a dotted prefix no logger has yet, the loggers below
    /// it, in insertion order.
    placeholders: RefCell<HashMap<String, Vec<Value>>>,
    /// Every logger, root first, to clear their caches.
    all: RefCell<Vec<Value>>,
    disable: RefCell<Value>,
    last_resort: Value,
    default_formatter: Value,
}

thread_local! {
    static STATE: RefCell<Option<Rc<State>>> = const { RefCell::new(None) };
}

fn state() -> Rc<State> {
    if let Some(st) = STATE.with(|s| s.borrow().clone()) {
        return st;
    }
    let level_to_name = Dict::new();
    let name_to_level = Dict::new();
    for (l, n) in [
        (CRITICAL, "CRITICAL"),
        (ERROR, "ERROR"),
        (WARNING, "WARNING"),
        (INFO, "INFO"),
        (DEBUG, "DEBUG"),
        (0, "NOTSET"),
    ] {
        let _ = level_to_name.setitem(int(l), s(n));
    }
    for (n, l) in [
        ("CRITICAL", CRITICAL),
        ("FATAL", CRITICAL),
        ("ERROR", ERROR),
        ("WARN", WARNING),
        ("WARNING", WARNING),
        ("INFO", INFO),
        ("DEBUG", DEBUG),
        ("NOTSET", 0),
    ] {
        let _ = name_to_level.setitem(s(n), int(l));
    }
    let root = new_logger("root", true, int(WARNING));
    let last_resort = obj(Handler::new(HandlerKind::LastResort, int(WARNING)));
    let default_formatter = obj(Formatter {
        fmt: "%(message)s".into(),
        datefmt: Value::None,
    });
    let st = Rc::new(State {
        level_to_name,
        name_to_level,
        root: root.clone(),
        loggers: RefCell::new(HashMap::new()),
        placeholders: RefCell::new(HashMap::new()),
        all: RefCell::new(vec![root]),
        disable: RefCell::new(int(0)),
        last_resort,
        default_formatter,
    });
    STATE.with(|s| *s.borrow_mut() = Some(st.clone()));
    st
}

/// `logging.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "getLogger" => {
            let a = bind("getLogger", &["name"], 0, args, kwargs)?;
            get_logger(a[0].clone().unwrap_or_default())
        }
        "basicConfig" => {
            if !args.is_empty() {
                return type_error(format!(
                    "basicConfig() takes 0 positional arguments but {} were given",
                    args.len()
                ));
            }
            basic_config(kwargs)
        }
        "debug" | "info" | "warning" | "error" | "critical" | "fatal" | "exception" => {
            let level = match name {
                "debug" => DEBUG,
                "info" => INFO,
                "warning" => WARNING,
                "critical" | "fatal" => CRITICAL,
                _ => ERROR,
            };
            let root = state().root.clone();
            if root_handlers_empty(&root)? {
                basic_config(vec![])?;
            }
            let (msg, rest, kwargs) = split_msg(name, args, kwargs)?;
            let kwargs = if name == "exception" {
                exception_kwargs(kwargs)
            } else {
                kwargs
            };
            logger_of(&root)?.log_at(&root, int(level), msg, rest, kwargs)
        }
        "log" => {
            let root = state().root.clone();
            if root_handlers_empty(&root)? {
                basic_config(vec![])?;
            }
            let mut it = args.into_iter();
            let (Some(level), Some(msg)) = (it.next(), it.next()) else {
                return type_error(
                    "log() missing required positional arguments: 'level' and 'msg'",
                );
            };
            let l = logger_of(&root)?;
            l.log_method(&root, level, msg, it.collect(), kwargs)
        }
        "disable" => {
            let a = bind("disable", &["level"], 0, args, kwargs)?;
            let level = check_level(&a[0].clone().unwrap_or_else(|| int(CRITICAL)))?;
            *state().disable.borrow_mut() = level;
            clear_caches();
            Ok(Value::None)
        }
        "getLevelName" => {
            let a = bind("getLevelName", &["level"], 1, args, kwargs)?;
            level_name(&a[0].clone().unwrap_or_default())
        }
        "addLevelName" => {
            let a = bind("addLevelName", &["level", "levelName"], 2, args, kwargs)?;
            let (l, n) = (
                a[0].clone().unwrap_or_default(),
                a[1].clone().unwrap_or_default(),
            );
            let st = state();
            st.level_to_name.setitem(l.clone(), n.clone())?;
            st.name_to_level.setitem(n, l)?;
            Ok(Value::None)
        }
        "StreamHandler" => {
            let a = bind("StreamHandler.__init__", &["stream"], 0, args, kwargs)?;
            let stream = match a[0].clone().unwrap_or_default() {
                Value::None => sys_stream("stderr"),
                v => v,
            };
            Ok(obj(Handler::new(
                HandlerKind::Stream(RefCell::new(stream)),
                int(0),
            )))
        }
        "NullHandler" => {
            let a = bind("Handler.__init__", &["level"], 0, args, kwargs)?;
            let level = check_level(&a[0].clone().unwrap_or_else(|| int(0)))?;
            Ok(obj(Handler::new(HandlerKind::Null, level)))
        }
        "Formatter" => {
            let a = bind(
                "Formatter.__init__",
                &["fmt", "datefmt", "style", "validate"],
                0,
                args,
                kwargs,
            )?;
            new_formatter(
                a[0].clone().unwrap_or_default(),
                a[1].clone().unwrap_or_default(),
                a[2].clone(),
                a[3].clone(),
            )
        }
        _ => Err(unknown("logging", name)),
    }
}

/// `logging.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    Ok(match name {
        "CRITICAL" | "FATAL" => int(CRITICAL),
        "ERROR" => int(ERROR),
        "WARNING" | "WARN" => int(WARNING),
        "INFO" => int(INFO),
        "DEBUG" => int(DEBUG),
        "NOTSET" => int(0),
        "BASIC_FORMAT" => s(BASIC_FORMAT),
        "root" => state().root.clone(),
        "Logger" => class("logging", "Logger", "logging"),
        "StreamHandler" => class("logging", "StreamHandler", "logging"),
        "NullHandler" => class("logging", "NullHandler", "logging"),
        "Formatter" => class("logging", "Formatter", "logging"),
        _ => return Err(unknown("logging", name)),
    })
}

/// `sys.stdout` / `sys.stderr` as it is now (a redirection target, or the stream).
fn sys_stream(which: &str) -> Value {
    let st = if which == "stdout" {
        crate::io::Stream::Stdout
    } else {
        crate::io::Stream::Stderr
    };
    st.to_value()
}

/// `len(root.handlers) == 0`.
fn root_handlers_empty(root: &Value) -> PyResult<bool> {
    let hs = logger_of(root)?.st.borrow().handlers.clone();
    Ok(handler_list(&hs)?.is_empty())
}

type Kwargs = Vec<(Str, Value)>;

/// The first positional argument (`msg`) and the rest.
fn split_msg(
    fname: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<(Value, Vec<Value>, Kwargs)> {
    let mut it = args.into_iter();
    match it.next() {
        Some(m) => Ok((m, it.collect(), kwargs)),
        None => type_error(format!(
            "{fname}() missing 1 required positional argument: 'msg'"
        )),
    }
}

/// `exception(msg, *args, exc_info=True, **kwargs)`.
fn exception_kwargs(mut kwargs: Vec<(Str, Value)>) -> Vec<(Str, Value)> {
    if !kwargs.iter().any(|(k, _)| k.as_str() == "exc_info") {
        kwargs.push((Str::new("exc_info"), Value::Bool(true)));
    }
    kwargs
}

/// `_checkLevel`: an int as itself, a registered level name as its level.
fn check_level(level: &Value) -> PyResult<Value> {
    if crate::builtins::isinstance(level, &["int"]) {
        return Ok(level.clone());
    }
    if let Value::Str(_) = level {
        return match state().name_to_level.get(level)? {
            Some(l) => Ok(l),
            None => Err(PyErr::msg(
                ExcKind::ValueError,
                format!("Unknown level: {}", level.repr_string()?),
            )),
        };
    }
    type_error(format!(
        "Level not an integer or a valid string: {}",
        level.repr_string()?
    ))
}

/// `getLevelName(level)`.
fn level_name(level: &Value) -> PyResult<Value> {
    let st = state();
    if let Some(n) = st.level_to_name.get(level)? {
        return Ok(n);
    }
    if let Some(l) = st.name_to_level.get(level)? {
        return Ok(l);
    }
    Ok(Value::Str(Str::from_string(format!(
        "Level {}",
        level.str_string()?
    ))))
}

fn level_name_string(level: &Value) -> PyResult<String> {
    level_name(level)?.str_string()
}

/// Manager.getLogger, with `logging.getLogger`'s root cases.
fn get_logger(name: Value) -> PyResult<Value> {
    let st = state();
    let n = match &name {
        Value::None => return Ok(st.root.clone()),
        Value::Str(x) if x.as_str().is_empty() || x.as_str() == "root" => {
            return Ok(st.root.clone());
        }
        Value::Str(x) => x.as_str().to_string(),
        _ => return type_error("A logger name must be a string"),
    };
    if let Some(l) = st.loggers.borrow().get(&n) {
        return Ok(l.clone());
    }
    let l = new_logger(&n, false, int(0));
    st.loggers.borrow_mut().insert(n.clone(), l.clone());
    st.all.borrow_mut().push(l.clone());
    let children = st.placeholders.borrow_mut().remove(&n);
    if let Some(children) = children {
        fixup_children(&children, &l)?;
    }
    fixup_parents(&l, &n)?;
    Ok(l)
}

/// Manager._fixupParents: the nearest existing ancestor is the parent; each missing
/// prefix records the logger in its placeholder.
fn fixup_parents(l: &Value, name: &str) -> PyResult<()> {
    let mut i = name.len();
    let mut rv = None;
    while let Some(j) = name[..i].rfind('.') {
        i = j;
        let sub = &name[..i];
        let st = state();
        let found = st.loggers.borrow().get(sub).cloned();
        match found {
            Some(p) => {
                rv = Some(p);
                break;
            }
            None => {
                let mut phs = st.placeholders.borrow_mut();
                let ph = phs.entry(sub.to_string()).or_default();
                if !ph.iter().any(|x| same(x, l)) {
                    ph.push(l.clone());
                }
            }
        }
    }
    let parent = rv.unwrap_or_else(|| state().root.clone());
    logger_of(l)?.st.borrow_mut().parent = parent;
    Ok(())
}

/// Manager._fixupChildren: the loggers below the new one whose parent is above it now
/// have it as their parent.
fn fixup_children(children: &[Value], l: &Value) -> PyResult<()> {
    let me = logger_of(l)?;
    let name = me.name.borrow().clone();
    for c in children {
        let cl = logger_of(c)?;
        let parent = cl.st.borrow().parent.clone();
        let pname = logger_of(&parent)?.name.borrow().clone();
        if !pname.starts_with(&name) {
            me.st.borrow_mut().parent = parent;
            cl.st.borrow_mut().parent = l.clone();
        }
    }
    Ok(())
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

fn clear_caches() {
    let all = state().all.borrow().clone();
    for l in all.iter() {
        if let Ok(l) = logger_of(l) {
            l.cache.borrow_mut().clear();
        }
    }
}

/// `basicConfig(**kwargs)`.
fn basic_config(kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let mut kw: Vec<(String, Value)> = kwargs
        .into_iter()
        .map(|(k, v)| (k.as_str().to_string(), v))
        .collect();
    let mut pop = |k: &str| -> Option<Value> {
        let i = kw.iter().position(|(n, _)| n == k)?;
        Some(kw.remove(i).1)
    };
    let root = state().root.clone();
    let rl = logger_of(&root)?;
    let force = match pop("force") {
        Some(v) => v.try_truthy()?,
        None => false,
    };
    let _ = pop("encoding");
    let _ = pop("errors");
    if force {
        let hs = rl.st.borrow().handlers.clone();
        for h in handler_list(&hs)? {
            rl.remove_handler(&h)?;
        }
    }
    if root_handlers_empty(&root)? {
        let handlers = pop("handlers");
        let has = |kw: &[(String, Value)], k: &str| kw.iter().any(|(n, _)| n == k);
        let handlers = match handlers {
            None | Some(Value::None) => {
                if has(&kw, "stream") && has(&kw, "filename") {
                    return value_err("'stream' and 'filename' should not be specified together");
                }
                None
            }
            Some(h) => {
                if has(&kw, "stream") || has(&kw, "filename") {
                    return value_err(
                        "'stream' or 'filename' should not be specified together with 'handlers'",
                    );
                }
                Some(h)
            }
        };
        // `kw` is borrowed by `pop` again below.
        let mut pop = |k: &str| -> Option<Value> {
            let i = kw.iter().position(|(n, _)| n == k)?;
            Some(kw.remove(i).1)
        };
        let handlers: Vec<Value> = match handlers {
            Some(h) => super::itertools::collect(&h)?,
            None => {
                let filename = pop("filename");
                let _ = pop("filemode");
                if let Some(f) = filename
                    && f.try_truthy()?
                {
                    return Err(not_supported("basicConfig(filename=...)"));
                }
                let stream = match pop("stream").unwrap_or_default() {
                    Value::None => sys_stream("stderr"),
                    v => v,
                };
                vec![obj(Handler::new(
                    HandlerKind::Stream(RefCell::new(stream)),
                    int(0),
                ))]
            }
        };
        let dfs = pop("datefmt").unwrap_or_default();
        let style = pop("style");
        if let Some(st) = &style
            && st.str_string().ok().as_deref() != Some("%")
        {
            return Err(not_supported("basicConfig(style=...) other than '%'"));
        }
        let fs = pop("format").unwrap_or_else(|| s(BASIC_FORMAT));
        let fmt = new_formatter(fs, dfs, None, None)?;
        for h in &handlers {
            let hh = handler_of(h)?;
            if hh.st.borrow().formatter.is_none() {
                hh.st.borrow_mut().formatter = fmt.clone();
            }
            rl.add_handler(h)?;
        }
        if let Some(level) = pop("level")
            && !level.is_none()
        {
            rl.set_level(&level)?;
        }
        if !kw.is_empty() {
            let keys: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
            return value_err(&format!("Unrecognised argument(s): {}", keys.join(", ")));
        }
    }
    Ok(Value::None)
}

fn value_err<T>(msg: &str) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::ValueError, msg))
}

// ------------------------------------------------------------------ records

/// A LogRecord: only what molt's formats may read.
struct Record {
    name: String,
    msg: Value,
    args: Value,
    levelno: Value,
    levelname: Value,
    exc_info: Value,
    exc_text: RefCell<Option<String>>,
    extra: Vec<(Value, Value)>,
}

impl Record {
    /// LogRecord.getMessage.
    fn message(&self) -> PyResult<String> {
        let msg = self.msg.str_string()?;
        if self.args.try_truthy()? {
            return Ok(crate::format::percent::percent_format(&msg, &self.args)?
                .as_str()
                .to_string());
        }
        Ok(msg)
    }
}

/// `Formatter.formatException`: the traceback, without frame lines.
fn format_exception(ei: &Value) -> PyResult<String> {
    let value = match ei {
        Value::Tuple(t) if t.len() >= 2 => t.as_slice()[1].clone(),
        _ => {
            return Err(not_supported(
                "exc_info other than an exception or a 3-tuple",
            ));
        }
    };
    let mut s = super::traceback::format(super::traceback::exception_of(&value)?, true);
    if s.ends_with('\n') {
        s.pop();
    }
    Ok(s)
}

// ------------------------------------------------------------------ formatters

pub struct Formatter {
    fmt: String,
    datefmt: Value,
}

/// The `%(name)` keys a `%`-style format names.
fn format_keys(fmt: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut rest = fmt;
    while let Some(i) = rest.find("%(") {
        let after = &rest[i + 2..];
        match after.find(')') {
            Some(j) => {
                out.push(&after[..j]);
                rest = &after[j + 1..];
            }
            None => break,
        }
    }
    out
}

/// PercentStyle.validation_pattern:
/// `%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]` (re.I), searched.
fn valid_percent(fmt: &str) -> bool {
    let c: Vec<char> = fmt.chars().collect();
    let word = |ch: char| ch.is_alphanumeric() || ch == '_';
    for start in 0..c.len() {
        if c[start] != '%' || c.get(start + 1) != Some(&'(') {
            continue;
        }
        let mut i = start + 2;
        let w0 = i;
        while i < c.len() && word(c[i]) {
            i += 1;
        }
        if i == w0 || c.get(i) != Some(&')') {
            continue;
        }
        i += 1;
        while i < c.len() && "#0+ -".contains(c[i]) {
            i += 1;
        }
        let num = |i: &mut usize| {
            if c.get(*i) == Some(&'*') {
                *i += 1;
            } else {
                while *i < c.len() && c[*i].is_ascii_digit() {
                    *i += 1;
                }
            }
        };
        // `(\*|\d+)?` is greedy but may give back: digits followed by a conversion char.
        let mut j = i;
        num(&mut j);
        let try_tail = |mut k: usize| -> bool {
            if c.get(k) == Some(&'.') {
                let mut m = k + 1;
                let before = m;
                num(&mut m);
                if m > before && m <= c.len() && c.get(m).is_some_and(|ch| conv(*ch)) {
                    return true;
                }
            }
            k = k.min(c.len());
            c.get(k).is_some_and(|ch| conv(*ch))
        };
        if try_tail(j) || try_tail(i) {
            return true;
        }
    }
    false
}

fn conv(ch: char) -> bool {
    "diouxefgcrsa%".contains(ch.to_ascii_lowercase())
}

fn new_formatter(
    fmt: Value,
    datefmt: Value,
    style: Option<Value>,
    validate: Option<Value>,
) -> PyResult<Value> {
    if let Some(st) = &style
        && st.str_string().ok().as_deref() != Some("%")
    {
        return Err(not_supported("Formatter(style=...) other than '%'"));
    }
    let fmt = match fmt {
        Value::None => "%(message)s".to_string(),
        v => v.str_string()?,
    };
    let validate = match validate {
        Some(v) => v.try_truthy()?,
        None => true,
    };
    if validate && !valid_percent(&fmt) {
        return value_err(&format!("Invalid format '{fmt}' for '%' style"));
    }
    if let Some(k) = format_keys(&fmt)
        .into_iter()
        .find(|k| UNSUPPORTED_FIELDS.contains(k))
    {
        return Err(not_supported(&format!("the format field %({k})")));
    }
    Ok(obj(Formatter { fmt, datefmt }))
}

impl Formatter {
    /// Formatter.format.
    fn format(&self, r: &Record) -> PyResult<String> {
        let message = r.message()?;
        let d = Dict::new();
        d.setitem(s("name"), s(&r.name))?;
        d.setitem(s("msg"), r.msg.clone())?;
        d.setitem(s("args"), r.args.clone())?;
        d.setitem(s("levelname"), r.levelname.clone())?;
        d.setitem(s("levelno"), r.levelno.clone())?;
        d.setitem(s("exc_info"), r.exc_info.clone())?;
        d.setitem(
            s("exc_text"),
            match &*r.exc_text.borrow() {
                Some(t) => s(t),
                None => Value::None,
            },
        )?;
        d.setitem(s("stack_info"), Value::None)?;
        for (k, v) in &r.extra {
            d.setitem(k.clone(), v.clone())?;
        }
        d.setitem(s("message"), s(&message))?;
        // PercentStyle.format: a missing key is a ValueError.
        let mut out = match crate::format::percent::percent_format(&self.fmt, &Value::Dict(d)) {
            Ok(x) => x.as_str().to_string(),
            Err(e) if e.matches(ExcKind::KeyError) => {
                let k = e
                    .args()
                    .first()
                    .map(|a| a.repr_string())
                    .transpose()?
                    .unwrap_or_default();
                // Raised in the `except KeyError` clause: the KeyError is its context.
                let v = PyErr::msg(
                    ExcKind::ValueError,
                    format!("Formatting field not found in record: {k}"),
                );
                v.set_context(Some(e));
                return Err(v);
            }
            Err(e) => return Err(e),
        };
        if r.exc_info.try_truthy()? && r.exc_text.borrow().is_none() {
            let t = format_exception(&r.exc_info)?;
            *r.exc_text.borrow_mut() = Some(t);
        }
        if let Some(t) = &*r.exc_text.borrow()
            && !t.is_empty()
        {
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(t);
        }
        Ok(out)
    }
}

impl Object for Formatter {
    fn type_name(&self) -> &'static str {
        "Formatter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<logging.Formatter object>");
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "_fmt" => Ok(s(&self.fmt)),
            "datefmt" => Ok(self.datefmt.clone()),
            _ => Err(not_supported(&format!("Formatter.{name}"))),
        }
    }
}

// ------------------------------------------------------------------ handlers

enum HandlerKind {
    Stream(RefCell<Value>),
    Null,
    /// `lastResort`, a `_StderrHandler`: its stream is `sys.stderr` when it emits.
    LastResort,
}

struct HandlerState {
    level: Value,
    formatter: Value,
    terminator: Value,
    name: Value,
}

pub struct Handler {
    kind: HandlerKind,
    st: RefCell<HandlerState>,
}

impl Handler {
    fn new(kind: HandlerKind, level: Value) -> Handler {
        Handler {
            kind,
            st: RefCell::new(HandlerState {
                level,
                formatter: Value::None,
                terminator: s("\n"),
                name: Value::None,
            }),
        }
    }

    fn stream(&self) -> Value {
        match &self.kind {
            HandlerKind::Stream(s) => s.borrow().clone(),
            _ => sys_stream("stderr"),
        }
    }

    /// Handler.format.
    fn format(&self, r: &Record) -> PyResult<String> {
        let f = self.st.borrow().formatter.clone();
        let f = if f.try_truthy()? {
            f
        } else {
            state().default_formatter.clone()
        };
        match as_obj::<Formatter>(&f) {
            Some(f) => f.format(r),
            None => Err(not_supported("a formatter that is not a logging.Formatter")),
        }
    }

    /// Handler.handle: no filters, so emit.
    fn handle(&self, r: &Record) -> PyResult<()> {
        if matches!(self.kind, HandlerKind::Null) {
            return Ok(());
        }
        if let Err(e) = self.emit(r) {
            if e.matches(ExcKind::RecursionError) {
                return Err(e);
            }
            handle_error(r, e)?;
        }
        Ok(())
    }

    /// StreamHandler.emit (the write and the flush).
    fn emit(&self, r: &Record) -> PyResult<()> {
        let msg = self.format(r)?;
        let stream = self.stream();
        let term = self.st.borrow().terminator.clone();
        let line = crate::value::binop(
            crate::value::BinOp::Add,
            &Value::Str(Str::from_string(msg)),
            &term,
        )?;
        crate::attr::call_method(&stream, "write", vec![line], vec![])?;
        self.flush()
    }

    /// StreamHandler.flush: `if self.stream and hasattr(self.stream, "flush")`.
    fn flush(&self) -> PyResult<()> {
        if matches!(self.kind, HandlerKind::Null) {
            return Ok(());
        }
        let stream = self.stream();
        if !stream.try_truthy()? {
            return Ok(());
        }
        match crate::attr::getattr(&stream, "flush") {
            Ok(f) => crate::func::call(&f, vec![], vec![]).map(|_| ()),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn class_name(&self) -> &'static str {
        match self.kind {
            HandlerKind::Stream(_) => "StreamHandler",
            HandlerKind::Null => "NullHandler",
            HandlerKind::LastResort => "_StderrHandler",
        }
    }
}

/// Handler.handleError with `raiseExceptions` true: the report on `sys.stderr`, without
/// the frame lines of the traceback and of the call stack.
fn handle_error(r: &Record, e: PyErr) -> PyResult<()> {
    let mut out = String::from("--- Logging error ---\n");
    out.push_str(&super::traceback::format(Some(e), true));
    out.push_str("Call stack:\n");
    match (r.msg.repr_string(), r.args.str_string()) {
        (Ok(m), Ok(a)) => out.push_str(&format!("Message: {m}\nArguments: {a}\n")),
        _ => out.push_str(
            "Unable to print the message and arguments - possible formatting error.\nUse the traceback above to help find the error.\n",
        ),
    }
    let err = sys_stream("stderr");
    crate::attr::call_method(
        &err,
        "write",
        vec![Value::Str(Str::from_string(out))],
        vec![],
    )?;
    Ok(())
}

fn handler_of(v: &Value) -> PyResult<&Handler> {
    as_obj::<Handler>(v).ok_or_else(|| not_supported("handlers that are not logging's own"))
}

impl Object for Handler {
    fn type_name(&self) -> &'static str {
        self.class_name()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let level = level_name_string(&self.st.borrow().level.clone())?;
        match self.kind {
            HandlerKind::Null => out.push_str(&format!("<NullHandler ({level})>")),
            _ => {
                let mut name = match crate::attr::getattr(&self.stream(), "name") {
                    Ok(n) => n.str_string()?,
                    Err(e) if e.matches(ExcKind::AttributeError) => String::new(),
                    Err(e) => return Err(e),
                };
                if !name.is_empty() {
                    name.push(' ');
                }
                out.push_str(&format!("<{} {name}({level})>", self.class_name()));
            }
        }
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let st = self.st.borrow();
        Ok(match name {
            "level" => st.level.clone(),
            "formatter" => st.formatter.clone(),
            "name" => st.name.clone(),
            "terminator" if !matches!(self.kind, HandlerKind::Null) => st.terminator.clone(),
            "stream" if !matches!(self.kind, HandlerKind::Null) => {
                drop(st);
                self.stream()
            }
            _ => return Err(not_supported(&format!("{}.{name}", self.class_name()))),
        })
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let mut st = self.st.borrow_mut();
        match name {
            "level" => st.level = value,
            "formatter" => st.formatter = value,
            "name" => st.name = value,
            "terminator" => st.terminator = value,
            _ => {
                return Err(not_supported(&format!(
                    "setting {}.{name}",
                    self.class_name()
                )));
            }
        }
        Ok(())
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let cls = self.class_name();
        match name {
            "setLevel" => {
                let a = bind(&format!("Handler.{name}"), &["level"], 1, args, kwargs)?;
                let l = check_level(&a[0].clone().unwrap_or_default())?;
                self.st.borrow_mut().level = l;
                Ok(Value::None)
            }
            "setFormatter" => {
                let a = bind(&format!("Handler.{name}"), &["fmt"], 1, args, kwargs)?;
                self.st.borrow_mut().formatter = a[0].clone().unwrap_or_default();
                Ok(Value::None)
            }
            "get_name" => {
                bind(&format!("Handler.{name}"), &[], 0, args, kwargs)?;
                Ok(self.st.borrow().name.clone())
            }
            "set_name" => {
                let a = bind(&format!("Handler.{name}"), &["name"], 1, args, kwargs)?;
                self.st.borrow_mut().name = a[0].clone().unwrap_or_default();
                Ok(Value::None)
            }
            "flush" => {
                bind(&format!("{cls}.{name}"), &[], 0, args, kwargs)?;
                self.flush()?;
                Ok(Value::None)
            }
            // Handler.close only unregisters it (StreamHandler does not close its stream).
            "close" | "acquire" | "release" => {
                bind(&format!("Handler.{name}"), &[], 0, args, kwargs)?;
                Ok(Value::None)
            }
            "setStream" if matches!(self.kind, HandlerKind::Stream(_)) => {
                let a = bind(
                    &format!("StreamHandler.{name}"),
                    &["stream"],
                    1,
                    args,
                    kwargs,
                )?;
                let new = a[0].clone().unwrap_or_default();
                let old = self.stream();
                if same(&old, &new) {
                    return Ok(Value::None);
                }
                self.flush()?;
                if let HandlerKind::Stream(st) = &self.kind {
                    *st.borrow_mut() = new;
                }
                Ok(old)
            }
            _ => {
                let f = self.getattr(this, name)?;
                crate::func::call(&f, args, kwargs)
            }
        }
    }
}

// ------------------------------------------------------------------ loggers

struct LoggerState {
    level: Value,
    parent: Value,
    propagate: Value,
    disabled: Value,
    handlers: Value,
}

pub struct Logger {
    name: RefCell<String>,
    is_root: bool,
    st: RefCell<LoggerState>,
    /// `Logger._cache`: isEnabledFor's answers by level, cleared by `setLevel` and
    /// `disable` (not by assigning `level`, as in CPython).
    cache: RefCell<Vec<(Value, bool)>>,
    /// Attributes the program stores on a logger beyond CPython's own.
    extra: Dict<Value, Value>,
    /// Guards against a parent chain that loops (`a.parent = b; b.parent = a`).
    _depth: Cell<u32>,
}

fn new_logger(name: &str, is_root: bool, level: Value) -> Value {
    obj(Logger {
        name: RefCell::new(name.to_string()),
        is_root,
        st: RefCell::new(LoggerState {
            level,
            parent: Value::None,
            propagate: Value::Bool(true),
            disabled: Value::Bool(false),
            handlers: Value::List(List::new()),
        }),
        cache: RefCell::new(vec![]),
        extra: Dict::new(),
        _depth: Cell::new(0),
    })
}

fn logger_of(v: &Value) -> PyResult<&Logger> {
    as_obj::<Logger>(v).ok_or_else(|| not_supported("a logger parent that is not a Logger"))
}

fn handler_list(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.to_vec()),
        _ => super::itertools::collect(v),
    }
}

impl Logger {
    fn set_level(&self, level: &Value) -> PyResult<()> {
        let l = check_level(level)?;
        self.st.borrow_mut().level = l;
        clear_caches();
        Ok(())
    }

    fn effective_level(&self) -> PyResult<Value> {
        let mut cur: Option<Value> = None;
        let mut guard = 0;
        loop {
            let (level, parent) = match &cur {
                None => {
                    let st = self.st.borrow();
                    (st.level.clone(), st.parent.clone())
                }
                Some(v) => {
                    let l = logger_of(v)?;
                    let st = l.st.borrow();
                    (st.level.clone(), st.parent.clone())
                }
            };
            if level.try_truthy()? {
                return Ok(level);
            }
            if !parent.try_truthy()? {
                return Ok(int(0));
            }
            cur = Some(parent);
            guard += 1;
            if guard > 100_000 {
                return Err(not_supported("a logger parent chain that loops"));
            }
        }
    }

    fn is_enabled_for(&self, level: &Value) -> PyResult<bool> {
        if self.st.borrow().disabled.try_truthy()? {
            return Ok(false);
        }
        for (l, b) in self.cache.borrow().iter() {
            if l.eq(level)? {
                return Ok(*b);
            }
        }
        let disable = state().disable.borrow().clone();
        let enabled = if disable.compare(level, CmpOp::Ge)? {
            false
        } else {
            level.compare(&self.effective_level()?, CmpOp::Ge)?
        };
        self.cache.borrow_mut().push((level.clone(), enabled));
        Ok(enabled)
    }

    fn add_handler(&self, h: &Value) -> PyResult<()> {
        let hs = self.st.borrow().handlers.clone();
        let present = match &hs {
            Value::List(l) => l.contains(h)?,
            _ => return Err(not_supported("Logger.handlers that is not a list")),
        };
        if !present && let Value::List(l) = &hs {
            l.append(h.clone());
        }
        Ok(())
    }

    fn remove_handler(&self, h: &Value) -> PyResult<()> {
        let hs = self.st.borrow().handlers.clone();
        match &hs {
            Value::List(l) => {
                if l.contains(h)? {
                    l.remove(h)?;
                }
                Ok(())
            }
            _ => Err(not_supported("Logger.handlers that is not a list")),
        }
    }

    /// `Logger.log(level, msg, *args, **kwargs)`.
    fn log_method(
        &self,
        this: &Value,
        level: Value,
        msg: Value,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if !crate::builtins::isinstance(&level, &["int"]) {
            return type_error("level must be an integer");
        }
        self.log_at(this, level, msg, args, kwargs)
    }

    /// `if self.isEnabledFor(level): self._log(level, msg, args, **kwargs)`.
    fn log_at(
        &self,
        this: &Value,
        level: Value,
        msg: Value,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        if !self.is_enabled_for(&level)? {
            return Ok(Value::None);
        }
        let mut a = bind(
            "Logger._log",
            &["exc_info", "extra", "stack_info", "stacklevel"],
            0,
            vec![],
            kwargs,
        )?;
        if let Some(si) = &a[2]
            && si.try_truthy()?
        {
            return Err(not_supported("stack_info=True"));
        }
        let mut exc_info = a[0].take().unwrap_or_default();
        if exc_info.try_truthy()? {
            let is_exc = matches!(exc_info, Value::Exc(_))
                || (matches!(exc_info, Value::Obj(_))
                    && crate::exc::to_exception(exc_info.clone()).is_ok());
            if is_exc {
                let t = crate::class::type_of(&exc_info)?;
                exc_info = Value::Tuple(Tup::from_vec(vec![t, exc_info, Value::None]));
            } else if !matches!(exc_info, Value::Tuple(_)) {
                exc_info = crate::exc_state::exc_info()?;
            }
        }
        // LogRecord.__init__: a single non-empty mapping argument is the mapping.
        let args = if args.len() == 1 && is_mapping(&args[0])? && args[0].try_truthy()? {
            args[0].clone()
        } else {
            Value::Tuple(Tup::from_vec(args))
        };
        let mut extra = vec![];
        if let Some(e) = a[1].take()
            && !e.is_none()
        {
            for k in super::itertools::collect(&e)? {
                let ks = k.str_string().ok();
                if ks
                    .as_deref()
                    .is_some_and(|k| k == "message" || k == "asctime" || RECORD_FIELDS.contains(&k))
                    && matches!(k, Value::Str(_))
                {
                    return Err(PyErr::new(
                        ExcKind::KeyError,
                        vec![s(&format!(
                            "Attempt to overwrite {} in LogRecord",
                            k.repr_string()?
                        ))],
                    ));
                }
                let v = e.getitem(&k)?;
                extra.push((k, v));
            }
        }
        let record = Record {
            name: self.name.borrow().clone(),
            msg,
            args,
            levelname: level_name(&level)?,
            levelno: level,
            exc_info,
            exc_text: RefCell::new(None),
            extra,
        };
        self.handle(this, &record)?;
        Ok(Value::None)
    }

    /// Logger.handle and callHandlers.
    fn handle(&self, this: &Value, r: &Record) -> PyResult<()> {
        if self.st.borrow().disabled.try_truthy()? {
            return Ok(());
        }
        let mut found = 0;
        let mut c = this.clone();
        let mut guard = 0;
        loop {
            let l = logger_of(&c)?;
            let (handlers, propagate, parent) = {
                let st = l.st.borrow();
                (st.handlers.clone(), st.propagate.clone(), st.parent.clone())
            };
            for h in handler_list(&handlers)? {
                found += 1;
                let hh = handler_of(&h)?;
                let hl = hh.st.borrow().level.clone();
                if r.levelno.compare(&hl, CmpOp::Ge)? {
                    hh.handle(r)?;
                }
            }
            if !propagate.try_truthy()? || !parent.try_truthy()? {
                break;
            }
            c = parent;
            guard += 1;
            if guard > 100_000 {
                return Err(not_supported("a logger parent chain that loops"));
            }
        }
        if found == 0 {
            let lr = state().last_resort.clone();
            let h = handler_of(&lr)?;
            let hl = h.st.borrow().level.clone();
            if r.levelno.compare(&hl, CmpOp::Ge)? {
                h.handle(r)?;
            }
        }
        Ok(())
    }

    fn has_handlers(&self, this: &Value) -> PyResult<bool> {
        let mut c = this.clone();
        loop {
            let l = logger_of(&c)?;
            let (handlers, propagate, parent) = {
                let st = l.st.borrow();
                (st.handlers.clone(), st.propagate.clone(), st.parent.clone())
            };
            if handlers.try_truthy()? {
                return Ok(true);
            }
            if !propagate.try_truthy()? || !parent.try_truthy()? {
                return Ok(false);
            }
            c = parent;
        }
    }
}

fn is_mapping(v: &Value) -> PyResult<bool> {
    if matches!(v, Value::Dict(_)) {
        return Ok(true);
    }
    if !matches!(v, Value::Obj(_)) {
        return Ok(false);
    }
    let m = super::collections_abc::attr("Mapping")?;
    crate::class::isinstance(v, &m)
}

impl Object for Logger {
    fn type_name(&self) -> &'static str {
        if self.is_root { "RootLogger" } else { "Logger" }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let level = level_name_string(&self.effective_level()?)?;
        out.push_str(&format!(
            "<{} {} ({level})>",
            self.type_name(),
            self.name.borrow()
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let st = self.st.borrow();
        Ok(match name {
            "name" => s(&self.name.borrow()),
            "level" => st.level.clone(),
            "parent" => st.parent.clone(),
            "propagate" => st.propagate.clone(),
            "disabled" => st.disabled.clone(),
            "handlers" => st.handlers.clone(),
            "root" => {
                drop(st);
                state().root.clone()
            }
            _ => {
                if let Some(v) = self.extra.get(&s(name))? {
                    return Ok(v);
                }
                return Err(PyErr::msg(
                    if LOGGER_METHODS.contains(&name) {
                        ExcKind::NotImplementedError
                    } else {
                        ExcKind::AttributeError
                    },
                    if LOGGER_METHODS.contains(&name) {
                        format!("molt: logging Logger.{name} is not supported yet")
                    } else {
                        format!("'{}' object has no attribute '{name}'", self.type_name())
                    },
                ));
            }
        })
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        let mut st = self.st.borrow_mut();
        match name {
            "name" => *self.name.borrow_mut() = value.str_string()?,
            "level" => st.level = value,
            "parent" => {
                if !value.is_none() && as_obj::<Logger>(&value).is_none() {
                    return Err(not_supported("a logger parent that is not a Logger"));
                }
                st.parent = value
            }
            "propagate" => st.propagate = value,
            "disabled" => st.disabled = value,
            "handlers" => st.handlers = value,
            _ if LOGGER_METHODS.contains(&name) => {
                return Err(not_supported(&format!("replacing Logger.{name}")));
            }
            _ => {
                drop(st);
                self.extra.setitem(s(name), value)?;
            }
        }
        Ok(())
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let me = Value::Obj(this.clone());
        match name {
            "debug" | "info" | "warning" | "error" | "critical" | "fatal" | "exception" => {
                let level = match name {
                    "debug" => DEBUG,
                    "info" => INFO,
                    "warning" => WARNING,
                    "critical" | "fatal" => CRITICAL,
                    _ => ERROR,
                };
                let (msg, rest, kwargs) = split_msg(&format!("Logger.{name}"), args, kwargs)?;
                let kwargs = if name == "exception" {
                    exception_kwargs(kwargs)
                } else {
                    kwargs
                };
                self.log_at(&me, int(level), msg, rest, kwargs)
            }
            "log" => {
                let mut it = args.into_iter();
                let (Some(level), Some(msg)) = (it.next(), it.next()) else {
                    return type_error(
                        "Logger.log() missing required positional arguments: 'level' and 'msg'",
                    );
                };
                self.log_method(&me, level, msg, it.collect(), kwargs)
            }
            "setLevel" => {
                let a = bind("Logger.setLevel", &["level"], 1, args, kwargs)?;
                self.set_level(&a[0].clone().unwrap_or_default())?;
                Ok(Value::None)
            }
            "getEffectiveLevel" => {
                bind("Logger.getEffectiveLevel", &[], 0, args, kwargs)?;
                self.effective_level()
            }
            "isEnabledFor" => {
                let a = bind("Logger.isEnabledFor", &["level"], 1, args, kwargs)?;
                Ok(Value::Bool(
                    self.is_enabled_for(&a[0].clone().unwrap_or_default())?,
                ))
            }
            "addHandler" => {
                let a = bind("Logger.addHandler", &["hdlr"], 1, args, kwargs)?;
                self.add_handler(&a[0].clone().unwrap_or_default())?;
                Ok(Value::None)
            }
            "removeHandler" => {
                let a = bind("Logger.removeHandler", &["hdlr"], 1, args, kwargs)?;
                self.remove_handler(&a[0].clone().unwrap_or_default())?;
                Ok(Value::None)
            }
            "hasHandlers" => {
                bind("Logger.hasHandlers", &[], 0, args, kwargs)?;
                Ok(Value::Bool(self.has_handlers(&me)?))
            }
            "getChild" => {
                let a = bind("Logger.getChild", &["suffix"], 1, args, kwargs)?;
                let suffix = a[0].clone().unwrap_or_default();
                let name = if self.is_root {
                    suffix
                } else {
                    let sfx = match &suffix {
                        Value::Str(x) => x.as_str().to_string(),
                        _ => {
                            return type_error(format!(
                                "sequence item 1: expected str instance, {} found",
                                suffix.class_name()
                            ));
                        }
                    };
                    s(&format!("{}.{sfx}", self.name.borrow()))
                };
                get_logger_manager(name)
            }
            _ => {
                let f = self.getattr(this, name)?;
                crate::func::call(&f, args, kwargs)
            }
        }
    }
}

/// Manager.getLogger (no root special case: `getChild` of root with "root" makes a logger
/// named "root" in CPython, which molt does not model).
fn get_logger_manager(name: Value) -> PyResult<Value> {
    match &name {
        Value::Str(x) if x.as_str() == "root" || x.as_str().is_empty() => {
            Err(not_supported("a child logger named 'root' or ''"))
        }
        _ => get_logger(name),
    }
}

/// Logger's methods molt does not implement (a call raises NotImplementedError, not
/// AttributeError).
const LOGGER_METHODS: &[&str] = &[
    "warn",
    "findCaller",
    "makeRecord",
    "handle",
    "callHandlers",
    "addFilter",
    "removeFilter",
    "filter",
    "filters",
    "manager",
    "_log",
    "_cache",
];
