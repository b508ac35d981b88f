//! The format-spec mini-language, parsed as CPython 3.11's
//! Python/formatter_unicode.c (parse_internal_render_format_spec) does, with its messages.

use crate::exc::{PyResult, value_error};

/// Thousands separators requested by the spec (`,` or `_`; `_` groups by four for b/o/x/X).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    Comma,
    Underscore,
    UnderFour,
}

impl Grouping {
    /// The separator and the group size, or None when digits are not grouped.
    pub fn sep(self) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderFour => Some(('_', 4)),
        }
    }
}

/// A parsed standard format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    pub fill: char,
    /// The alignment given explicitly, if any.
    pub align: Option<char>,
    /// A `0` before the width was given (with no explicit fill).
    pub zero: bool,
    /// `+`, `-` or ` `, if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type; the caller's default when the spec has none ('\0' for "none").
    pub ty: char,
}

impl Spec {
    /// The alignment in effect: explicit, else `=` for numbers with a `0` flag, else the
    /// type's default (`>` for numbers, `<` for strings).
    #[inline]
    pub fn align_or(&self, default: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default == '>' => '=',
            None => default,
        }
    }

    /// A spec with no options at all and the given type.
    pub fn plain(ty: char) -> Spec {
        Spec {
            fill: ' ',
            align: None,
            zero: false,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads decimal digits (any Unicode Nd digit, like Py_UNICODE_TODECIMAL) starting at the
/// front of `s`; returns the value (None if there were no digits) and the rest of the text.
pub(crate) fn get_integer(s: &str) -> PyResult<(Option<usize>, &str)> {
    let mut acc: u64 = 0;
    let mut any = false;
    for (i, c) in s.char_indices() {
        let Some(d) = crate::unicode::decimal_value(c) else {
            return Ok((any.then_some(acc as usize), &s[i..]));
        };
        // CPython refuses values above PY_SSIZE_T_MAX.
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d as u64;
        any = true;
    }
    Ok((any.then_some(acc as usize), ""))
}

/// Text for a presentation type in CPython's messages: the character itself when it is
/// printable ASCII, else `\x<hex>`.
pub(crate) fn type_char_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// Parses `spec` for an object of type `type_name` whose default presentation type is
/// `default_type` ('d' for int, '\0' for float, 's' for str).
pub fn parse(spec: &str, default_type: char, type_name: &str) -> PyResult<Spec> {
    let mut out = Spec::plain(default_type);
    let mut rest = spec;
    let mut chars = rest.chars();
    let c0 = chars.next();
    let c1 = chars.next();
    let mut fill_specified = false;
    if let (Some(f), Some(a)) = (c0, c1)
        && is_align(a)
    {
        out.fill = f;
        out.align = Some(a);
        fill_specified = true;
        rest = &rest[f.len_utf8() + 1..];
    } else if let Some(a) = c0
        && is_align(a)
    {
        out.align = Some(a);
        rest = &rest[1..];
    }
    let b = rest.as_bytes();
    let mut pos = 0;
    if let Some(&c) = b.first()
        && matches!(c, b'+' | b'-' | b' ')
    {
        out.sign = Some(c as char);
        pos += 1;
    }
    if b.get(pos) == Some(&b'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if b.get(pos) == Some(&b'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && b.get(pos) == Some(&b'0') {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    let (width, r) = get_integer(&rest[pos..])?;
    out.width = width;
    rest = r;
    let b = rest.as_bytes();
    let mut pos = 0;
    if b.first() == Some(&b',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if b.get(pos) == Some(&b'_') {
        if out.grouping != Grouping::None {
            return value_error("Cannot specify both ',' and '_'.");
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if b.get(pos) == Some(&b',') && out.grouping == Grouping::Underscore {
        return value_error("Cannot specify both ',' and '_'.");
    }
    if b.get(pos) == Some(&b'.') {
        let (prec, r) = get_integer(&rest[pos + 1..])?;
        match prec {
            Some(p) => out.precision = Some(p),
            None => return value_error("Format specifier missing precision"),
        }
        rest = r;
    } else {
        rest = &rest[pos..];
    }
    let mut tail = rest.chars();
    if let Some(t) = tail.next() {
        if tail.next().is_some() {
            return value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ));
        }
        out.ty = t;
    }
    if out.grouping != Grouping::None {
        match out.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if out.grouping == Grouping::Underscore => {
                out.grouping = Grouping::UnderFour;
            }
            t => {
                let sep = if out.grouping == Grouping::Comma {
                    ','
                } else {
                    '_'
                };
                return value_error(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    type_char_text(t)
                ));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let s = parse("*^+z#012_.3f", '\0', "float").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_0 && s.alternate);
        // A fill was given, so the 0 is part of the width.
        assert!(!s.zero);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Grouping::Underscore);
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, 'f');
    }

    #[test]
    fn zero_flag_and_defaults() {
        let s = parse("08", 'd', "int").unwrap();
        assert!(s.zero);
        assert_eq!(s.fill, '0');
        assert_eq!(s.align_or('>'), '=');
        assert_eq!(s.align_or('<'), '<');
        assert_eq!(s.ty, 'd');
        let s = parse("_x", 'd', "int").unwrap();
        assert_eq!(s.grouping, Grouping::UnderFour);
    }

    #[test]
    fn errors() {
        let e = |s: &str| parse(s, 'd', "int").unwrap_err().to_str();
        assert_eq!(
            e("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert!(parse(",", 'd', "int").is_ok());
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e(",,"), "Cannot specify ',' with ','.");
        assert_eq!(e("_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(e(",\u{1}"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(
            e("99999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(parse("\u{661}\u{662}", 'd', "int").unwrap().width, Some(12));
    }
}
