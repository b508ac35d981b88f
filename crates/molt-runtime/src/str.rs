//! Python's str: an immutable sequence of code points. Stored as UTF-8 with the code point
//! count beside it, so ASCII strings index in O(1); the hash is cached like CPython's. Long
//! non-ASCII strings get a lazily built index of every 64th code point's byte offset, so that
//! `for i in range(len(s)): s[i]` stays linear. The methods (split, find, upper, ...) are in
//! str_methods.rs.

use crate::exc::{ExcKind, PyErr, PyResult, index_error};
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;

#[derive(Clone)]
pub struct Str(Rc<StrInner>);

struct StrInner {
    /// A `String` rather than a `Box<str>` so that `s += t` on an unshared string can grow in
    /// place with amortised doubling (CPython's unicode_modifiable/resize trick).
    s: String,
    nchars: usize,
    /// -1 while not computed (CPython's convention; a real hash is never -1).
    hash: Cell<i64>,
    /// Byte offsets of code points 0, INDEX_STEP, 2*INDEX_STEP, ... (non-ASCII strings only,
    /// built on the first index past the short-string threshold).
    index: OnceCell<Box<[u32]>>,
}

/// Code points between two entries of the offset index.
const INDEX_STEP: usize = 64;

thread_local! {
    static EMPTY: Str = Str::new_uncached(String::new(), 0);
    /// One-character strings for Latin-1, shared like CPython's singletons, so that
    /// iterating over or indexing a string does not allocate.
    static LATIN1: Vec<Str> = (0u32..256)
        .map(|b| Str::new_uncached(char::from_u32(b).map(String::from).unwrap_or_default(), 1))
        .collect();
}

impl Str {
    fn new_uncached(s: String, nchars: usize) -> Str {
        Str(Rc::new(StrInner {
            s,
            nchars,
            hash: Cell::new(-1),
            index: OnceCell::new(),
        }))
    }

    /// A string whose code point count the caller already knows (it must be exact).
    pub(crate) fn from_parts(s: String, nchars: usize) -> Str {
        debug_assert_eq!(s.chars().count(), nchars);
        match nchars {
            0 => Str::empty(),
            1 => match s.chars().next() {
                Some(c) if (c as u32) < 256 => Str::from_char(c),
                _ => Str::new_uncached(s, 1),
            },
            _ => Str::new_uncached(s, nchars),
        }
    }

    /// The empty string (shared).
    pub fn empty() -> Str {
        EMPTY.with(|e| e.clone())
    }

    pub fn new(s: &str) -> Str {
        match s.len() {
            0 => Str::empty(),
            1..=2 => {
                let mut it = s.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => Str::from_char(c),
                    _ => Str::new_uncached(s.to_string(), 2),
                }
            }
            _ => Str::new_uncached(s.to_string(), s.chars().count()),
        }
    }

    pub fn from_string(s: String) -> Str {
        let n = s.chars().count();
        Str::from_parts(s, n)
    }

    pub fn from_char(c: char) -> Str {
        if (c as u32) < 256 {
            LATIN1
                .with(|a| a.get(c as usize).cloned())
                .unwrap_or_else(Str::empty)
        } else {
            Str::new_uncached(String::from(c), 1)
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
    pub fn is_empty(&self) -> bool {
        self.0.nchars == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.0.nchars == self.0.s.len()
    }

    #[inline]
    pub fn ptr_eq(&self, other: &Str) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.0.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(&self.0.s);
        self.0.hash.set(h);
        h
    }

    /// The byte offset of code point `i`; `len` (or more) gives the end of the string.
    pub fn byte_offset(&self, i: usize) -> usize {
        let inner = &*self.0;
        if inner.nchars == inner.s.len() {
            return i.min(inner.s.len());
        }
        if i >= inner.nchars {
            return inner.s.len();
        }
        if inner.nchars <= 2 * INDEX_STEP || inner.s.len() > u32::MAX as usize {
            return nth_char_offset(&inner.s, 0, i);
        }
        let index = inner.index.get_or_init(|| build_index(&inner.s));
        match index.get(i / INDEX_STEP) {
            Some(&base) => nth_char_offset(&inner.s, base as usize, i % INDEX_STEP),
            None => nth_char_offset(&inner.s, 0, i),
        }
    }

    /// The code point at index `i` (0 <= i < len); '\0' past the end.
    #[inline]
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.0.s.as_bytes().get(i).map_or('\0', |&b| b as char);
        }
        let b = self.byte_offset(i);
        self.0
            .s
            .get(b..)
            .and_then(|r| r.chars().next())
            .unwrap_or('\0')
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

    /// `s[a:b:c]` (bounds already clamped to i64 with `slice::bound`).
    pub fn slice(&self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<Str> {
        let n = self.char_len();
        let (start, _stop, step, len) = crate::slice::indices(start, stop, step, n as i64)?;
        let (start, len) = (start as usize, len as usize);
        if len == 0 {
            return Ok(Str::empty());
        }
        if step == 1 {
            if len == n {
                return Ok(self.clone());
            }
            let a = self.byte_offset(start);
            let b = if self.is_ascii() {
                a + len
            } else {
                a + nth_char_offset(&self.0.s[a..], 0, len)
            };
            return Ok(Str::from_parts(self.0.s[a..b].to_string(), len));
        }
        let mut out = String::with_capacity(if self.is_ascii() { len } else { len * 2 });
        if self.is_ascii() {
            let bytes = self.0.s.as_bytes();
            let mut i = start as i64;
            for _ in 0..len {
                if let Some(&b) = bytes.get(i as usize) {
                    out.push(b as char);
                }
                i += step;
            }
        } else if step > 0 {
            let from = self.byte_offset(start);
            self.0.s[from..]
                .chars()
                .step_by(step as usize)
                .take(len)
                .for_each(|c| out.push(c));
        } else {
            // Walk backwards from the start index.
            let end = self.byte_offset(start + 1);
            self.0.s[..end]
                .chars()
                .rev()
                .step_by(step.unsigned_abs() as usize)
                .take(len)
                .for_each(|c| out.push(c));
        }
        Ok(Str::from_parts(out, len))
    }

    /// `a + b`.
    pub fn concat(&self, o: &Str) -> Str {
        if o.0.s.is_empty() {
            return self.clone();
        }
        if self.0.s.is_empty() {
            return o.clone();
        }
        let mut s = String::with_capacity(self.0.s.len() + o.0.s.len());
        s.push_str(&self.0.s);
        s.push_str(&o.0.s);
        Str::new_uncached(s, self.0.nchars + o.0.nchars)
    }

    /// `a += b`: appends in place when `a` holds the only reference (amortised O(len(b)),
    /// so `s += c` in a loop is linear as in CPython); otherwise the same as `concat`.
    pub fn iadd(&mut self, o: &Str) {
        if o.0.s.is_empty() {
            return;
        }
        if let Some(inner) = Rc::get_mut(&mut self.0) {
            inner.s.push_str(&o.0.s);
            inner.nchars += o.0.nchars;
            inner.hash.set(-1);
            inner.index.take();
            return;
        }
        *self = self.concat(o);
    }

    /// `s * n` (and `n * s`).
    pub fn repeat(&self, n: &crate::Int) -> PyResult<Str> {
        let n = n.to_index().map_err(|_| {
            PyErr::msg(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )
        })?;
        if n <= 0 || self.is_empty() {
            return Ok(Str::empty());
        }
        if n == 1 {
            return Ok(self.clone());
        }
        // CPython checks the code point count first (OverflowError), then the allocation.
        if (self.0.nchars as u128) * (n as u128) > isize::MAX as u128 {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "repeated string is too long",
            ));
        }
        if (self.0.s.len() as u128) * (n as u128) > isize::MAX as u128 {
            return Err(PyErr::new(ExcKind::MemoryError, vec![]));
        }
        let mut out = try_string(self.0.s.len() * n as usize)?;
        for _ in 0..n {
            out.push_str(&self.0.s);
        }
        Ok(Str::from_parts(out, self.0.nchars * n as usize))
    }

    /// `sub in s`.
    #[inline]
    pub fn contains(&self, sub: &Str) -> bool {
        self.0.s.contains(sub.as_str())
    }

    /// The code points, as Rust chars.
    #[inline]
    pub fn chars(&self) -> std::str::Chars<'_> {
        self.0.s.chars()
    }

    /// `iter(s)`: one-character strings (shared singletons for Latin-1, so no allocation).
    pub fn iter(&self) -> StrIter {
        StrIter {
            s: self.clone(),
            pos: 0,
        }
    }

    /// Code point order (UTF-8 byte order is code point order).
    #[inline]
    pub fn cmp_str(&self, o: &Str) -> std::cmp::Ordering {
        self.0.s.as_bytes().cmp(o.0.s.as_bytes())
    }
}

/// An empty string with room for `cap` bytes, or MemoryError: a Python program asking for
/// a huge string (`'a' * 10**12`, `s.center(10**12)`) gets the exception CPython raises
/// instead of an aborted process.
pub(crate) fn try_string(cap: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(cap)
        .map_err(|_| PyErr::new(ExcKind::MemoryError, vec![]))?;
    Ok(s)
}

/// The byte offset, within `s`, of the `n`th code point counted from byte `from`.
fn nth_char_offset(s: &str, from: usize, n: usize) -> usize {
    let rest = s.get(from..).unwrap_or("");
    match rest.char_indices().nth(n) {
        Some((b, _)) => from + b,
        None => s.len(),
    }
}

fn build_index(s: &str) -> Box<[u32]> {
    s.char_indices()
        .step_by(INDEX_STEP)
        .map(|(b, _)| b as u32)
        .collect()
}

/// The iterator of `for c in s`.
#[derive(Clone)]
pub struct StrIter {
    s: Str,
    /// Byte offset of the next code point.
    pos: usize,
}

impl Iterator for StrIter {
    type Item = Str;
    #[inline]
    fn next(&mut self) -> Option<Str> {
        let c = self.s.0.s.get(self.pos..)?.chars().next()?;
        self.pos += c.len_utf8();
        Some(Str::from_char(c))
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

impl From<char> for Str {
    fn from(c: char) -> Str {
        Str::from_char(c)
    }
}

impl PartialEq for Str {
    #[inline]
    fn eq(&self, o: &Str) -> bool {
        if Rc::ptr_eq(&self.0, &o.0) {
            return true;
        }
        // Cached hashes that differ prove inequality without reading the text.
        let (h1, h2) = (self.0.hash.get(), o.0.hash.get());
        if h1 != -1 && h2 != -1 && h1 != h2 {
            return false;
        }
        self.0.s == o.0.s
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    fn partial_cmp(&self, o: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for Str {
    fn cmp(&self, o: &Str) -> std::cmp::Ordering {
        self.cmp_str(o)
    }
}

impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.s.hash(state)
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
        Ok(op.test(self.cmp_str(other)))
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

/// `repr(s)` (Objects/unicodeobject.c, unicode_repr): single quotes unless the text has a
/// single quote and no double quote; backslash, the quote, \t \n \r escaped; other
/// non-printable characters as \xhh, \uhhhh or \Uhhhhhhhh.
pub fn repr_str_into(s: &str, out: &mut String) {
    repr_impl(s, out, false)
}

/// `ascii(s)`: like `repr(s)`, but every non-ASCII character is escaped too.
pub fn ascii_str_into(s: &str, out: &mut String) {
    repr_impl(s, out, true)
}

fn repr_impl(s: &str, out: &mut String, ascii_only: bool) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.reserve(s.len() + 2);
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
            ' '..='~' => out.push(c),
            c if !ascii_only && !c.is_ascii() && crate::unicode::is_printable(c) => out.push(c),
            c => push_escape(c, out),
        }
    }
    out.push(quote);
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that holds the code point.
pub fn push_escape(c: char, out: &mut String) {
    use std::fmt::Write;
    let v = c as u32;
    let _ = if v < 0x100 {
        write!(out, "\\x{v:02x}")
    } else if v < 0x10000 {
        write!(out, "\\u{v:04x}")
    } else {
        write!(out, "\\U{v:08x}")
    };
}

/// Characters that `str.split()` and `str.strip()` treat as whitespace (Py_UNICODE_ISSPACE).
#[inline]
pub fn is_py_whitespace(c: char) -> bool {
    crate::unicode::is_space(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Int;

    #[test]
    fn index_and_slice_non_ascii() {
        let text: String = (0..1000)
            .map(|i| char::from_u32(0x3b1 + (i % 20)).unwrap_or('x'))
            .collect();
        let s = Str::from(text.as_str());
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            assert_eq!(s.char_at(i), c);
            assert_eq!(
                s.getitem(&Int::from(i as i64)).unwrap().as_str(),
                c.to_string()
            );
        }
        let sl = s.slice(Some(130), Some(700), Some(7)).unwrap();
        let want: String = chars[130..700].iter().step_by(7).collect();
        assert_eq!(sl.as_str(), want);
        let sl = s.slice(Some(900), Some(10), Some(-3)).unwrap();
        let want: String = chars[11..=900].iter().rev().step_by(3).collect();
        assert_eq!(sl.as_str(), want);
        assert_eq!(sl.char_len(), want.chars().count());
    }

    #[test]
    fn iadd_in_place_and_shared() {
        let mut s = Str::from("ab");
        let keep = s.clone();
        s.iadd(&Str::from("é"));
        assert_eq!(keep.as_str(), "ab");
        assert_eq!(s.as_str(), "abé");
        assert_eq!(s.char_len(), 3);
        let h = s.hash();
        s.iadd(&Str::from("x"));
        assert_ne!(s.hash(), h);
        assert_eq!(s.char_len(), 4);
        let mut e = Str::empty();
        e.iadd(&Str::from("q"));
        assert_eq!(Str::empty().as_str(), "");
        assert_eq!(e.as_str(), "q");
    }

    #[test]
    fn repr_and_ascii() {
        let mut o = String::new();
        repr_str_into("a'b\u{e9}\u{ad}\n\u{1f600}\u{e0000}", &mut o);
        assert_eq!(o, "\"a'b\u{e9}\\xad\\n\u{1f600}\\U000e0000\"");
        let mut o = String::new();
        ascii_str_into("é€😀'\"", &mut o);
        assert_eq!(o, "'\\xe9\\u20ac\\U0001f600\\'\"'");
    }
}
