//! The text codecs of `str.encode` / `bytes.decode`: utf-8, utf-8-sig, utf-16 and utf-32
//! (with and without BOM, either byte order), ascii, latin-1 and cp1252, with the error
//! handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace (encoding) and
//! surrogateescape/surrogatepass. Positions, spans and messages are those of
//! Objects/unicodeobject.c (PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful,
//! charmap_decode/encode, unicode_encode_ucs1) and Python/codecs.c (the handlers).
//!
//! molt's str cannot hold lone surrogates, so a handler that would produce one
//! (surrogateescape or surrogatepass on undecodable bytes) raises NotImplementedError
//! rather than returning something else.

use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::value::Value;

/// cp1252's bytes 0x80..0x9f (Lib/encodings/cp1252.py's decoding table); None is
/// undefined.
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Ascii,
    Latin1,
    Cp1252,
}

/// The codec for an encoding name normalised as `encodings.normalize_encoding` and
/// looked up in `encodings.aliases` does; None if molt does not have it.
pub fn lookup(norm: &str) -> Option<Codec> {
    Some(match norm.replace(' ', "-").as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Codec::Utf8,
        "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
        "utf-16" | "utf16" | "u16" => Codec::Utf16,
        "utf-16-le" | "utf-16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf-16-be" | "utf-16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf-32" | "utf32" | "u32" => Codec::Utf32,
        "utf-32-le" | "utf-32le" | "utf32le" => Codec::Utf32Le,
        "utf-32-be" | "utf-32be" | "utf32be" => Codec::Utf32Be,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "ansi-x3-4-1968" | "iso646-us" => {
            Codec::Ascii
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin"
        | "iso-ir-100" | "csisolatin1" | "iso8859" => Codec::Latin1,
        "cp1252" | "windows-1252" | "1252" => Codec::Cp1252,
        _ => return None,
    })
}

/// Python/codecs.c: the handlers molt knows; others are LookupError when first needed.
fn check_handler(errors: &str, decoding: bool) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape"
        | "surrogatepass" => Ok(()),
        "xmlcharrefreplace" | "namereplace" if decoding => {
            type_error("don't know how to handle UnicodeDecodeError in error callback")
        }
        "xmlcharrefreplace" => Ok(()),
        "namereplace" => Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "molt: the error handler 'namereplace' is not supported",
        )),
        _ => Err(PyErr::msg(
            ExcKind::LookupError,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

fn no_surrogates(errors: &str) -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        format!(
            "molt: the error handler '{errors}' would produce lone surrogates, which molt's str cannot hold"
        ),
    )
}

/// A decoder's output with CPython's error-handler protocol.
struct Dec<'a> {
    b: &'a [u8],
    name: &'static str,
    errors: &'a str,
    out: String,
}

impl Dec<'_> {
    /// Handles the undecodable bytes `b[start..end]`; the decoder resumes at `end`.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        check_handler(self.errors, true)?;
        match self.errors {
            "ignore" => {}
            "replace" => self.out.push('\u{fffd}'),
            "backslashreplace" => {
                for c in &self.b[start..end] {
                    self.out.push_str(&format!("\\x{c:02x}"));
                }
            }
            "surrogateescape" if self.b[start..end].iter().all(|c| *c >= 0x80) => {
                return Err(no_surrogates(self.errors));
            }
            "surrogatepass" if self.name.starts_with("utf") => {
                return Err(no_surrogates(self.errors));
            }
            _ => {
                return Err(PyErr::unicode_error(
                    ExcKind::UnicodeDecodeError,
                    self.name,
                    super::bytes(self.b.to_vec()),
                    start,
                    end,
                    reason,
                ));
            }
        }
        Ok(())
    }
}

/// `b.decode(encoding, errors)` for a codec molt has.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8 => decode_utf8(b, errors),
        Codec::Utf8Sig => decode_utf8(b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b), errors),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let (le, skip) = match codec {
                Codec::Utf16Le => (true, 0),
                Codec::Utf16Be => (false, 0),
                _ if b.starts_with(b"\xff\xfe") => (true, 2),
                _ if b.starts_with(b"\xfe\xff") => (false, 2),
                _ => (true, 0),
            };
            decode_utf16(b, skip, le, errors)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let (le, skip) = match codec {
                Codec::Utf32Le => (true, 0),
                Codec::Utf32Be => (false, 0),
                _ if b.starts_with(b"\xff\xfe\x00\x00") => (true, 4),
                _ if b.starts_with(b"\x00\x00\xfe\xff") => (false, 4),
                _ => (true, 0),
            };
            decode_utf32(b, skip, le, errors)
        }
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Ascii | Codec::Cp1252 => {
            let ascii = codec == Codec::Ascii;
            let mut d = Dec {
                b,
                name: if ascii { "ascii" } else { "charmap" },
                errors,
                out: String::with_capacity(b.len()),
            };
            for (i, &c) in b.iter().enumerate() {
                let ch = match c {
                    0..=0x7f => Some(c as char),
                    _ if ascii => None,
                    0x80..=0x9f => CP1252_HIGH[(c - 0x80) as usize],
                    _ => Some(c as char),
                };
                match ch {
                    Some(ch) => d.out.push(ch),
                    None if ascii => d.error(i, i + 1, "ordinal not in range(128)")?,
                    None => d.error(i, i + 1, "character maps to <undefined>")?,
                }
            }
            Ok(d.out)
        }
    }
}

fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut d = Dec {
        b,
        name: "utf-8",
        errors,
        out: String::with_capacity(b.len()),
    };
    let mut pos = 0;
    while pos < b.len() {
        match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&b[pos..pos + good]) {
                    d.out.push_str(s);
                }
                let start = pos + good;
                // The maximal invalid subpart, as CPython's decoder reports it
                // (Objects/stringlib/codecs.h).
                let (end, reason) = match e.error_len() {
                    None => (b.len(), "unexpected end of data"),
                    Some(n) => {
                        let c = b[start];
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
                d.error(start, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(d.out)
}

fn decode_utf16(b: &[u8], skip: usize, le: bool, errors: &str) -> PyResult<String> {
    let mut d = Dec {
        b,
        name: if le { "utf-16-le" } else { "utf-16-be" },
        errors,
        out: String::with_capacity(b.len() / 2),
    };
    let unit = |i: usize| -> u32 {
        let (x, y) = (b[i] as u32, b[i + 1] as u32);
        if le { x | (y << 8) } else { (x << 8) | y }
    };
    let e = b.len();
    let mut q = skip;
    while q < e {
        if e - q < 2 {
            d.error(q, e, "truncated data")?;
            break;
        }
        let ch = unit(q);
        if !(0xd800..0xe000).contains(&ch) {
            d.out.push(char::from_u32(ch).unwrap_or('\u{fffd}'));
            q += 2;
        } else if ch >= 0xdc00 {
            d.error(q, q + 2, "illegal encoding")?;
            q += 2;
        } else if e - q < 4 {
            d.error(q, e, "unexpected end of data")?;
            break;
        } else {
            let ch2 = unit(q + 2);
            if (0xdc00..0xe000).contains(&ch2) {
                let c = 0x10000 + (((ch - 0xd800) << 10) | (ch2 - 0xdc00));
                d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                q += 4;
            } else {
                d.error(q, q + 2, "illegal UTF-16 surrogate")?;
                q += 2;
            }
        }
    }
    Ok(d.out)
}

fn decode_utf32(b: &[u8], skip: usize, le: bool, errors: &str) -> PyResult<String> {
    let mut d = Dec {
        b,
        name: if le { "utf-32-le" } else { "utf-32-be" },
        errors,
        out: String::with_capacity(b.len() / 4),
    };
    let e = b.len();
    let mut q = skip;
    while q < e {
        if e - q < 4 {
            d.error(q, e, "truncated data")?;
            break;
        }
        let w = [b[q], b[q + 1], b[q + 2], b[q + 3]];
        let ch = if le {
            u32::from_le_bytes(w)
        } else {
            u32::from_be_bytes(w)
        };
        match char::from_u32(ch) {
            Some(c) => d.out.push(c),
            None if ch < 0x110000 => d.error(
                q,
                q + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => d.error(q, q + 4, "code point not in range(0x110000)")?,
        }
        q += 4;
    }
    Ok(d.out)
}

/// cp1252's byte for a character, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    match c as u32 {
        x @ (0..=0x7f | 0xa0..=0xff) => Some(x as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|m| *m == Some(c))
            .map(|i| 0x80 + i as u8),
    }
}

/// `s.encode(encoding, errors)` for a codec molt has.
pub fn encode(s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let units16 = |le: bool, bom: bool| {
        let mut out = Vec::with_capacity(s.len() * 2 + 2);
        if bom {
            out.extend_from_slice(b"\xff\xfe");
        }
        for u in s.encode_utf16() {
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    };
    let units32 = |le: bool, bom: bool| {
        let mut out = Vec::with_capacity(s.len() * 4 + 4);
        if bom {
            out.extend_from_slice(b"\xff\xfe\x00\x00");
        }
        for c in s.chars() {
            let u = c as u32;
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    };
    // A str without lone surrogates encodes in every UTF without an error.
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut out = b"\xef\xbb\xbf".to_vec();
            out.extend_from_slice(s.as_bytes());
            out
        }
        Codec::Utf16 => units16(true, true),
        Codec::Utf16Le => units16(true, false),
        Codec::Utf16Be => units16(false, false),
        Codec::Utf32 => units32(true, true),
        Codec::Utf32Le => units32(true, false),
        Codec::Utf32Be => units32(false, false),
        Codec::Ascii => encode_charmap(s, errors, "ascii", "ordinal not in range(128)", |c| {
            (c.is_ascii()).then_some(c as u8)
        })?,
        Codec::Latin1 => encode_charmap(s, errors, "latin-1", "ordinal not in range(256)", |c| {
            ((c as u32) < 0x100).then_some(c as u32 as u8)
        })?,
        Codec::Cp1252 => encode_charmap(
            s,
            errors,
            "charmap",
            "character maps to <undefined>",
            cp1252_byte,
        )?,
    })
}

/// unicode_encode_ucs1 / charmap_encode: a run of unencodable characters is one error.
fn encode_charmap(
    s: &str,
    errors: &str,
    name: &str,
    reason: &str,
    byte: impl Fn(char) -> Option<u8>,
) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && byte(chars[j]).is_none() {
            j += 1;
        }
        check_handler(errors, false)?;
        let run = &chars[i..j];
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run.len())),
            "backslashreplace" => {
                for c in run {
                    let x = *c as u32;
                    let esc = if x < 0x100 {
                        format!("\\x{x:02x}")
                    } else if x < 0x10000 {
                        format!("\\u{x:04x}")
                    } else {
                        format!("\\U{x:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for c in run {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
            // strict, and the surrogate handlers, which apply only to surrogates (never
            // in a molt str).
            _ => {
                return Err(PyErr::unicode_error(
                    ExcKind::UnicodeEncodeError,
                    name,
                    Value::str(s),
                    i,
                    j,
                    reason,
                ));
            }
        }
        i = j;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(b: &[u8], c: Codec, e: &str) -> String {
        decode(b, c, e).unwrap_or_else(|_| "<err>".into())
    }

    #[test]
    fn utf16_round_trip_and_errors() {
        let s = "a\u{1f600}é";
        let b = encode(s, Codec::Utf16, "strict").unwrap_or_default();
        assert_eq!(&b[..2], b"\xff\xfe");
        assert_eq!(dec(&b, Codec::Utf16, "strict"), s);
        assert_eq!(dec(b"\xfe\xff\x00a", Codec::Utf16, "strict"), "a");
        assert_eq!(
            dec(b"\x00\xd8a\x00", Codec::Utf16Le, "replace"),
            "\u{fffd}a"
        );
        assert_eq!(
            dec(b"\x00\xd8\x00", Codec::Utf16Le, "backslashreplace"),
            "\\x00\\xd8\\x00"
        );
        assert_eq!(dec(b"\x00", Codec::Utf16, "strict"), "<err>");
    }

    #[test]
    fn utf32_and_cp1252() {
        let b = encode("a\u{1f600}", Codec::Utf32Be, "strict").unwrap_or_default();
        assert_eq!(b, b"\x00\x00\x00a\x00\x01\xf6\x00");
        assert_eq!(
            dec(b"\x00\x00\x11\x00", Codec::Utf32Le, "replace"),
            "\u{fffd}"
        );
        assert_eq!(dec(b"\x80\x81a", Codec::Cp1252, "replace"), "€\u{fffd}a");
        assert_eq!(
            encode("a€\u{100}", Codec::Cp1252, "xmlcharrefreplace").unwrap_or_default(),
            b"a\x80&#256;"
        );
        assert!(encode("\u{100}", Codec::Cp1252, "strict").is_err());
    }

    #[test]
    fn handlers() {
        assert_eq!(dec(b"ab\xff", Codec::Utf8, "backslashreplace"), "ab\\xff");
        assert_eq!(dec(b"\xef\xbb\xbfx", Codec::Utf8Sig, "strict"), "x");
        assert_eq!(dec(b"x", Codec::Utf8Sig, "strict"), "x");
        assert_eq!(dec(b"\xff", Codec::Ascii, "xmlcharrefreplace"), "<err>");
        assert_eq!(
            encode("é", Codec::Ascii, "backslashreplace").unwrap_or_default(),
            b"\\xe9"
        );
    }
}
