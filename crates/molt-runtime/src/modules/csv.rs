//! The `csv` module: reader and writer (a port of CPython 3.11's Modules/_csv.c state
//! machine and quoting rules) and DictReader/DictWriter (Lib/csv.py). Dialects are given
//! by name ('excel', 'excel-tab', 'unix') or keyword format parameters. csv.Sniffer is in
//! csv/sniff.rs.

mod sniff;

use super::stdc_util::{s, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::list::List;
use crate::obj::PyObj;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::{Value, ValueIter};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

/// `csv.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "reader" => reader(args, kwargs),
        "writer" => writer(args, kwargs),
        "DictReader" => dict_reader(args, kwargs),
        "DictWriter" => dict_writer(args, kwargs),
        "register_dialect" => register_dialect(args, kwargs),
        "Sniffer" => sniff::new(args, kwargs),
        "unregister_dialect" => {
            let a = super::stdc_util::bind("unregister_dialect", &["name"], 1, args, kwargs)?;
            let name = a[0].clone().unwrap_or(Value::None);
            let removed = REGISTRY.with(|r| {
                let mut r = r.borrow_mut();
                let before = r.len();
                r.retain(|(n, _)| !matches!(&name, Value::Str(s) if s.as_str() == n));
                before != r.len()
            });
            if removed {
                Ok(Value::None)
            } else {
                Err(csv_error("unknown dialect"))
            }
        }
        "get_dialect" => {
            let a = super::stdc_util::bind("get_dialect", &["name"], 1, args, kwargs)?;
            let d = lookup_dialect(&a[0].clone().unwrap_or(Value::None))?;
            Ok(Value::Obj(Rc::new(DialectObj(d))))
        }
        "list_dialects" => {
            super::stdc_util::bind("list_dialects", &[], 0, args, kwargs)?;
            let names = REGISTRY.with(|r| r.borrow().iter().map(|(n, _)| s(n)).collect());
            Ok(Value::List(List::from_vec(names)))
        }
        "field_size_limit" => {
            // _csv.c csv_field_size_limit: returns the old limit, sets a new one if given.
            if !kwargs.is_empty() {
                return type_error("field_size_limit() takes no keyword arguments");
            }
            if args.len() > 1 {
                return type_error(format!(
                    "field_size_limit expected at most 1 argument, got {}",
                    args.len()
                ));
            }
            let old = FIELD_LIMIT.with(|f| f.get());
            if let Some(v) = args.first() {
                let Value::Int(n) = v else {
                    return type_error("limit must be an integer");
                };
                match n.as_i64() {
                    Some(x) => FIELD_LIMIT.with(|f| f.set(x)),
                    None => {
                        return Err(PyErr::msg(
                            ExcKind::OverflowError,
                            "Python int too large to convert to C long",
                        ));
                    }
                }
            }
            Ok(Value::int(old))
        }
        _ => Err(unknown("csv", name)),
    }
}

/// `csv.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "QUOTE_MINIMAL" => Ok(Value::int(QUOTE_MINIMAL)),
        "QUOTE_ALL" => Ok(Value::int(QUOTE_ALL)),
        "QUOTE_NONNUMERIC" => Ok(Value::int(QUOTE_NONNUMERIC)),
        "QUOTE_NONE" => Ok(Value::int(QUOTE_NONE)),
        "reader" | "writer" | "DictReader" | "DictWriter" => {
            Ok(super::stdc_util::class("csv", leak_name(name), "csv"))
        }
        "Error" => Ok(crate::class::exc_type(ExcKind::CsvError)),
        "Dialect" | "excel" | "excel_tab" | "unix_dialect" => Ok(dialect_class(name)),
        "register_dialect" | "unregister_dialect" | "get_dialect" | "list_dialects"
        | "field_size_limit" | "Sniffer" => Ok(super::callable::module_callable("csv", name)),
        _ => Err(unknown("csv", name)),
    }
}

fn leak_name(name: &str) -> &'static str {
    match name {
        "reader" => "reader",
        "writer" => "writer",
        "DictReader" => "DictReader",
        _ => "DictWriter",
    }
}

/// `_csv.Error`.
fn csv_error(msg: impl Into<String>) -> PyErr {
    PyErr::msg(ExcKind::CsvError, msg.into())
}

/// The dialect given positionally (second argument) or as `dialect=`.
fn dialect_arg<'a>(args: &'a [Value], kwargs: &'a [(Str, Value)]) -> Option<&'a Value> {
    args.get(1).or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str() == "dialect")
            .map(|(_, v)| v)
    })
}

#[derive(Clone)]
struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    lineterminator: String,
    quoting: i64,
    strict: bool,
}

impl Dialect {
    fn excel() -> Dialect {
        Dialect {
            delimiter: ',',
            quotechar: Some('"'),
            escapechar: None,
            doublequote: true,
            skipinitialspace: false,
            lineterminator: "\r\n".into(),
            quoting: QUOTE_MINIMAL,
            strict: false,
        }
    }

    /// The attribute `name` of a `_csv.Dialect` object.
    fn attr(&self, name: &str) -> Option<Value> {
        let ch = |c: Option<char>| c.map(|c| s(&c.to_string())).unwrap_or(Value::None);
        Some(match name {
            "delimiter" => s(&self.delimiter.to_string()),
            "quotechar" => ch(self.quotechar),
            "escapechar" => ch(self.escapechar),
            "doublequote" => Value::Bool(self.doublequote),
            "skipinitialspace" => Value::Bool(self.skipinitialspace),
            "lineterminator" => s(&self.lineterminator),
            "quoting" => Value::int(self.quoting),
            "strict" => Value::Bool(self.strict),
            _ => return None,
        })
    }
}

thread_local! {
    /// The dialect registry of _csv.c (`_csv.list_dialects()` order: registration order).
    static REGISTRY: RefCell<Vec<(String, Dialect)>> = RefCell::new(builtin_dialects());
    /// `_csv.field_size_limit()`.
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
    /// The classes csv.Dialect, csv.excel, csv.excel_tab, csv.unix_dialect (Lib/csv.py).
    static CLASSES: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Lib/csv.py registers excel, excel-tab and unix at import.
fn builtin_dialects() -> Vec<(String, Dialect)> {
    let excel = Dialect::excel();
    let tab = Dialect {
        delimiter: '\t',
        ..Dialect::excel()
    };
    let unix = Dialect {
        lineterminator: "\n".into(),
        quoting: QUOTE_ALL,
        ..Dialect::excel()
    };
    vec![
        ("excel".into(), excel),
        ("excel-tab".into(), tab),
        ("unix".into(), unix),
    ]
}

/// A registered dialect by name (_csv.c get_dialect_from_registry).
fn lookup_dialect(name: &Value) -> PyResult<Dialect> {
    let found = match name {
        Value::Str(n) => REGISTRY.with(|r| {
            r.borrow()
                .iter()
                .find(|(k, _)| k == n.as_str())
                .map(|(_, d)| d.clone())
        }),
        _ => None,
    };
    found.ok_or_else(|| csv_error("unknown dialect"))
}

/// `csv.register_dialect(name, dialect=None, **fmtparams)`.
fn register_dialect(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return type_error(format!(
            "register_dialect() expected at most 2 arguments, got {}",
            args.len()
        ));
    }
    let Value::Str(name) = &args[0] else {
        return type_error("dialect name must be a string");
    };
    let d = dialect(args.get(1), &kwargs)?;
    let name = name.as_str().to_string();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        match r.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = d,
            None => r.push((name, d)),
        }
    });
    Ok(Value::None)
}

/// `_csv.Dialect`: the validated dialect that get_dialect() and reader/writer.dialect give.
struct DialectObj(Dialect);

impl Object for DialectObj {
    fn type_name(&self) -> &'static str {
        "_csv.Dialect"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<_csv.Dialect object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        self.0
            .attr(name)
            .ok_or_else(|| no_attr("_csv.Dialect", name))
    }
    fn setattr(&self, _this: &ObjRef, name: &str, _value: Value) -> PyResult<()> {
        if self.0.attr(name).is_some() {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("attribute '{name}' of '_csv.Dialect' objects is not writable"),
            ));
        }
        Err(no_attr("_csv.Dialect", name))
    }
}

/// The class `csv.<name>` (one per thread, like the module's classes).
fn dialect_class(name: &str) -> Value {
    if let Some(v) = CLASSES.with(|c| {
        c.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }) {
        return v;
    }
    use crate::class::{Class, Meta, as_class, object_class};
    let (cname, base, attrs): (&'static str, Option<&str>, Vec<(&str, Value)>) = match name {
        "excel" => (
            "excel",
            Some("Dialect"),
            excel_attrs(',', "\r\n", QUOTE_MINIMAL),
        ),
        "excel_tab" => ("excel_tab", Some("excel"), vec![("delimiter", s("\t"))]),
        "unix_dialect" => (
            "unix_dialect",
            Some("Dialect"),
            excel_attrs(',', "\n", QUOTE_ALL),
        ),
        _ => (
            "Dialect",
            None,
            [
                "delimiter",
                "quotechar",
                "escapechar",
                "doublequote",
                "skipinitialspace",
                "lineterminator",
                "quoting",
            ]
            .iter()
            .map(|n| (*n, Value::None))
            .collect(),
        ),
    };
    let d: crate::dict::Dict<Value, Value> = crate::dict::Dict::new();
    let _ = d.setitem(s("__module__"), s("csv"));
    for (k, v) in attrs {
        let _ = d.setitem(s(k), v);
    }
    if base.is_none() {
        // Dialect.__init__ (Lib/csv.py): a subclass is validated by building a _Dialect,
        // whose TypeError becomes csv.Error.
        let init = crate::func::function("__init__", "Dialect.__init__", |a, k| {
            super::stdc_util::bind("Dialect.__init__", &["self"], 1, a.clone(), k)?;
            let this = a.first().cloned().unwrap_or(Value::None);
            let is_base = crate::class::instance_class(&this).is_some_and(|c| {
                as_class(&dialect_class("Dialect")).is_some_and(|d| std::rc::Rc::ptr_eq(c, &d))
            });
            if !is_base && let Err(e) = dialect(Some(&this), &[]) {
                let msg = e.args().first().map(|m| m.str_string()).transpose()?;
                return Err(csv_error(msg.unwrap_or_default()));
            }
            Ok(Value::None)
        });
        let _ = d.setitem(s("__init__"), init);
    }
    let bases = match base {
        Some(b) => as_class(&dialect_class(b)).into_iter().collect(),
        None => vec![object_class()],
    };
    // The MRO after the class itself: the base, then the base's own.
    let mro: Vec<std::rc::Rc<Class>> = match (base, bases.first()) {
        (Some(_), Some(b)) => std::iter::once(b.clone())
            .chain(b.mro.iter().cloned())
            .collect(),
        _ => vec![object_class()],
    };
    let c = Class::new_raw(
        cname,
        cname,
        "csv",
        bases,
        mro,
        d,
        None,
        Meta::Type,
        true,
        0,
    );
    let v = crate::class::class_value(&c);
    CLASSES.with(|c| c.borrow_mut().push((cname, v.clone())));
    v
}

fn excel_attrs(delim: char, term: &str, quoting: i64) -> Vec<(&'static str, Value)> {
    vec![
        ("delimiter", s(&delim.to_string())),
        ("quotechar", s("\"")),
        ("doublequote", Value::Bool(true)),
        ("skipinitialspace", Value::Bool(false)),
        ("lineterminator", s(term)),
        ("quoting", Value::int(quoting)),
    ]
}

fn char_param(name: &str, v: &Value, optional: bool) -> PyResult<Option<char>> {
    match v {
        Value::None if optional => Ok(None),
        Value::Str(x) => {
            let mut cs = x.as_str().chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Some(c)),
                _ => type_error(format!("\"{name}\" must be a 1-character string")),
            }
        }
        other => type_error(format!(
            "\"{name}\" must be string{}, not {}",
            if optional { " or None" } else { "" },
            other.class_name()
        )),
    }
}

/// The dialect from the `dialect` argument and the format parameters (_csv.c dialect_new):
/// each parameter is the keyword argument if given, else the dialect's attribute (a
/// registered name, a Dialect class or instance, any object), else the default.
fn dialect(d: Option<&Value>, kwargs: &[(Str, Value)]) -> PyResult<Dialect> {
    const NAMES: [&str; 8] = [
        "delimiter",
        "doublequote",
        "escapechar",
        "lineterminator",
        "quotechar",
        "quoting",
        "skipinitialspace",
        "strict",
    ];
    for (k, _) in kwargs {
        if k.as_str() != "dialect" && !NAMES.contains(&k.as_str()) {
            return type_error(format!(
                "'{}' is an invalid keyword argument for this function",
                k.as_str()
            ));
        }
    }
    let base: Option<Dialect> = match d {
        Some(Value::Str(_)) => Some(lookup_dialect(d.unwrap_or(&Value::None))?),
        Some(Value::Obj(o)) => o.as_any().downcast_ref::<DialectObj>().map(|x| x.0.clone()),
        _ => None,
    };
    let mut src: Vec<Option<Value>> = Vec::with_capacity(NAMES.len());
    for n in NAMES {
        let kw = kwargs
            .iter()
            .find(|(k, _)| k.as_str() == n)
            .map(|(_, v)| v.clone());
        let v = match (kw, &base, d) {
            (Some(v), _, _) => Some(v),
            (None, Some(b), _) => b.attr(n),
            (None, None, Some(obj)) if !matches!(obj, Value::None) => {
                match crate::attr::getattr(obj, n) {
                    Ok(v) => Some(v),
                    Err(e) if e.kind() == ExcKind::AttributeError => None,
                    Err(e) => return Err(e),
                }
            }
            _ => None,
        };
        src.push(v);
    }
    let mut di = Dialect::excel();
    let mut quotechar_none = false;
    let mut lineterminator_set = true;
    // DIASET order: delimiter, doublequote, escapechar, lineterminator, quotechar,
    // quoting, skipinitialspace, strict.
    if let Some(v) = &src[0] {
        di.delimiter = char_param("delimiter", v, false)?.unwrap_or(',');
    }
    if let Some(v) = &src[1] {
        di.doublequote = v.try_truthy()?;
    }
    if let Some(v) = &src[2] {
        di.escapechar = char_param("escapechar", v, true)?;
    }
    if let Some(v) = &src[3] {
        match v {
            Value::None => lineterminator_set = false,
            Value::Str(x) => di.lineterminator = x.as_str().to_string(),
            other => {
                return type_error(format!(
                    "\"lineterminator\" must be a string, not {}",
                    other.class_name()
                ));
            }
        }
    }
    if let Some(v) = &src[4] {
        di.quotechar = char_param("quotechar", v, true)?;
        quotechar_none = di.quotechar.is_none();
    }
    if let Some(v) = &src[5] {
        match v {
            Value::Int(n) => match n.as_i64() {
                Some(q @ 0..=3) => di.quoting = q,
                _ => return type_error("bad \"quoting\" value"),
            },
            _ => return type_error("\"quoting\" must be an integer"),
        }
    }
    if let Some(v) = &src[6] {
        di.skipinitialspace = v.try_truthy()?;
    }
    if let Some(v) = &src[7] {
        di.strict = v.try_truthy()?;
    }
    if quotechar_none && src[5].is_none() {
        // dialect_new: quotechar=None without quoting means QUOTE_NONE.
        di.quoting = QUOTE_NONE;
    }
    if di.quotechar.is_none() && di.quoting != QUOTE_NONE {
        return type_error("quotechar must be set if quoting enabled");
    }
    if !lineterminator_set {
        return type_error("lineterminator must be set");
    }
    Ok(di)
}

// ------------------------------------------------------------------ reader

#[derive(Clone, Copy, PartialEq, Eq)]
enum St {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct ReaderState {
    input: ValueIter,
    fields: Vec<Value>,
    field: String,
    field_len: usize,
    state: St,
    numeric: bool,
}

/// `_csv.reader`.
pub struct Reader {
    d: Dialect,
    st: RefCell<ReaderState>,
    line_num: Cell<i64>,
}

fn reader(mut args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return type_error(format!("expected at most 2 arguments, got {}", args.len()));
    }
    let d = dialect(dialect_arg(&args, &kwargs), &kwargs)?;
    let src = args.remove(0);
    Ok(Value::Obj(Rc::new(make_reader(src, d)?)))
}

fn make_reader(src: Value, d: Dialect) -> PyResult<Reader> {
    let input = src.iter()?;
    Ok(Reader {
        d,
        st: RefCell::new(ReaderState {
            input,
            fields: vec![],
            field: String::new(),
            field_len: 0,
            state: St::StartRecord,
            numeric: false,
        }),
        line_num: Cell::new(0),
    })
}

impl ReaderState {
    fn save_field(&mut self) -> PyResult<()> {
        let f = std::mem::take(&mut self.field);
        self.field_len = 0;
        if self.numeric {
            self.numeric = false;
            self.fields.push(Value::Float(crate::float::parse(&f)?));
        } else {
            self.fields.push(Value::Str(Str::from_string(f)));
        }
        Ok(())
    }

    fn add_char(&mut self, c: char) -> PyResult<()> {
        let limit = FIELD_LIMIT.with(|f| f.get());
        if self.field_len as i64 >= limit {
            return Err(csv_error(format!(
                "field larger than field limit ({limit})"
            )));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    /// parse_process_char; None is the end-of-line marker.
    fn process(&mut self, d: &Dialect, c: Option<char>) -> PyResult<()> {
        let crlf = |c: Option<char>| matches!(c, Some('\n' | '\r'));
        let is = |c: Option<char>, x: Option<char>| x.is_some() && c == x;
        let mut state = self.state;
        loop {
            match state {
                St::StartRecord => {
                    if c.is_none() {
                        return Ok(());
                    }
                    if crlf(c) {
                        self.state = St::EatCrnl;
                        return Ok(());
                    }
                    state = St::StartField;
                    continue;
                }
                St::StartField => {
                    if crlf(c) || c.is_none() {
                        self.save_field()?;
                        self.state = if c.is_none() {
                            St::StartRecord
                        } else {
                            St::EatCrnl
                        };
                    } else if is(c, d.quotechar) && d.quoting != QUOTE_NONE {
                        self.state = St::InQuotedField;
                    } else if is(c, d.escapechar) {
                        self.state = St::EscapedChar;
                    } else if c == Some(' ') && d.skipinitialspace {
                        self.state = St::StartField;
                    } else if c == Some(d.delimiter) {
                        self.save_field()?;
                        self.state = St::StartField;
                    } else {
                        if d.quoting == QUOTE_NONNUMERIC {
                            self.numeric = true;
                        }
                        if let Some(ch) = c {
                            self.add_char(ch)?;
                        }
                        self.state = St::InField;
                    }
                }
                St::EscapedChar => {
                    if crlf(c) {
                        if let Some(ch) = c {
                            self.add_char(ch)?;
                        }
                        self.state = St::AfterEscapedCrnl;
                        return Ok(());
                    }
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = St::InField;
                }
                St::AfterEscapedCrnl => {
                    if c.is_none() {
                        self.state = St::AfterEscapedCrnl;
                        return Ok(());
                    }
                    state = St::InField;
                    continue;
                }
                St::InField => {
                    if crlf(c) || c.is_none() {
                        self.save_field()?;
                        self.state = if c.is_none() {
                            St::StartRecord
                        } else {
                            St::EatCrnl
                        };
                    } else if is(c, d.escapechar) {
                        self.state = St::EscapedChar;
                    } else if c == Some(d.delimiter) {
                        self.save_field()?;
                        self.state = St::StartField;
                    } else {
                        if let Some(ch) = c {
                            self.add_char(ch)?;
                        }
                        self.state = St::InField;
                    }
                }
                St::InQuotedField => {
                    if c.is_none() {
                        self.state = St::InQuotedField;
                    } else if is(c, d.escapechar) {
                        self.state = St::EscapeInQuotedField;
                    } else if is(c, d.quotechar) {
                        self.state = if d.doublequote {
                            St::QuoteInQuotedField
                        } else {
                            St::InField
                        };
                    } else {
                        if let Some(ch) = c {
                            self.add_char(ch)?;
                        }
                        self.state = St::InQuotedField;
                    }
                }
                St::EscapeInQuotedField => {
                    self.add_char(c.unwrap_or('\n'))?;
                    self.state = St::InQuotedField;
                }
                St::QuoteInQuotedField => {
                    if d.quoting != QUOTE_NONE && is(c, d.quotechar) {
                        if let Some(ch) = c {
                            self.add_char(ch)?;
                        }
                        self.state = St::InQuotedField;
                    } else if c == Some(d.delimiter) {
                        self.save_field()?;
                        self.state = St::StartField;
                    } else if crlf(c) || c.is_none() {
                        self.save_field()?;
                        self.state = if c.is_none() {
                            St::StartRecord
                        } else {
                            St::EatCrnl
                        };
                    } else if !d.strict {
                        if let Some(ch) = c {
                            self.add_char(ch)?;
                        }
                        self.state = St::InField;
                    } else {
                        return Err(csv_error(format!(
                            "'{}' expected after '{}'",
                            d.delimiter,
                            d.quotechar.unwrap_or('"')
                        )));
                    }
                }
                St::EatCrnl => {
                    if crlf(c) {
                        self.state = St::EatCrnl;
                    } else if c.is_none() {
                        self.state = St::StartRecord;
                    } else {
                        return Err(csv_error(
                            "new-line character seen in unquoted field - do you need to \
                             open the file with newline=''?",
                        ));
                    }
                }
            }
            return Ok(());
        }
    }
}

impl Reader {
    /// Reader_iternext: the next record, None at the end of the input.
    fn next_row(&self) -> PyResult<Option<Value>> {
        let mut st = self.st.borrow_mut();
        st.fields.clear();
        st.field.clear();
        st.field_len = 0;
        st.state = St::StartRecord;
        st.numeric = false;
        loop {
            let line = st.input.next()?;
            let Some(line) = line else {
                if st.field_len != 0 || st.state == St::InQuotedField {
                    if self.d.strict {
                        return Err(csv_error("unexpected end of data"));
                    }
                    st.save_field()?;
                    break;
                }
                return Ok(None);
            };
            let Value::Str(line) = line else {
                return Err(csv_error(format!(
                    "iterator should return strings, not {} (the file should be opened in \
                     text mode)",
                    line.class_name()
                )));
            };
            self.line_num.set(self.line_num.get() + 1);
            for c in line.as_str().chars() {
                if c == '\0' {
                    return Err(csv_error("line contains NUL"));
                }
                st.process(&self.d, Some(c))?;
            }
            st.process(&self.d, None)?;
            if st.state == St::StartRecord {
                break;
            }
        }
        let fields = std::mem::take(&mut st.fields);
        Ok(Some(Value::List(List::from_vec(fields))))
    }
}

fn iter_of<T: 'static>(
    this: &ObjRef,
    name: &'static str,
    next: fn(&T) -> PyResult<Option<Value>>,
) -> ValueIter {
    let o = this.clone();
    ValueIter::Iter(crate::iter::Iter::from_fn(name, move || {
        match downcast::<T>(&o) {
            Some(r) => next(r),
            None => Ok(None),
        }
    }))
}

fn no_attr(t: &str, name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'{t}' object has no attribute '{name}'"),
    )
}

impl Object for Reader {
    fn type_name(&self) -> &'static str {
        "_csv.reader"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        Ok(iter_of::<Reader>(this, "_csv.reader", Reader::next_row))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "line_num" => Ok(Value::int(self.line_num.get())),
            _ => Err(no_attr("_csv.reader", name)),
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
            "__next__" => {
                super::stdc_util::bind("__next__", &[], 0, args, kwargs)?;
                match self.next_row()? {
                    Some(v) => Ok(v),
                    None => Err(crate::genobj::stop_iteration(Value::None)),
                }
            }
            _ => Err(no_attr("_csv.reader", name)),
        }
    }
}

// ------------------------------------------------------------------ writer

/// `_csv.writer`.
pub struct Writer {
    d: Dialect,
    file: Value,
}

fn writer(mut args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return type_error(format!("expected at most 2 arguments, got {}", args.len()));
    }
    let d = dialect(dialect_arg(&args, &kwargs), &kwargs)?;
    let file = args.remove(0);
    Ok(Value::Obj(Rc::new(make_writer(file, d)?)))
}

fn make_writer(file: Value, d: Dialect) -> PyResult<Writer> {
    // Runtime file objects (StringIO, open() files, the standard streams) answer method
    // calls without exposing them as attributes.
    if !matches!(file, Value::Obj(_)) && !crate::attr::hasattr(&file, "write")? {
        return type_error("argument 1 must have a \"write\" method");
    }
    Ok(Writer { d, file })
}

impl Writer {
    /// join_append_data: appends one field to the record, quoting and escaping it.
    fn append_field(
        &self,
        rec: &mut String,
        n: usize,
        field: &str,
        mut quoted: bool,
    ) -> PyResult<()> {
        let d = &self.d;
        if n > 0 {
            rec.push(d.delimiter);
        }
        let mut body = String::with_capacity(field.len());
        for c in field.chars() {
            let mut want_escape = false;
            if c == d.delimiter
                || Some(c) == d.escapechar
                || Some(c) == d.quotechar
                || d.lineterminator.contains(c)
            {
                if d.quoting == QUOTE_NONE {
                    want_escape = true;
                } else {
                    if Some(c) == d.quotechar {
                        if d.doublequote {
                            body.push(c);
                        } else {
                            want_escape = true;
                        }
                    } else if Some(c) == d.escapechar {
                        want_escape = true;
                    }
                    if !want_escape {
                        quoted = true;
                    }
                }
                if want_escape {
                    let Some(e) = d.escapechar else {
                        return Err(csv_error("need to escape, but no escapechar set"));
                    };
                    body.push(e);
                }
            }
            body.push(c);
        }
        let q = d.quotechar.unwrap_or('"');
        if quoted {
            rec.push(q);
        }
        rec.push_str(&body);
        if quoted {
            rec.push(q);
        }
        Ok(())
    }

    /// csv_writerow.
    fn writerow(&self, row: &Value) -> PyResult<Value> {
        let mut it = match row {
            Value::Str(_) => None,
            _ => row.iter().ok(),
        };
        let Some(it) = it.as_mut() else {
            return Err(csv_error(format!(
                "iterable expected, not {}",
                row.class_name()
            )));
        };
        let mut rec = String::new();
        let mut n = 0;
        while let Some(field) = it.next()? {
            let quoted = match self.d.quoting {
                QUOTE_NONNUMERIC => {
                    !matches!(field, Value::Int(_) | Value::Float(_) | Value::Bool(_))
                }
                QUOTE_ALL => true,
                _ => false,
            };
            let text = match &field {
                Value::Str(x) => x.as_str().to_string(),
                Value::None => String::new(),
                Value::Float(_) => field.repr_string()?,
                other => other.str_string()?,
            };
            self.append_field(&mut rec, n, &text, quoted)?;
            n += 1;
        }
        if n > 0 && rec.is_empty() {
            if self.d.quoting == QUOTE_NONE {
                return Err(csv_error("single empty field record must be quoted"));
            }
            self.append_field(&mut rec, 0, "", true)?;
        }
        rec.push_str(&self.d.lineterminator);
        crate::attr::call_method(&self.file, "write", vec![s(&rec)], vec![])
    }

    fn writerows(&self, rows: &Value) -> PyResult<Value> {
        let mut it = rows.iter()?;
        while let Some(r) = it.next()? {
            self.writerow(&r)?;
        }
        Ok(Value::None)
    }
}

impl Object for Writer {
    fn type_name(&self) -> &'static str {
        "_csv.writer"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "writerow" | "writerows" => {
                let b = super::stdc_util::bind(name, &["row"], 1, args, kwargs)?;
                let row = b[0].clone().unwrap_or(Value::None);
                if name == "writerow" {
                    self.writerow(&row)
                } else {
                    self.writerows(&row)
                }
            }
            _ => Err(no_attr("_csv.writer", name)),
        }
    }
}

// ------------------------------------------------------------------ DictReader / DictWriter

type Kwargs = Vec<(Str, Value)>;

fn split_kwargs(params: &[&str], kwargs: Vec<(Str, Value)>) -> (Kwargs, Kwargs) {
    kwargs
        .into_iter()
        .partition(|(k, _)| params.contains(&k.as_str()))
}

/// csv.DictReader.
pub struct DictReader {
    reader: Value,
    fieldnames: RefCell<Value>,
    restkey: Value,
    restval: Value,
    line_num: Cell<i64>,
}

fn dict_reader(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let params = ["f", "fieldnames", "restkey", "restval", "dialect"];
    let (mine, fmt) = split_kwargs(&params, kwargs);
    let b = super::stdc_util::bind("DictReader.__init__", &params, 1, args, mine)?;
    let get = |i: usize| b[i].clone().unwrap_or(Value::None);
    let d = dialect(b[4].as_ref(), &fmt)?;
    let r = Value::Obj(Rc::new(make_reader(get(0), d)?));
    Ok(Value::Obj(Rc::new(DictReader {
        reader: r,
        fieldnames: RefCell::new(get(1)),
        restkey: get(2),
        restval: get(3),
        line_num: Cell::new(0),
    })))
}

impl DictReader {
    fn inner(&self) -> Option<&Reader> {
        match &self.reader {
            Value::Obj(o) => downcast::<Reader>(o),
            _ => None,
        }
    }

    fn fieldnames(&self) -> PyResult<Value> {
        if self.fieldnames.borrow().is_none()
            && let Some(r) = self.inner()
            && let Some(row) = r.next_row()?
        {
            *self.fieldnames.borrow_mut() = row;
        }
        // The fieldnames property records the reader's line number on every access.
        self.line_num
            .set(self.inner().map_or(0, |r| r.line_num.get()));
        Ok(self.fieldnames.borrow().clone())
    }

    fn next_dict(&self) -> PyResult<Option<Value>> {
        if self.line_num.get() == 0 {
            self.fieldnames()?;
        }
        let Some(r) = self.inner() else {
            return Ok(None);
        };
        let mut row = match r.next_row()? {
            Some(x) => x,
            None => return Ok(None),
        };
        self.line_num.set(r.line_num.get());
        while row.len()? == 0 {
            row = match r.next_row()? {
                Some(x) => x,
                None => return Ok(None),
            };
        }
        let names = self.fieldnames()?.to_vec()?;
        let vals = row.to_vec()?;
        let d: crate::Dict<Value, Value> = crate::Dict::new();
        for (k, v) in names.iter().zip(&vals) {
            d.setitem(k.clone(), v.clone())?;
        }
        let (lf, lr) = (names.len(), vals.len());
        if lf < lr {
            d.setitem(
                self.restkey.clone(),
                Value::List(List::from_vec(vals[lf..].to_vec())),
            )?;
        } else if lf > lr {
            for k in &names[lr..] {
                d.setitem(k.clone(), self.restval.clone())?;
            }
        }
        Ok(Some(Value::Dict(d)))
    }
}

impl Object for DictReader {
    fn type_name(&self) -> &'static str {
        "DictReader"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        Ok(iter_of::<DictReader>(
            this,
            "DictReader",
            DictReader::next_dict,
        ))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "fieldnames" => self.fieldnames(),
            "line_num" => Ok(Value::int(self.line_num.get())),
            "restkey" => Ok(self.restkey.clone()),
            "restval" => Ok(self.restval.clone()),
            "reader" => Ok(self.reader.clone()),
            _ => Err(no_attr("DictReader", name)),
        }
    }
    fn setattr(&self, _this: &ObjRef, name: &str, value: Value) -> PyResult<()> {
        match name {
            "fieldnames" => {
                *self.fieldnames.borrow_mut() = value;
                Ok(())
            }
            _ => Err(no_attr("DictReader", name)),
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
            "__next__" => {
                super::stdc_util::bind("__next__", &[], 0, args, kwargs)?;
                match self.next_dict()? {
                    Some(v) => Ok(v),
                    None => Err(crate::genobj::stop_iteration(Value::None)),
                }
            }
            _ => Err(no_attr("DictReader", name)),
        }
    }
}

/// csv.DictWriter.
pub struct DictWriter {
    writer: Writer,
    fieldnames: Value,
    restval: Value,
    raise_extras: bool,
}

fn dict_writer(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let params = ["f", "fieldnames", "restval", "extrasaction", "dialect"];
    let (mine, fmt) = split_kwargs(&params, kwargs);
    let b = super::stdc_util::bind("DictWriter.__init__", &params, 2, args, mine)?;
    let get = |i: usize| b[i].clone().unwrap_or(Value::None);
    let restval = b[2].clone().unwrap_or_else(|| s(""));
    let extras = match &b[3] {
        Some(v) => v.clone(),
        None => s("raise"),
    };
    let lower = crate::attr::call_method(&extras, "lower", vec![], vec![])?;
    let lower = lower.str_string()?;
    if lower != "raise" && lower != "ignore" {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            format!(
                "extrasaction ({}) must be 'raise' or 'ignore'",
                extras.str_string()?
            ),
        ));
    }
    let d = dialect(b[4].as_ref(), &fmt)?;
    Ok(Value::Obj(Rc::new(DictWriter {
        writer: make_writer(get(0), d)?,
        fieldnames: get(1),
        restval,
        // csv.py compares the original string: only exactly "raise" checks.
        raise_extras: extras.str_string()? == "raise",
    })))
}

impl DictWriter {
    /// _dict_to_list.
    fn to_list(&self, rowdict: &Value) -> PyResult<Value> {
        if self.raise_extras {
            let keys = crate::attr::call_method(rowdict, "keys", vec![], vec![])?;
            let wrong = crate::value::binop(crate::value::BinOp::Sub, &keys, &self.fieldnames)?;
            if wrong.truthy() {
                let mut reprs = vec![];
                let mut it = wrong.iter()?;
                while let Some(x) = it.next()? {
                    reprs.push(x.repr_string()?);
                }
                return Err(PyErr::msg(
                    ExcKind::ValueError,
                    format!(
                        "dict contains fields not in fieldnames: {}",
                        reprs.join(", ")
                    ),
                ));
            }
        }
        let mut out = vec![];
        let mut it = self.fieldnames.iter()?;
        while let Some(k) = it.next()? {
            out.push(crate::attr::call_method(
                rowdict,
                "get",
                vec![k, self.restval.clone()],
                vec![],
            )?);
        }
        Ok(Value::List(List::from_vec(out)))
    }
}

impl Object for DictWriter {
    fn type_name(&self) -> &'static str {
        "DictWriter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "fieldnames" => Ok(self.fieldnames.clone()),
            "restval" => Ok(self.restval.clone()),
            _ => Err(no_attr("DictWriter", name)),
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
            "writeheader" => {
                super::stdc_util::bind(name, &[], 0, args, kwargs)?;
                let d: crate::Dict<Value, Value> = crate::Dict::new();
                let mut it = self.fieldnames.iter()?;
                while let Some(k) = it.next()? {
                    d.setitem(k.clone(), k)?;
                }
                self.writer.writerow(&self.to_list(&Value::Dict(d))?)
            }
            "writerow" => {
                let b = super::stdc_util::bind(name, &["rowdict"], 1, args, kwargs)?;
                let row = b[0].clone().unwrap_or(Value::None);
                self.writer.writerow(&self.to_list(&row)?)
            }
            "writerows" => {
                let b = super::stdc_util::bind(name, &["rowdicts"], 1, args, kwargs)?;
                let rows = b[0].clone().unwrap_or(Value::None);
                let mut it = rows.iter()?;
                while let Some(r) = it.next()? {
                    self.writer.writerow(&self.to_list(&r)?)?;
                }
                Ok(Value::None)
            }
            _ => Err(no_attr("DictWriter", name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lines: &[&str]) -> Vec<Vec<String>> {
        let src = Value::List(List::from_vec(lines.iter().map(|l| s(l)).collect()));
        let Ok(d) = dialect(None, &[]) else {
            return vec![];
        };
        let Ok(r) = make_reader(src, d) else {
            return vec![];
        };
        let mut out = vec![];
        while let Ok(Some(row)) = r.next_row() {
            let fields = row
                .to_vec()
                .unwrap_or_default()
                .iter()
                .map(|f| f.str_string().unwrap_or_default())
                .collect();
            out.push(fields);
        }
        out
    }

    #[test]
    fn reads_quoted_fields() {
        assert_eq!(
            parse(&["a,\"b,c\",\"d\"\"e\"\r\n", "\n", "x,\"multi\n", "line\"\n"]),
            vec![
                vec!["a".to_string(), "b,c".into(), "d\"e".into()],
                vec![],
                vec!["x".to_string(), "multi\nline".into()],
            ]
        );
    }
}
