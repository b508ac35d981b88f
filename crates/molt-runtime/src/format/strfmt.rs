//! `fmt.format(*args, **kwargs)`, ported from CPython 3.11's
//! Objects/stringlib/unicode_format.h (MarkupIterator, parse_field, field_name_split,
//! get_field_object, output_markup), with its messages and evaluation order: fields are
//! parsed and rendered one at a time, so an earlier field's error wins.

use crate::exc::{ExcKind, PyErr, PyResult, value_error};
use crate::int::Int;
use crate::obj::PyObj;
use crate::str::Str;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct Fmt<'a> {
    args: &'a [Value],
    kwargs: &'a [(Str, Value)],
    /// `format_map`'s mapping: names are looked up in it, and there are no positional
    /// arguments at all.
    mapping: Option<&'a Value>,
    state: AutoState,
    next_auto: usize,
}

/// get_integer: the value of a field name made only of decimal digits (any Unicode Nd),
/// None when it is empty or has another character; ValueError on overflow.
fn field_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for c in s.chars() {
        let Some(d) = crate::unicode::decimal_value(c) else {
            return Ok(None);
        };
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d as u64;
    }
    Ok(Some(acc as usize))
}

impl Fmt<'_> {
    /// get_field_object: resolves `first(.attr|[key])*`.
    fn field_object(&mut self, field: &str) -> PyResult<Value> {
        let split = field.find(['.', '[']).unwrap_or(field.len());
        let (first, mut rest) = field.split_at(split);
        let mut index = field_index(first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.state == AutoState::Init {
                self.state = if empty {
                    AutoState::Auto
                } else {
                    AutoState::Manual
                };
            }
            if self.state == AutoState::Manual && empty {
                return value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                );
            }
            if self.state != AutoState::Manual && !empty {
                return value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                );
            }
            if empty {
                index = Some(self.next_auto);
                self.next_auto += 1;
            }
        }
        let mut obj = match (index, self.mapping) {
            (Some(_), Some(_)) => {
                return value_error("Format string contains positional fields");
            }
            (None, Some(m)) => m.getitem(&Value::Str(Str::new(first)))?,
            (None, None) => match self.kwargs.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => {
                    return Err(PyErr::new(
                        ExcKind::KeyError,
                        vec![Value::Str(Str::new(first))],
                    ));
                }
            },
            (Some(i), None) => match self.args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(PyErr::msg(
                        ExcKind::IndexError,
                        format!("Replacement index {i} out of range for positional args tuple"),
                    ));
                }
            },
        };
        // FieldNameIterator_next.
        while let Some(c) = rest.chars().next() {
            rest = &rest[c.len_utf8()..];
            let (is_attr, name) = match c {
                '.' => {
                    let end = rest.find(['.', '[']).unwrap_or(rest.len());
                    let name = &rest[..end];
                    rest = &rest[end..];
                    (true, name)
                }
                '[' => {
                    let Some(end) = rest.find(']') else {
                        return value_error("Missing ']' in format string");
                    };
                    let name = &rest[..end];
                    rest = &rest[end + 1..];
                    (false, name)
                }
                _ => {
                    return value_error("Only '.' or '[' may follow ']' in format field specifier");
                }
            };
            let idx = if is_attr { None } else { field_index(name)? };
            if name.is_empty() {
                return value_error("Empty attribute in format string");
            }
            obj = if is_attr {
                crate::attr::getattr(&obj, name)?
            } else {
                match idx {
                    Some(i) => obj.getitem(&Value::Int(Int::from(i)))?,
                    None => obj.getitem(&Value::Str(Str::new(name)))?,
                }
            };
        }
        Ok(obj)
    }

    /// build_string: expands `input` into `out`; `depth` limits nested specs.
    fn build(&mut self, input: &str, depth: i32, out: &mut String) -> PyResult<()> {
        if depth <= 0 {
            return value_error("Max string recursion exceeded");
        }
        let b = input.as_bytes();
        let end = b.len();
        let mut pos = 0;
        while pos < end {
            // MarkupIterator_next: literal text up to an unescaped brace.
            let start = pos;
            let mut c = 0u8;
            let mut markup = false;
            while pos < end {
                c = b[pos];
                pos += 1;
                if c == b'{' || c == b'}' {
                    markup = true;
                    break;
                }
            }
            let at_end = pos >= end;
            let mut len = pos - start;
            if c == b'}' && (at_end || b[pos] != b'}') {
                return value_error("Single '}' encountered in format string");
            }
            if at_end && c == b'{' {
                return value_error("Single '{' encountered in format string");
            }
            if !at_end {
                if b[pos] == c {
                    // An escaped brace: emit one, no field follows.
                    pos += 1;
                    markup = false;
                } else {
                    len -= 1;
                }
            }
            out.push_str(&input[start..start + len]);
            if !markup {
                continue;
            }
            let (field, conversion, spec, expand) = parse_field(input, &mut pos)?;
            self.output_markup(field, conversion, spec, expand, depth, out)?;
        }
        Ok(())
    }

    fn output_markup(
        &mut self,
        field: &str,
        conversion: Option<char>,
        spec: &str,
        expand: bool,
        depth: i32,
        out: &mut String,
    ) -> PyResult<()> {
        let mut obj = self.field_object(field)?;
        if let Some(conv) = conversion {
            let s = match conv {
                'r' => obj.repr_string()?,
                's' => obj.str_string()?,
                'a' => super::ascii_repr(&obj)?,
                c => {
                    return value_error(format!(
                        "Unknown conversion specifier {}",
                        super::spec::type_char_text(c)
                    ));
                }
            };
            obj = Value::Str(Str::from_string(s));
        }
        if expand {
            let mut expanded = String::new();
            self.build(spec, depth - 1, &mut expanded)?;
            super::format_value_into(&obj, &expanded, out)
        } else {
            super::format_value_into(&obj, spec, out)
        }
    }
}

/// parse_field: reads `name[!c][:spec]}` from `pos` (just after the `{`).
fn parse_field<'a>(
    input: &'a str,
    pos: &mut usize,
) -> PyResult<(&'a str, Option<char>, &'a str, bool)> {
    let b = input.as_bytes();
    let end = b.len();
    let field_start = *pos;
    let mut c = 0u8;
    let mut terminated = false;
    while *pos < end {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return value_error("unexpected '{' in field name"),
            b'[' => {
                while *pos < end && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                terminated = true;
                break;
            }
            _ => {}
        }
    }
    if !terminated {
        return value_error("expected '}' before end of string");
    }
    let field = &input[field_start..*pos - 1];
    if c == b'!' || c == b':' {
        let mut conversion = None;
        if c == b'!' {
            let Some(conv) = input[*pos..].chars().next() else {
                return value_error("end of string while looking for conversion specifier");
            };
            *pos += conv.len_utf8();
            conversion = Some(conv);
            if *pos < end {
                let c2 = b[*pos];
                *pos += 1;
                if c2 == b'}' {
                    return Ok((field, conversion, "", false));
                }
                if c2 != b':' {
                    return value_error("expected ':' after conversion specifier");
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        let mut expand = false;
        while *pos < end {
            let c = b[*pos];
            *pos += 1;
            if c == b'{' {
                expand = true;
                count += 1;
            } else if c == b'}' {
                count -= 1;
                if count == 0 {
                    return Ok((field, conversion, &input[spec_start..*pos - 1], expand));
                }
            }
        }
        return value_error("unmatched '{' in format spec");
    }
    Ok((field, None, "", false))
}

/// `fmt.format(*args, **kwargs)`, appended to `out`.
pub fn str_format_into(
    fmt: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    out: &mut String,
) -> PyResult<()> {
    let mut f = Fmt {
        args,
        kwargs,
        mapping: None,
        state: AutoState::Init,
        next_auto: 0,
    };
    out.reserve(fmt.len() + 16);
    f.build(fmt, 2, out)
}

/// `fmt.format_map(mapping)`: each field name is `mapping[name]` (so a dict subclass's
/// `__missing__` applies); a positional field is a ValueError.
pub fn str_format_map(fmt: &str, mapping: &Value) -> PyResult<Str> {
    let mut f = Fmt {
        args: &[],
        kwargs: &[],
        mapping: Some(mapping),
        state: AutoState::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    f.build(fmt, 2, &mut out)?;
    Ok(Str::from_string(out))
}
