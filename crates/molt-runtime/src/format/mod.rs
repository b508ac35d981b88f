//! Python's text formatting: format specs (`format(x, spec)`, f-strings, str.format) and
//! %-formatting, ported from CPython 3.11's Python/formatter_unicode.c,
//! Python/pystrtod.c, Objects/stringlib/unicode_format.h and Objects/unicodeobject.c so
//! that the text and the error messages are CPython's to the character.
//!
//! Each entry point has an `_into` twin that appends to a caller's buffer, for f-strings and
//! hot loops.

pub mod number;
pub mod percent;
pub mod spec;
pub mod strfmt;

#[cfg(test)]
mod tests;

use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::int::Int;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

pub use percent::{bytes_percent_format, percent_format, percent_format_into};
pub use spec::{Grouping, Spec, parse as parse_spec};
pub use strfmt::str_format_into;

fn unknown_type(ty: char, type_name: &str) -> PyErr {
    PyErr::msg(
        ExcKind::ValueError,
        format!(
            "Unknown format code '{}' for object of type '{type_name}'",
            spec::type_char_text(ty)
        ),
    )
}

/// `format(v, spec)` for an int.
pub fn format_int(v: &Int, spec: &str) -> PyResult<String> {
    let mut out = String::new();
    format_int_into(v, spec, &mut out)?;
    Ok(out)
}

/// `format(v, spec)` for an int, appended to `out`.
pub fn format_int_into(v: &Int, spec: &str, out: &mut String) -> PyResult<()> {
    format_int_named(v, spec, "int", out)
}

/// int.__format__ for an int or a bool (`type_name` appears in the messages).
fn format_int_named(v: &Int, spec: &str, type_name: &str, out: &mut String) -> PyResult<()> {
    if spec.is_empty() {
        return v.write_decimal(out);
    }
    let s = spec::parse(spec, 'd', type_name)?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => number::format_int_spec(out, v, &s),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => number::format_float_spec(out, v.to_f64()?, &s),
        t => Err(unknown_type(t, type_name)),
    }
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, spec: &str) -> PyResult<String> {
    let mut out = String::new();
    format_float_into(v, spec, &mut out)?;
    Ok(out)
}

/// `format(v, spec)` for a float, appended to `out`.
pub fn format_float_into(v: f64, spec: &str, out: &mut String) -> PyResult<()> {
    if spec.is_empty() {
        crate::float::repr_into(v, out);
        return Ok(());
    }
    if let Some(p) = simple_fixed_precision(spec)
        && v.is_finite()
    {
        // `.2f` in a hot loop: std's fixed notation is CPython's for finite values.
        use std::fmt::Write;
        let _ = write!(out, "{v:.p$}");
        return Ok(());
    }
    let s = spec::parse(spec, '\0', "float")?;
    match s.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {
            number::format_float_spec(out, v, &s)
        }
        t => Err(unknown_type(t, "float")),
    }
}

/// The precision of a spec that is exactly `.<digits>f` (at most three digits).
#[inline]
fn simple_fixed_precision(spec: &str) -> Option<usize> {
    let b = spec.as_bytes();
    if b.len() < 3 || b.len() > 5 || b[0] != b'.' || b[b.len() - 1] != b'f' {
        return None;
    }
    let mut p = 0;
    for &d in &b[1..b.len() - 1] {
        if !d.is_ascii_digit() {
            return None;
        }
        p = p * 10 + (d - b'0') as usize;
    }
    Some(p)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    let mut out = String::new();
    format_str_into(s, spec, &mut out)?;
    Ok(out)
}

/// `format(s, spec)` for a str, appended to `out` (format_string_internal).
pub fn format_str_into(s: &str, spec: &str, out: &mut String) -> PyResult<()> {
    if spec.is_empty() {
        out.push_str(s);
        return Ok(());
    }
    let f = spec::parse(spec, 's', "str")?;
    format_str_checks(&f)?;
    let align = f.align_or('<');
    // Widths and precisions count code points.
    let nchars = s.chars().count();
    let (text, len) = match f.precision {
        Some(p) if p < nchars => match s.char_indices().nth(p) {
            Some((end, _)) => (&s[..end], p),
            None => (s, nchars),
        },
        _ => (s, nchars),
    };
    let total = f.width.unwrap_or(0).max(len);
    let pad = total - len;
    let lpad = match align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    number::reserve(
        out,
        text.len()
            .saturating_add(pad.saturating_mul(f.fill.len_utf8())),
    )?;
    out.extend(std::iter::repeat_n(f.fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(f.fill, pad - lpad));
    Ok(())
}

/// The type-level checks of format_string_internal.
fn format_str_checks(f: &Spec) -> PyResult<()> {
    if f.ty != 's' {
        return Err(unknown_type(f.ty, "str"));
    }
    match f.sign {
        Some(' ') => return value_error("Space not allowed in string format specifier"),
        Some(_) => return value_error("Sign not allowed in string format specifier"),
        None => {}
    }
    if f.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if f.alternate {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if f.align_or('<') == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    Ok(())
}

/// `format(v, spec)` for any value.
pub fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    let mut out = String::new();
    format_value_into(v, spec, &mut out)?;
    Ok(out)
}

/// `format(v, spec)` for any value, appended to `out`.
pub fn format_value_into(v: &Value, spec: &str, out: &mut String) -> PyResult<()> {
    match v {
        Value::Int(i) => format_int_named(i, spec, "int", out),
        // bool inherits int.__format__, which gives str(b) for an empty spec.
        Value::Bool(b) if spec.is_empty() => b.py_str(out),
        Value::Bool(b) => format_int_named(&Int::from(*b), spec, "bool", out),
        Value::Float(f) => format_float_into(*f, spec, out),
        Value::Str(s) => format_str_into(s.as_str(), spec, out),
        // Runtime-defined objects format themselves (date.__format__ is strftime, ...).
        Value::Obj(o) => {
            out.push_str(&o.format(o, spec)?);
            Ok(())
        }
        // object.__format__.
        _ if spec.is_empty() => v.py_str(out),
        _ => type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.class_name()
        )),
    }
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Str> {
    let mut out = String::new();
    str_format_into(fmt, args, kwargs, &mut out)?;
    Ok(Str::from_string(out))
}

/// Appends `text` with every non-ASCII character escaped as `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (the "backslashreplace" error handler of the ASCII codec).
pub fn ascii_escape_into(text: &str, out: &mut String) {
    use std::fmt::Write;
    for c in text.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            let _ = write!(out, "\\x{u:02x}");
        } else if u < 0x10000 {
            let _ = write!(out, "\\u{u:04x}");
        } else {
            let _ = write!(out, "\\U{u:08x}");
        }
    }
}

/// `ascii(v)`: repr(v) with non-ASCII characters escaped.
pub fn ascii_repr(v: &Value) -> PyResult<String> {
    let r = v.repr_string()?;
    if r.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(r.len() + 8);
    ascii_escape_into(&r, &mut out);
    Ok(out)
}

/// Checks a format spec that is known at compile time against the type of the value it
/// will format (`int`, `bool`, `float`, `str`, or any other class name). Returns the
/// exception that formatting raises for every value of that type; value-dependent errors
/// (a `c` code point out of range, an int too large for a float, the int digit limit) are
/// left to run time.
pub fn validate_spec(spec: &str, type_name: &str) -> Result<(), PyErr> {
    if spec.is_empty() {
        return Ok(());
    }
    let float_checks = |s: &Spec| -> PyResult<()> {
        match s.precision {
            Some(p) if p > i32::MAX as usize => value_error("precision too big"),
            _ => Ok(()),
        }
    };
    match type_name {
        "int" | "bool" => {
            let s = spec::parse(spec, 'd', type_name)?;
            match s.ty {
                'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {
                    if s.precision.is_some() {
                        return value_error("Precision not allowed in integer format specifier");
                    }
                    if s.no_neg_0 {
                        return value_error(
                            "Negative zero coercion (z) not allowed in integer format specifier",
                        );
                    }
                    if s.ty == 'c' && s.sign.is_some() {
                        return value_error("Sign not allowed with integer format specifier 'c'");
                    }
                    if s.ty == 'c' && s.alternate {
                        return value_error(
                            "Alternate form (#) not allowed with integer format specifier 'c'",
                        );
                    }
                    Ok(())
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => float_checks(&s),
                t => Err(unknown_type(t, type_name)),
            }
        }
        "float" => {
            let s = spec::parse(spec, '\0', "float")?;
            match s.ty {
                '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => float_checks(&s),
                t => Err(unknown_type(t, "float")),
            }
        }
        "str" => format_str_checks(&spec::parse(spec, 's', "str")?),
        other => type_error(format!(
            "unsupported format string passed to {other}.__format__"
        )),
    }
}
