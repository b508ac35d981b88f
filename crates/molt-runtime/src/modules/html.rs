//! `html`: escape and unescape, as Lib/html/__init__.py 3.11 (unescape follows its
//! `_charref` regex and `_replace_charref`, with HTML5's entity table).

use super::html_entities::{HTML5, INVALID_CHARREFS, INVALID_CODEPOINTS};
use super::stdc_util::{bind, s, unknown};
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::str::Str;
use crate::value::Value;

fn entity(name: &str) -> Option<&'static str> {
    HTML5
        .binary_search_by(|(k, _)| (*k).cmp(name))
        .ok()
        .map(|i| HTML5[i].1)
}

/// `_replace_charref` of a numeric reference's value (saturated: anything past
/// U+10FFFF is the replacement character either way).
fn numeric(num: u64, out: &mut String) {
    if let Ok(n) = u32::try_from(num)
        && let Ok(i) = INVALID_CHARREFS.binary_search_by(|(k, _)| k.cmp(&n))
    {
        out.push(INVALID_CHARREFS[i].1);
        return;
    }
    if (0xD800..=0xDFFF).contains(&num) || num > 0x10FFFF {
        out.push('\u{FFFD}');
        return;
    }
    let n = num as u32;
    if INVALID_CODEPOINTS
        .iter()
        .any(|(lo, hi)| (*lo..=*hi).contains(&n))
    {
        return;
    }
    if let Some(c) = char::from_u32(n) {
        out.push(c);
    }
}

/// Digits of `radix` from `c[i..]`: the end index and the value (saturated).
fn digits(c: &[char], mut i: usize, radix: u32) -> (usize, u64) {
    let mut v: u64 = 0;
    while i < c.len() {
        // `[0-9]` and `[0-9a-fA-F]`: ASCII digits only.
        let Some(d) = c[i].is_ascii().then(|| c[i].to_digit(radix)).flatten() else {
            break;
        };
        v = v.saturating_mul(radix as u64).saturating_add(d as u64);
        i += 1;
    }
    (i, v)
}

pub fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        if c[i] != '&' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        let start = i + 1;
        // `#[0-9]+;?`, then `#[xX][0-9a-fA-F]+;?`, then a name `[^\t\n\f <&#;]{1,32};?`.
        if c.get(start) == Some(&'#') {
            let (end, num, ok) = match c.get(start + 1) {
                Some(d) if d.is_ascii_digit() => {
                    let (e, v) = digits(&c, start + 1, 10);
                    (e, v, true)
                }
                Some('x' | 'X') => {
                    let (e, v) = digits(&c, start + 2, 16);
                    (e, v, e > start + 2)
                }
                _ => (start, 0, false),
            };
            if ok {
                numeric(num, &mut out);
                i = if c.get(end) == Some(&';') {
                    end + 1
                } else {
                    end
                };
                continue;
            }
            out.push('&');
            i += 1;
            continue;
        }
        let mut end = start;
        while end < c.len()
            && end - start < 32
            && !matches!(c[end], '\t' | '\n' | '\x0c' | ' ' | '<' | '&' | '#' | ';')
        {
            end += 1;
        }
        if end == start {
            out.push('&');
            i += 1;
            continue;
        }
        if c.get(end) == Some(&';') {
            end += 1;
        }
        let name: String = c[start..end].iter().collect();
        if let Some(v) = entity(&name) {
            out.push_str(v);
        } else {
            // The longest known prefix of at least two characters, the rest kept as is.
            let chars: Vec<char> = name.chars().collect();
            let mut hit = false;
            for x in (2..chars.len()).rev() {
                let pre: String = chars[..x].iter().collect();
                if let Some(v) = entity(&pre) {
                    out.push_str(v);
                    out.extend(&chars[x..]);
                    hit = true;
                    break;
                }
            }
            if !hit {
                out.push('&');
                out.push_str(&name);
            }
        }
        i = end;
    }
    out
}

pub fn escape(text: &str, quote: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quote => out.push_str("&quot;"),
            '\'' if quote => out.push_str("&#x27;"),
            _ => out.push(ch),
        }
    }
    out
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "escape" => {
            let a = bind("escape", &["s", "quote"], 1, args, kwargs)?;
            let v = a[0].clone().unwrap_or_default();
            let quote = match &a[1] {
                Some(q) => q.try_truthy()?,
                None => true,
            };
            match &v {
                Value::Str(t) => Ok(s(&escape(t.as_str(), quote))),
                // `s.replace(...)` is escape's first use of its argument.
                _ => Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute 'replace'", v.class_name()),
                )),
            }
        }
        "unescape" => {
            let a = bind("unescape", &["s"], 1, args, kwargs)?;
            let v = a[0].clone().unwrap_or_default();
            match &v {
                Value::Str(t) => Ok(s(&unescape(t.as_str()))),
                // `'&' not in s` is unescape's first use of its argument: without one, the
                // argument comes back as it is; with one, `_charref.sub` rejects it.
                _ => {
                    if !v.contains(&s("&"))? {
                        return Ok(v);
                    }
                    Err(PyErr::msg(
                        ExcKind::TypeError,
                        format!(
                            "expected string or bytes-like object, got '{}'",
                            v.class_name()
                        ),
                    ))
                }
            }
        }
        _ => Err(unknown("html", name)),
    }
}
