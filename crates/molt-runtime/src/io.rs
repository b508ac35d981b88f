//! Standard streams. stdout is buffered (line-buffered on a terminal, like CPython) and
//! flushed at exit, before reading stdin, and on `flush=True`.

use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Read, Write};

struct Out {
    buf: Vec<u8>,
    line_buffered: bool,
}

thread_local! {
    static STDOUT: RefCell<Out> = RefCell::new(Out {
        buf: Vec::with_capacity(8192),
        line_buffered: std::io::stdout().is_terminal(),
    });
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

pub fn stdout_write(s: &str) {
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

pub fn stderr_write(s: &str) {
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

/// sys.stdin, sys.stdout, sys.stderr.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdin,
    Stdout,
    Stderr,
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }
}

pub fn write_stream(stream: Stream, s: &str) {
    match stream {
        Stream::Stdout => stdout_write(s),
        Stream::Stderr => stderr_write(s),
        // print(file=sys.stdin) fails in CPython with "not writable"; molt writes nothing.
        Stream::Stdin => {}
    }
}

/// `stream.write(s)`: the number of characters written.
pub fn stream_write(stream: Stream, s: &Str) -> PyResult<crate::Int> {
    if stream == Stream::Stdin {
        return Err(PyErr::msg(ExcKind::OSError, "not writable"));
    }
    write_stream(stream, s.as_str());
    Ok(crate::Int::from(s.char_len()))
}

pub fn stream_readline(stream: Stream) -> PyResult<Str> {
    match stream {
        Stream::Stdin => stdin_readline(),
        _ => Err(PyErr::msg(ExcKind::OSError, "not readable")),
    }
}

pub fn stream_read(stream: Stream) -> PyResult<Str> {
    match stream {
        Stream::Stdin => stdin_read(),
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
        _ => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute 'write'", v.class_name()),
        )),
    }
}

impl crate::obj::PyObj for Stream {
    fn to_value(&self) -> crate::Value {
        crate::Value::None
    }
    fn type_name(&self) -> &'static str {
        "TextIOWrapper"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
            self.name(),
            if *self == Stream::Stdin { "r" } else { "w" }
        ));
        Ok(())
    }
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self == other)
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(*self as i64 + 0x5150)
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

impl crate::iter::IntoPyIter for Stream {
    type Item = Str;
    type It = StdinLines;
    fn py_iter(&self) -> PyResult<StdinLines> {
        Ok(StdinLines)
    }
}

pub fn flush_stream(stream: Stream) {
    if stream == Stream::Stdout {
        stdout_flush();
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
