//! Standard streams. stdout is buffered (line-buffered on a terminal, like CPython) and
//! flushed at exit, before reading stdin, and on `flush=True`. `sys.stdout` and
//! `sys.stderr` can be replaced by contextlib.redirect_stdout/redirect_stderr
//! (modules/contextlib.rs); writes then go to the replacement object.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use crate::value::Value;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Read, Write};

struct Out {
    buf: Vec<u8>,
    line_buffered: bool,
    /// `sys.stdout` when redirected: the object print() writes to instead.
    redirect: Option<Value>,
}

thread_local! {
    static STDOUT: RefCell<Out> = RefCell::new(Out {
        buf: Vec::with_capacity(8192),
        line_buffered: std::io::stdout().is_terminal(),
        redirect: None,
    });
    static STDERR_REDIRECT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn flush_buf(buf: &mut Vec<u8>) {
    if buf.is_empty() {
        return;
    }
    let mut out = std::io::stdout().lock();
    // A closed pipe is not an error the program can act on; CPython reports it at exit
    // only, and molt drops the output silently.
    let _ = out.write_all(buf);
    let _ = out.flush();
    buf.clear();
}

/// Writes to `sys.stdout`: the process's stdout, or the object it was redirected to.
pub fn stdout_write(s: &str) {
    if let Some(t) = stdout_write_or_target(s) {
        // write_stream cannot report an error; write_stream_checked can.
        let _ = crate::modules::io::write_to(&t, s);
    }
}

/// Buffers `s` for the process's stdout, unless stdout is redirected: then returns the
/// target and writes nothing.
#[inline]
fn stdout_write_or_target(s: &str) -> Option<Value> {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        if let Some(t) = &o.redirect {
            return Some(t.clone());
        }
        o.buf.extend_from_slice(s.as_bytes());
        if o.buf.len() >= 8192 || (o.line_buffered && s.contains('\n')) {
            flush_buf(&mut o.buf);
        }
        None
    })
}

/// Writes to the process's stdout, whatever `sys.stdout` is.
pub fn raw_stdout_write(s: &str) {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        o.buf.extend_from_slice(s.as_bytes());
        if o.buf.len() >= 8192 || (o.line_buffered && s.contains('\n')) {
            flush_buf(&mut o.buf);
        }
    });
}

pub fn stdout_flush() {
    STDOUT.with(|o| flush_buf(&mut o.borrow_mut().buf));
}

/// Writes to `sys.stderr` (the process's stderr unless redirected).
pub fn stderr_write(s: &str) {
    match redirect_target(Stream::Stderr) {
        Some(t) => {
            let _ = crate::modules::io::write_to(&t, s);
        }
        None => raw_stderr_write(s),
    }
}

/// Writes to the process's stderr, whatever `sys.stderr` is.
pub fn raw_stderr_write(s: &str) {
    stdout_flush_if_terminal();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

fn stdout_flush_if_terminal() {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        if o.line_buffered {
            flush_buf(&mut o.buf);
        }
    });
}

/// What `sys.stdout` / `sys.stderr` is redirected to (None: the process's stream).
pub fn redirect_target(stream: Stream) -> Option<Value> {
    match stream {
        Stream::Stdout => STDOUT.with(|o| o.borrow().redirect.clone()),
        Stream::Stderr => STDERR_REDIRECT.with(|r| r.borrow().clone()),
        _ => None,
    }
}

/// Replaces `sys.stdout` / `sys.stderr` (None restores the process's stream); returns
/// the previous target.
pub fn set_redirect(stream: Stream, target: Option<Value>) -> Option<Value> {
    match stream {
        Stream::Stdout => STDOUT.with(|o| std::mem::replace(&mut o.borrow_mut().redirect, target)),
        Stream::Stderr => STDERR_REDIRECT.with(|r| r.replace(target)),
        _ => None,
    }
}

/// sys.stdin, sys.stdout, sys.stderr, or a file object given as `print(file=...)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
    /// A file object (io.StringIO, open() files), by its handle in modules/io.rs.
    Obj(u32),
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
            Stream::Obj(_) => "<file>",
        }
    }
}

/// `str(x)` appended to print's pending output `s`. When it raises, the pieces before it
/// (earlier arguments and the separators up to this one) reach the stream first: CPython's
/// print writes each piece as it goes.
pub fn print_part<T: crate::obj::PyObj>(x: &T, s: &mut String, stream: Stream) -> PyResult<()> {
    let n = s.len();
    let r = x.py_str(s);
    if r.is_err() {
        s.truncate(n);
        write_stream(stream, s);
        s.clear();
    }
    r
}

pub fn write_stream(stream: Stream, s: &str) {
    // Errors cannot be reported here (print's code calls this); see write_stream_checked.
    let _ = write_stream_checked(stream, s);
}

/// Writes `s` to the stream, reporting the error of a redirected or object target
/// (`print("x", file=closed_stringio)` raises ValueError).
pub fn write_stream_checked(stream: Stream, s: &str) -> PyResult<()> {
    match stream {
        Stream::Stdout => match stdout_write_or_target(s) {
            Some(t) => crate::modules::io::write_to(&t, s),
            None => Ok(()),
        },
        Stream::Stderr => match redirect_target(Stream::Stderr) {
            Some(t) => crate::modules::io::write_to(&t, s),
            None => {
                raw_stderr_write(s);
                Ok(())
            }
        },
        Stream::Obj(h) => crate::modules::io::write_handle(h, s),
        // print(file=sys.stdin) fails in CPython with "not writable"; molt writes nothing.
        Stream::Stdin => Ok(()),
    }
}

/// `stream.write(s)`: the number of characters written.
pub fn stream_write(stream: Stream, s: &Str) -> PyResult<crate::Int> {
    if stream == Stream::Stdin {
        return Err(PyErr::msg(ExcKind::OSError, "not writable"));
    }
    write_stream_checked(stream, s.as_str())?;
    Ok(crate::Int::from(s.char_len()))
}

/// `stream.write(v)` of a value that may not be a str.
pub fn stream_write_value(stream: Stream, v: &Value) -> PyResult<crate::Int> {
    match v {
        Value::Str(s) => stream_write(stream, s),
        // A redirect target or file object checks its own argument.
        _ if matches!(stream, Stream::Obj(_)) || redirect_target(stream).is_some() => {
            crate::attr::call_method(&stream_value_of(stream), "write", vec![v.clone()], vec![])
                .and_then(|r| crate::builtins::int_of(&r))
        }
        _ => crate::exc::type_error(format!(
            "write() argument must be str, not {}",
            v.clinic_type_name()
        )),
    }
}

fn stream_value_of(stream: Stream) -> Value {
    crate::modules::io::stream_value(stream)
}

pub fn stream_readline(stream: Stream) -> PyResult<Str> {
    match stream {
        Stream::Stdin => stdin_readline(),
        Stream::Obj(h) => crate::modules::io::read_handle(h, "readline"),
        _ => Err(PyErr::msg(ExcKind::OSError, "not readable")),
    }
}

pub fn stream_read(stream: Stream) -> PyResult<Str> {
    match stream {
        Stream::Stdin => stdin_read(),
        Stream::Obj(h) => crate::modules::io::read_handle(h, "read"),
        _ => Err(PyErr::msg(ExcKind::OSError, "not readable")),
    }
}

pub fn stream_readlines(stream: Stream) -> PyResult<crate::List<Str>> {
    let mut lines = vec![];
    loop {
        let l = stream_readline(stream)?;
        if l.char_len() == 0 {
            break;
        }
        lines.push(l);
    }
    Ok(crate::List::from_vec(lines))
}

/// A dynamic value used as print(file=...).
pub fn stream_of(v: &crate::Value) -> PyResult<Stream> {
    match v {
        crate::Value::None => Ok(Stream::Stdout),
        crate::Value::Obj(_) => crate::modules::io::stream_handle(v),
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute 'write'", v.class_name()),
        )),
    }
}

impl crate::obj::PyObj for Stream {
    /// The object `sys.stdout` (...) is now: a redirection target, or the standard stream.
    fn to_value(&self) -> crate::Value {
        crate::modules::io::stream_value(*self)
    }
    fn type_name(&self) -> &'static str {
        "TextIOWrapper"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        match self {
            Stream::Obj(_) => self.to_value().py_repr(out),
            Stream::Stdout | Stream::Stderr if redirect_target(*self).is_some() => {
                self.to_value().py_repr(out)
            }
            _ => {
                out.push_str(&format!(
                    "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                    self.name(),
                    if *self == Stream::Stdin { "r" } else { "w" }
                ));
                Ok(())
            }
        }
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self == other)
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(match self {
            Stream::Stdin => 0x5150,
            Stream::Stdout => 0x5151,
            Stream::Stderr => 0x5152,
            Stream::Obj(h) => 0x5153 + *h as i64,
        })
    }
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(true)
    }
    fn py_is(&self, other: &Self) -> bool {
        self == other
    }
}

/// Iterating over sys.stdin: its lines.
pub struct StdinLines;

impl crate::iter::PyIter for StdinLines {
    type Item = Str;
    fn next_item(&mut self) -> PyResult<Option<Str>> {
        let l = stdin_readline()?;
        Ok(if l.char_len() == 0 { None } else { Some(l) })
    }
}

/// A stream stored as a value (a typed class's field, an argument through a dynamic call).
impl crate::conv::FromValue for Stream {
    fn from_value(v: crate::Value) -> PyResult<Self> {
        match &v {
            crate::Value::Obj(o) => {
                match o.as_any().downcast_ref::<crate::modules::io::StdStream>() {
                    Some(s) => Ok(s.0),
                    None => crate::modules::io::stream_handle(&v),
                }
            }
            _ => crate::exc::type_error(format!("expected TextIOWrapper, got {}", v.class_name())),
        }
    }
}

impl crate::iter::IntoPyIter for Stream {
    type Item = Str;
    type It = StdinLines;
    fn py_iter(&self) -> PyResult<StdinLines> {
        Ok(StdinLines)
    }
}

pub fn flush_stream(stream: Stream) {
    match stream {
        Stream::Stdout | Stream::Stderr => match redirect_target(stream) {
            Some(t) => {
                let _ = crate::modules::io::flush_value(&t);
            }
            None if stream == Stream::Stdout => stdout_flush(),
            None => {}
        },
        Stream::Obj(h) => {
            let _ = crate::modules::io::flush_handle(h);
        }
        Stream::Stdin => {}
    }
}

/// `input(prompt)`.
pub fn input(prompt: Option<&str>) -> PyResult<Str> {
    if let Some(p) = prompt {
        stdout_write(p);
    }
    stdout_flush();
    let mut line = String::new();
    let n = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(os_error)?;
    if n == 0 {
        return Err(PyErr::msg(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            // Universal newlines: "\r\n" reads as "\n".
            line.pop();
        }
    }
    Ok(Str::from_string(line))
}

/// `sys.stdin.readline()`: the line with its newline, '' at EOF.
pub fn stdin_readline() -> PyResult<Str> {
    stdout_flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(os_error)?;
    if line.ends_with("\r\n") {
        line.truncate(line.len() - 2);
        line.push('\n');
    }
    Ok(Str::from_string(line))
}

/// `sys.stdin.buffer.readline(size)`: the line's bytes with its newline (at most `size`
/// of them), empty at EOF.
pub fn stdin_readline_bytes(size: Option<usize>) -> PyResult<Vec<u8>> {
    stdout_flush();
    let mut line = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    loop {
        let room = size.map_or(usize::MAX, |n| n - line.len());
        if room == 0 {
            break;
        }
        let buf = lock.fill_buf().map_err(os_error)?;
        if buf.is_empty() {
            break;
        }
        let avail = &buf[..buf.len().min(room)];
        let (n, done) = match avail.iter().position(|&c| c == b'\n') {
            Some(i) => (i + 1, true),
            None => (avail.len(), false),
        };
        line.extend_from_slice(&avail[..n]);
        lock.consume(n);
        if done {
            break;
        }
    }
    Ok(line)
}

/// `sys.stdin.buffer.read(size)`: up to `size` bytes (all when None), fewer only at EOF.
pub fn stdin_read_bytes(size: Option<i64>) -> PyResult<Vec<u8>> {
    stdout_flush();
    let mut b = Vec::new();
    let stdin = std::io::stdin();
    let lock = stdin.lock();
    match size {
        None => {
            let mut lock = lock;
            lock.read_to_end(&mut b).map_err(os_error)?;
        }
        Some(n) => {
            lock.take(n as u64).read_to_end(&mut b).map_err(os_error)?;
        }
    }
    Ok(b)
}

/// `sys.stdout.buffer.write(b)`: into the same buffer as text, so the order holds.
pub fn raw_stdout_write_bytes(b: &[u8]) {
    STDOUT.with(|o| {
        let mut o = o.borrow_mut();
        o.buf.extend_from_slice(b);
        if o.buf.len() >= 8192 || (o.line_buffered && b.contains(&b'\n')) {
            flush_buf(&mut o.buf);
        }
    });
}

/// `sys.stderr.buffer.write(b)`.
pub fn raw_stderr_write_bytes(b: &[u8]) {
    stdout_flush_if_terminal();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(b);
    let _ = e.flush();
}

/// `sys.stdin.read()`.
pub fn stdin_read() -> PyResult<Str> {
    stdout_flush();
    let mut s = String::new();
    std::io::stdin()
        .lock()
        .read_to_string(&mut s)
        .map_err(os_error)?;
    Ok(Str::from_string(s.replace("\r\n", "\n")))
}

pub fn os_error(e: std::io::Error) -> PyErr {
    use std::io::ErrorKind as E;
    let kind = match e.kind() {
        E::NotFound => ExcKind::FileNotFoundError,
        E::PermissionDenied => ExcKind::PermissionError,
        E::AlreadyExists => ExcKind::FileExistsError,
        E::InvalidData => ExcKind::UnicodeDecodeError,
        _ => ExcKind::OSError,
    };
    PyErr::msg(kind, e.to_string())
}
