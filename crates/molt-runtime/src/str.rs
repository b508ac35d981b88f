//! Python's str: an immutable sequence of code points. Stored as UTF-8 with the code point
//! count beside it, so ASCII strings index in O(1); the hash is cached like CPython's.

use crate::exc::{PyResult, index_error};
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone)]
pub struct Str(Rc<StrInner>);

struct StrInner {
    s: Box<str>,
    nchars: usize,
    /// -1 while not computed (CPython's convention; a real hash is never -1).
    hash: Cell<i64>,
}

thread_local! {
    static EMPTY: Str = Str::new_uncached("");
    /// One-character strings for ASCII, shared like CPython's latin-1 singletons, so that
    /// iterating over a string does not allocate.
    static ASCII: Vec<Str> = (0u8..128).map(|b| Str::new_uncached(&(b as char).to_string())).collect();
}

impl Str {
    fn new_uncached(s: &str) -> Str {
        Str(Rc::new(StrInner {
            s: s.into(),
            nchars: s.chars().count(),
            hash: Cell::new(-1),
        }))
    }

    pub fn new(s: &str) -> Str {
        match s.len() {
            0 => EMPTY.with(|e| e.clone()),
            1 => ASCII.with(|a| a[s.as_bytes()[0] as usize].clone()),
            _ => Str::new_uncached(s),
        }
    }

    pub fn from_string(s: String) -> Str {
        if s.len() <= 1 {
            return Str::new(&s);
        }
        let nchars = s.chars().count();
        Str(Rc::new(StrInner {
            s: s.into_boxed_str(),
            nchars,
            hash: Cell::new(-1),
        }))
    }

    pub fn from_char(c: char) -> Str {
        if c.is_ascii() {
            ASCII.with(|a| a[c as usize].clone())
        } else {
            Str::new_uncached(c.encode_utf8(&mut [0u8; 4]))
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.0.s
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.0.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.0.nchars == self.0.s.len()
    }

    pub fn ptr_eq(&self, other: &Str) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    pub fn hash(&self) -> i64 {
        let h = self.0.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.0.s);
        self.0.hash.set(h);
        h
    }

    /// The byte offset of code point `i` (0 <= i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        self.0
            .s
            .char_indices()
            .nth(i)
            .map(|(b, _)| b)
            .unwrap_or(self.0.s.len())
    }

    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.0.s.as_bytes()[i] as char;
        }
        self.0.s.chars().nth(i).unwrap_or('\0')
    }

    /// `s[i]` with Python's negative indexes and IndexError.
    pub fn getitem(&self, i: &crate::Int) -> PyResult<Str> {
        let n = self.char_len() as i64;
        let mut i = i.to_index()?;
        if i < 0 {
            i += n;
        }
        if i < 0 || i >= n {
            return index_error("string index out of range");
        }
        Ok(Str::from_char(self.char_at(i as usize)))
    }

    /// `s[a:b:c]`.
    pub fn slice(&self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<Str> {
        let (start, _stop, step, len) =
            crate::slice::indices(start, stop, step, self.char_len() as i64)?;
        if step == 1 {
            let a = self.byte_offset(start as usize);
            let b = self.byte_offset((start + len) as usize);
            return Ok(Str::new(&self.0.s[a..b]));
        }
        let chars: Vec<char> = self.0.s.chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..len {
            out.push(chars[i as usize]);
            i += step;
        }
        Ok(Str::from_string(out))
    }

    pub fn concat(&self, o: &Str) -> Str {
        if self.0.s.is_empty() {
            return o.clone();
        }
        if o.0.s.is_empty() {
            return self.clone();
        }
        let mut s = String::with_capacity(self.0.s.len() + o.0.s.len());
        s.push_str(&self.0.s);
        s.push_str(&o.0.s);
        let nchars = self.0.nchars + o.0.nchars;
        Str(Rc::new(StrInner {
            s: s.into_boxed_str(),
            nchars,
            hash: Cell::new(-1),
        }))
    }

    /// `s * n`.
    pub fn repeat(&self, n: &crate::Int) -> PyResult<Str> {
        let n = n.to_index().map_err(|_| {
            crate::PyErr::msg(
                crate::ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
        if n <= 0 {
            return Ok(Str::new(""));
        }
        if (self.0.s.len() as u128) * (n as u128) > isize::MAX as u128 {
            return Err(crate::PyErr::new(crate::ExcKind::MemoryError, vec![]));
        }
        Ok(Str::from_string(self.0.s.repeat(n as usize)))
    }

    /// `sub in s`.
    pub fn contains(&self, sub: &Str) -> bool {
        self.0.s.contains(sub.as_str())
    }

    pub fn chars(&self) -> std::str::Chars<'_> {
        self.0.s.chars()
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str::new(s)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str::from_string(s)
    }
}

impl PartialEq for Str {
    fn eq(&self, o: &Str) -> bool {
        Rc::ptr_eq(&self.0, &o.0) || self.0.s == o.0.s
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.0.s)
    }
}

impl std::fmt::Display for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.s)
    }
}

impl PyObj for Str {
    fn to_value(&self) -> Value {
        Value::Str(self.clone())
    }
    fn type_name(&self) -> &'static str {
        "str"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        repr_str_into(&self.0.s, out);
        Ok(())
    }
    fn py_str(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.0.s);
        Ok(())
    }
    #[inline]
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self == other)
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(self.hash())
    }
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        // UTF-8 byte order is code point order.
        Ok(op.test(self.0.s.as_bytes().cmp(other.0.s.as_bytes())))
    }
    #[inline]
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.0.s.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        // CPython interns identifiers and single characters; equal short strings are
        // usually identical there, and no faithful program depends on the difference.
        self.ptr_eq(other) || (self.0.nchars <= 1 && self == other)
    }
}

/// Python's repr of a str: single quotes unless the text has a single quote and no double
/// quote; escapes for quotes, backslash, \t \n \r, other non-printable characters as
/// \xhh, \uhhhh or \Uhhhhhhhh.
pub fn repr_str_into(s: &str, out: &mut String) {
    use std::fmt::Write;
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() => out.push(c),
            c if crate::unicode::is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
}

/// Characters that `str.split()` and `str.strip()` treat as whitespace (Py_UNICODE_ISSPACE).
pub fn is_py_whitespace(c: char) -> bool {
    crate::unicode::is_space(c)
}
