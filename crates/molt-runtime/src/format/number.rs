//! Numbers as text: the digit generation of Python/pystrtod.c (PyOS_double_to_string and
//! format_float_short) and the padding/grouping layout of Python/formatter_unicode.c
//! (calc_number_widths, fill_number, _PyUnicode_InsertThousandsGrouping).

use super::spec::{Grouping, Spec};
use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, value_error};
use crate::int::Int;
use dashu_int::ops::UnsignedAbs;
use std::fmt::Write as _;

/// Outputs longer than this raise MemoryError instead of trying to allocate (CPython would
/// try, and usually fail the same way).
const MAX_OUTPUT: usize = 1 << 30;

pub(crate) fn memory_error() -> PyErr {
    PyErr::new(ExcKind::MemoryError, vec![])
}

/// Reserves room for `n` more bytes, raising MemoryError for absurd sizes rather than
/// aborting the process.
pub(crate) fn reserve(out: &mut String, n: usize) -> PyResult<()> {
    if n > MAX_OUTPUT {
        return Err(memory_error());
    }
    out.try_reserve(n).map_err(|_| memory_error())
}

/// A byte buffer that stays on the stack while short: scratch space for one number's text.
pub(crate) struct SmallBuf {
    inline: [u8; 96],
    len: usize,
    heap: Option<Vec<u8>>,
}

impl SmallBuf {
    pub(crate) fn new() -> SmallBuf {
        SmallBuf {
            inline: [0; 96],
            len: 0,
            heap: None,
        }
    }

    pub(crate) fn as_bytes(&self) -> &[u8] {
        match &self.heap {
            Some(h) => h,
            None => &self.inline[..self.len],
        }
    }

    fn as_mut_bytes(&mut self) -> &mut [u8] {
        match &mut self.heap {
            Some(h) => h,
            None => &mut self.inline[..self.len],
        }
    }

    pub(crate) fn push_bytes(&mut self, b: &[u8]) {
        if self.heap.is_none() && self.len + b.len() <= self.inline.len() {
            self.inline[self.len..self.len + b.len()].copy_from_slice(b);
            self.len += b.len();
            return;
        }
        let (inline, len) = (&self.inline, self.len);
        self.heap
            .get_or_insert_with(|| inline[..len].to_vec())
            .extend_from_slice(b);
    }
}

impl std::fmt::Write for SmallBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.push_bytes(s.as_bytes());
        Ok(())
    }
}

/// Significant decimal digits as dtoa returns them: no leading or trailing zeros, and
/// value = 0.DIGITS * 10**decpt.
pub(crate) struct Digits {
    buf: SmallBuf,
    n: usize,
    decpt: i64,
}

impl Digits {
    pub(crate) fn digits(&self) -> &[u8] {
        &self.buf.as_bytes()[..self.n]
    }

    pub(crate) fn decpt(&self) -> i64 {
        self.decpt
    }

    /// Compacts Rust's rendering of a number (`123.45`, `1.2345e-7`, `0.00012`) in place
    /// into dtoa form.
    fn from_rendered(mut buf: SmallBuf) -> Digits {
        let bytes = buf.as_mut_bytes();
        let mut n = 0;
        let mut int_len: i64 = 0;
        let mut lead_zeros: i64 = 0;
        let mut seen_point = false;
        let mut leading = true;
        let mut exp: i64 = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'.' => seen_point = true,
                b'e' | b'E' => {
                    let mut neg = false;
                    for &c in &bytes[i + 1..] {
                        match c {
                            b'-' => neg = true,
                            b'0'..=b'9' => exp = exp * 10 + (c - b'0') as i64,
                            _ => {}
                        }
                    }
                    if neg {
                        exp = -exp;
                    }
                    break;
                }
                b'0'..=b'9' => {
                    if !seen_point {
                        int_len += 1;
                    }
                    if leading && b == b'0' {
                        lead_zeros += 1;
                    } else {
                        leading = false;
                        bytes[n] = b;
                        n += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        while n > 0 && bytes[n - 1] == b'0' {
            n -= 1;
        }
        Digits {
            buf,
            n,
            decpt: int_len + exp - lead_zeros,
        }
    }
}

/// The shortest digits that round-trip (dtoa mode 0) of a finite, non-zero |x|.
pub(crate) fn shortest(x: f64) -> Digits {
    let mut zb = zmij::Buffer::new();
    let mut buf = SmallBuf::new();
    buf.push_bytes(zb.format_finite(x.abs()).as_bytes());
    Digits::from_rendered(buf)
}

/// Options of PyOS_double_to_string (Py_DTSF_*).
#[derive(Clone, Copy, Default)]
pub(crate) struct DtoaFlags {
    /// Always write a sign.
    pub sign: bool,
    /// Make sure the result does not look like an integer (`1.0`, not `1`).
    pub add_dot_0: bool,
    /// The `#` alternate form: keep trailing zeros and the decimal point.
    pub alt: bool,
    /// The `z` option: `-0.00` becomes `0.00`.
    pub no_neg_0: bool,
}

/// PyOS_double_to_string: `code` is one of `e E f F g G r`; `precision` is the number of
/// digits after the point (e, f) or of significant digits (g), unused for r.
pub(crate) fn double_to_string(
    out: &mut String,
    x: f64,
    code: char,
    precision: i64,
    fl: DtoaFlags,
) -> PyResult<()> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    // The precision as dtoa sees it (mode 2: significant digits; mode 3: decimals).
    let precision = match code {
        'e' => precision + 1,
        'g' if precision == 0 => 1,
        _ => precision,
    };
    if x.is_nan() || x.is_infinite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if fl.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(());
    }
    if code == 'f' && !fl.alt && !fl.no_neg_0 && !fl.sign && precision <= 1100 {
        // The hot path: std's fixed notation is exactly CPython's here (same correctly
        // rounded digits, a sign for every negative value including -0.0).
        let _ = write!(out, "{:.*}", precision as usize, x);
        return Ok(());
    }
    let mut negative = x.is_sign_negative();
    let ax = x.abs();
    let digits = if ax == 0.0 {
        let mut buf = SmallBuf::new();
        buf.push_bytes(b"0");
        Digits {
            buf,
            n: 1,
            decpt: 1,
        }
    } else {
        match code {
            'e' | 'g' => {
                // dtoa mode 2: `precision` significant digits, correctly rounded (std's
                // exact formatting rounds half to even on the binary value, like dtoa).
                // A double's exact expansion has at most 767 significant digits, so more
                // cannot change them.
                let mut buf = SmallBuf::new();
                let _ = write!(buf, "{:.*e}", (precision.min(800) - 1) as usize, ax);
                Digits::from_rendered(buf)
            }
            'f' => {
                // dtoa mode 3: `precision` digits after the point (a double has at most
                // 1074 of them).
                let mut buf = SmallBuf::new();
                let _ = write!(buf, "{:.*}", precision.min(1100) as usize, ax);
                let mut d = Digits::from_rendered(buf);
                if d.n == 0 {
                    // Rounds to zero: dtoa gives no digits and decpt = -ndigits.
                    d.decpt = -precision;
                }
                d
            }
            _ => shortest(ax),
        }
    };
    let ds = digits.digits();
    if fl.no_neg_0 && negative && (ds.is_empty() || ds == b"0") {
        negative = false;
    }
    layout(out, ds, digits.decpt, negative, code, precision, fl, upper)
}

fn push_zeros(out: &mut String, n: i64) {
    if n > 0 {
        out.extend(std::iter::repeat_n('0', n as usize));
    }
}

fn push_ascii(out: &mut String, b: &[u8]) {
    out.push_str(std::str::from_utf8(b).unwrap_or(""));
}

/// format_float_short's layout of dtoa digits (Python/pystrtod.c).
#[allow(clippy::too_many_arguments)]
fn layout(
    out: &mut String,
    digits: &[u8],
    decpt: i64,
    negative: bool,
    code: char,
    precision: i64,
    fl: DtoaFlags,
    upper: bool,
) -> PyResult<()> {
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if fl.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if fl.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': exponent form from 1e16 on.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && fl.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    // Digits, zero padding, sign, point and exponent.
    reserve(out, (vdigits_end - vdigits_start) as usize + 8)?;
    if negative {
        out.push('-');
    } else if fl.sign {
        out.push('+');
    }
    let start = out.len();
    if decpt <= 0 {
        push_zeros(out, decpt - vdigits_start);
        out.push('.');
        push_zeros(out, -decpt);
    } else {
        push_zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let (a, b) = digits.split_at(decpt as usize);
        push_ascii(out, a);
        out.push('.');
        push_ascii(out, b);
    } else {
        push_ascii(out, digits);
    }
    if digits_len < decpt {
        push_zeros(out, decpt - digits_len);
        out.push('.');
        push_zeros(out, vdigits_end - decpt);
    } else {
        push_zeros(out, vdigits_end - digits_len);
    }
    if out.len() > start && out.ends_with('.') && !fl.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let ea = exp.unsigned_abs();
        if ea < 10 {
            out.push('0');
        }
        let _ = write!(out, "{ea}");
    }
    Ok(())
}

/// The parts of a formatted number, as calc_number_widths sees them:
/// `[sign][prefix][digits][.remainder]`.
pub(crate) struct Number<'a> {
    pub negative: bool,
    pub prefix: &'a str,
    /// ASCII digits before the decimal point (grouped and zero-padded).
    pub digits: &'a str,
    pub has_decimal: bool,
    /// Everything after the decimal point (fraction, exponent, `%`), or the character of 'c'.
    pub remainder: &'a str,
    /// Upper-case the prefix and digits ('X').
    pub upper: bool,
}

impl<'a> Number<'a> {
    /// The parts of a float as `double_to_string` wrote it (sign, integer digits, the
    /// rest), for padding and grouping.
    pub(crate) fn of_float_text(s: &'a str) -> Number<'a> {
        let (negative, body) = match s.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, s),
        };
        let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, after) = body.split_at(n_int);
        let (has_decimal, remainder) = match after.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, after),
        };
        Number {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
            upper: false,
        }
    }
}

fn push_fill(out: &mut String, c: char, n: isize) {
    if n > 0 {
        out.extend(std::iter::repeat_n(c, n as usize));
    }
}

/// Appends the number padded and grouped as the spec says (fill_number).
pub(crate) fn fill_number(
    out: &mut String,
    num: &Number,
    spec: &Spec,
    align: char,
    grouping: Grouping,
) -> PyResult<()> {
    let (n_sign, sign) = match spec.sign {
        Some('+') => (1, if num.negative { '-' } else { '+' }),
        Some(' ') => (1, if num.negative { '-' } else { ' ' }),
        _ if num.negative => (1, '-'),
        _ => (0, '\0'),
    };
    let n_remainder = num.remainder.chars().count() as isize;
    let n_non_digit = n_sign + num.prefix.len() as isize + num.has_decimal as isize + n_remainder;
    let width = spec.width.map(|w| w as isize).unwrap_or(-1);
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    if min_width > MAX_OUTPUT as isize || width > MAX_OUTPUT as isize {
        return Err(memory_error());
    }
    // The digits with separators and leading zeros, built right to left as
    // _PyUnicode_InsertThousandsGrouping does.
    let mut grouped: Vec<u8> = Vec::new();
    let digits = num.digits.as_bytes();
    if !digits.is_empty() {
        let mut remaining = digits.len() as isize;
        let mut min_width = min_width;
        let mut end = digits.len();
        let mut emit =
            |grouped: &mut Vec<u8>, l: isize, remaining: &mut isize, sep: Option<char>| {
                let n_zeros = (l - *remaining).max(0);
                let n_chars = (*remaining).min(l).max(0);
                if let Some(s) = sep {
                    grouped.push(s as u8);
                }
                let start = end - n_chars as usize;
                grouped.extend(digits[start..end].iter().rev());
                end = start;
                grouped.extend(std::iter::repeat_n(b'0', n_zeros as usize));
                *remaining -= n_chars;
            };
        match grouping.sep() {
            Some((sep, size)) => {
                let size = size as isize;
                let mut first = true;
                loop {
                    let l = size.min(remaining.max(min_width).max(1));
                    emit(
                        &mut grouped,
                        l,
                        &mut remaining,
                        if first { None } else { Some(sep) },
                    );
                    first = false;
                    min_width -= l;
                    if remaining <= 0 && min_width <= 0 {
                        break;
                    }
                    min_width -= 1;
                }
            }
            None => {
                let l = remaining.max(min_width).max(1);
                emit(&mut grouped, l, &mut remaining, None);
            }
        }
        grouped.reverse();
    }
    let n_padding = width - (n_non_digit + grouped.len() as isize);
    let (lpad, spad, rpad) = if n_padding > 0 {
        match align {
            '<' => (0, 0, n_padding),
            '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
            '=' => (0, n_padding, 0),
            _ => (n_padding, 0, 0),
        }
    } else {
        (0, 0, 0)
    };
    let total = (n_non_digit + grouped.len() as isize + n_padding.max(0)) as usize;
    reserve(
        out,
        total + (spec.fill.len_utf8() - 1) * n_padding.max(0) as usize,
    )?;
    push_fill(out, spec.fill, lpad);
    if n_sign > 0 {
        out.push(sign);
    }
    if num.upper {
        out.push_str(&num.prefix.to_ascii_uppercase());
    } else {
        out.push_str(num.prefix);
    }
    push_fill(out, spec.fill, spad);
    if num.upper {
        grouped.make_ascii_uppercase();
    }
    push_ascii(out, &grouped);
    if num.has_decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    push_fill(out, spec.fill, rpad);
    Ok(())
}

/// format_float_internal: a float with a parsed spec whose type is one of
/// `'\0' e E f F g G n %`.
pub(crate) fn format_float_spec(out: &mut String, val: f64, spec: &Spec) -> PyResult<()> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return value_error("precision too big"),
        Some(p) => Some(p as i64),
        None => None,
    };
    let mut fl = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut ty = spec.ty;
    let mut default_precision = 6;
    if ty == '\0' {
        // Like repr() without a precision; like 'g' with one, but keeping a ".0".
        fl.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = val;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    if !matches!(spec.sign, Some('+' | ' '))
        && spec.width.is_none()
        && spec.ty != 'n'
        && spec.grouping == Grouping::None
    {
        double_to_string(out, val, ty, precision, fl)?;
        if add_pct {
            out.push('%');
        }
        return Ok(());
    }
    let mut s = String::new();
    double_to_string(&mut s, val, ty, precision, fl)?;
    if add_pct {
        s.push('%');
    }
    let grouping = if spec.ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    fill_number(
        out,
        &Number::of_float_text(&s),
        spec,
        spec.align_or('>'),
        grouping,
    )
}

/// Appends the digits of |v| in `base` (2, 8, 10 or 16, lower case). Decimal conversion of
/// a big int honours the int max str digits limit.
pub(crate) fn push_abs_digits(out: &mut String, v: &Int, base: u32) -> PyResult<()> {
    match v {
        Int::Small(x) => {
            let a = x.unsigned_abs();
            let _ = match base {
                2 => write!(out, "{a:b}"),
                8 => write!(out, "{a:o}"),
                16 => write!(out, "{a:x}"),
                _ => write!(out, "{a}"),
            };
        }
        Int::Big(b) => {
            if base == 10 {
                let start = out.len();
                crate::int_ops::write_big_decimal(b, out)?;
                if out[start..].starts_with('-') {
                    out.remove(start);
                }
            } else {
                let a = (**b).clone().unsigned_abs();
                let _ = match base {
                    2 => write!(out, "{a:b}"),
                    8 => write!(out, "{a:o}"),
                    _ => write!(out, "{a:x}"),
                };
            }
        }
    }
    Ok(())
}

/// format_long_internal: an int with a parsed spec whose type is one of `b c d o x X n`.
pub(crate) fn format_int_spec(out: &mut String, v: &Int, spec: &Spec) -> PyResult<()> {
    if spec.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let align = spec.align_or('>');
    if spec.ty == 'c' {
        if spec.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let ch = int_to_char(v)?;
        let mut buf = [0u8; 4];
        return fill_number(
            out,
            &Number {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: ch.encode_utf8(&mut buf),
                upper: false,
            },
            spec,
            align,
            Grouping::None,
        );
    }
    let (base, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    if !matches!(spec.sign, Some('+' | ' '))
        && spec.width.is_none()
        && spec.ty != 'X'
        && spec.ty != 'n'
        && spec.grouping == Grouping::None
    {
        if v.is_negative() {
            out.push('-');
        }
        out.push_str(prefix);
        return push_abs_digits(out, v, base);
    }
    let mut digits = String::new();
    push_abs_digits(&mut digits, v, base)?;
    let grouping = if spec.ty == 'n' {
        Grouping::None
    } else {
        spec.grouping
    };
    fill_number(
        out,
        &Number {
            negative: v.is_negative(),
            prefix,
            digits: &digits,
            has_decimal: false,
            remainder: "",
            upper: spec.ty == 'X',
        },
        spec,
        align,
        grouping,
    )
}

/// The character of `format(i, 'c')` / `'%c' % i`.
pub(crate) fn int_to_char(v: &Int) -> PyResult<char> {
    let Some(x) = v.as_i64() else {
        return overflow_error("Python int too large to convert to C long");
    };
    if !(0..=0x10ffff).contains(&x) {
        return overflow_error("%c arg not in range(0x110000)");
    }
    char::from_u32(x as u32).ok_or_else(|| {
        PyErr::msg(
            ExcKind::ValueError,
            "molt: strings with lone surrogate code points (U+D800..U+DFFF) are not supported",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d2s(x: f64, code: char, p: i64, fl: DtoaFlags) -> String {
        let mut s = String::new();
        double_to_string(&mut s, x, code, p, fl).unwrap();
        s
    }

    #[test]
    fn dtoa_layouts() {
        let f = DtoaFlags::default();
        assert_eq!(d2s(1.5, 'e', 6, f), "1.500000e+00");
        assert_eq!(d2s(1e300, 'E', 2, f), "1.00E+300");
        assert_eq!(d2s(0.001, 'f', 2, f), "0.00");
        assert_eq!(d2s(-0.001, 'f', 2, f), "-0.00");
        let z = DtoaFlags {
            no_neg_0: true,
            ..f
        };
        assert_eq!(d2s(-0.001, 'f', 2, z), "0.00");
        assert_eq!(d2s(0.5, 'f', 0, f), "0");
        assert_eq!(d2s(1.5, 'f', 0, f), "2");
        assert_eq!(d2s(2.5, 'f', 0, f), "2");
        assert_eq!(d2s(1234567.0, 'g', 3, f), "1.23e+06");
        assert_eq!(d2s(0.0001, 'g', 6, f), "0.0001");
        assert_eq!(d2s(0.00001, 'g', 6, f), "1e-05");
        let alt = DtoaFlags { alt: true, ..f };
        assert_eq!(d2s(1.0, 'g', 3, alt), "1.00");
        assert_eq!(d2s(2.0, 'f', 0, alt), "2.");
        let r = DtoaFlags {
            add_dot_0: true,
            ..f
        };
        assert_eq!(d2s(1e16, 'r', 0, r), "1e+16");
        assert_eq!(d2s(123.0, 'r', 0, r), "123.0");
        assert_eq!(d2s(100.0, 'g', 3, r), "1e+02");
        assert_eq!(d2s(f64::NAN, 'G', 3, f), "NAN");
        assert_eq!(d2s(f64::NEG_INFINITY, 'f', 3, f), "-inf");
    }

    #[test]
    fn smallbuf_spills() {
        let mut b = SmallBuf::new();
        for _ in 0..50 {
            b.push_bytes(b"0123");
        }
        assert_eq!(b.as_bytes().len(), 200);
        assert!(b.as_bytes().starts_with(b"01230123"));
    }
}
