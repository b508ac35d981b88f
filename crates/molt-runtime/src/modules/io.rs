//! The `io` module's `StringIO` (CPython 3.11's Modules/_io/stringio.c), the standard
//! streams as objects, and the plumbing that lets `print(file=...)` and
//! contextlib.redirect_stdout write to file objects.

use super::bind::no_args;
use super::stdc_util::bind;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::io::Stream;
use crate::list::List;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::value::{Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// `io.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "StringIO" => string_io(args, kwargs),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: io.{name} is not supported yet"),
        )),
    }
}

/// `io.name` as a value.
pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "StringIO" => Ok(super::contextlib::module_type("io", "StringIO")),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!("molt: io.{name} is not supported yet"),
        )),
    }
}

/// stringio.c's CHECK_CLOSED.
fn closed_error() -> PyErr {
    PyErr::msg(ExcKind::ValueError, "I/O operation on closed file")
}

/// The methods StringIO inherits from IOBase (and files) say it with a period.
fn iobase_closed_error() -> PyErr {
    PyErr::msg(ExcKind::ValueError, "I/O operation on closed file.")
}

// ------------------------------------------------------------------ StringIO

/// How the object translates newlines (the `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: universal newlines; "\r\n" and "\r" are written as "\n".
    Translate,
    /// "": lines end at "\n", "\r" or "\r\n"; nothing is translated.
    Universal,
    Lf,
    Cr,
    CrLf,
}

struct Sio {
    buf: String,
    /// The length in code points.
    len: usize,
    /// The position in code points (may be past the end after seek()).
    pos: usize,
    /// The byte offset of `pos` when pos <= len.
    pos_byte: usize,
    closed: bool,
    newline: Newline,
}

/// `io.StringIO`.
pub struct StringIO(RefCell<Sio>);

fn char_offset(s: &str, from_byte: usize, chars: usize) -> usize {
    match s[from_byte..].char_indices().nth(chars) {
        Some((i, _)) => from_byte + i,
        None => s.len(),
    }
}

impl Sio {
    fn check(&self) -> PyResult<()> {
        if self.closed {
            Err(closed_error())
        } else {
            Ok(())
        }
    }

    /// write_str: newline translation, then an overwrite at the position (padding with
    /// NULs past the end).
    fn write(&mut self, s: &str) -> PyResult<usize> {
        self.check()?;
        let n = s.chars().count();
        if n == 0 {
            return Ok(0);
        }
        let text: std::borrow::Cow<str> = match self.newline {
            Newline::Translate if s.contains('\r') => {
                s.replace("\r\n", "\n").replace('\r', "\n").into()
            }
            Newline::Cr if s.contains('\n') => s.replace('\n', "\r").into(),
            Newline::CrLf if s.contains('\n') => s.replace('\n', "\r\n").into(),
            _ => s.into(),
        };
        let tn = if text.len() == s.len() && matches!(text, std::borrow::Cow::Borrowed(_)) {
            n
        } else {
            text.chars().count()
        };
        if self.pos >= self.len {
            if self.pos > self.len {
                let pad = self.pos - self.len;
                self.buf.extend(std::iter::repeat_n('\0', pad));
                self.len = self.pos;
            }
            self.buf.push_str(&text);
            self.len += tn;
        } else {
            let start = self.pos_byte;
            let end = char_offset(&self.buf, start, tn);
            let replaced = self.buf[start..end].chars().count();
            self.buf.replace_range(start..end, &text);
            self.len = self.len - replaced + tn;
        }
        self.pos += tn;
        self.pos_byte = if self.pos >= self.len {
            self.buf.len()
        } else {
            self.pos_byte + text.len()
        };
        Ok(n)
    }

    /// The text from the position, up to `size` code points (all for None), moving past it.
    fn read(&mut self, size: Option<usize>) -> PyResult<String> {
        self.check()?;
        if self.pos >= self.len {
            return Ok(String::new());
        }
        let start = self.pos_byte;
        let avail = self.len - self.pos;
        let n = size.map_or(avail, |s| s.min(avail));
        let end = char_offset(&self.buf, start, n);
        self.pos += n;
        self.pos_byte = end;
        Ok(self.buf[start..end].to_string())
    }

    /// _stringio_readline: up to and including the line ending, at most `limit` code points.
    fn readline(&mut self, limit: Option<usize>) -> PyResult<String> {
        self.check()?;
        if self.pos >= self.len {
            return Ok(String::new());
        }
        let start = self.pos_byte;
        let rest = &self.buf[start..];
        let end_rel = match self.newline {
            Newline::Translate | Newline::Lf => rest.find('\n').map(|i| i + 1),
            Newline::Cr => rest.find('\r').map(|i| i + 1),
            Newline::CrLf => rest.find("\r\n").map(|i| i + 2),
            Newline::Universal => rest.find(['\r', '\n']).map(|i| {
                if rest[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                }
            }),
        }
        .unwrap_or(rest.len());
        let mut line = &rest[..end_rel];
        let mut n = line.chars().count();
        if let Some(l) = limit
            && n > l
        {
            line = &line[..char_offset(line, 0, l)];
            n = l;
        }
        let out = line.to_string();
        self.pos += n;
        self.pos_byte = start + out.len();
        Ok(out)
    }

    fn seek_to(&mut self, pos: usize) {
        self.pos = pos;
        self.pos_byte = if pos >= self.len {
            self.buf.len()
        } else {
            char_offset(&self.buf, 0, pos)
        };
    }

    fn truncate(&mut self, size: usize) {
        if size < self.len {
            let b = char_offset(&self.buf, 0, size);
            self.buf.truncate(b);
            self.len = size;
            let pos = self.pos;
            self.seek_to(pos);
        }
    }
}

impl StringIO {
    fn iobase_check(&self) -> PyResult<()> {
        if self.0.borrow().closed {
            Err(iobase_closed_error())
        } else {
            Ok(())
        }
    }

    /// Appends or overwrites at the position; the number of code points of `s`.
    pub fn write_str(&self, s: &str) -> PyResult<usize> {
        self.0.borrow_mut().write(s)
    }

    pub fn getvalue(&self) -> PyResult<Str> {
        let st = self.0.borrow();
        st.check()?;
        Ok(Str::from(st.buf.as_str()))
    }

    pub fn is_closed(&self) -> bool {
        self.0.borrow().closed
    }
}

fn string_io(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if args.len() > 2 {
        return type_error(format!(
            "StringIO() takes at most 2 arguments ({} given)",
            args.len()
        ));
    }
    let mut initial = args.first().cloned();
    let mut newline = args.get(1).cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            "initial_value" if initial.is_none() => initial = Some(v),
            "newline" if newline.is_none() => newline = Some(v),
            "initial_value" | "newline" => {
                return type_error(format!(
                    "argument for StringIO() given by name ('{k}') and position"
                ));
            }
            _ => {
                return type_error(format!(
                    "'{k}' is an invalid keyword argument for StringIO()"
                ));
            }
        }
    }
    let newline = match newline {
        None => Newline::Lf,
        Some(Value::None) => Newline::Translate,
        Some(Value::Str(s)) => match s.as_str() {
            "" => Newline::Universal,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                let mut r = String::new();
                crate::str::repr_str_into(s.as_str(), &mut r);
                return value_error(format!("illegal newline value: {r}"));
            }
        },
        Some(v) => {
            return type_error(format!(
                "newline must be str or None, not {}",
                v.type_name_attr()
            ));
        }
    };
    let mut st = Sio {
        buf: String::new(),
        len: 0,
        pos: 0,
        pos_byte: 0,
        closed: false,
        newline,
    };
    match initial {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) => {
            st.write(s.as_str())?;
            st.seek_to(0);
        }
        Some(v) => {
            return type_error(format!(
                "initial_value must be str or None, not {}",
                v.type_name_attr()
            ));
        }
    }
    Ok(Value::Obj(Rc::new(StringIO(RefCell::new(st)))))
}

/// A size argument: None or a negative number mean "all".
fn size_arg(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_int() {
            Some(i) => Ok(if i.is_negative() {
                None
            } else {
                Some(i.as_i64().unwrap_or(i64::MAX) as usize)
            }),
            None => type_error(format!(
                "argument should be integer or None, not '{}'",
                v.type_name_attr()
            )),
        },
    }
}

fn index_arg(v: &Value) -> PyResult<i64> {
    match v.as_int() {
        Some(i) => i.as_i64().ok_or_else(|| {
            PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            )
        }),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name_attr()
        )),
    }
}

fn opt_args(
    name: &str,
    args: Vec<Value>,
    kwargs: &[(Str, Value)],
    max: usize,
) -> PyResult<Vec<Value>> {
    if !kwargs.is_empty() {
        return type_error(format!("StringIO.{name}() takes no keyword arguments"));
    }
    if args.len() > max {
        return type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        ));
    }
    Ok(args)
}

fn sio_iter(this: &ObjRef) -> ValueIter {
    let me = this.clone();
    ValueIter::Iter(crate::iter::Iter::from_fn("_io.StringIO", move || {
        let Some(s) = downcast::<StringIO>(&me) else {
            return Ok(None);
        };
        let line = s.0.borrow_mut().readline(None)?;
        Ok(if line.is_empty() {
            None
        } else {
            Some(Value::Str(Str::from_string(line)))
        })
    }))
}

impl Object for StringIO {
    fn type_name(&self) -> &'static str {
        "_io.StringIO"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<_io.StringIO object at {:#x}>",
            self as *const StringIO as usize
        ));
        Ok(())
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        self.iobase_check()?;
        Ok(sio_iter(this))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let st = self.0.borrow();
        match name {
            "closed" => Ok(Value::Bool(st.closed)),
            "line_buffering" => {
                st.check()?;
                Ok(Value::Bool(false))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_io.StringIO' object has no attribute '{name}'"),
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
            "write" => {
                let a = bind("write", &["s"], 1, args, kwargs)?;
                match &a[0] {
                    Some(Value::Str(s)) => Ok(Value::Int(Int::from(self.write_str(s.as_str())?))),
                    Some(v) => type_error(format!(
                        "string argument expected, got '{}'",
                        v.type_name_attr()
                    )),
                    None => type_error("write() missing required argument"),
                }
            }
            "writelines" => {
                let a = crate::modules::bind::one_arg("writelines", args, &kwargs)?;
                self.iobase_check()?;
                let mut it = a.iter()?;
                while let Some(l) = it.next()? {
                    match l {
                        Value::Str(s) => {
                            self.write_str(s.as_str())?;
                        }
                        v => {
                            return type_error(format!(
                                "string argument expected, got '{}'",
                                v.type_name_attr()
                            ));
                        }
                    }
                }
                Ok(Value::None)
            }
            "getvalue" => {
                no_args("getvalue", &args, &kwargs)?;
                Ok(Value::Str(self.getvalue()?))
            }
            "read" => {
                let a = opt_args("read", args, &kwargs, 1)?;
                let n = size_arg(a.first())?;
                Ok(Value::Str(Str::from_string(self.0.borrow_mut().read(n)?)))
            }
            "readline" => {
                let a = opt_args("readline", args, &kwargs, 1)?;
                let n = size_arg(a.first())?;
                Ok(Value::Str(Str::from_string(
                    self.0.borrow_mut().readline(n)?,
                )))
            }
            "readlines" => {
                let a = opt_args("readlines", args, &kwargs, 1)?;
                let hint = size_arg(a.first())?.filter(|h| *h > 0);
                self.iobase_check()?;
                let mut st = self.0.borrow_mut();
                let mut out = vec![];
                let mut total = 0;
                loop {
                    let l = st.readline(None)?;
                    if l.is_empty() {
                        break;
                    }
                    total += l.chars().count();
                    out.push(Value::Str(Str::from_string(l)));
                    if hint.is_some_and(|h| total >= h) {
                        break;
                    }
                }
                Ok(Value::List(List::from_vec(out)))
            }
            "seek" => {
                let a = opt_args("seek", args, &kwargs, 2)?;
                let Some(p) = a.first() else {
                    return type_error("seek expected at least 1 argument, got 0");
                };
                let pos = index_arg(p)?;
                let whence = match a.get(1) {
                    Some(w) => index_arg(w)?,
                    None => 0,
                };
                let mut st = self.0.borrow_mut();
                st.check()?;
                if !(0..=2).contains(&whence) {
                    return value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"));
                }
                if pos < 0 && whence == 0 {
                    return value_error(format!("Negative seek position {pos}"));
                }
                if whence != 0 && pos != 0 {
                    return Err(PyErr::msg(
                        ExcKind::OSError,
                        "Can't do nonzero cur-relative seeks",
                    ));
                }
                let new = match whence {
                    0 => pos as usize,
                    1 => st.pos,
                    _ => st.len,
                };
                st.seek_to(new);
                Ok(Value::Int(Int::from(new)))
            }
            "tell" => {
                no_args("tell", &args, &kwargs)?;
                let st = self.0.borrow();
                st.check()?;
                Ok(Value::Int(Int::from(st.pos)))
            }
            "truncate" => {
                let a = opt_args("truncate", args, &kwargs, 1)?;
                let mut st = self.0.borrow_mut();
                st.check()?;
                let size = match a.first() {
                    None | Some(Value::None) => st.pos as i64,
                    Some(v) => index_arg(v)?,
                };
                if size < 0 {
                    return value_error(format!("Negative size value {size}"));
                }
                st.truncate(size as usize);
                Ok(Value::Int(Int::from(size)))
            }
            "close" => {
                no_args("close", &args, &kwargs)?;
                let mut st = self.0.borrow_mut();
                st.closed = true;
                st.buf = String::new();
                st.len = 0;
                st.pos = 0;
                st.pos_byte = 0;
                Ok(Value::None)
            }
            // StringIO.flush() works even when closed.
            "flush" => {
                no_args("flush", &args, &kwargs)?;
                Ok(Value::None)
            }
            "readable" | "writable" | "seekable" => {
                no_args(name, &args, &kwargs)?;
                self.0.borrow().check()?;
                Ok(Value::Bool(true))
            }
            "isatty" => {
                no_args("isatty", &args, &kwargs)?;
                self.iobase_check()?;
                Ok(Value::Bool(false))
            }
            "__enter__" => {
                self.iobase_check()?;
                Ok(Value::Obj(this.clone()))
            }
            "__exit__" => self.call_method(this, "close", vec![], vec![]),
            "__iter__" => {
                self.iobase_check()?;
                Ok(Value::Obj(this.clone()))
            }
            "__next__" => {
                let line = self.0.borrow_mut().readline(None)?;
                if line.is_empty() {
                    Err(PyErr::new(ExcKind::StopIteration, vec![]))
                } else {
                    Ok(Value::Str(Str::from_string(line)))
                }
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_io.StringIO' object has no attribute '{name}'"),
            )),
        }
    }
}

// ------------------------------------------------------------------ standard streams

/// sys.stdin / sys.stdout / sys.stderr as objects (`f = sys.stderr`, redirect targets).
/// They stand for the process's streams, whatever `sys.stdout` is redirected to later.
pub struct StdStream(pub Stream);

impl Object for StdStream {
    fn type_name(&self) -> &'static str {
        "_io.TextIOWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
            self.0.name(),
            if self.0 == Stream::Stdin { "r" } else { "w" }
        ));
        Ok(())
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        let mut lines = crate::io::StdinLines;
        Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
            "_io.TextIOWrapper",
            move || Ok(crate::iter::PyIter::next_item(&mut lines)?.map(Value::Str)),
        )))
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let s = self.0;
        match name {
            "write" => {
                let a = crate::modules::bind::one_arg("write", args, &kwargs)?;
                let Value::Str(text) = a else {
                    return type_error(format!(
                        "write() argument must be str, not {}",
                        a.clinic_type_name()
                    ));
                };
                raw_write(s, text.as_str())?;
                Ok(Value::Int(Int::from(text.char_len())))
            }
            "flush" => {
                no_args("flush", &args, &kwargs)?;
                if s == Stream::Stdout {
                    crate::io::stdout_flush();
                }
                Ok(Value::None)
            }
            "readline" => {
                no_args("readline", &args, &kwargs)?;
                Ok(Value::Str(crate::io::stream_readline(s)?))
            }
            "read" => {
                no_args("read", &args, &kwargs)?;
                Ok(Value::Str(crate::io::stream_read(s)?))
            }
            "readlines" => {
                no_args("readlines", &args, &kwargs)?;
                let lines = crate::io::stream_readlines(s)?;
                Ok(Value::List(List::from_vec(
                    lines.to_vec().into_iter().map(Value::Str).collect(),
                )))
            }
            "writelines" if s != Stream::Stdin => {
                let a = crate::modules::bind::one_arg("writelines", args, &kwargs)?;
                for line in crate::iter::collect_vec(&a)? {
                    let Value::Str(text) = line else {
                        return type_error(format!(
                            "write() argument must be str, not {}",
                            line.clinic_type_name()
                        ));
                    };
                    raw_write(s, text.as_str())?;
                }
                Ok(Value::None)
            }
            "isatty" => Ok(Value::Bool(std_isatty(s))),
            "readable" => Ok(Value::Bool(s == Stream::Stdin)),
            "writable" => Ok(Value::Bool(s != Stream::Stdin)),
            "fileno" => Ok(Value::Int(Int::from(std_fileno(s)))),
            "__enter__" => Ok(Value::Obj(this.clone())),
            "__exit__" => Ok(Value::None),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_io.TextIOWrapper' object has no attribute '{name}'"),
            )),
        }
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let s = self.0;
        match name {
            "name" => Ok(Value::Str(Str::from(s.name()))),
            "mode" => Ok(Value::Str(Str::from(if s == Stream::Stdin {
                "r"
            } else {
                "w"
            }))),
            "encoding" => Ok(Value::Str(Str::from("utf-8"))),
            "closed" => Ok(Value::Bool(false)),
            // The binary layer under the text stream: the same process stream, so reads
            // and writes through either keep their order.
            "buffer" => Ok(Value::Obj(Rc::new(StdBuffer(s)))),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_io.TextIOWrapper' object has no attribute '{name}'"),
            )),
        }
    }
}

fn std_isatty(s: Stream) -> bool {
    use std::io::IsTerminal;
    match s {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn std_fileno(s: Stream) -> i64 {
    match s {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        _ => 2,
    }
}

/// `sys.stdin.buffer` / `sys.stdout.buffer` / `sys.stderr.buffer`: bytes in and out of
/// the process's streams (a `BufferedReader` / `BufferedWriter` in CPython).
pub struct StdBuffer(pub Stream);

impl StdBuffer {
    fn class(&self) -> &'static str {
        if self.0 == Stream::Stdin {
            "_io.BufferedReader"
        } else {
            "_io.BufferedWriter"
        }
    }
    fn no_attr(&self, name: &str) -> PyErr {
        PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", self.class()),
        )
    }
}

impl Object for StdBuffer {
    fn type_name(&self) -> &'static str {
        self.class()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!("<{} name='{}'>", self.class(), self.0.name()));
        Ok(())
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        if self.0 != Stream::Stdin {
            return Err(PyErr::msg(
                ExcKind::UnsupportedOperation,
                "File not open for reading",
            ));
        }
        let _ = this;
        Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
            "_io.BufferedReader",
            || {
                let l = crate::io::stdin_readline_bytes(None)?;
                Ok(if l.is_empty() {
                    None
                } else {
                    Some(super::bytes::bytes(l))
                })
            },
        )))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "name" => Ok(Value::Str(Str::from(self.0.name()))),
            "mode" => Ok(Value::Str(Str::from(if self.0 == Stream::Stdin {
                "rb"
            } else {
                "wb"
            }))),
            "closed" => Ok(Value::Bool(false)),
            _ => Err(self.no_attr(name)),
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let s = self.0;
        let reading = s == Stream::Stdin;
        match name {
            "read" | "readline" if reading => {
                if !kwargs.is_empty() || args.len() > 1 {
                    return type_error(format!(
                        "{name}() takes at most 1 argument ({} given)",
                        args.len() + kwargs.len()
                    ));
                }
                let size = match args.first() {
                    None | Some(Value::None) => None,
                    Some(v) => match v.as_index()? {
                        Some(i) => i.as_i64().filter(|n| *n >= 0),
                        None => {
                            return type_error(format!(
                                "argument should be integer or None, not '{}'",
                                v.class_name()
                            ));
                        }
                    },
                };
                let b = if name == "read" {
                    crate::io::stdin_read_bytes(size)?
                } else {
                    crate::io::stdin_readline_bytes(size.map(|n| n as usize))?
                };
                Ok(super::bytes::bytes(b))
            }
            "readlines" if reading => {
                no_args("readlines", &args, &kwargs)?;
                let mut out = vec![];
                loop {
                    let l = crate::io::stdin_readline_bytes(None)?;
                    if l.is_empty() {
                        break;
                    }
                    out.push(super::bytes::bytes(l));
                }
                Ok(Value::List(List::from_vec(out)))
            }
            "write" if !reading => {
                let a = crate::modules::bind::one_arg("write", args, &kwargs)?;
                let b = super::bytes::ops::want_buffer(&a)?;
                match s {
                    Stream::Stdout => crate::io::raw_stdout_write_bytes(&b),
                    _ => crate::io::raw_stderr_write_bytes(&b),
                }
                Ok(Value::Int(Int::from(b.len() as i64)))
            }
            "flush" => {
                no_args("flush", &args, &kwargs)?;
                if s == Stream::Stdout {
                    crate::io::stdout_flush();
                }
                Ok(Value::None)
            }
            "isatty" => Ok(Value::Bool(std_isatty(s))),
            "readable" => Ok(Value::Bool(reading)),
            "writable" => Ok(Value::Bool(!reading)),
            "fileno" => Ok(Value::Int(Int::from(std_fileno(s)))),
            "read" | "readline" | "readlines" => {
                Err(PyErr::msg(ExcKind::UnsupportedOperation, "read"))
            }
            "write" => Err(PyErr::msg(ExcKind::UnsupportedOperation, "write")),
            "__enter__" => Ok(Value::Obj(this.clone())),
            "__exit__" => Ok(Value::None),
            _ => Err(self.no_attr(name)),
        }
    }
}

fn raw_write(s: Stream, text: &str) -> PyResult<()> {
    match s {
        Stream::Stdout => crate::io::raw_stdout_write(text),
        Stream::Stderr => crate::io::raw_stderr_write(text),
        _ => return Err(PyErr::msg(ExcKind::UnsupportedOperation, "not writable")),
    }
    Ok(())
}

/// `sys.stdout` (...) as a value: what it is redirected to, or the standard stream.
pub fn stream_value(s: Stream) -> Value {
    match s {
        Stream::Obj(h) => handle_object(h).map_or(Value::None, Value::Obj),
        _ => crate::io::redirect_target(s).unwrap_or_else(|| Value::Obj(Rc::new(StdStream(s)))),
    }
}

// ------------------------------------------------------------------ writing to objects

/// Whether `v` can replace sys.stdout or be print()'s file: objects whose write() only
/// appends the text. print() hands over its whole line at once, which is the same for
/// them; an object with its own write() would see the pieces CPython writes one by one.
fn check_target(v: &Value) -> PyResult<()> {
    match v {
        Value::None => Ok(()),
        Value::Obj(o) => {
            let a = o.as_any();
            if let Some(s) = a.downcast_ref::<StringIO>() {
                return s.0.borrow().check();
            }
            if a.is::<StdStream>() {
                return Ok(());
            }
            if a.is::<super::files::File>() {
                if o.getattr(o, "closed")?.truthy() {
                    return Err(PyErr::msg(
                        ExcKind::ValueError,
                        "I/O operation on closed file.",
                    ));
                }
                return Ok(());
            }
            Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!(
                    "molt: writing print() output to a '{}' object is not supported yet",
                    v.type_name_attr()
                ),
            ))
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute 'write'", v.class_name()),
        )),
    }
}

/// Checks a redirection target (contextlib.redirect_stdout).
pub fn check_redirect_target(v: &Value) -> PyResult<()> {
    match v {
        // Anything else fails at the first print() in CPython; molt cannot report an error
        // from there, so it refuses the target up front.
        Value::None | Value::Obj(_) => check_target(v),
        _ => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            format!(
                "molt: redirecting output to a '{}' object is not supported",
                v.type_name_attr()
            ),
        )),
    }
}

/// `target.write(s)` for a redirection target or print()'s file.
pub fn write_to(target: &Value, s: &str) -> PyResult<()> {
    match target {
        Value::None => Ok(()),
        Value::Obj(o) => {
            if let Some(sio) = downcast::<StringIO>(o) {
                return sio.write_str(s).map(|_| ());
            }
            if let Some(std) = downcast::<StdStream>(o) {
                return raw_write(std.0, s);
            }
            o.call_method(o, "write", vec![Value::str(s)], vec![])
                .map(|_| ())
        }
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute 'write'", target.class_name()),
        )),
    }
}

/// `target.flush()` (print(flush=True) to a redirected stream).
pub fn flush_value(target: &Value) -> PyResult<()> {
    match target {
        Value::Obj(o) if downcast::<super::files::File>(o).is_some() => {
            o.call_method(o, "flush", vec![], vec![]).map(|_| ())
        }
        Value::Obj(o) if let Some(std) = downcast::<StdStream>(o) => {
            if std.0 == Stream::Stdout {
                crate::io::stdout_flush();
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

thread_local! {
    /// The objects given as print(file=...), so that a `Stream` (a Copy value in generated
    /// code) can name them. Weak: a handle does not keep its file alive.
    static HANDLES: RefCell<Vec<Weak<dyn Object>>> = const { RefCell::new(Vec::new()) };
}

/// print(file=obj): a stream handle for the object (the same one while it lives).
pub fn stream_handle(v: &Value) -> PyResult<Stream> {
    check_target(v)?;
    let Value::Obj(o) = v else {
        return Ok(Stream::Stdout);
    };
    let ptr = Rc::as_ptr(o) as *const ();
    HANDLES.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(i) = h
            .iter()
            .position(|w| Weak::as_ptr(w) as *const () == ptr && w.strong_count() > 0)
        {
            return Ok(Stream::Obj(i as u32));
        }
        let w = Rc::downgrade(o);
        let i = match h.iter().position(|w| w.strong_count() == 0) {
            Some(i) => {
                h[i] = w;
                i
            }
            None => {
                h.push(w);
                h.len() - 1
            }
        };
        u32::try_from(i)
            .map(Stream::Obj)
            .map_err(|_| PyErr::msg(ExcKind::MemoryError, "too many open streams"))
    })
}

fn handle_object(h: u32) -> Option<ObjRef> {
    HANDLES.with(|t| t.borrow().get(h as usize).and_then(|w| w.upgrade()))
}

/// Writes to the object behind a handle (nothing if it is gone).
pub fn write_handle(h: u32, s: &str) -> PyResult<()> {
    match handle_object(h) {
        Some(o) => write_to(&Value::Obj(o), s),
        None => Ok(()),
    }
}

pub fn flush_handle(h: u32) -> PyResult<()> {
    match handle_object(h) {
        Some(o) => flush_value(&Value::Obj(o)),
        None => Ok(()),
    }
}

/// `stream.readline()` / `stream.read()` on the object behind a handle.
pub fn read_handle(h: u32, method: &str) -> PyResult<Str> {
    let Some(o) = handle_object(h) else {
        return Err(closed_error());
    };
    match o.call_method(&o, method, vec![], vec![])? {
        Value::Str(s) => Ok(s),
        v => type_error(format!(
            "{method}() should have returned a str object, not '{}'",
            v.type_name_attr()
        )),
    }
}
