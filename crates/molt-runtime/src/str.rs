//! Python's str: an immutable sequence of code points. Stored as UTF-8 with the code point
//! count beside it, so ASCII strings index in O(1); the hash is cached like CPython's. Long
//! non-ASCII strings get a lazily built index of every 64th code point's byte offset, so that
//! `for i in range(len(s)): s[i]` stays linear. The methods (split, find, upper, ...) are in
//! str_methods.rs.

use crate::exc::{ExcKind, PyErr, PyResult, index_error};
use crate::obj::{CmpOp, PyObj};
use crate::str_heap::Heap;
use crate::value::Value;

/// One thin pointer to a heap block holding the text, its code point count, its cached
/// hash (-1 while not computed) and, for long non-ASCII strings, the byte offsets of code
/// points 0, INDEX_STEP, 2*INDEX_STEP, ... (built on the first index past the short-string
/// threshold). An unshared string grows in place with amortised doubling, so that `s += t`
/// is linear (CPython's unicode_modifiable/resize trick).
#[derive(Clone)]
pub struct Str(Heap);

/// Code points between two entries of the offset index.
const INDEX_STEP: usize = 64;

thread_local! {
    static EMPTY: Str = Str::new_uncached("", 0);
    /// One-character strings for Latin-1, shared like CPython's singletons, so that
    /// iterating over or indexing a string does not allocate.
    static LATIN1: Vec<Str> = (0u32..256)
        .map(|b| Str::new_uncached(char::from_u32(b).unwrap_or_default().encode_utf8(&mut [0; 4]), 1))
        .collect();
}

impl Str {
    fn new_uncached(s: &str, nchars: usize) -> Str {
        Str(Heap::new(s, nchars))
    }

    /// A string whose code point count the caller already knows (it must be exact).
    pub(crate) fn from_parts(s: String, nchars: usize) -> Str {
        Str::from_text(&s, nchars)
    }

    /// A string of the text `s`, whose code point count the caller knows (it must be
    /// exact): the empty string and Latin-1 characters are the shared ones.
    pub(crate) fn from_text(s: &str, nchars: usize) -> Str {
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

    /// A string built by appending to a fresh block with room for `cap` bytes (the text
    /// is written once, not built in a `String` and copied); None when it cannot be
    /// allocated (the caller raises MemoryError).
    pub(crate) fn try_build(cap: usize, f: impl FnOnce(&mut StrBuilder)) -> Option<Str> {
        let mut b = StrBuilder(Heap::try_with_capacity(cap)?);
        f(&mut b);
        Some(b.finish())
    }

    /// As `try_build`, aborting on allocation failure as `String` does.
    pub(crate) fn build(cap: usize, f: impl FnOnce(&mut StrBuilder)) -> Str {
        let mut b = StrBuilder(Heap::with_capacity(cap));
        f(&mut b);
        b.finish()
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
                    _ => Str::new_uncached(s, 2),
                }
            }
            _ => Str::new_uncached(s, s.chars().count()),
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
            Str::new_uncached(c.encode_utf8(&mut [0; 4]), 1)
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// `len(s)`: the number of code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.0.nchars()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.0.nchars() == self.0.len()
    }

    #[inline]
    pub fn ptr_eq(&self, other: &Str) -> bool {
        self.0.ptr_eq(&other.0)
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.0.hash_cell().get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_str(self.as_str());
        self.0.hash_cell().set(h);
        h
    }

    /// The byte offset of code point `i`; `len` (or more) gives the end of the string.
    pub fn byte_offset(&self, i: usize) -> usize {
        let (s, nchars) = (self.as_str(), self.char_len());
        if nchars == s.len() {
            return i.min(s.len());
        }
        if i >= nchars {
            return s.len();
        }
        if nchars <= 2 * INDEX_STEP || s.len() > u32::MAX as usize {
            return nth_char_offset(s, 0, i);
        }
        let index = self.0.index().get_or_init(|| Box::new(build_index(s)));
        match index.get(i / INDEX_STEP) {
            Some(&base) => nth_char_offset(s, base as usize, i % INDEX_STEP),
            None => nth_char_offset(s, 0, i),
        }
    }

    /// The code point at index `i` (0 <= i < len); '\0' past the end.
    #[inline]
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.as_str().as_bytes().get(i).map_or('\0', |&b| b as char);
        }
        let b = self.byte_offset(i);
        self.as_str()
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
                a + nth_char_offset(&self.as_str()[a..], 0, len)
            };
            return Ok(Str::from_text(&self.as_str()[a..b], len));
        }
        let mut out = String::with_capacity(if self.is_ascii() { len } else { len * 2 });
        if self.is_ascii() {
            let bytes = self.as_str().as_bytes();
            let mut i = start as i64;
            for _ in 0..len {
                if let Some(&b) = bytes.get(i as usize) {
                    out.push(b as char);
                }
                i += step;
            }
        } else if step > 0 {
            let from = self.byte_offset(start);
            self.as_str()[from..]
                .chars()
                .step_by(step as usize)
                .take(len)
                .for_each(|c| out.push(c));
        } else {
            // Walk backwards from the start index.
            let end = self.byte_offset(start + 1);
            self.as_str()[..end]
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
        if o.is_empty() {
            return self.clone();
        }
        if self.is_empty() {
            return o.clone();
        }
        let mut h = Heap::with_capacity(self.0.len() + o.0.len());
        h.push(self.as_str(), self.char_len());
        h.push(o.as_str(), o.char_len());
        Str(h)
    }

    /// `a += b`: appends in place when `a` holds the only reference (amortised O(len(b)),
    /// so `s += c` in a loop is linear as in CPython); otherwise the same as `concat`.
    pub fn iadd(&mut self, o: &Str) {
        if o.is_empty() {
            return;
        }
        if !self.0.push(o.as_str(), o.char_len()) {
            *self = self.concat(o);
        }
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
        if (self.char_len() as u128) * (n as u128) > isize::MAX as u128 {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "repeated string is too long",
            ));
        }
        if (self.0.len() as u128) * (n as u128) > isize::MAX as u128 {
            return Err(PyErr::new(ExcKind::MemoryError, vec![]));
        }
        let (text, nchars) = (self.as_str(), self.char_len());
        Str::try_build(text.len() * n as usize, |b| {
            for _ in 0..n {
                b.push(text, nchars);
            }
        })
        .ok_or_else(|| PyErr::new(ExcKind::MemoryError, vec![]))
    }

    /// `sub in s`.
    #[inline]
    pub fn contains(&self, sub: &Str) -> bool {
        self.as_str().contains(sub.as_str())
    }

    /// The code points, as Rust chars.
    #[inline]
    pub fn chars(&self) -> std::str::Chars<'_> {
        self.as_str().chars()
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
        self.as_str().as_bytes().cmp(o.as_str().as_bytes())
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

/// A string under construction (`Str::build`): text appended to an unshared block.
pub(crate) struct StrBuilder(Heap);

impl StrBuilder {
    /// Appends `s`, which has `nchars` code points.
    #[inline]
    pub(crate) fn push(&mut self, s: &str, nchars: usize) {
        // The block is unshared until `finish`, so the append always happens.
        let appended = self.0.push(s, nchars);
        debug_assert!(appended);
    }

    /// The text written so far, to change in place (same length, still UTF-8).
    #[inline]
    pub(crate) fn text_mut(&mut self) -> &mut str {
        // Unshared until `finish`, so the text is always writable.
        self.0.as_mut_str().unwrap_or_default()
    }

    fn finish(self) -> Str {
        let s = Str(self.0);
        // The empty string and Latin-1 characters are the shared ones.
        match s.char_len() {
            0 => Str::empty(),
            1 => match s.chars().next() {
                Some(c) if (c as u32) < 256 => Str::from_char(c),
                _ => s,
            },
            _ => s,
        }
    }
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
        let c = self.s.as_str().get(self.pos..)?.chars().next()?;
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
        if self.ptr_eq(o) {
            return true;
        }
        // Cached hashes that differ prove inequality without reading the text.
        let (h1, h2) = (self.0.hash_cell().get(), o.0.hash_cell().get());
        if h1 != -1 && h2 != -1 && h1 != h2 {
            return false;
        }
        self.as_str() == o.as_str()
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
        self.as_str().hash(state)
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

impl std::fmt::Display for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PyObj for Str {
    #[inline]
    fn totally_ordered(&self) -> bool {
        true
    }
    #[inline]
    fn total_cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
    fn to_value(&self) -> Value {
        Value::Str(self.clone())
    }
    fn type_name(&self) -> &'static str {
        "str"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        repr_str_into(self.as_str(), out);
        Ok(())
    }
    fn py_str(&self, out: &mut String) -> PyResult<()> {
        out.push_str(self.as_str());
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
        Ok(!self.is_empty())
    }
    fn py_is(&self, other: &Self) -> bool {
        // CPython interns identifiers and single characters; equal short strings are
        // usually identical there, and no faithful program depends on the difference.
        self.ptr_eq(other) || (self.char_len() <= 1 && self == other)
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

    proptest::proptest! {
        // Strings built by +=, +, join, * and slicing, some shared while others grow in
        // place: each keeps the text, length and hash a plain String model gives.
        #[test]
        fn ops_match_a_string_model(ops in proptest::collection::vec((0u8..6, 0usize..8, "[a-cé😀]{0,6}"), 1..80)) {
            let mut strs: Vec<(Str, String)> = vec![(Str::empty(), String::new())];
            for (op, k, text) in ops {
                let i = k % strs.len();
                let (s, m) = strs[i].clone();
                let t = Str::from(text.as_str());
                let next = match op {
                    0 => {
                        // In place when unshared: drop the copy taken above first.
                        drop(s);
                        let (mut s, mut m) = strs.swap_remove(i);
                        s.iadd(&t);
                        m.push_str(&text);
                        (s, m)
                    }
                    1 => (s.concat(&t), m.clone() + &text),
                    2 => (t.join(&[s.clone(), s.clone(), t.clone()]), [m.as_str(), m.as_str(), &text].join(&text)),
                    3 => (s.repeat(&Int::from((k % 3) as i64)).unwrap(), m.repeat(k % 3)),
                    4 => {
                        let n = m.chars().count() as i64;
                        let sl = s.slice(Some(n / 3), None, Some(1 + (k as i64 % 2))).unwrap();
                        let want: String = m.chars().skip((n / 3) as usize).step_by(1 + k % 2).collect();
                        (sl, want)
                    }
                    _ => (s.clone(), m.clone()),
                };
                strs.push(next);
                for (s, m) in &strs {
                    proptest::prop_assert_eq!(s.as_str(), m.as_str());
                    proptest::prop_assert_eq!(s.char_len(), m.chars().count());
                    proptest::prop_assert_eq!(s.hash(), Str::new(m).hash());
                }
            }
        }
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
