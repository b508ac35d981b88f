//! `bytes`, as an object type: what struct, hashlib, base64, binary files and `str.encode`
//! return. Immutable; repr, len, indexing (an int), iteration, `in`, `+`, `*`, comparisons,
//! hash equal to CPython's, and the methods decode, hex, startswith, endswith, find, count,
//! upper, lower (Objects/bytesobject.c).

use super::stdc_util::{arity, as_obj, no_kwargs, obj};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value, ValueIter};
use std::any::Any;

pub struct Bytes(pub Vec<u8>);

/// A bytes value.
pub fn bytes(b: Vec<u8>) -> Value {
    obj(Bytes(b))
}

/// The bytes inside a value, when it is a bytes object.
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    as_obj::<Bytes>(v).map(|b| b.0.as_slice())
}

/// `repr(b)` (PyBytes_Repr): single quotes unless the bytes hold a `'` and no `"`.
pub fn repr_bytes(b: &[u8], out: &mut String) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
}

fn norm_encoding(e: &str) -> String {
    e.trim().to_ascii_lowercase().replace('_', "-")
}

/// The codecs molt knows, by CPython's normalised name.
fn codec(enc: &str) -> PyResult<&'static str> {
    Ok(match norm_encoding(enc).as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => {
            "latin-1"
        }
        _ => {
            return Err(PyErr::msg(
                ExcKind::LookupError,
                format!("unknown encoding: {enc}"),
            ));
        }
    })
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "replace" | "ignore" => Ok(()),
        _ => Err(PyErr::msg(
            ExcKind::LookupError,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

fn pos_range(start: usize, end: usize) -> String {
    if end - start == 1 {
        format!("byte 0x{{}} in position {start}")
    } else {
        format!("bytes in position {start}-{}", end - 1)
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<Str> {
    let enc = codec(encoding)?;
    check_errors(errors)?;
    match enc {
        "latin-1" => Ok(Str::from_string(b.iter().map(|&c| c as char).collect())),
        "ascii" => {
            let mut s = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    s.push(c as char);
                } else {
                    match errors {
                        "replace" => s.push('\u{fffd}'),
                        "ignore" => {}
                        _ => {
                            return Err(PyErr::msg(
                                ExcKind::UnicodeDecodeError,
                                format!(
                                    "'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"
                                ),
                            ));
                        }
                    }
                }
            }
            Ok(Str::from_string(s))
        }
        _ => match std::str::from_utf8(b) {
            Ok(s) => Ok(Str::new(s)),
            Err(_) if errors == "replace" => {
                Ok(Str::from_string(String::from_utf8_lossy(b).into_owned()))
            }
            Err(_) if errors == "ignore" => {
                let mut s = String::new();
                for chunk in b.utf8_chunks() {
                    s.push_str(chunk.valid());
                }
                Ok(Str::from_string(s))
            }
            Err(e) => {
                let start = e.valid_up_to();
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let c = b[start];
                        // A byte that cannot start a sequence, else a start byte followed
                        // by a bad continuation (Objects/stringlib/codecs.h).
                        let bad_start = (0x80..=0xc1).contains(&c) || c >= 0xf5;
                        (
                            start + n,
                            if bad_start && n == 1 {
                                "invalid start byte"
                            } else {
                                "invalid continuation byte"
                            },
                        )
                    }
                };
                let what = pos_range(start, end).replace("{}", &format!("{:02x}", b[start]));
                Err(PyErr::msg(
                    ExcKind::UnicodeDecodeError,
                    format!("'utf-8' codec can't decode {what}: {reason}"),
                ))
            }
        },
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = codec(encoding)?;
    check_errors(errors)?;
    let limit: u32 = match enc {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 0x80,
        _ => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "replace" => out.push(b'?'),
            "ignore" => {}
            _ => {
                // CPython reports the whole run of unencodable characters.
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let what = if j - i == 1 {
                    // UnicodeEncodeError.__str__ always escapes the character.
                    let r = match c as u32 {
                        x if x < 0x100 => format!("'\\x{x:02x}'"),
                        x if x < 0x10000 => format!("'\\u{x:04x}'"),
                        x => format!("'\\U{x:08x}'"),
                    };
                    format!("character {r} in position {i}")
                } else {
                    format!("characters in position {i}-{}", j - 1)
                };
                return Err(PyErr::msg(
                    ExcKind::UnicodeEncodeError,
                    format!("'{enc}' codec can't encode {what}: ordinal not in range({limit})"),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(s: &Str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = super::stdc_util::bind(
        "encode",
        &["encoding", "errors"],
        0,
        args.to_vec(),
        kwargs.to_vec(),
    )?;
    let enc = opt_str(&b[0], "encode() argument 'encoding'")?;
    let errors = opt_str(&b[1], "encode() argument 'errors'")?;
    Ok(bytes(encode(
        s.as_str(),
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?))
}

fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(o) => type_error(format!("{what} must be str, not {}", o.class_name())),
    }
}

fn want_bytes<'a>(v: &'a Value, what: &str) -> PyResult<&'a [u8]> {
    as_bytes(v).ok_or_else(|| {
        PyErr::msg(
            ExcKind::TypeError,
            format!("{what}, not {}", v.class_name()),
        )
    })
}

/// `b.hex(sep='', bytes_per_sep=1)` (sep counted from the right, Python/pystrhex.c).
fn hex(b: &[u8], sep: Option<&str>, per: i64) -> PyResult<String> {
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(digits.concat());
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::msg(ExcKind::ValueError, "sep must be length 1."));
    }
    if per == 0 || b.is_empty() {
        return Ok(digits.concat());
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = match digits.len() % n {
            0 => n,
            r => r,
        };
        groups.push(digits[..first].concat());
        for ch in digits[first..].chunks(n) {
            groups.push(ch.concat());
        }
    } else {
        for ch in digits.chunks(n) {
            groups.push(ch.concat());
        }
    }
    Ok(groups.join(sep))
}

fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

/// A needle for find/count/in: bytes or an int in range(256).
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.to_vec());
    }
    match v.as_int() {
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

impl Object for Bytes {
    fn type_name(&self) -> &'static str {
        "bytes"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        repr_bytes(&self.0, out);
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(
            as_bytes(other).is_some_and(|o| o == self.0.as_slice()),
        ))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let Some(o) = as_bytes(other) else {
            return Ok(None);
        };
        let a = self.0.as_slice();
        Ok(Some(match op {
            CmpOp::Lt => a < o,
            CmpOp::Le => a <= o,
            CmpOp::Gt => a > o,
            CmpOp::Ge => a >= o,
        }))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        Ok(crate::hash::hash_bytes(&self.0))
    }
    fn len(&self, _this: &ObjRef) -> PyResult<usize> {
        Ok(self.0.len())
    }
    fn getitem(&self, _this: &ObjRef, key: &Value) -> PyResult<Value> {
        let Some(i) = key.as_int() else {
            return type_error(format!(
                "byte indices must be integers or slices, not {}",
                key.class_name()
            ));
        };
        let n = self.0.len() as i64;
        let j = i.as_i64().map(|x| if x < 0 { x + n } else { x });
        match j {
            Some(j) if (0..n).contains(&j) => Ok(Value::int(self.0[j as usize] as i64)),
            _ => Err(PyErr::msg(ExcKind::IndexError, "index out of range")),
        }
    }
    fn contains(&self, _this: &ObjRef, x: &Value) -> PyResult<Option<bool>> {
        let n = needle(x).map_err(|e| {
            if e.kind() == ExcKind::TypeError {
                PyErr::msg(
                    ExcKind::TypeError,
                    format!("a bytes-like object is required, not '{}'", x.class_name()),
                )
            } else {
                e
            }
        })?;
        Ok(Some(find_sub(&self.0, &n).is_some()))
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<ValueIter> {
        let v: Vec<Value> = self.0.iter().map(|&c| Value::int(c as i64)).collect();
        Ok(ValueIter::Vec(v.into_iter()))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        match op {
            BinOp::Add => {
                let Some(o) = as_bytes(other) else {
                    if reflected {
                        return Ok(None);
                    }
                    return type_error(format!("can't concat {} to bytes", other.class_name()));
                };
                let mut v = if reflected {
                    o.to_vec()
                } else {
                    self.0.clone()
                };
                v.extend_from_slice(if reflected { &self.0 } else { o });
                Ok(Some(bytes(v)))
            }
            BinOp::Mul => match other.as_int() {
                Some(n) => {
                    let n = n.as_i64().unwrap_or(i64::MAX).max(0) as usize;
                    if n.saturating_mul(self.0.len()) > (1usize << 40) {
                        return Err(PyErr::msg(ExcKind::MemoryError, ""));
                    }
                    Ok(Some(bytes(self.0.repeat(n))))
                }
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let b = self.0.as_slice();
        match name {
            "decode" => {
                let a = super::stdc_util::bind("decode", &["encoding", "errors"], 0, args, kwargs)?;
                let enc = opt_str(&a[0], "decode() argument 'encoding'")?;
                let errors = opt_str(&a[1], "decode() argument 'errors'")?;
                Ok(Value::Str(decode(
                    b,
                    enc.as_deref().unwrap_or("utf-8"),
                    errors.as_deref().unwrap_or("strict"),
                )?))
            }
            "hex" => {
                let a = super::stdc_util::bind("hex", &["sep", "bytes_per_sep"], 0, args, kwargs)?;
                let sep = match &a[0] {
                    None => None,
                    Some(Value::Str(s)) => Some(s.as_str().to_string()),
                    Some(v) => match as_bytes(v) {
                        Some(x) => Some(String::from_utf8_lossy(x).into_owned()),
                        None => return type_error("sep must be str or bytes."),
                    },
                };
                let per = match &a[1] {
                    None => 1,
                    Some(v) => super::stdc_util::index_of(v)?.as_i64().unwrap_or(i64::MAX),
                };
                Ok(Value::Str(Str::from_string(hex(b, sep.as_deref(), per)?)))
            }
            "startswith" | "endswith" => {
                no_kwargs(name, &kwargs)?;
                arity(name, &args, 1, 1)?;
                let test = |p: &[u8]| {
                    if name == "startswith" {
                        b.starts_with(p)
                    } else {
                        b.ends_with(p)
                    }
                };
                if let Value::Tuple(t) = &args[0] {
                    for x in t.as_slice() {
                        if test(want_bytes(x, "a bytes-like object is required")?) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    return Ok(Value::Bool(false));
                }
                let p = as_bytes(&args[0]).ok_or_else(|| {
                    PyErr::msg(
                        ExcKind::TypeError,
                        format!(
                            "{name} first arg must be bytes or a tuple of bytes, not {}",
                            args[0].class_name()
                        ),
                    )
                })?;
                Ok(Value::Bool(test(p)))
            }
            "find" | "count" => {
                no_kwargs(name, &kwargs)?;
                arity(name, &args, 1, 1)?;
                let n = needle(&args[0])?;
                if name == "find" {
                    return Ok(Value::int(find_sub(b, &n).map_or(-1, |p| p as i64)));
                }
                if n.is_empty() {
                    return Ok(Value::int(b.len() as i64 + 1));
                }
                let mut count = 0;
                let mut i = 0;
                while i + n.len() <= b.len() {
                    if b[i..i + n.len()] == n[..] {
                        count += 1;
                        i += n.len();
                    } else {
                        i += 1;
                    }
                }
                Ok(Value::int(count))
            }
            "__getslice__" => {
                let bound = |v: &Value| v.as_int().and_then(|i| i.as_i64());
                let (start, stop, step) = (bound(&args[0]), bound(&args[1]), bound(&args[2]));
                let (lo, _, st, n) = crate::slice::indices(start, stop, step, b.len() as i64)?;
                let part: Vec<u8> = (0..n)
                    .filter_map(|k| b.get((lo + k * st) as usize).copied())
                    .collect();
                Ok(bytes(part))
            }
            "upper" | "lower" => {
                no_kwargs(name, &kwargs)?;
                arity(name, &args, 0, 0)?;
                Ok(bytes(if name == "upper" {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'bytes' object has no attribute '{name}'"),
            )),
        }
    }
    fn convert(&self, _this: &ObjRef, _to: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
}

/// A bytes-like argument (bytes only: molt has no bytearray or memoryview).
pub fn arg_bytes<'a>(v: &'a Value, fname: &str) -> PyResult<&'a [u8]> {
    as_bytes(v).ok_or_else(|| {
        PyErr::msg(
            ExcKind::TypeError,
            format!(
                "{fname}a bytes-like object is required, not '{}'",
                v.class_name()
            ),
        )
    })
}

/// An int in range(256) for bytes construction.
pub fn byte_of(i: &Int) -> PyResult<u8> {
    match i.as_i64() {
        Some(x @ 0..=255) => Ok(x as u8),
        _ => Err(PyErr::msg(
            ExcKind::ValueError,
            "bytes must be in range(0, 256)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(b: &[u8]) -> String {
        let mut s = String::new();
        repr_bytes(b, &mut s);
        s
    }

    #[test]
    fn repr_and_decode() {
        assert_eq!(r(b"a'b"), "b\"a'b\"");
        assert_eq!(r(b"a'\"\x00\xff\n"), "b'a\\'\"\\x00\\xff\\n'");
        let e = decode(b"\xff", "utf-8", "strict").err().map(|e| e.to_str());
        assert_eq!(
            e.as_deref(),
            Some("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte")
        );
        let e = decode(b"a\xe2\x82", "utf-8", "strict")
            .err()
            .map(|e| e.to_str());
        assert_eq!(
            e.as_deref(),
            Some("'utf-8' codec can't decode bytes in position 1-2: unexpected end of data")
        );
        assert_eq!(
            hex(b"\x01\x02\x03", Some(":"), 2).ok().as_deref(),
            Some("01:0203")
        );
        assert_eq!(
            hex(b"\x01\x02\x03", Some(":"), -2).ok().as_deref(),
            Some("0102:03")
        );
    }
}
