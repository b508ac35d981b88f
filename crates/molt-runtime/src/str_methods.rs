//! The methods of Python's str with CPython 3.11's semantics and error messages
//! (Objects/unicodeobject.c and Objects/stringlib/*.h). Positions are code point indexes,
//! as in Python; the text is UTF-8, so each method turns them into byte offsets once and
//! then works on bytes, with ASCII fast paths where the two coincide.
//!
//! Conventions: int arguments are `&Int` (Python clamps or converts them as CPython's
//! argument parsing does), optional arguments are `Option<...>` with `None` meaning "not
//! given", and integer results are `Int`, like `List::index`/`List::count`.

use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::str::{Str, try_string};
use crate::unicode::{self, CaseMap};
use crate::value::Value;

/// CPython's ADJUST_INDICES for find/count/startswith: negative start/end count from the
/// end (floored at 0), end is capped at len, start is not capped (`''.find('', 1)` is -1),
/// so the result may have start > end or start > len: an empty window.
fn adjust(start: Option<&Int>, end: Option<&Int>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let start = match start.map(crate::slice::bound) {
        None => 0,
        Some(v) if v < 0 => (v + len).max(0),
        Some(v) => v,
    };
    let end = match end.map(crate::slice::bound) {
        None => len,
        Some(v) if v < 0 => (v + len).max(0),
        Some(v) => v.min(len),
    };
    (start as usize, end as usize)
}

/// A Py_ssize_t argument (width, maxsplit, count): OverflowError when it does not fit.
fn ssize(v: &Int) -> PyResult<i64> {
    v.to_i64_overflow()
}

/// A C int argument (tabsize, chr's argument).
fn c_int(v: &Int) -> PyResult<i32> {
    match v.as_i64().and_then(|v| i32::try_from(v).ok()) {
        Some(v) => Ok(v),
        None => Err(PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )),
    }
}

fn empty_separator<T>() -> PyResult<T> {
    value_error("empty separator")
}

/// The counts a `maxsplit`/`count` argument allows: negative means no limit.
fn limit(v: Option<&Int>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let v = ssize(v)?;
            Ok(if v < 0 { usize::MAX } else { v as usize })
        }
    }
}

impl Str {
    /// The substring between two byte offsets (which must be char boundaries).
    fn sub_bytes(&self, a: usize, b: usize) -> Str {
        let text = self.as_str().get(a..b).unwrap_or("");
        if b.saturating_sub(a) == self.as_str().len() {
            return self.clone();
        }
        if self.is_ascii() {
            Str::from_text(text, text.len())
        } else {
            Str::new(text)
        }
    }

    /// The text between code point indexes `start <= end <= len`.
    fn window(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = if end >= self.char_len() {
            self.as_str().len()
        } else if self.is_ascii() {
            end
        } else {
            a + self
                .as_str()
                .get(a..)
                .and_then(|r| r.char_indices().nth(end - start).map(|(i, _)| i))
                .unwrap_or(self.as_str().len() - a)
        };
        self.as_str().get(a..b).unwrap_or("")
    }

    // ---- searching -------------------------------------------------------------------

    /// `s.find(sub[, start[, end]])`: the lowest index, or -1.
    pub fn find(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> Int {
        Int::from(self.find_impl(sub, start, end, false))
    }

    /// `s.rfind(sub[, start[, end]])`: the highest index, or -1.
    pub fn rfind(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> Int {
        Int::from(self.find_impl(sub, start, end, true))
    }

    /// `s.index(...)`: like find, but ValueError "substring not found".
    pub fn index(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> PyResult<Int> {
        match self.find_impl(sub, start, end, false) {
            -1 => value_error("substring not found"),
            i => Ok(Int::from(i)),
        }
    }

    /// `s.rindex(...)`.
    pub fn rindex(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> PyResult<Int> {
        match self.find_impl(sub, start, end, true) {
            -1 => value_error("substring not found"),
            i => Ok(Int::from(i)),
        }
    }

    fn find_impl(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>, rev: bool) -> i64 {
        let (start, end) = adjust(start, end, self.char_len());
        if end < start || end - start < sub.char_len() {
            return -1;
        }
        if sub.is_empty() {
            return if rev { end as i64 } else { start as i64 };
        }
        let hay = self.window(start, end);
        let found = match (sub.char_len(), rev) {
            (1, false) => sub.chars().next().and_then(|c| hay.find(c)),
            (1, true) => sub.chars().next().and_then(|c| hay.rfind(c)),
            (_, false) => hay.find(sub.as_str()),
            (_, true) => hay.rfind(sub.as_str()),
        };
        match found {
            None => -1,
            Some(p) if self.is_ascii() => (start + p) as i64,
            Some(p) => (start + hay.get(..p).map_or(0, |h| h.chars().count())) as i64,
        }
    }

    /// `s.count(sub[, start[, end]])`: non-overlapping occurrences; `'abc'.count('') == 4`.
    pub fn count(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>) -> Int {
        let (start, end) = adjust(start, end, self.char_len());
        if end < start || end - start < sub.char_len() {
            return Int::from(0i64);
        }
        if sub.is_empty() {
            return Int::from((end - start + 1) as i64);
        }
        let hay = self.window(start, end);
        let n = match sub.char_len() {
            1 => match sub.chars().next() {
                Some(c) if c.is_ascii() => bytecount(hay.as_bytes(), c as u8),
                Some(c) => hay.matches(c).count(),
                None => 0,
            },
            _ => hay.matches(sub.as_str()).count(),
        };
        Int::from(n as i64)
    }

    /// `s.startswith(prefix[, start[, end]])` for one prefix.
    pub fn startswith(&self, prefix: &Str, start: Option<&Int>, end: Option<&Int>) -> bool {
        self.tailmatch(prefix, start, end, false)
    }

    /// `s.startswith((p1, p2, ...)[, start[, end]])`.
    pub fn startswith_any(&self, prefixes: &[Str], start: Option<&Int>, end: Option<&Int>) -> bool {
        prefixes
            .iter()
            .any(|p| self.tailmatch(p, start, end, false))
    }

    /// `s.endswith(suffix[, start[, end]])` for one suffix.
    pub fn endswith(&self, suffix: &Str, start: Option<&Int>, end: Option<&Int>) -> bool {
        self.tailmatch(suffix, start, end, true)
    }

    /// `s.endswith((s1, s2, ...)[, start[, end]])`.
    pub fn endswith_any(&self, suffixes: &[Str], start: Option<&Int>, end: Option<&Int>) -> bool {
        suffixes.iter().any(|p| self.tailmatch(p, start, end, true))
    }

    /// CPython's tailmatch: an empty affix matches only inside a valid window
    /// (`'abc'.startswith('', 5)` is False).
    fn tailmatch(&self, sub: &Str, start: Option<&Int>, end: Option<&Int>, at_end: bool) -> bool {
        let (start, end) = adjust(start, end, self.char_len());
        if end < start || end - start < sub.char_len() {
            return false;
        }
        if start == 0 && end == self.char_len() {
            return if at_end {
                self.as_str().ends_with(sub.as_str())
            } else {
                self.as_str().starts_with(sub.as_str())
            };
        }
        let hay = self.window(start, end);
        if at_end {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    }

    // ---- splitting and joining ---------------------------------------------------------

    /// `s.split(sep=None, maxsplit=-1)` (Objects/stringlib/split.h).
    pub fn split(&self, sep: Option<&Str>, maxsplit: Option<&Int>) -> PyResult<Vec<Str>> {
        let max = limit(maxsplit)?;
        let s = self.as_str();
        let mut out = Vec::new();
        match sep {
            None => {
                let mut i = 0;
                let mut left = max;
                while left > 0 {
                    i += leading_space(&s[i..]);
                    if i == s.len() {
                        break;
                    }
                    let j = i;
                    i += s[i..].find(unicode::is_space).unwrap_or(s.len() - i);
                    out.push(self.sub_bytes(j, i));
                    left -= 1;
                }
                if i < s.len() {
                    i += leading_space(&s[i..]);
                    if i < s.len() {
                        out.push(self.sub_bytes(i, s.len()));
                    }
                }
            }
            Some(sep) if sep.is_empty() => return empty_separator(),
            Some(sep) => {
                let sep = sep.as_str();
                let mut i = 0;
                let mut left = max;
                while left > 0 {
                    let Some(p) = s[i..].find(sep) else { break };
                    out.push(self.sub_bytes(i, i + p));
                    i += p + sep.len();
                    left -= 1;
                }
                out.push(self.sub_bytes(i, s.len()));
            }
        }
        Ok(out)
    }

    /// `s.rsplit(sep=None, maxsplit=-1)`.
    pub fn rsplit(&self, sep: Option<&Str>, maxsplit: Option<&Int>) -> PyResult<Vec<Str>> {
        let max = limit(maxsplit)?;
        let s = self.as_str();
        let mut out = Vec::new();
        match sep {
            None => {
                let mut j = s.len();
                let mut left = max;
                while left > 0 {
                    j -= trailing_space(&s[..j]);
                    if j == 0 {
                        break;
                    }
                    let i = s[..j]
                        .rfind(unicode::is_space)
                        .map_or(0, |p| p + s[p..].chars().next().map_or(1, char::len_utf8));
                    out.push(self.sub_bytes(i, j));
                    j = i;
                    left -= 1;
                }
                if j > 0 {
                    j -= trailing_space(&s[..j]);
                    if j > 0 {
                        out.push(self.sub_bytes(0, j));
                    }
                }
            }
            Some(sep) if sep.is_empty() => return empty_separator(),
            Some(sep) => {
                let sep = sep.as_str();
                let mut j = s.len();
                let mut left = max;
                while left > 0 {
                    let Some(p) = s[..j].rfind(sep) else { break };
                    out.push(self.sub_bytes(p + sep.len(), j));
                    j = p;
                    left -= 1;
                }
                out.push(self.sub_bytes(0, j));
            }
        }
        out.reverse();
        Ok(out)
    }

    /// `s.splitlines(keepends=False)`: breaks at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85,
    /// \u2028, \u2029.
    pub fn splitlines(&self, keepends: bool) -> Vec<Str> {
        let s = self.as_str();
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.len() {
            let j = i;
            let rest = &s[i..];
            let (eol, next) = match rest.char_indices().find(|&(_, c)| unicode::is_linebreak(c)) {
                None => (s.len(), s.len()),
                Some((p, c)) => {
                    let at = i + p;
                    let len = if c == '\r' && s.as_bytes().get(at + 1) == Some(&b'\n') {
                        2
                    } else {
                        c.len_utf8()
                    };
                    (if keepends { at + len } else { at }, at + len)
                }
            };
            out.push(self.sub_bytes(j, eol));
            i = next;
        }
        out
    }

    /// `s.partition(sep)`.
    pub fn partition(&self, sep: &Str) -> PyResult<(Str, Str, Str)> {
        if sep.is_empty() {
            return empty_separator();
        }
        let s = self.as_str();
        Ok(match s.find(sep.as_str()) {
            None => (self.clone(), Str::empty(), Str::empty()),
            Some(p) => (
                self.sub_bytes(0, p),
                sep.clone(),
                self.sub_bytes(p + sep.as_str().len(), s.len()),
            ),
        })
    }

    /// `s.rpartition(sep)`.
    pub fn rpartition(&self, sep: &Str) -> PyResult<(Str, Str, Str)> {
        if sep.is_empty() {
            return empty_separator();
        }
        let s = self.as_str();
        Ok(match s.rfind(sep.as_str()) {
            None => (Str::empty(), Str::empty(), self.clone()),
            Some(p) => (
                self.sub_bytes(0, p),
                sep.clone(),
                self.sub_bytes(p + sep.as_str().len(), s.len()),
            ),
        })
    }

    /// `s.join(items)` for a sequence known to hold strs.
    pub fn join(&self, items: &[Str]) -> Str {
        match items {
            [] => return Str::empty(),
            [one] => return one.clone(),
            _ => {}
        }
        self.join_iter(items.iter())
    }

    /// The join of at least two strings, written once into a block of the exact size.
    fn join_iter<'a>(&self, items: impl Iterator<Item = &'a Str> + Clone) -> Str {
        let (sep, sep_n) = (self.as_str(), self.char_len());
        let (mut bytes, mut count) = (0usize, 0usize);
        for s in items.clone() {
            bytes += s.as_str().len();
            count += 1;
        }
        let bytes = bytes + sep.len() * count.saturating_sub(1);
        Str::build(bytes, |b| {
            for (k, item) in items.enumerate() {
                if k > 0 {
                    b.push(sep, sep_n);
                }
                b.push(item.as_str(), item.char_len());
            }
        })
    }

    /// `s.join(items)` for dynamic items: TypeError for an item that is not a str.
    pub fn join_values(&self, items: &[Value]) -> PyResult<Str> {
        // Plain strs (the common case) are joined from the items themselves, without a
        // vector of clones (a list of many lines would need one more pointer each).
        if items.len() >= 2 && items.iter().all(|v| matches!(v, Value::Str(_))) {
            return Ok(self.join_iter(items.iter().filter_map(|v| match v {
                Value::Str(s) => Some(s),
                _ => None,
            })));
        }
        let mut strs = Vec::with_capacity(items.len());
        for (k, v) in items.iter().enumerate() {
            match v {
                Value::Str(s) => strs.push(s.clone()),
                // An instance of a str subclass, or a member of a str-mixin enum (StrEnum),
                // joins as its value.
                other
                    if let Some(Value::Str(s)) = crate::class::builtin_base::payload(other)
                        .or_else(|| crate::class::enums::mixin_value(other)) =>
                {
                    strs.push(s)
                }
                other => {
                    return type_error(format!(
                        "sequence item {k}: expected str instance, {} found",
                        other.class_name()
                    ));
                }
            }
        }
        Ok(self.join(&strs))
    }

    // ---- stripping and padding -----------------------------------------------------------

    /// `s.strip(chars=None)`.
    pub fn strip(&self, chars: Option<&Str>) -> Str {
        self.strip_impl(chars, true, true)
    }

    /// `s.lstrip(chars=None)`.
    pub fn lstrip(&self, chars: Option<&Str>) -> Str {
        self.strip_impl(chars, true, false)
    }

    /// `s.rstrip(chars=None)`.
    pub fn rstrip(&self, chars: Option<&Str>) -> Str {
        self.strip_impl(chars, false, true)
    }

    fn strip_impl(&self, chars: Option<&Str>, left: bool, right: bool) -> Str {
        let s = self.as_str();
        let set = chars.map(Str::as_str);
        let strip = |c: char| match set {
            None => unicode::is_space(c),
            Some(set) => set.contains(c),
        };
        let a = if left {
            s.find(|c| !strip(c)).unwrap_or(s.len())
        } else {
            0
        };
        let b = if right {
            s[a..]
                .char_indices()
                .rev()
                .find(|&(_, c)| !strip(c))
                .map_or(a, |(p, c)| a + p + c.len_utf8())
        } else {
            s.len()
        };
        self.sub_bytes(a, b)
    }

    /// `s.removeprefix(prefix)`.
    pub fn removeprefix(&self, prefix: &Str) -> Str {
        match self.as_str().strip_prefix(prefix.as_str()) {
            Some(_) if !prefix.is_empty() => {
                self.sub_bytes(prefix.as_str().len(), self.as_str().len())
            }
            _ => self.clone(),
        }
    }

    /// `s.removesuffix(suffix)`.
    pub fn removesuffix(&self, suffix: &Str) -> Str {
        match self.as_str().strip_suffix(suffix.as_str()) {
            Some(rest) if !suffix.is_empty() => self.sub_bytes(0, rest.len()),
            _ => self.clone(),
        }
    }

    fn fill_char(fillchar: Option<&Str>) -> PyResult<char> {
        match fillchar {
            None => Ok(' '),
            Some(f) if f.char_len() == 1 => Ok(f.chars().next().unwrap_or(' ')),
            Some(_) => type_error("The fill character must be exactly one character long"),
        }
    }

    fn pad(&self, left: usize, right: usize, fill: char) -> PyResult<Str> {
        if left == 0 && right == 0 {
            return Ok(self.clone());
        }
        let mut out = try_string(self.as_str().len() + (left + right) * fill.len_utf8())?;
        out.extend(std::iter::repeat_n(fill, left));
        out.push_str(self.as_str());
        out.extend(std::iter::repeat_n(fill, right));
        Ok(Str::from_parts(out, self.char_len() + left + right))
    }

    /// The padding `width` asks for, or None when the string is already wide enough.
    fn margin(&self, width: &Int) -> PyResult<Option<usize>> {
        let width = ssize(width)?;
        let n = self.char_len() as i64;
        if width <= n {
            return Ok(None);
        }
        let marg = (width - n) as usize;
        if marg.checked_mul(4).is_none_or(|b| b > isize::MAX as usize) {
            return Err(PyErr::new(ExcKind::MemoryError, vec![]));
        }
        Ok(Some(marg))
    }

    /// `s.center(width, fillchar=' ')` (CPython puts the odd extra space on the left when
    /// width is odd: `left = marg/2 + (marg & width & 1)`).
    pub fn center(&self, width: &Int, fillchar: Option<&Str>) -> PyResult<Str> {
        let w = ssize(width)?;
        let fill = Str::fill_char(fillchar)?;
        let Some(marg) = self.margin(width)? else {
            return Ok(self.clone());
        };
        let left = marg / 2 + (marg & (w as usize) & 1);
        self.pad(left, marg - left, fill)
    }

    /// `s.ljust(width, fillchar=' ')`.
    pub fn ljust(&self, width: &Int, fillchar: Option<&Str>) -> PyResult<Str> {
        ssize(width)?;
        let fill = Str::fill_char(fillchar)?;
        match self.margin(width)? {
            None => Ok(self.clone()),
            Some(m) => self.pad(0, m, fill),
        }
    }

    /// `s.rjust(width, fillchar=' ')`.
    pub fn rjust(&self, width: &Int, fillchar: Option<&Str>) -> PyResult<Str> {
        ssize(width)?;
        let fill = Str::fill_char(fillchar)?;
        match self.margin(width)? {
            None => Ok(self.clone()),
            Some(m) => self.pad(m, 0, fill),
        }
    }

    /// `s.zfill(width)`: zeros on the left, after a leading sign.
    pub fn zfill(&self, width: &Int) -> PyResult<Str> {
        let Some(marg) = self.margin(width)? else {
            return Ok(self.clone());
        };
        let s = self.as_str();
        let mut out = try_string(s.len() + marg)?;
        let rest = match s.as_bytes().first() {
            Some(&b) if b == b'+' || b == b'-' => {
                out.push(b as char);
                &s[1..]
            }
            _ => s,
        };
        out.extend(std::iter::repeat_n('0', marg));
        out.push_str(rest);
        Ok(Str::from_parts(out, self.char_len() + marg))
    }

    /// `s.expandtabs(tabsize=8)`: the column restarts after \n and \r.
    pub fn expandtabs(&self, tabsize: Option<&Int>) -> PyResult<Str> {
        let tabsize = match tabsize {
            None => 8,
            Some(t) => c_int(t)?,
        };
        if !self.as_str().contains('\t') {
            return Ok(self.clone());
        }
        let mut out = String::with_capacity(self.as_str().len() + 8);
        let mut col: u64 = 0;
        let mut nchars = 0usize;
        for c in self.chars() {
            if c == '\t' {
                if tabsize > 0 {
                    let incr = tabsize as u64 - col % tabsize as u64;
                    col += incr;
                    let incr = usize::try_from(incr).unwrap_or(usize::MAX);
                    if out
                        .len()
                        .checked_add(incr)
                        .is_none_or(|n| n > isize::MAX as usize)
                    {
                        return Err(PyErr::msg(ExcKind::OverflowError, "new string is too long"));
                    }
                    out.try_reserve(incr)
                        .map_err(|_| PyErr::new(ExcKind::MemoryError, vec![]))?;
                    out.extend(std::iter::repeat_n(' ', incr));
                    nchars += incr;
                }
            } else {
                col += 1;
                out.push(c);
                nchars += 1;
                if c == '\n' || c == '\r' {
                    col = 0;
                }
            }
        }
        Ok(Str::from_parts(out, nchars))
    }

    // ---- replacing and translating ---------------------------------------------------

    /// `s.replace(old, new, count=-1)`: an empty `old` inserts `new` around every character.
    pub fn replace(&self, old: &Str, new: &Str, count: Option<&Int>) -> PyResult<Str> {
        let max = limit(count)?;
        if max == 0 {
            return Ok(self.clone());
        }
        let s = self.as_str();
        if old.is_empty() {
            let n = max.min(self.char_len() + 1);
            let mut out = String::with_capacity(s.len() + n * new.as_str().len());
            let mut done = 0;
            let mut rest = s;
            while done < n {
                out.push_str(new.as_str());
                done += 1;
                let Some(c) = rest.chars().next() else { break };
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
            out.push_str(rest);
            return Ok(Str::from_parts(out, self.char_len() + n * new.char_len()));
        }
        let mut out = String::with_capacity(s.len());
        let mut last = 0;
        let mut n = 0usize;
        for (p, _) in s.match_indices(old.as_str()).take(max) {
            out.push_str(&s[last..p]);
            out.push_str(new.as_str());
            last = p + old.as_str().len();
            n += 1;
        }
        if n == 0 {
            return Ok(self.clone());
        }
        out.push_str(&s[last..]);
        let nchars = self.char_len() + n * new.char_len() - n * old.char_len();
        Ok(Str::from_parts(out, nchars))
    }

    /// `s.translate(table)` with the table as a lookup from code point to mapped value:
    /// `Ok(None)` for a missing key (LookupError: the character stays), else the value:
    /// None deletes, an int is a code point, a str is inserted.
    pub fn translate_with(
        &self,
        mut lookup: impl FnMut(u32) -> PyResult<Option<Value>>,
    ) -> PyResult<Str> {
        let mut out = String::with_capacity(self.as_str().len());
        let mut rest = self.as_str();
        if self.is_ascii() {
            // CPython's unicode_fast_translate: an ASCII string looks each distinct
            // character up once, remembering mappings to one ASCII character (or to
            // nothing); the first other result ends the fast loop, and the slow loop
            // below goes on from that character (looking it up again, as CPython does).
            const UNKNOWN: u8 = 0xff;
            const DELETE: u8 = 0xfe;
            let mut cache = [UNKNOWN; 128];
            let bytes = rest.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                let c = bytes[i];
                let mut m = cache[c as usize];
                if m == UNKNOWN {
                    let fast = match lookup(c as u32)? {
                        None => Some(c),
                        Some(Value::None) => Some(DELETE),
                        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
                            match v.as_int().and_then(|i| i.as_i64()) {
                                Some(i @ 0..128) => Some(i as u8),
                                Some(0x80..0x110000) => None,
                                // CPython's lookup itself raises for these.
                                _ => {
                                    return value_error(
                                        "character mapping must be in range(0x110000)",
                                    );
                                }
                            }
                        }
                        Some(Value::Str(s)) if s.as_str().len() == 1 => {
                            Some(s.as_str().as_bytes()[0])
                        }
                        Some(_) => None,
                    };
                    let Some(f) = fast else { break };
                    cache[c as usize] = f;
                    m = f;
                }
                if m != DELETE {
                    out.push(m as char);
                }
                i += 1;
            }
            // Every byte before i is a whole (ASCII) character.
            rest = &rest[i..];
        }
        for c in rest.chars() {
            match lookup(c as u32)? {
                None => out.push(c),
                Some(Value::None) => {}
                Some(Value::Str(s)) => out.push_str(s.as_str()),
                Some(v @ (Value::Int(_) | Value::Bool(_))) => {
                    let m = v
                        .as_int()
                        .and_then(|i| i.as_i64())
                        .and_then(|i| u32::try_from(i).ok())
                        .filter(|&i| i < 0x110000);
                    let Some(m) = m else {
                        return value_error("character mapping must be in range(0x110000)");
                    };
                    match char::from_u32(m) {
                        Some(m) => out.push(m),
                        None => return Err(surrogate_error(m)),
                    }
                }
                Some(_) => return type_error("character mapping must return integer, None or str"),
            }
        }
        Ok(Str::from_string(out))
    }

    /// `s.translate(table)` for a dict table (what `str.maketrans` returns).
    pub fn translate(&self, table: &Dict<Value, Value>) -> PyResult<Str> {
        self.translate_with(|cp| table.get(&Value::Int(Int::from(cp as i64))))
    }

    // ---- case ---------------------------------------------------------------------------

    /// `s.upper()` (full mappings: 'ß'.upper() == 'SS').
    pub fn upper(&self) -> Str {
        if self.is_ascii() {
            return self.map_ascii(str::make_ascii_uppercase);
        }
        self.map_chars(|_, c, out| unicode::to_upper_full(c).push_to(out))
    }

    /// `s.lower()`, with the final-sigma rule ('ΟΔΟΣ'.lower() == 'οδος').
    pub fn lower(&self) -> Str {
        if self.is_ascii() {
            return self.map_ascii(str::make_ascii_lowercase);
        }
        let s = self.as_str();
        self.map_chars(|p, c, out| lower_at(s, p, c).push_to(out))
    }

    /// The ASCII string mapped by `f` (which keeps it ASCII), written once.
    fn map_ascii(&self, f: fn(&mut str)) -> Str {
        Str::build(self.as_str().len(), |b| {
            b.push(self.as_str(), self.char_len());
            f(b.text_mut());
        })
    }

    /// `s.casefold()`.
    pub fn casefold(&self) -> Str {
        if self.is_ascii() {
            return self.map_ascii(str::make_ascii_lowercase);
        }
        self.map_chars(|_, c, out| unicode::case_fold_full(c).push_to(out))
    }

    /// `s.capitalize()`: since 3.8 the first character goes to title case, the rest to lower.
    pub fn capitalize(&self) -> Str {
        let s = self.as_str();
        self.map_chars(|p, c, out| {
            if p == 0 {
                unicode::to_title_full(c).push_to(out)
            } else {
                lower_at(s, p, c).push_to(out)
            }
        })
    }

    /// `s.title()`: title case after an uncased character, lower case after a cased one.
    pub fn title(&self) -> Str {
        let s = self.as_str();
        let mut prev_cased = false;
        self.map_chars(|p, c, out| {
            if prev_cased {
                lower_at(s, p, c).push_to(out)
            } else {
                unicode::to_title_full(c).push_to(out)
            }
            prev_cased = unicode::is_cased(c);
        })
    }

    /// `s.swapcase()`.
    pub fn swapcase(&self) -> Str {
        let s = self.as_str();
        self.map_chars(|p, c, out| {
            if unicode::is_upper(c) {
                lower_at(s, p, c).push_to(out)
            } else if unicode::is_lower(c) {
                unicode::to_upper_full(c).push_to(out)
            } else {
                out.push(c)
            }
        })
    }

    fn map_chars(&self, mut f: impl FnMut(usize, char, &mut String)) -> Str {
        let mut out = String::with_capacity(self.as_str().len());
        for (p, c) in self.as_str().char_indices() {
            f(p, c, &mut out);
        }
        Str::from_string(out)
    }

    // ---- predicates ---------------------------------------------------------------------

    fn all_nonempty(&self, ascii: impl Fn(u8) -> bool, f: impl Fn(char) -> bool) -> bool {
        if self.is_ascii() {
            !self.is_empty() && self.as_str().bytes().all(ascii)
        } else {
            self.chars().all(f)
        }
    }

    /// `s.isalpha()`.
    pub fn isalpha(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_alphabetic(), unicode::is_alpha)
    }

    /// `s.isalnum()`.
    pub fn isalnum(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_alphanumeric(), unicode::is_alnum)
    }

    /// `s.isdecimal()`.
    pub fn isdecimal(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_digit(), unicode::is_decimal)
    }

    /// `s.isdigit()` ('١٢٣' and '²' are digits).
    pub fn isdigit(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_digit(), unicode::is_digit)
    }

    /// `s.isnumeric()` ('½' and '五' are numeric).
    pub fn isnumeric(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_digit(), unicode::is_numeric)
    }

    /// `s.isspace()`.
    pub fn isspace(&self) -> bool {
        self.all_nonempty(|b| unicode::is_space(b as char), unicode::is_space)
    }

    /// `s.isprintable()` (True for the empty string).
    pub fn isprintable(&self) -> bool {
        self.chars().all(unicode::is_printable)
    }

    /// `s.isascii()`.
    #[inline]
    pub fn isascii(&self) -> bool {
        self.is_ascii()
    }

    /// `s.isupper()`: some cased character, and no lowercase or titlecase one.
    pub fn isupper(&self) -> bool {
        let mut cased = false;
        for c in self.chars() {
            if unicode::is_lower(c) || unicode::is_title(c) {
                return false;
            }
            cased |= unicode::is_upper(c);
        }
        cased
    }

    /// `s.islower()`.
    pub fn islower(&self) -> bool {
        let mut cased = false;
        for c in self.chars() {
            if unicode::is_upper(c) || unicode::is_title(c) {
                return false;
            }
            cased |= unicode::is_lower(c);
        }
        cased
    }

    /// `s.istitle()`: uppercase/titlecase characters only after uncased ones, lowercase
    /// only after cased ones, and at least one cased character.
    pub fn istitle(&self) -> bool {
        let (mut cased, mut prev_cased) = (false, false);
        for c in self.chars() {
            if unicode::is_upper(c) || unicode::is_title(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if unicode::is_lower(c) {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    }

    /// `s.isidentifier()`: XID_Start or '_' first, XID_Continue after.
    pub fn isidentifier(&self) -> bool {
        let mut it = self.chars();
        match it.next() {
            Some(c) if c == '_' || unicode::is_xid_start(c) => it.all(unicode::is_xid_continue),
            _ => false,
        }
    }

    // ---- other ----------------------------------------------------------------------------

    /// `s.encode(encoding='utf-8', errors='strict')` for UTF-8, ASCII and Latin-1, with the
    /// strict, ignore, replace, backslashreplace and xmlcharrefreplace handlers.
    pub fn encode(&self, encoding: Option<&Str>, errors: Option<&Str>) -> PyResult<Vec<u8>> {
        let enc = match encoding {
            None => Encoding::Utf8,
            Some(e) => Encoding::lookup(e.as_str())?,
        };
        let limit = match enc {
            Encoding::Utf8 => return Ok(self.as_str().as_bytes().to_vec()),
            Encoding::Ascii => 0x80,
            Encoding::Latin1 => 0x100,
        };
        if self.is_ascii() {
            return Ok(self.as_str().as_bytes().to_vec());
        }
        let errors = errors.map_or("strict", Str::as_str);
        let chars: Vec<char> = self.chars().collect();
        let mut out = Vec::with_capacity(chars.len());
        let mut i = 0;
        while let Some(&c) = chars.get(i) {
            if (c as u32) < limit {
                out.push(c as u32 as u8);
                i += 1;
                continue;
            }
            // The run of characters the codec cannot encode, reported or replaced as one.
            let end = chars[i..]
                .iter()
                .position(|&c| (c as u32) < limit)
                .map_or(chars.len(), |p| i + p);
            match errors {
                "strict" => {
                    return Err(PyErr::unicode_error(
                        ExcKind::UnicodeEncodeError,
                        enc.name(),
                        Value::Str(self.clone()),
                        i,
                        end,
                        &format!("ordinal not in range({limit})"),
                    ));
                }
                "ignore" => {}
                "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
                "backslashreplace" => {
                    let mut e = String::new();
                    chars[i..end]
                        .iter()
                        .for_each(|&c| crate::str::push_escape(c, &mut e));
                    out.extend_from_slice(e.as_bytes());
                }
                "xmlcharrefreplace" => {
                    for &c in &chars[i..end] {
                        out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                    }
                }
                other => {
                    return Err(PyErr::msg(
                        ExcKind::LookupError,
                        format!("unknown error handler name '{other}'"),
                    ));
                }
            }
            i = end;
        }
        Ok(out)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }

    /// The codec registry's lookup: lower case, runs of punctuation and spaces as '_', then
    /// the aliases of Lib/encodings/aliases.py for the three codecs molt implements.
    fn lookup(name: &str) -> PyResult<Encoding> {
        let mut norm = String::with_capacity(name.len());
        let mut pending = false;
        for c in name.chars() {
            if c.is_alphanumeric() || c == '.' {
                if pending && !norm.is_empty() {
                    norm.push('_');
                }
                pending = false;
                if c.is_ascii() {
                    norm.push(c.to_ascii_lowercase());
                }
            } else {
                pending = true;
            }
        }
        match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
                Ok(Encoding::Utf8)
            }
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
            | "us_ascii" => Ok(Encoding::Ascii),
            "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
            | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
                Ok(Encoding::Latin1)
            }
            _ if KNOWN_CODECS.contains(&norm.as_str()) => Err(PyErr::msg(
                ExcKind::NotImplementedError,
                format!(
                    "molt: the '{name}' codec is not supported (only utf-8, ascii and latin-1)"
                ),
            )),
            _ => Err(PyErr::msg(
                ExcKind::LookupError,
                format!("unknown encoding: {name}"),
            )),
        }
    }
}

/// Codecs CPython has that molt does not implement: asking for one is an honest error,
/// not the LookupError CPython would never raise.
const KNOWN_CODECS: &[&str] = &[
    "utf_16",
    "utf16",
    "utf_16_le",
    "utf_16le",
    "utf_16_be",
    "utf_16be",
    "utf_32",
    "utf32",
    "utf_32_le",
    "utf_32le",
    "utf_32_be",
    "utf_32be",
    "utf_7",
    "utf7",
    "utf_8_sig",
    "cp1252",
    "windows_1252",
    "cp1251",
    "windows_1251",
    "cp1250",
    "cp437",
    "cp850",
    "iso8859_15",
    "latin9",
    "iso8859_2",
    "latin2",
    "koi8_r",
    "koi8_u",
    "mac_roman",
    "macroman",
    "shift_jis",
    "sjis",
    "euc_jp",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "euc_kr",
    "cp949",
    "idna",
    "punycode",
    "unicode_escape",
    "raw_unicode_escape",
    "charmap",
    "rot_13",
    "hex",
    "base64",
];

/// The lowercase of the character at byte `p` of `s` (final sigma looks at its context).
#[inline]
fn lower_at(s: &str, p: usize, c: char) -> CaseMap {
    if c == '\u{3a3}' {
        let before = s.get(..p).unwrap_or("");
        let after = s.get(p + c.len_utf8()..).unwrap_or("");
        return unicode::lower_in_context(c, before, after);
    }
    unicode::to_lower_full(c)
}

fn leading_space(s: &str) -> usize {
    s.find(|c| !unicode::is_space(c)).unwrap_or(s.len())
}

fn trailing_space(s: &str) -> usize {
    s.len() - s.trim_end_matches(unicode::is_space).len()
}

fn bytecount(h: &[u8], b: u8) -> usize {
    h.iter().filter(|&&x| x == b).count()
}

fn surrogate_error(cp: u32) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!("molt: code point 0x{cp:x} is a lone surrogate, which molt's str cannot hold"),
    )
}

/// `ord(s)`.
pub fn ord(s: &Str) -> PyResult<Int> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(Int::from(c as u32 as i64)),
        _ => type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        )),
    }
}

/// `chr(i)`. A surrogate code point (0xD800-0xDFFF), which CPython returns as a lone
/// surrogate, cannot be a Rust char: molt raises NotImplementedError rather than guess.
pub fn chr(i: &Int) -> PyResult<Str> {
    let v = c_int(i)?;
    if !(0..0x110000).contains(&v) {
        return value_error("chr() arg not in range(0x110000)");
    }
    match char::from_u32(v as u32) {
        Some(c) => Ok(Str::from_char(c)),
        None => Err(surrogate_error(v as u32)),
    }
}

/// `str.maketrans(x, y)`: maps each character of `x` to the one at the same place in `y`.
pub fn maketrans2(x: &Str, y: &Str) -> PyResult<Dict<Value, Value>> {
    maketrans3(x, y, &Str::empty())
}

/// `str.maketrans(x, y, z)`: as maketrans2, and the characters of `z` map to None.
pub fn maketrans3(x: &Str, y: &Str, z: &Str) -> PyResult<Dict<Value, Value>> {
    if x.char_len() != y.char_len() {
        return value_error("the first two maketrans arguments must have equal length");
    }
    let d = Dict::new();
    let ord_value = |c: char| Value::Int(Int::from(c as u32 as i64));
    for (a, b) in x.chars().zip(y.chars()) {
        d.setitem(ord_value(a), ord_value(b))?;
    }
    for c in z.chars() {
        d.setitem(ord_value(c), Value::None)?;
    }
    Ok(d)
}

/// `str.maketrans(x)` with one argument, which must be a dict: str keys of length 1 become
/// their code points, int keys stay, values are kept.
pub fn maketrans1(x: &Value) -> PyResult<Dict<Value, Value>> {
    let Value::Dict(src) = x else {
        return type_error("if you give only one argument to maketrans it must be a dict");
    };
    let d = Dict::new();
    for (k, v) in src.items_vec() {
        let key = match &k {
            Value::Str(s) if s.char_len() == 1 => Value::Int(ord(s)?),
            Value::Str(_) => {
                return value_error("string keys in translate table must be of length 1");
            }
            // bool keys stay bools: str.maketrans({True: 1}) == {True: 1}.
            Value::Int(_) | Value::Bool(_) => k.clone(),
            _ => return type_error("keys in translate table must be strings or integers"),
        };
        d.setitem(key, v)?;
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Str {
        Str::from(x)
    }

    fn strs(v: &[Str]) -> Vec<&str> {
        v.iter().map(Str::as_str).collect()
    }

    #[test]
    fn basics() {
        assert_eq!(
            s("abc").find(&s(""), Some(&Int::from(5i64)), None).as_i64(),
            Some(-1)
        );
        assert_eq!(s("abc").count(&s(""), None, None).as_i64(), Some(4));
        assert_eq!(
            strs(&s("  a  b  ").split(None, Some(&Int::from(1i64))).unwrap()),
            ["a", "b  "]
        );
        assert_eq!(
            strs(&s("  a  b  ").rsplit(None, Some(&Int::from(1i64))).unwrap()),
            ["  a", "b"]
        );
        assert_eq!(s("ß").upper().as_str(), "SS");
        assert_eq!(s("ΟΔΟΣ ΟΔΟΣ").lower().as_str(), "οδος οδος");
        assert_eq!(
            s("abc").replace(&s(""), &s("-"), None).unwrap().as_str(),
            "-a-b-c-"
        );
        assert_eq!(s("-42").zfill(&Int::from(6i64)).unwrap().as_str(), "-00042");
        assert!(s("١٢٣").isdigit());
        assert!(s("abc").center(&Int::from(5i64), Some(&s("ab"))).is_err());
        assert!(chr(&Int::from(0xd800i64)).is_err());
        assert_eq!(ord(&s("€")).unwrap().as_i64(), Some(0x20ac));
    }

    use proptest::prelude::*;

    /// Strings over an alphabet that exercises every width of UTF-8, whitespace of several
    /// kinds, line breaks, final-sigma contexts and multi-character case mappings.
    fn text() -> impl Strategy<Value = String> {
        let alphabet: Vec<char> = "aAbB ,\t\n\r\u{85}\u{a0}\u{2028}\u{3000}éÉßΣσςΑ\u{301}ǅİ日😀1١²"
            .chars()
            .collect();
        proptest::collection::vec(proptest::sample::select(alphabet), 0..24)
            .prop_map(|v| v.into_iter().collect())
    }

    /// Python's slice of a char vector, computed the plain way.
    fn model_slice(v: &[char], a: Option<i64>, b: Option<i64>, step: i64) -> String {
        let n = v.len() as i64;
        let norm = |x: i64, lo: i64, hi: i64| {
            let x = if x < 0 { x + n } else { x };
            x.clamp(lo, hi)
        };
        let mut out = String::new();
        if step > 0 {
            let (mut i, stop) = (norm(a.unwrap_or(0), 0, n), norm(b.unwrap_or(n), 0, n));
            while i < stop {
                out.push(v[i as usize]);
                i += step;
            }
        } else {
            let mut i = a.map_or(n - 1, |a| norm(a, -1, n - 1));
            let stop = b.map_or(-1, |b| norm(b, -1, n - 1));
            while i > stop {
                out.push(v[i as usize]);
                i += step;
            }
        }
        out
    }

    proptest! {
        #[test]
        fn split_join_round_trip(t in text(), sep in prop::sample::select(vec![",", " ", "a", "Σ", "ab", "😀", "\r\n"])) {
            let s = Str::from(t.as_str());
            let sep = Str::from(sep);
            let parts = s.split(Some(&sep), None).unwrap();
            prop_assert_eq!(sep.join(&parts).as_str().to_string(), t.as_str());
            let rparts = s.rsplit(Some(&sep), None).unwrap();
            prop_assert_eq!(strs(&parts), strs(&rparts));
            for p in &parts {
                prop_assert_eq!(p.char_len(), p.as_str().chars().count());
            }
        }

        #[test]
        fn whitespace_split_model(t in text(), n in -1i64..4) {
            let s = Str::from(t.as_str());
            let all = s.split(None, None).unwrap();
            let model: Vec<String> = t
                .split(unicode::is_space)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect();
            prop_assert_eq!(strs(&all), model.iter().map(String::as_str).collect::<Vec<_>>());
            let lim = s.split(None, Some(&Int::from(n))).unwrap();
            if n >= 0 {
                prop_assert!(lim.len() <= n as usize + 1);
            }
            let rlim = s.rsplit(None, Some(&Int::from(n))).unwrap();
            prop_assert_eq!(lim.len(), rlim.len());
        }

        #[test]
        fn strip_is_idempotent(t in text()) {
            let s = Str::from(t.as_str());
            let once = s.strip(None);
            prop_assert_eq!(once.strip(None).as_str().to_string(), once.as_str());
            prop_assert_eq!(once.as_str(), t.trim_matches(unicode::is_space));
            let set = Str::from("aΣ ");
            let once = s.strip(Some(&set));
            prop_assert_eq!(once.strip(Some(&set)).as_str().to_string(), once.as_str());
        }

        #[test]
        fn slicing_matches_char_vector(t in text(), a in prop::option::of(-30i64..30), b in prop::option::of(-30i64..30), step in prop::sample::select(vec![1i64, 2, 3, -1, -2, -5])) {
            let s = Str::from(t.as_str());
            let v: Vec<char> = t.chars().collect();
            let got = s.slice(a, b, Some(step)).unwrap();
            prop_assert_eq!(got.as_str(), model_slice(&v, a, b, step));
            prop_assert_eq!(got.char_len(), got.as_str().chars().count());
            for (i, &c) in v.iter().enumerate() {
                prop_assert_eq!(s.char_at(i), c);
            }
        }

        #[test]
        fn find_matches_model(t in text(), sub in text().prop_map(|s| s.chars().take(2).collect::<String>())) {
            let s = Str::from(t.as_str());
            let sub_s = Str::from(sub.as_str());
            let v: Vec<char> = t.chars().collect();
            let w: Vec<char> = sub.chars().collect();
            let model = (0..=v.len()).find(|&i| v[i..].starts_with(&w)).map_or(-1, |i| i as i64);
            prop_assert_eq!(s.find(&sub_s, None, None).as_i64(), Some(model));
            let rmodel = (0..=v.len()).rev().find(|&i| v[i..].starts_with(&w)).map_or(-1, |i| i as i64);
            prop_assert_eq!(s.rfind(&sub_s, None, None).as_i64(), Some(rmodel));
        }

        #[test]
        fn case_maps_are_per_character(t in text()) {
            let s = Str::from(t.as_str());
            let mut up = String::new();
            t.chars().for_each(|c| unicode::to_upper_full(c).push_to(&mut up));
            prop_assert_eq!(s.upper().as_str().to_string(), up.as_str());
            let mut fold = String::new();
            t.chars().for_each(|c| unicode::case_fold_full(c).push_to(&mut fold));
            prop_assert_eq!(s.casefold().as_str().to_string(), fold.as_str());
            if !t.contains('Σ') {
                let mut low = String::new();
                t.chars().for_each(|c| unicode::to_lower_full(c).push_to(&mut low));
                prop_assert_eq!(s.lower().as_str().to_string(), low.as_str());
            }
        }

        #[test]
        fn iadd_equals_concat(parts in proptest::collection::vec(text(), 0..6)) {
            let mut acc = Str::empty();
            let mut model = String::new();
            for p in &parts {
                let before = acc.clone();
                let ps = Str::from(p.as_str());
                let joined = before.concat(&ps);
                acc.iadd(&ps);
                model.push_str(p);
                prop_assert_eq!(acc.as_str(), joined.as_str());
                prop_assert_eq!(acc.char_len(), model.chars().count());
            }
            prop_assert_eq!(acc.as_str(), model.as_str());
        }
    }
}
