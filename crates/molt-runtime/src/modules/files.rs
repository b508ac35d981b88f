//! The builtin `open()` and file objects (Lib/_pyio.py semantics of CPython 3.11): text
//! and binary modes `r w a x` (with `b`/`t`), utf-8/ascii/latin-1 encodings, universal
//! newlines on reading and newline translation on writing, read/readline/readlines,
//! iteration, write/writelines, flush/close, seek/tell, fileno (and `open(fd)` on it), `__enter__`
//! and `__exit__`. Writes are buffered (8 KiB) and flushed on flush(), close(), when the
//! last reference to the file goes away, and at program exit for files left open, as
//! CPython's finalisation does. The `+` modes read and write one file: pending writes are
//! flushed before a read, and a write after a read starts where the binary reader stopped,
//! or for text where CPython's TextIOWrapper has read up to (the end of its 8 KiB chunk; a
//! text file larger than that is refused there).

use super::bytes::bytes;
use super::os::{fspath, os_error};
use super::stdc_util::{bind, list, obj, s};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{Value, ValueIter};
use std::any::Any;
use std::cell::RefCell;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

const BUFFER_SIZE: usize = 8192;

thread_local! {
    static OPEN_FILES: RefCell<Vec<Weak<dyn Object>>> = const { RefCell::new(Vec::new()) };
}

/// Flushes the files the program left open (called at exit).
pub fn flush_all() {
    OPEN_FILES.with(|f| {
        for w in f.borrow().iter() {
            if let Some(o) = w.upgrade()
                && let Some(file) = o.as_any().downcast_ref::<File>()
            {
                let _ = file.0.borrow_mut().flush();
            }
        }
    });
}

struct State {
    file: Option<std::fs::File>,
    /// The descriptor `fileno()` answers: the one the file was opened on (`open(fd)`
    /// works on a duplicate of it) or the one the OS gave for a path.
    fd: i64,
    /// Closing the file closes `fd` (FileIO's closefd).
    closefd: bool,
    name: Value,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    errors: String,
    /// None: universal newlines.
    newline: Option<String>,
    wbuf: Vec<u8>,
    /// Read-ahead: the rest of the file, read at the first read.
    rbytes: Option<(Vec<u8>, usize)>,
    rtext: Option<(String, usize)>,
    /// The number of bytes the text read-ahead was decoded from.
    rtext_raw: usize,
    /// Where text tell() finds its bytes: the offsets in the read-ahead text of each
    /// "\n" that universal newlines made of "\r\n", and whether the read-ahead's byte
    /// count is its text encoded plus those (false after a lone "\r", a BOM or an error
    /// handler that changed the text).
    rtext_crlf: Vec<usize>,
    rtext_tellable: bool,
    /// The last text tell(): (offset in the read-ahead text, bytes it was decoded from).
    tell_cache: (usize, usize),
    /// TextIOWrapper's `telling`: cleared by next(), set again at EOF and by seek().
    telling: bool,
    /// A `+` mode (BufferedRandom below the text layer).
    update: bool,
}

/// TextIOWrapper's chunk size (Modules/_io/textio.c _CHUNK_SIZE).
const TEXT_CHUNK: usize = 8192;

pub struct File(RefCell<State>);

impl Drop for File {
    /// The last reference going away closes the file as IOBase.__del__ does: pending writes
    /// are flushed first (`open(p, "w").write(s)` followed by a read of p sees s). CPython
    /// reports a failing close as "Exception ignored"; it is dropped here.
    fn drop(&mut self) {
        let _ = self.0.get_mut().close();
    }
}

fn closed_err() -> PyErr {
    PyErr::msg(ExcKind::ValueError, "I/O operation on closed file.")
}

fn unsupported(what: &str) -> PyErr {
    PyErr::msg(ExcKind::UnsupportedOperation, what)
}

impl State {
    fn check_open(&self) -> PyResult<()> {
        if self.file.is_none() {
            Err(closed_err())
        } else if fd_closed(self.fd) {
            // Another file object opened on this descriptor has closed it.
            Err(bad_fd())
        } else {
            Ok(())
        }
    }

    fn flush(&mut self) -> PyResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        if fd_closed(self.fd) {
            // The descriptor was closed under the buffer: its data is lost, as in CPython.
            self.wbuf.clear();
            return Err(bad_fd());
        }
        let name = fspath(&self.name).unwrap_or_default();
        if let Some(f) = self.file.as_mut() {
            f.write_all(&self.wbuf)
                .map_err(|e| os_error(&e, &name, None))?;
        }
        self.wbuf.clear();
        Ok(())
    }

    fn fill(&mut self) -> PyResult<()> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported("not readable"));
        }
        if self.rbytes.is_some() || self.rtext.is_some() {
            return Ok(());
        }
        // A read flushes pending writes first (BufferedRandom, TextIOWrapper).
        self.flush()?;
        let mut data = Vec::new();
        let name = fspath(&self.name).unwrap_or_default();
        if let Some(f) = self.file.as_mut() {
            f.read_to_end(&mut data)
                .map_err(|e| os_error(&e, &name, None))?;
        }
        self.rtext_raw = data.len();
        if self.binary {
            self.rbytes = Some((data, 0));
        } else {
            let text = super::bytes::decode(&data, &self.encoding, &self.errors)?;
            let mut t = text.as_str().to_string();
            self.rtext_crlf.clear();
            let mut lone_cr = false;
            if self.newline.is_none() && t.contains('\r') {
                let mut out = String::with_capacity(t.len());
                let mut it = t.chars().peekable();
                while let Some(c) = it.next() {
                    if c == '\r' {
                        if it.peek() == Some(&'\n') {
                            it.next();
                            self.rtext_crlf.push(out.len());
                        } else {
                            lone_cr = true;
                        }
                        out.push('\n');
                    } else {
                        out.push(c);
                    }
                }
                t = out;
            }
            self.rtext_tellable = !lone_cr
                && super::bytes::encode(&t, &self.encoding, &self.errors)
                    .is_ok_and(|b| b.len() + self.rtext_crlf.len() == data.len());
            self.tell_cache = (0, 0);
            self.rtext = Some((t, 0));
        }
        Ok(())
    }

    fn read(&mut self, size: Option<i64>) -> PyResult<Value> {
        self.fill()?;
        if let Some((b, pos)) = self.rbytes.as_mut() {
            let n = match size {
                Some(n) if n >= 0 => (n as usize).min(b.len() - *pos),
                _ => b.len() - *pos,
            };
            let out = b[*pos..*pos + n].to_vec();
            *pos += n;
            return Ok(bytes(out));
        }
        let Some((t, pos)) = self.rtext.as_mut() else {
            return Ok(s(""));
        };
        let rest = &t[*pos..];
        let end = match size {
            Some(n) if n >= 0 => rest
                .char_indices()
                .nth(n as usize)
                .map_or(rest.len(), |(i, _)| i),
            _ => rest.len(),
        };
        let out = rest[..end].to_string();
        *pos += end;
        Ok(Value::Str(Str::from_string(out)))
    }

    /// The end (exclusive) of the line starting at the beginning of `rest`.
    fn line_end_text(&self, rest: &str) -> usize {
        match self.newline.as_deref() {
            None | Some("\n") => rest.find('\n').map_or(rest.len(), |i| i + 1),
            Some("") => {
                let b = rest.as_bytes();
                for (i, &c) in b.iter().enumerate() {
                    if c == b'\n' {
                        return i + 1;
                    }
                    if c == b'\r' {
                        return if b.get(i + 1) == Some(&b'\n') {
                            i + 2
                        } else {
                            i + 1
                        };
                    }
                }
                rest.len()
            }
            Some(nl) => rest.find(nl).map_or(rest.len(), |i| i + nl.len()),
        }
    }

    fn readline(&mut self, size: Option<i64>) -> PyResult<Value> {
        self.fill()?;
        if let Some((b, pos)) = self.rbytes.as_mut() {
            let rest = &b[*pos..];
            let mut end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(rest.len(), |i| i + 1);
            if let Some(n) = size.filter(|n| *n >= 0) {
                end = end.min(n as usize);
            }
            let out = rest[..end].to_vec();
            *pos += end;
            return Ok(bytes(out));
        }
        let (t, pos) = match self.rtext.as_ref() {
            Some((t, p)) => (t.clone(), *p),
            None => return Ok(s("")),
        };
        let rest = &t[pos..];
        let mut end = self.line_end_text(rest);
        if let Some(n) = size.filter(|n| *n >= 0) {
            let lim = rest
                .char_indices()
                .nth(n as usize)
                .map_or(rest.len(), |(i, _)| i);
            end = end.min(lim);
        }
        if let Some((_, p)) = self.rtext.as_mut() {
            *p += end;
        }
        Ok(Value::Str(Str::new(&rest[..end])))
    }

    /// A line for next(): TextIOWrapper stops telling until the end of the file.
    fn next_line(&mut self) -> PyResult<Value> {
        let line = self.readline(None)?;
        if !self.binary {
            self.telling = !line.try_truthy()?;
        }
        Ok(line)
    }

    /// tell() of a text file: the bytes before what was read or written, which is
    /// TextIOWrapper's cookie when its decoder holds nothing back (always the case for
    /// whole characters of a stateless codec without a pending "\r").
    /// The descriptor's offset (0 once closed), errors named after the file.
    fn os_position(&mut self) -> PyResult<u64> {
        let fname = fspath(&self.name).unwrap_or_default();
        match self.file.as_mut() {
            Some(f) => f.stream_position().map_err(|e| os_error(&e, &fname, None)),
            None => Ok(0),
        }
    }

    fn text_tell(&mut self) -> PyResult<Value> {
        if !self.telling {
            return Err(PyErr::msg(
                ExcKind::OSError,
                "telling position disabled by next() call",
            ));
        }
        self.flush()?;
        let pos = self.os_position()? as usize;
        let Some((t, p)) = self.rtext.as_ref() else {
            return Ok(Value::Int(Int::from(pos)));
        };
        if !self.rtext_tellable {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: tell() on this text file (a lone \\r, a BOM or replaced bytes) is not supported",
            ));
        }
        // An encoder that writes a BOM measures each piece with one: no cache for those.
        let enc = self.encoding.to_ascii_lowercase();
        let stateless = !(enc.contains("16") || enc.contains("32") || enc.contains("sig"));
        let (from, mut raw) = if stateless && self.tell_cache.0 <= *p {
            self.tell_cache
        } else {
            (0, 0)
        };
        let piece = &t[from..*p];
        raw += super::bytes::encode(piece, &self.encoding, &self.errors)?.len();
        raw += self
            .rtext_crlf
            .iter()
            .filter(|&&i| i >= from && i < *p)
            .count();
        self.tell_cache = (*p, raw);
        Ok(Value::Int(Int::from(
            pos.saturating_sub(self.rtext_raw) + raw,
        )))
    }

    /// Before a write in a `+` mode: drop the read-ahead. A binary file goes back to
    /// where its reader stopped; a text file stays where TextIOWrapper's chunked read
    /// left the buffer, which is the end of the file when it was at most one chunk.
    fn end_read(&mut self) -> PyResult<()> {
        if let Some((b, p)) = self.rbytes.take() {
            let unread = (b.len() - p) as i64;
            if unread > 0 {
                let name = fspath(&self.name).unwrap_or_default();
                if let Some(f) = self.file.as_mut() {
                    f.seek(SeekFrom::Current(-unread))
                        .map_err(|e| os_error(&e, &name, None))?;
                }
            }
        }
        if let Some((t, p)) = self.rtext.take()
            && p < t.len()
            && self.rtext_raw > TEXT_CHUNK
        {
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: writing after a partial read of a text file larger than 8192 bytes is not supported",
            ));
        }
        Ok(())
    }

    fn write(&mut self, v: &Value) -> PyResult<Value> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported("not writable"));
        }
        self.end_read()?;
        let n;
        if self.binary {
            let b = super::bytes::buffer(v).ok_or_else(|| {
                PyErr::msg(
                    ExcKind::TypeError,
                    format!("a bytes-like object is required, not '{}'", v.class_name()),
                )
            })?;
            n = b.len();
            self.wbuf.extend_from_slice(&b);
        } else {
            let Value::Str(text) = v else {
                return type_error(format!(
                    "write() argument must be str, not {}",
                    v.clinic_type_name()
                ));
            };
            n = text.char_len();
            let t = match self.newline.as_deref() {
                Some(nl @ ("\r" | "\r\n")) => text.as_str().replace('\n', nl),
                _ => text.as_str().to_string(),
            };
            let b = super::bytes::encode(&t, &self.encoding, &self.errors)?;
            self.wbuf.extend_from_slice(&b);
        }
        if self.wbuf.len() >= BUFFER_SIZE {
            self.flush()?;
        }
        Ok(Value::Int(Int::from(n)))
    }

    fn close(&mut self) -> PyResult<()> {
        if self.file.is_none() {
            return Ok(());
        }
        if fd_closed(self.fd) {
            // FileIO's close of a descriptor another file object closed.
            self.file = None;
            return Err(bad_fd());
        }
        let r = self.flush();
        self.file = None;
        if self.closefd {
            close_fd(self.fd);
        }
        self.rbytes = None;
        self.rtext = None;
        r
    }
}

fn opt_int(v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(
            super::stdc_util::index_of(v)?.as_i64().unwrap_or(i64::MAX),
        )),
    }
}

impl Object for File {
    fn type_name(&self) -> &'static str {
        let st = self.0.borrow();
        match (st.binary, st.readable, st.update) {
            (false, _, _) => "TextIOWrapper",
            (true, _, true) => "BufferedRandom",
            (true, true, false) => "BufferedReader",
            (true, false, false) => "BufferedWriter",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        let st = self.0.borrow();
        let mut name = String::new();
        crate::obj::PyObj::py_repr(&st.name, &mut name)?;
        if st.binary {
            out.push_str(&format!("<_io.{} name={name}>", self.type_name()));
        } else {
            let mut mode = String::new();
            crate::str::repr_str_into(&st.mode, &mut mode);
            let mut enc = String::new();
            crate::str::repr_str_into(&st.encoding, &mut enc);
            out.push_str(&format!(
                "<_io.TextIOWrapper name={name} mode={mode} encoding={enc}>"
            ));
        }
        Ok(())
    }
    fn iter(&self, this: &ObjRef) -> PyResult<ValueIter> {
        self.0.borrow().check_open()?;
        let me = this.clone();
        Ok(ValueIter::Iter(crate::iter::Iter::from_fn(
            "file_lines",
            move || {
                let Some(f) = me.as_any().downcast_ref::<File>() else {
                    return Ok(None);
                };
                let line = f.0.borrow_mut().next_line()?;
                Ok(if line.try_truthy()? { Some(line) } else { None })
            },
        )))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let st = self.0.borrow();
        match name {
            "closed" => Ok(Value::Bool(st.file.is_none())),
            "name" => Ok(st.name.clone()),
            "mode" => Ok(s(&st.mode)),
            "encoding" if !st.binary => Ok(s(&st.encoding)),
            "errors" if !st.binary => Ok(s(&st.errors)),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!(
                    "'_io.{}' object has no attribute '{name}'",
                    self.type_name()
                ),
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
        let mut st = self.0.borrow_mut();
        match name {
            "read" => {
                let a = bind("read", &["size"], 0, args, kwargs)?;
                st.read(opt_int(&a[0])?)
            }
            "readline" => {
                let a = bind("readline", &["size"], 0, args, kwargs)?;
                st.readline(opt_int(&a[0])?)
            }
            "readlines" => {
                let a = bind("readlines", &["hint"], 0, args, kwargs)?;
                let hint = opt_int(&a[0])?.filter(|h| *h > 0);
                let mut out = Vec::new();
                let mut total = 0usize;
                loop {
                    let l = st.readline(None)?;
                    if !l.try_truthy()? {
                        break;
                    }
                    total += l.len()?;
                    out.push(l);
                    if hint.is_some_and(|h| total >= h as usize) {
                        break;
                    }
                }
                Ok(list(out))
            }
            "write" => {
                let a = bind("write", &["s"], 1, args, kwargs)?;
                st.write(a[0].as_ref().unwrap_or(&Value::None))
            }
            "writelines" => {
                let a = bind("writelines", &["lines"], 1, args, kwargs)?;
                st.check_open()?;
                for l in a[0].clone().unwrap_or_default().to_vec()? {
                    st.write(&l)?;
                }
                Ok(Value::None)
            }
            "flush" => {
                bind("flush", &[], 0, args, kwargs)?;
                st.check_open()?;
                st.flush()?;
                Ok(Value::None)
            }
            "close" => {
                bind("close", &[], 0, args, kwargs)?;
                st.close()?;
                Ok(Value::None)
            }
            "fileno" => {
                bind("fileno", &[], 0, args, kwargs)?;
                if st.file.is_none() {
                    // FileIO's err_closed (Modules/_io/fileio.c) has no full stop.
                    return value_error("I/O operation on closed file");
                }
                Ok(Value::Int(Int::from(st.fd)))
            }
            "readable" | "writable" | "seekable" => {
                bind(name, &[], 0, args, kwargs)?;
                st.check_open()?;
                Ok(Value::Bool(match name {
                    "readable" => st.readable,
                    "writable" => st.writable,
                    _ => true,
                }))
            }
            "__enter__" => {
                bind("__enter__", &[], 0, args, kwargs)?;
                st.check_open()?;
                Ok(Value::Obj(this.clone()))
            }
            "__exit__" => {
                st.close()?;
                Ok(Value::None)
            }
            "seek" => {
                let a = bind("seek", &["cookie", "whence"], 1, args, kwargs)?;
                let off = opt_int(&a[0])?.unwrap_or(0);
                let whence = opt_int(&a[1])?.unwrap_or(0);
                st.check_open()?;
                if !st.binary && (whence == 1 || whence == 2) && off != 0 {
                    return Err(unsupported(if whence == 1 {
                        "can't do nonzero cur-relative seeks"
                    } else {
                        "can't do nonzero end-relative seeks"
                    }));
                }
                if !st.binary && whence == 0 && off < 0 {
                    return value_error(format!("negative seek position {off}"));
                }
                st.flush()?;
                // Unread read-ahead goes back to the file position.
                let unread = st.rbytes.as_ref().map_or(0, |(b, p)| b.len() - p) as i64;
                let pos = match whence {
                    0 => SeekFrom::Start(off.max(0) as u64),
                    1 => SeekFrom::Current(off - unread),
                    2 => SeekFrom::End(off),
                    _ => {
                        return value_error(format!(
                            "invalid whence ({whence}, should be 0, 1 or 2)"
                        ));
                    }
                };
                st.rbytes = None;
                st.rtext = None;
                st.telling = true;
                let fname = fspath(&st.name).unwrap_or_default();
                let r = match st.file.as_mut() {
                    Some(f) => f.seek(pos).map_err(|e| os_error(&e, &fname, None))?,
                    None => 0,
                };
                Ok(Value::Int(Int::from(r)))
            }
            "tell" => {
                bind("tell", &[], 0, args, kwargs)?;
                st.check_open()?;
                if !st.binary {
                    return st.text_tell();
                }
                let unread = st.rbytes.as_ref().map_or(0, |(b, p)| b.len() - p) as u64;
                let buffered = st.wbuf.len() as u64;
                let pos = st.os_position()?;
                Ok(Value::Int(Int::from(pos + buffered - unread)))
            }
            "__next__" => {
                // Modules/_io/textio.c textiowrapper_iternext: a line, or StopIteration.
                bind("__next__", &[], 0, args, kwargs)?;
                st.check_open()?;
                let line = st.next_line()?;
                if line.try_truthy()? {
                    Ok(line)
                } else {
                    Err(crate::genobj::stop_iteration(Value::None))
                }
            }
            "__iter__" => {
                bind("__iter__", &[], 0, args, kwargs)?;
                st.check_open()?;
                Ok(Value::Obj(this.clone()))
            }
            _ => {
                // Not self.type_name(): `st` is mutably borrowed here.
                let tn = match (st.binary, st.readable, st.update) {
                    (false, _, _) => "TextIOWrapper",
                    (true, _, true) => "BufferedRandom",
                    (true, true, false) => "BufferedReader",
                    (true, false, false) => "BufferedWriter",
                };
                Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'_io.{tn}' object has no attribute '{name}'"),
                ))
            }
        }
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind(
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        args,
        kwargs,
    )?;
    let file = a[0].clone().unwrap_or_default();
    // An int is a file descriptor (FileIO's fd form).
    let fd = match &file {
        Value::Int(i) => Some(i.as_i64().unwrap_or(i64::MAX)),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    let path = match fd {
        Some(_) => Ok(String::new()),
        None => fspath(&file),
    }
    .map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            PyErr::msg(
                ExcKind::TypeError,
                format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.class_name()
                ),
            )
        } else {
            e
        }
    })?;
    let str_opt = |i: usize, what: &str| -> PyResult<Option<String>> {
        match &a[i] {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(v) => type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                v.class_name()
            )),
        }
    };
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return type_error(format!(
                "open() argument 'mode' must be str, not {}",
                v.class_name()
            ));
        }
    };
    let encoding = str_opt(3, "encoding")?;
    let errors = str_opt(4, "errors")?;
    let newline = str_opt(5, "newline")?;
    // Mode validation as in _io.open.
    let invalid = || PyErr::msg(ExcKind::ValueError, format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(invalid());
        }
        seen.push(c);
    }
    let creating = mode.contains('x');
    let reading = mode.contains('r');
    let writing = mode.contains('w');
    let appending = mode.contains('a');
    let binary = mode.contains('b');
    if mode.contains('t') && binary {
        return Err(invalid());
    }
    if [creating, reading, writing, appending]
        .iter()
        .filter(|x| **x)
        .count()
        != 1
    {
        return value_error("must have exactly one of create/read/write/append mode");
    }
    if binary && encoding.is_some() {
        return value_error("binary mode doesn't take an encoding argument");
    }
    if binary && errors.is_some() {
        return value_error("binary mode doesn't take an errors argument");
    }
    if binary && newline.is_some() {
        return value_error("binary mode doesn't take a newline argument");
    }
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        let mut r = String::new();
        crate::str::repr_str_into(nl, &mut r);
        return value_error(format!("illegal newline value: {r}"));
    }
    let update = mode.contains('+');
    if let Some(enc) = &encoding {
        // Validates the codec name (LookupError as in CPython).
        super::bytes::encode("", enc, "strict")?;
    }
    let mut oo = std::fs::OpenOptions::new();
    if update {
        oo.read(true).write(true);
    }
    if reading {
        oo.read(true);
    } else if writing {
        oo.write(true).create(true).truncate(true);
    } else if appending {
        oo.append(true).create(true);
    } else {
        oo.write(true).create_new(true);
    }
    let closefd = match &a[6] {
        Some(v) => v.try_truthy()?,
        None => true,
    };
    if !closefd && fd.is_none() {
        return value_error("Cannot use closefd=False with file name");
    }
    let mut f = match fd {
        Some(fd) => open_fd(fd)?,
        None => oo.open(&path).map_err(|e| os_error(&e, &path, None))?,
    };
    let raw_fd = match fd {
        Some(fd) => fd,
        None => {
            use std::os::fd::AsRawFd;
            let n = i64::from(f.as_raw_fd());
            // The OS reuses a closed descriptor's number for this file.
            CLOSED_FDS.with(|c| c.borrow_mut().retain(|x| *x != n));
            n
        }
    };
    if appending {
        // FileIO positions an appending file at its end (so `a+` reads nothing at first).
        f.seek(SeekFrom::End(0))
            .map_err(|e| os_error(&e, &path, None))?;
    }
    // Opening a directory for reading succeeds at the OS level; CPython's FileIO checks.
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(PyErr::os_error(
            ExcKind::IsADirectoryError,
            21,
            "Is a directory",
            &path,
            None,
        ));
    }
    let shown_mode = if binary {
        // FileIO's mode_string (Modules/_io/fileio.c).
        let base = match (creating, appending, reading || update) {
            (true, _, true) => "xb+",
            (true, _, false) => "xb",
            (false, true, true) => "ab+",
            (false, true, false) => "ab",
            (false, false, true) if !reading || update => "rb+",
            (false, false, true) => "rb",
            (false, false, false) => "wb",
        };
        base.to_string()
    } else {
        mode.clone()
    };
    let state = State {
        file: Some(f),
        fd: raw_fd,
        closefd,
        name: file,
        mode: shown_mode,
        binary,
        readable: reading || update,
        writable: !reading || update,
        encoding: encoding.unwrap_or_else(|| "UTF-8".to_string()),
        errors: errors.unwrap_or_else(|| "strict".to_string()),
        newline,
        wbuf: Vec::new(),
        rbytes: None,
        rtext: None,
        rtext_raw: 0,
        rtext_crlf: Vec::new(),
        rtext_tellable: false,
        tell_cache: (0, 0),
        telling: true,
        update,
    };
    let o: Rc<dyn Object> = Rc::new(File(RefCell::new(state)));
    OPEN_FILES.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|w| w.strong_count() > 0);
        l.push(Rc::downgrade(&o));
    });
    let _ = obj::<File>;
    Ok(Value::Obj(o))
}

thread_local! {
    /// The descriptors a file object opened on them has closed (closefd).
    static CLOSED_FDS: RefCell<Vec<i64>> = const { RefCell::new(Vec::new()) };
}

fn fd_closed(fd: i64) -> bool {
    CLOSED_FDS.with(|c| c.borrow().contains(&fd))
}

fn bad_fd() -> PyErr {
    PyErr::new(
        ExcKind::OSError,
        vec![Value::int(9), Value::str("Bad file descriptor")],
    )
}

/// `open(fd)`: a duplicate of the descriptor, so the file shares its offset with the
/// process's stream (0, 1, 2) or with the open file object whose `fileno()` it is.
fn open_fd(fd: i64) -> PyResult<std::fs::File> {
    use std::os::fd::AsFd;
    if fd < 0 {
        return value_error("negative file descriptor");
    }
    let dup = match fd {
        _ if fd_closed(fd) => {
            return Err(bad_fd());
        }
        0 => std::io::stdin().as_fd().try_clone_to_owned(),
        1 => std::io::stdout().as_fd().try_clone_to_owned(),
        2 => std::io::stderr().as_fd().try_clone_to_owned(),
        _ => {
            if let Some(f) = owner_of(fd) {
                return f;
            }
            if !std::path::Path::new(&format!("/proc/self/fd/{fd}")).exists() {
                return Err(bad_fd());
            }
            return Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!("molt: open() of file descriptor {fd} is not supported"),
            ));
        }
    };
    dup.map(std::fs::File::from)
        .map_err(|e| os_error(&e, "", None))
}

/// A duplicate of the descriptor of the open file object whose `fileno()` is `fd` (the
/// only descriptors above 2 a program can name: molt has no os.open or os.pipe).
fn owner_of(fd: i64) -> Option<PyResult<std::fs::File>> {
    OPEN_FILES.with(|l| {
        l.borrow().iter().find_map(|w| {
            let o = w.upgrade()?;
            let file = o.as_any().downcast_ref::<File>()?;
            let st = file.0.try_borrow().ok()?;
            if st.fd != fd {
                return None;
            }
            let f = st.file.as_ref()?;
            Some(f.try_clone().map_err(|e| os_error(&e, "", None)))
        })
    })
}

/// Closing (or dropping) a file object with closefd=True closes its descriptor for the
/// rest of the program, as CPython's FileIO does: other file objects on it fail with
/// EBADF, and a later `open(fd)` too.
fn close_fd(fd: i64) {
    CLOSED_FDS.with(|c| {
        let mut c = c.borrow_mut();
        if !c.contains(&fd) {
            c.push(fd);
        }
    });
}

/// Reads a whole file as text (pathlib's read_text).
pub fn read_text(path: &Value, encoding: Option<Value>, errors: Option<Value>) -> PyResult<Value> {
    let mut kw = vec![];
    if let Some(e) = encoding {
        kw.push((Str::new("encoding"), e));
    }
    if let Some(e) = errors {
        kw.push((Str::new("errors"), e));
    }
    let f = open(vec![path.clone()], kw)?;
    let Value::Obj(o) = &f else {
        return Ok(Value::None);
    };
    let r = o.call_method(o, "read", vec![], vec![]);
    o.call_method(o, "close", vec![], vec![])?;
    r
}

/// Writes a whole file (pathlib's write_text and write_bytes): the count written.
pub fn write_all(path: &Value, mode: &str, data: &Value, kw: Vec<(Str, Value)>) -> PyResult<Value> {
    let f = open(vec![path.clone(), s(mode)], kw)?;
    let Value::Obj(o) = &f else {
        return Ok(Value::None);
    };
    let r = o.call_method(o, "write", vec![data.clone()], vec![]);
    o.call_method(o, "close", vec![], vec![])?;
    r
}
