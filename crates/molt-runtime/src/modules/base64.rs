//! `base64`: b64encode/b64decode (altchars, validate), standard_ and urlsafe_ variants,
//! b16encode/b16decode (Lib/base64.py over Modules/binascii.c of CPython 3.11). Errors are
//! `binascii.Error` (`ExcKind::BinasciiError`, a ValueError subclass).

use super::bytes::bytes;
use super::stdc_util::{bind, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::str::Str;
use crate::value::Value;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn berr(msg: impl Into<String>) -> PyErr {
    PyErr::msg(ExcKind::BinasciiError, msg)
}

/// `_bytes_from_decode_data`: bytes, or a str of ASCII characters.
fn decode_data(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) => {
            if s.as_str().is_ascii() {
                Ok(s.as_str().as_bytes().to_vec())
            } else {
                value_error("string argument should contain only ASCII characters")
            }
        }
        _ => match super::bytes::any_buffer(v) {
            Some(b) => Ok(b),
            None => type_error(format!(
                "argument should be a bytes-like object or ASCII string, not '{}'",
                v.class_name()
            )),
        },
    }
}

/// binascii's own bytes-like argument.
fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    super::bytes::arg_bytes(v, "")
}

pub fn encode(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len().div_ceil(3) * 4);
    for ch in b.chunks(3) {
        let n = ch.len();
        let x = (ch[0] as u32) << 16
            | (*ch.get(1).unwrap_or(&0) as u32) << 8
            | *ch.get(2).unwrap_or(&0) as u32;
        out.push(ALPHABET[(x >> 18) as usize & 63]);
        out.push(ALPHABET[(x >> 12) as usize & 63]);
        out.push(if n > 1 {
            ALPHABET[(x >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if n > 2 {
            ALPHABET[x as usize & 63]
        } else {
            b'='
        });
    }
    out
}

fn table(c: u8) -> Option<u8> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u8)
}

/// binascii.a2b_base64(data, strict_mode).
pub fn decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return Err(berr("Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad_pos, mut leftchar, mut pads) = (0u8, 0u8, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos as usize + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(berr("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = table(c) else {
            if strict {
                return Err(berr("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(berr("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(berr(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(berr("Incorrect padding")),
    }
}

fn translate(b: &mut [u8], from: &[u8], to: &[u8]) {
    for c in b.iter_mut() {
        if let Some(p) = from.iter().position(|f| f == c) {
            *c = to[p];
        }
    }
}

fn altchars(v: &Option<Value>, decoding: bool) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(a) => {
            let b = if decoding {
                decode_data(a)?
            } else {
                buffer(a)?.to_vec()
            };
            if b.len() != 2 {
                let mut r = String::new();
                crate::obj::PyObj::py_repr(a, &mut r)?;
                return Err(PyErr::msg(ExcKind::AssertionError, r));
            }
            Ok(Some(b))
        }
    }
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "b64encode" => {
            let a = bind("b64encode", &["s", "altchars"], 1, args, kwargs)?;
            let mut out = encode(&buffer(a[0].as_ref().unwrap_or(&Value::None))?);
            if let Some(alt) = altchars(&a[1], false)? {
                translate(&mut out, b"+/", &alt);
            }
            Ok(bytes(out))
        }
        "b64decode" => {
            let a = bind("b64decode", &["s", "altchars", "validate"], 1, args, kwargs)?;
            let mut data = decode_data(a[0].as_ref().unwrap_or(&Value::None))?;
            if let Some(alt) = altchars(&a[1], true)? {
                translate(&mut data, &alt, b"+/");
            }
            let strict = match &a[2] {
                Some(v) => v.try_truthy()?,
                None => false,
            };
            Ok(bytes(decode(&data, strict)?))
        }
        "standard_b64encode" | "urlsafe_b64encode" => {
            let a = bind(name, &["s"], 1, args, kwargs)?;
            let mut out = encode(&buffer(a[0].as_ref().unwrap_or(&Value::None))?);
            if name.starts_with("urlsafe") {
                translate(&mut out, b"+/", b"-_");
            }
            Ok(bytes(out))
        }
        "standard_b64decode" | "urlsafe_b64decode" => {
            let a = bind(name, &["s"], 1, args, kwargs)?;
            let mut data = decode_data(a[0].as_ref().unwrap_or(&Value::None))?;
            if name.starts_with("urlsafe") {
                translate(&mut data, b"-_", b"+/");
            }
            Ok(bytes(decode(&data, false)?))
        }
        "b16encode" => {
            let a = bind("b16encode", &["s"], 1, args, kwargs)?;
            let b = buffer(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(bytes(
                b.iter()
                    .flat_map(|c| format!("{c:02X}").into_bytes())
                    .collect(),
            ))
        }
        "b16decode" => {
            let a = bind("b16decode", &["s", "casefold"], 1, args, kwargs)?;
            let mut data = decode_data(a[0].as_ref().unwrap_or(&Value::None))?;
            if let Some(c) = &a[1]
                && c.try_truthy()?
            {
                data.make_ascii_uppercase();
            }
            if data
                .iter()
                .any(|c| !(c.is_ascii_digit() || (b'A'..=b'F').contains(c)))
            {
                return Err(berr("Non-base16 digit found"));
            }
            if data.len() % 2 == 1 {
                return Err(berr("Odd-length string"));
            }
            let hexval = |c: u8| {
                if c.is_ascii_digit() {
                    c - b'0'
                } else {
                    c - b'A' + 10
                }
            };
            Ok(bytes(
                data.chunks(2)
                    .map(|p| hexval(p[0]) << 4 | hexval(p[1]))
                    .collect(),
            ))
        }
        _ => Err(unknown("base64", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    Err(unknown("base64", name))
}
