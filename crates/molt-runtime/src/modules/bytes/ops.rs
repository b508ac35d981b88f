//! The methods bytes and bytearray share (Objects/bytes_methods.c, Objects/stringlib/*),
//! over a byte slice; results are built in the receiver's type (`Kind`).

use super::{Kind, buffer, decode, hex, opt_str};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::modules::stdc_util::{arity, bind, index_of, no_kwargs};
use crate::str::Str;
use crate::value::Value;

/// The public methods bytes and bytearray share (`b.upper` as a value is bound to them).
pub const METHODS: &[&str] = &[
    "capitalize",
    "center",
    "count",
    "decode",
    "endswith",
    "expandtabs",
    "find",
    "fromhex",
    "hex",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "islower",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
];

/// Py_ISSPACE: the ASCII whitespace bytes.
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// ADJUST_INDICES (Objects/stringlib/fastsearch.h): clamps start/end to the slice.
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// A start/end argument of find and friends (_PyEval_SliceIndex): None, or an index.
fn slice_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_index()? {
            Some(i) => Ok(Some(crate::slice::bound(&i))),
            None => {
                type_error("slice indices must be integers or None or have an __index__ method")
            }
        },
    }
}

/// A bytes-like argument, else CPython's buffer-protocol TypeError.
pub fn want_buffer(v: &Value) -> PyResult<Vec<u8>> {
    buffer(v).ok_or_else(|| {
        PyErr::msg(
            ExcKind::TypeError,
            format!("a bytes-like object is required, not '{}'", v.class_name()),
        )
    })
}

/// The needle of find/count/index/`in`: a bytes-like object or an int in range(256).
pub fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    match v.as_index()? {
        Some(i) => match i.as_i64() {
            Some(x @ 0..=255) => Ok(vec![x as u8]),
            _ => Err(PyErr::msg(
                ExcKind::ValueError,
                "byte must be in range(0, 256)",
            )),
        },
        None => type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.class_name()
        )),
    }
}

/// First position of `n` in `h`.
pub fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w == n)
}

/// Last position of `n` in `h`.
pub fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

/// Non-overlapping occurrences of a non-empty `n`, at most `max`.
pub fn count_sub(h: &[u8], n: &[u8], max: usize) -> usize {
    if n.is_empty() {
        return (h.len() + 1).min(max);
    }
    let mut count = 0;
    let mut i = 0;
    while count < max && i + n.len() <= h.len() {
        if &h[i..i + n.len()] == n {
            count += 1;
            i += n.len();
        } else {
            i += 1;
        }
    }
    count
}

/// `sub, start, end` of find/rfind/index/rindex/count (stringlib_parse_args_finds).
fn finds_args(
    kind: Kind,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    no_kwargs(&format!("{}.{name}", kind.name()), kwargs)?;
    match args.len() {
        0 => type_error(format!("{name}() takes at least 1 argument (0 given)")),
        1..=3 => Ok((
            needle(&args[0])?,
            slice_index(args.get(1))?,
            slice_index(args.get(2))?,
        )),
        n => type_error(format!("{name}() takes at most 3 arguments ({n} given)")),
    }
}

/// Position of the needle in b[start:end] (find_internal, Objects/bytes_methods.c).
fn find_in(b: &[u8], n: &[u8], start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (s, e) = adjust(start, end, b.len());
    if e - s < n.len() as i64 {
        return -1;
    }
    let (s, e) = (s as usize, e as usize);
    let hay = &b[s..e];
    let at = if rev {
        rfind_sub(hay, n)
    } else {
        find_sub(hay, n)
    };
    at.map_or(-1, |p| (p + s) as i64)
}

/// _Py_bytes_tailmatch's `tailmatch`: does b[start:end] start (end) with `p`.
fn tailmatch(b: &[u8], p: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = b.len() as i64;
    let slen = p.len() as i64;
    let (mut s, e) = adjust(start, end, b.len());
    if !at_end {
        if s > len - slen {
            return false;
        }
    } else {
        if e - s < slen || s > len {
            return false;
        }
        if e - slen > s {
            s = e - slen;
        }
    }
    if e - s < slen {
        return false;
    }
    let s = s as usize;
    b.get(s..s + p.len()) == Some(p)
}

/// A `fillchar` argument: a bytes-like object of length 1 (the `c` converter).
fn fill_byte(name: &str, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v else { return Ok(b' ') };
    match buffer(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            v.class_name()
        )),
    }
}

/// An index-sized int argument (PyNumber_AsSsize_t with OverflowError).
fn ssize(v: &Value) -> PyResult<i64> {
    let i = index_of(v)?;
    i.as_i64().ok_or_else(|| {
        PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// center/ljust/rjust padding (stringlib/transmogrify.h `pad`).
fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    out
}

/// `split()` on runs of whitespace (stringlib/split.h `split_whitespace`).
pub fn split_whitespace(b: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let n = b.len();
    let mut i = 0;
    let mut splits = 0;
    while i < n {
        while i < n && is_space(b[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if splits == max {
            // The rest, with trailing whitespace kept... except that CPython strips it only
            // from the end of the string when the count ran out (it does not).
            out.push(b[i..].to_vec());
            return out;
        }
        let j = i;
        while i < n && !is_space(b[i]) {
            i += 1;
        }
        out.push(b[j..i].to_vec());
        splits += 1;
    }
    out
}

/// `rsplit()` on runs of whitespace (`rsplit_whitespace`).
pub fn rsplit_whitespace(b: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = b.len();
    let mut splits = 0;
    while i > 0 {
        while i > 0 && is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        if splits == max {
            out.push(b[..i].to_vec());
            break;
        }
        let j = i;
        while i > 0 && !is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(b[i..j].to_vec());
        splits += 1;
    }
    out.reverse();
    out
}

/// `split(sep)` with a non-empty separator.
pub fn split_sep(b: &[u8], sep: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while out.len() < max && i + sep.len() <= b.len() {
        if &b[i..i + sep.len()] == sep {
            out.push(b[start..i].to_vec());
            i += sep.len();
            start = i;
        } else {
            i += 1;
        }
    }
    out.push(b[start..].to_vec());
    out
}

/// `rsplit(sep)` with a non-empty separator.
pub fn rsplit_sep(b: &[u8], sep: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut end = b.len();
    let mut i = b.len();
    while out.len() < max && i >= sep.len() {
        if &b[i - sep.len()..i] == sep {
            out.push(b[i..end].to_vec());
            i -= sep.len();
            end = i;
        } else {
            i -= 1;
        }
    }
    out.push(b[..end].to_vec());
    out.reverse();
    out
}

/// `splitlines(keepends)`: \n, \r and \r\n end lines (stringlib/split.h).
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let j = i;
        while i < n && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if b[i] == b'\r' && i + 1 < n && b[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(b[j..eol].to_vec());
    }
    out
}

/// `strip`/`lstrip`/`rstrip` of the bytes in `chars` (default: ASCII whitespace).
pub fn strip(b: &[u8], chars: Option<&[u8]>, left: bool, right: bool) -> Vec<u8> {
    let strip_it = |c: u8| match chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && strip_it(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(b[e - 1]) {
            e -= 1;
        }
    }
    b[s..e].to_vec()
}

/// `replace(old, new, count)` (stringlib/transmogrify.h semantics).
pub fn replace(b: &[u8], old: &[u8], new: &[u8], max: Option<usize>) -> Vec<u8> {
    let max = max.unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // `new` goes before every byte and at the end, `max` times at most.
        let mut done = 0;
        for &c in b {
            if done < max {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
        }
        if done < max {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut done = 0;
    let mut i = 0;
    while i < b.len() {
        if done < max && b[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            done += 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// `expandtabs(tabsize)` (stringlib/transmogrify.h).
pub fn expandtabs(b: &[u8], tab: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        if c == b'\t' {
            if tab > 0 {
                let n = tab - col % tab;
                col += n;
                out.extend(std::iter::repeat_n(b' ', n as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    out
}

/// `title()` over ASCII (Objects/bytes_methods.c `_Py_bytes_title`).
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                let r = if prev_cased {
                    c
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = true;
                r
            } else if c.is_ascii_uppercase() {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                prev_cased = true;
                r
            } else {
                prev_cased = false;
                c
            }
        })
        .collect()
}

/// `istitle()` (`_Py_bytes_istitle`).
pub fn istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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

/// `zfill(width)`: zeros after a leading sign.
pub fn zfill(b: &[u8], width: i64) -> Vec<u8> {
    if width <= b.len() as i64 {
        return b.to_vec();
    }
    let fill = width as usize - b.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(b);
    if let Some(&c) = b.first()
        && (c == b'+' || c == b'-')
    {
        out[0] = c;
        out[fill] = b'0';
    }
    out
}

/// `bytes.fromhex(string)` (_PyBytes_FromHex): pairs of hex digits, ASCII whitespace
/// allowed between pairs; the error names the first bad position.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let cs: Vec<char> = s.chars().collect();
    let digit = |i: usize| cs.get(i).and_then(|c| c.to_digit(16));
    let bad = |i: usize| {
        PyErr::msg(
            ExcKind::ValueError,
            format!("non-hexadecimal number found in fromhex() arg at position {i}"),
        )
    };
    let mut out = Vec::with_capacity(cs.len() / 2);
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii() && is_space(cs[i] as u8) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| bad(i))?;
        let lo = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.maketrans(frm, to)`.
pub fn maketrans(args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Vec<u8>> {
    no_kwargs("maketrans", kwargs)?;
    arity("maketrans", args, 2, 2)?;
    let (f, t) = (want_buffer(&args[0])?, want_buffer(&args[1])?);
    if f.len() != t.len() {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in f.iter().zip(&t) {
        table[*a as usize] = *b;
    }
    Ok(table)
}

fn list_of(kind: Kind, parts: Vec<Vec<u8>>) -> Value {
    Value::List(crate::list::List::from_vec(
        parts.into_iter().map(|p| kind.make(p)).collect(),
    ))
}

fn maxsplit(v: &Option<Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = ssize(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

/// The methods that read bytes or a bytearray: the result, or None when `name` is not one.
pub fn read_method(
    kind: Kind,
    b: &[u8],
    name: &str,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
) -> PyResult<Option<Value>> {
    let qual = |n: &str| format!("{}.{n}", kind.name());
    Ok(Some(match name {
        "decode" => {
            let a = bind("decode", &["encoding", "errors"], 0, args, kwargs)?;
            let enc = opt_str(&a[0], "decode() argument 'encoding'")?;
            let errors = opt_str(&a[1], "decode() argument 'errors'")?;
            Value::Str(decode(
                b,
                enc.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?)
        }
        "hex" => {
            let a = bind("hex", &["sep", "bytes_per_sep"], 0, args, kwargs)?;
            // _Py_strhex_impl: the length first, then the type.
            let sep = match &a[0] {
                None => None,
                Some(v) => {
                    if v.len()? != 1 {
                        return Err(PyErr::msg(ExcKind::ValueError, "sep must be length 1."));
                    }
                    match v {
                        Value::Str(s) if s.as_str().is_ascii() => Some(s.as_str().to_string()),
                        Value::Str(_) => {
                            return Err(PyErr::msg(ExcKind::ValueError, "sep must be ASCII."));
                        }
                        v => match super::as_bytes(v) {
                            Some(x) => Some(String::from_utf8_lossy(x).into_owned()),
                            None => return type_error("sep must be str or bytes."),
                        },
                    }
                }
            };
            let per = match &a[1] {
                None => 1,
                Some(v) => ssize(v)?,
            };
            Value::Str(Str::from_string(hex(b, sep.as_deref(), per)?))
        }
        "find" | "rfind" | "index" | "rindex" => {
            let (n, s, e) = finds_args(kind, name, &args, &kwargs)?;
            let r = find_in(b, &n, s, e, name.starts_with('r'));
            if r < 0 && name.ends_with("index") {
                return Err(PyErr::msg(ExcKind::ValueError, "subsection not found"));
            }
            Value::int(r)
        }
        "count" => {
            let (n, s, e) = finds_args(kind, name, &args, &kwargs)?;
            let (s, e) = adjust(s, e, b.len());
            if e - s < n.len() as i64 {
                return Ok(Some(Value::int(0)));
            }
            Value::int(count_sub(&b[s as usize..e as usize], &n, usize::MAX) as i64)
        }
        "startswith" | "endswith" => {
            no_kwargs(&qual(name), &kwargs)?;
            if args.is_empty() {
                return type_error(format!("{name}() takes at least 1 argument (0 given)"));
            }
            if args.len() > 3 {
                return type_error(format!(
                    "{name}() takes at most 3 arguments ({} given)",
                    args.len()
                ));
            }
            let (s, e) = (slice_index(args.get(1))?, slice_index(args.get(2))?);
            let at_end = name == "endswith";
            if let Value::Tuple(t) = &args[0] {
                for x in t.as_slice() {
                    if tailmatch(b, &want_buffer(x)?, s, e, at_end) {
                        return Ok(Some(Value::Bool(true)));
                    }
                }
                return Ok(Some(Value::Bool(false)));
            }
            let p = buffer(&args[0]).ok_or_else(|| {
                PyErr::msg(
                    ExcKind::TypeError,
                    format!(
                        "{name} first arg must be bytes or a tuple of bytes, not {}",
                        args[0].class_name()
                    ),
                )
            })?;
            Value::Bool(tailmatch(b, &p, s, e, at_end))
        }
        "upper" | "lower" | "swapcase" | "title" | "capitalize" | "isalnum" | "isalpha"
        | "isascii" | "isdigit" | "islower" | "isspace" | "istitle" | "isupper" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(&qual(name), &args, 0, 0)?;
            let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
            let cased = |up: bool| {
                b.iter().any(|c| c.is_ascii_alphabetic())
                    && !b.iter().any(|c| {
                        if up {
                            c.is_ascii_lowercase()
                        } else {
                            c.is_ascii_uppercase()
                        }
                    })
            };
            match name {
                "upper" => kind.make(b.to_ascii_uppercase()),
                "lower" => kind.make(b.to_ascii_lowercase()),
                "swapcase" => kind.make(
                    b.iter()
                        .map(|&c| {
                            if c.is_ascii_lowercase() {
                                c.to_ascii_uppercase()
                            } else {
                                c.to_ascii_lowercase()
                            }
                        })
                        .collect(),
                ),
                "title" => kind.make(title(b)),
                "capitalize" => {
                    let mut v = b.to_ascii_lowercase();
                    if let Some(c) = v.first_mut() {
                        *c = c.to_ascii_uppercase();
                    }
                    kind.make(v)
                }
                "isalnum" => Value::Bool(all(u8::is_ascii_alphanumeric)),
                "isalpha" => Value::Bool(all(u8::is_ascii_alphabetic)),
                "isascii" => Value::Bool(b.is_ascii()),
                "isdigit" => Value::Bool(all(u8::is_ascii_digit)),
                "isspace" => Value::Bool(all(|c| is_space(*c))),
                "islower" => Value::Bool(cased(false)),
                "isupper" => Value::Bool(cased(true)),
                _ => Value::Bool(istitle(b)),
            }
        }
        "center" | "ljust" | "rjust" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 1, 2)?;
            let width = ssize(&args[0])?;
            let fill = fill_byte(name, args.get(1))?;
            if width <= b.len() as i64 {
                return Ok(Some(kind.make(b.to_vec())));
            }
            let marg = width as usize - b.len();
            let (l, r) = match name {
                "ljust" => (0, marg),
                "rjust" => (marg, 0),
                _ => {
                    let l = marg / 2 + (marg & width as usize & 1);
                    (l, marg - l)
                }
            };
            kind.make(pad(b, l, r, fill))
        }
        "zfill" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 1, 1)?;
            kind.make(zfill(b, ssize(&args[0])?))
        }
        "expandtabs" => {
            let a = bind("expandtabs", &["tabsize"], 0, args, kwargs)?;
            let tab = match &a[0] {
                None => 8,
                Some(v) => ssize(v)?,
            };
            kind.make(expandtabs(b, tab))
        }
        "strip" | "lstrip" | "rstrip" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 0, 1)?;
            let chars = match args.first() {
                None | Some(Value::None) => None,
                Some(v) => Some(want_buffer(v)?),
            };
            kind.make(strip(
                b,
                chars.as_deref(),
                name != "rstrip",
                name != "lstrip",
            ))
        }
        "split" | "rsplit" => {
            let a = bind(name, &["sep", "maxsplit"], 0, args, kwargs)?;
            let max = maxsplit(&a[1])?;
            let rev = name == "rsplit";
            let parts = match &a[0] {
                None | Some(Value::None) => {
                    if rev {
                        rsplit_whitespace(b, max)
                    } else {
                        split_whitespace(b, max)
                    }
                }
                Some(v) => {
                    let sep = want_buffer(v)?;
                    if sep.is_empty() {
                        return Err(PyErr::msg(ExcKind::ValueError, "empty separator"));
                    }
                    if rev {
                        rsplit_sep(b, &sep, max)
                    } else {
                        split_sep(b, &sep, max)
                    }
                }
            };
            list_of(kind, parts)
        }
        "splitlines" => {
            let a = bind("splitlines", &["keepends"], 0, args, kwargs)?;
            let keep = match &a[0] {
                None => false,
                Some(v) => v.try_truthy()?,
            };
            list_of(kind, splitlines(b, keep))
        }
        "partition" | "rpartition" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 1, 1)?;
            let sep = want_buffer(&args[0])?;
            if sep.is_empty() {
                return Err(PyErr::msg(ExcKind::ValueError, "empty separator"));
            }
            let at = if name == "partition" {
                find_sub(b, &sep)
            } else {
                rfind_sub(b, &sep)
            };
            let parts = match at {
                Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
                None if name == "partition" => [b.to_vec(), vec![], vec![]],
                None => [vec![], vec![], b.to_vec()],
            };
            crate::modules::stdc_util::tuple(parts.into_iter().map(|p| kind.make(p)).collect())
        }
        "replace" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 2, 3)?;
            let old = want_buffer(&args[0])?;
            let new = want_buffer(&args[1])?;
            let max = match args.get(2) {
                None => None,
                Some(v) => {
                    let n = ssize(v)?;
                    if n < 0 { None } else { Some(n as usize) }
                }
            };
            kind.make(replace(b, &old, &new, max))
        }
        "removeprefix" | "removesuffix" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 1, 1)?;
            let p = want_buffer(&args[0])?;
            let out = if name == "removeprefix" {
                b.strip_prefix(p.as_slice()).unwrap_or(b)
            } else {
                b.strip_suffix(p.as_slice()).unwrap_or(b)
            };
            kind.make(out.to_vec())
        }
        "join" => {
            no_kwargs(&qual(name), &kwargs)?;
            arity(name, &args, 1, 1)?;
            let mut it = args[0].iter().map_err(|e| {
                if e.kind() == ExcKind::TypeError {
                    PyErr::msg(ExcKind::TypeError, "can only join an iterable")
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            let mut i = 0;
            while let Some(x) = it.next()? {
                let Some(part) = buffer(&x) else {
                    return type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        x.class_name()
                    ));
                };
                if i > 0 {
                    out.extend_from_slice(b);
                }
                out.extend_from_slice(&part);
                i += 1;
            }
            kind.make(out)
        }
        "translate" => {
            let a = bind("translate", &["table", "delete"], 1, args, kwargs)?;
            let table = match &a[0] {
                None | Some(Value::None) => None,
                Some(v) => {
                    let t = want_buffer(v)?;
                    if t.len() != 256 {
                        return Err(PyErr::msg(
                            ExcKind::ValueError,
                            "translation table must be 256 characters long",
                        ));
                    }
                    Some(t)
                }
            };
            let delete = match &a[1] {
                None => vec![],
                Some(v) => want_buffer(v)?,
            };
            kind.make(
                b.iter()
                    .filter(|c| !delete.contains(c))
                    .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
                    .collect(),
            )
        }
        "fromhex" => return Ok(Some(fromhex_value(kind, &args, &kwargs)?)),
        "maketrans" => super::bytes(maketrans(&args, &kwargs)?),
        _ => return Ok(None),
    }))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`.
pub fn fromhex_value(kind: Kind, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("fromhex", kwargs)?;
    arity("fromhex", args, 1, 1)?;
    let Value::Str(s) = &args[0] else {
        return type_error(format!(
            "fromhex() argument must be str, not {}",
            args[0].class_name()
        ));
    };
    Ok(kind.make(fromhex(s.as_str())?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn v(parts: Vec<Vec<u8>>) -> Vec<String> {
        parts
            .into_iter()
            .map(|p| String::from_utf8_lossy(&p).into_owned())
            .collect()
    }

    #[test]
    fn split_rules() {
        assert_eq!(
            v(split_whitespace(b"  a b  c ", usize::MAX)),
            ["a", "b", "c"]
        );
        assert_eq!(v(split_whitespace(b"  a b  c ", 1)), ["a", "b  c "]);
        assert_eq!(v(rsplit_whitespace(b"  a b  c ", 1)), ["  a b", "c"]);
        assert_eq!(v(split_sep(b"a,,b", b",", usize::MAX)), ["a", "", "b"]);
        assert_eq!(v(rsplit_sep(b"a,b,c", b",", 1)), ["a,b", "c"]);
        assert_eq!(v(splitlines(b"a\r\nb\rc\n", true)), ["a\r\n", "b\r", "c\n"]);
        assert_eq!(v(splitlines(b"a\r\nb\rc\n", false)), ["a", "b", "c"]);
        assert_eq!(strip(b" \x0bab\x0c ", None, true, true), b"ab");
        assert_eq!(strip(b"xxaxx", Some(b"x"), false, true), b"xxa");
        assert_eq!(replace(b"abc", b"", b"-", Some(2)), b"-a-bc");
        assert_eq!(zfill(b"-1", 5), b"-0001");
        assert_eq!(title(b"hello wORLD 1a"), b"Hello World 1A");
        assert!(istitle(b"Ab Cd") && !istitle(b"AB"));
    }

    #[test]
    fn fromhex_positions() {
        assert_eq!(fromhex(" 0a 1b  ").ok(), Some(vec![0x0a, 0x1b]));
        let e = |s: &str| fromhex(s).err().map(|e| e.to_str());
        assert_eq!(
            e("0a1").as_deref(),
            Some("non-hexadecimal number found in fromhex() arg at position 3")
        );
        assert_eq!(
            e("0 a").as_deref(),
            Some("non-hexadecimal number found in fromhex() arg at position 1")
        );
    }

    proptest! {
        // split(sep) then join(sep) gives back the bytes; maxsplit bounds the parts.
        #[test]
        fn split_join_roundtrip(b in proptest::collection::vec(0u8..4, 0..20),
                                max in 0usize..5) {
            let sep = [1u8];
            let parts = split_sep(&b, &sep, max);
            prop_assert!(parts.len() <= max + 1);
            prop_assert_eq!(parts.join(&sep[..]), b.clone());
            let rparts = rsplit_sep(&b, &sep, max);
            prop_assert_eq!(rparts.join(&sep[..]), b.clone());
        }

        // Whitespace split never yields empty parts or parts with whitespace (unbounded).
        #[test]
        fn split_whitespace_parts(b in proptest::collection::vec(prop_oneof![Just(b' '), Just(b'\t'), Just(b'a'), Just(b'b')], 0..20)) {
            for p in split_whitespace(&b, usize::MAX) {
                prop_assert!(!p.is_empty() && !p.iter().any(|c| is_space(*c)));
            }
            prop_assert_eq!(split_whitespace(&b, usize::MAX), rsplit_whitespace(&b, usize::MAX));
        }

        // strip removes exactly the leading and trailing run.
        #[test]
        fn strip_is_trim(b in proptest::collection::vec(prop_oneof![Just(b' '), Just(b'\n'), Just(b'a')], 0..20)) {
            let s = strip(&b, None, true, true);
            prop_assert_eq!(s.as_slice(), b.trim_ascii());
        }
    }
}
