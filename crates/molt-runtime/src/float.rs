//! Python float semantics on f64: repr, floor division and modulo, power, rounding, parsing.

use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::int::Int;
use dashu_int::ops::BitTest;

/// The shortest round-tripping digits of a finite, non-zero |x| and its decimal exponent:
/// x = 0.d1d2d3... * 10**exp.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let d = crate::format::number::shortest(x);
    let digits = std::str::from_utf8(d.digits()).unwrap_or("0");
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (digits.to_string(), d.decpt() as i32)
}

/// `repr(x)` (float_repr_style 'short': the shortest digits that round-trip, exponent form
/// below 1e-4 and from 1e16 on, Python/pystrtod.c).
pub fn repr_into(x: f64, out: &mut String) {
    let fl = crate::format::number::DtoaFlags {
        add_dot_0: true,
        ..Default::default()
    };
    // Cannot fail: 'r' needs no precision-dependent allocation.
    let _ = crate::format::number::double_to_string(out, x, 'r', 0, fl);
}

pub fn repr(x: f64) -> String {
    let mut s = String::new();
    repr_into(x, &mut s);
    s
}

/// `a // b`.
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float floor division by zero");
    }
    Ok(divmod(a, b)?.0)
}

/// `a % b`, with the sign of b.
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float modulo");
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` (Objects/floatobject.c, float_divmod).
pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return zero_division("float divmod()");
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    Ok((floordiv, m))
}

/// `a / b`.
#[inline]
pub fn truediv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return zero_division("float division by zero");
    }
    Ok(a / b)
}

/// The C library's `pow`, which CPython calls for every float power. Called through an
/// opaque function pointer because LLVM rewrites `powf` with a constant exponent (x ** 0.5
/// to sqrt, x ** 2.0 to x * x, 2.0 ** y to exp2, x ** -1.0 to 1 / x) once it is inlined, as
/// under LTO, and glibc's pow rounds differently from those for about 1 input in 1000.
#[inline]
pub fn libm_pow(a: f64, b: f64) -> f64 {
    let f: fn(f64, f64) -> f64 = std::hint::black_box(f64::powf);
    f(a, b)
}

/// `a ** b` for floats, case by case as Objects/floatobject.c's float_pow decides them
/// before it calls the C library.
pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let m = a.abs();
        return Ok(if m == 1.0 {
            1.0
        } else if (b > 0.0) == (m > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    // Only the infinite, zero and negative bases ask whether b is an odd integer (an
    // fmod call).
    let b_odd = || is_odd_integer(b);
    if a.is_infinite() {
        return Ok(match (b > 0.0, b_odd()) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0.0f64.copysign(a),
            (false, false) => 0.0,
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(if b_odd() { a } else { 0.0 });
    }
    let (base, negate) = if a < 0.0 {
        if b != b.floor() {
            // CPython returns a complex number here; molt has no complex type yet.
            return Err(PyErr::msg(
                ExcKind::ValueError,
                "molt: a negative number raised to a fractional power gives a complex number, which is not supported",
            ));
        }
        (-a, b_odd())
    } else {
        (a, false)
    };
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = libm_pow(base, b);
    if r.is_infinite() {
        return overflow_error("(34, 'Numerical result out of range')");
    }
    Ok(if negate { -r } else { r })
}

/// CPython's DOUBLE_IS_ODD_INTEGER (for finite x).
fn is_odd_integer(x: f64) -> bool {
    (x % 2.0).abs() == 1.0
}

/// `round(x)` -> int, half to even.
pub fn round_to_int(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    Int::from_f64(x.round_ties_even())
}

/// Exact powers of ten that are doubles.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// |x| = m * 2**e exactly, for finite non-zero x.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `round(x, n)`: rounds the exact binary value of x to n decimal places, half to even, and
/// returns the double nearest to that decimal (CPython's double_round in
/// Objects/floatobject.c, which goes through dtoa mode 3 and strtod).
pub fn round_ndigits(x: f64, n: i64) -> PyResult<f64> {
    // Beyond these, x is its own rounding or rounds to zero (float___round___impl).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || n > NDIGITS_MAX {
        return Ok(x);
    }
    if n < NDIGITS_MIN {
        return Ok(0.0f64.copysign(x));
    }
    let (m, e) = decompose(x);
    if n >= 0 && e >= 0 {
        // An integer already.
        return Ok(x);
    }
    let sign = |r: f64| r.copysign(x);
    if (0..=22).contains(&n) {
        // |x| * 10**n = m * 10**n / 2**-e, with m * 10**n < 2**127.
        let shift = -e as u32;
        if shift >= 128 {
            // |x| * 10**n < 2**53 * 2**74 / 2**128 < 1/2: rounds to zero.
            return Ok(sign(0.0));
        }
        let num = m as u128 * POW10[n as usize] as u128;
        let mut q = num >> shift;
        let r = num & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if r > half || (r == half && q & 1 == 1) {
            q += 1;
        }
        if q < (1u128 << 53) {
            // Both operands are exact doubles, so one IEEE division rounds correctly.
            return Ok(sign(q as f64 / POW10[n as usize]));
        }
        let q = dashu_int::IBig::from(q);
        let d = dashu_int::IBig::from(10u8).pow(n as usize);
        return Ok(sign(crate::int_ops::truediv(
            &Int::from_big(q),
            &Int::from_big(d),
        )?));
    }
    round_ndigits_big(x, n)
}

/// round_ndigits in exact big-int arithmetic, for finite non-zero x that is not an integer
/// when n >= 0, and NDIGITS_MIN <= n <= NDIGITS_MAX.
pub(crate) fn round_ndigits_big(x: f64, n: i64) -> PyResult<f64> {
    let (m, e) = decompose(x);
    let m = dashu_int::IBig::from(m);
    let ten = dashu_int::IBig::from(10u8);
    let (num, den) = if n >= 0 {
        (
            m * ten.pow(n as usize),
            dashu_int::IBig::ONE << (-e) as usize,
        )
    } else if e >= 0 {
        (m << e as usize, ten.pow((-n) as usize))
    } else {
        (m, ten.pow((-n) as usize) << (-e) as usize)
    };
    let mut q = &num / &den;
    let r2 = (&num - &q * &den) << 1;
    if r2 > den || (r2 == den && q.bit(0)) {
        q += dashu_int::IBig::ONE;
    }
    let r = if n >= 0 {
        crate::int_ops::truediv(
            &Int::from_big(q.clone()),
            &Int::from_big(ten.pow(n as usize)),
        )?
    } else {
        let v = Int::from_big(q * ten.pow((-n) as usize));
        match v.to_f64() {
            Ok(f) => f,
            Err(_) => return overflow_error("rounded value too large to represent"),
        }
    };
    Ok(r.copysign(x))
}

/// `float(b)` of bytes or a bytearray: ASCII text only; the error shows the bytes' repr.
pub fn parse_bytes(b: &[u8]) -> PyResult<f64> {
    let err = || {
        let mut r = String::new();
        crate::modules::bytes::repr_bytes(b, &mut r);
        PyErr::msg(
            ExcKind::ValueError,
            format!("could not convert string to float: {r}"),
        )
    };
    if !crate::modules::bytes::is_number_text(b) {
        return Err(err());
    }
    let s = std::str::from_utf8(b).map_err(|_| err())?;
    parse(s).map_err(|e| {
        if e.matches(ExcKind::ValueError) {
            err()
        } else {
            e
        }
    })
}

/// `float(s)`, with CPython's rules (Objects/floatobject.c PyFloat_FromString): Unicode
/// digits and spaces count as their ASCII forms, surrounding whitespace is ignored, single
/// underscores may separate digits, and `inf`, `infinity`, `nan` take any case and a sign.
pub fn parse(s: &str) -> PyResult<f64> {
    let err = || {
        let mut r = String::new();
        crate::str::repr_str_into(s, &mut r);
        PyErr::msg(
            ExcKind::ValueError,
            format!("could not convert string to float: {r}"),
        )
    };
    // _PyUnicode_TransformDecimalAndSpaceToASCII, only when needed.
    let owned;
    let ascii: &str = if s.is_ascii() {
        s
    } else {
        let mut t = String::with_capacity(s.len());
        for c in s.chars() {
            if (c as u32) < 127 {
                t.push(c);
            } else if crate::unicode::is_space(c) {
                t.push(' ');
            } else if let Some(d) = crate::unicode::decimal_value(c) {
                t.push((b'0' + d as u8) as char);
            } else {
                return Err(err());
            }
        }
        owned = t;
        &owned
    };
    let t = ascii.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let b = t.as_bytes();
    let (neg, body) = match b.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let special = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Ok(if neg { -v } else { v });
    }
    if !valid_decimal(body.as_bytes()) {
        return Err(err());
    }
    let v: f64 = if body.contains('_') {
        body.replace('_', "").parse().map_err(|_| err())?
    } else {
        body.parse().map_err(|_| err())?
    };
    Ok(if neg { -v } else { v })
}

/// `digitpart ["." [digitpart]] | "." digitpart`, then an optional exponent
/// `(e|E) [+|-] digitpart`, where digitpart is digits with single underscores between them.
fn valid_decimal(b: &[u8]) -> bool {
    /// Length of a digitpart at the front of `b` (0 if none or if an underscore is misplaced).
    fn digitpart(b: &[u8]) -> Option<usize> {
        let mut i = 0;
        while i < b.len() {
            let underscore_between_digits =
                b[i] == b'_' && i > 0 && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(b[i].is_ascii_digit() || underscore_between_digits) {
                break;
            }
            i += 1;
        }
        // A trailing or doubled underscore leaves the scan on an underscore.
        if b.get(i) == Some(&b'_') {
            return None;
        }
        Some(i)
    }
    let Some(int_len) = digitpart(b) else {
        return false;
    };
    let mut i = int_len;
    let mut frac_len = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let Some(f) = digitpart(&b[i..]) else {
            return false;
        };
        frac_len = f;
        i += f;
    }
    if int_len == 0 && frac_len == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        match digitpart(&b[i..]) {
            Some(n) if n > 0 => i += n,
            _ => return false,
        }
    }
    i == b.len()
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `float.hex()` (float_hex in Objects/floatobject.c): `[-]0x1.<13 hex digits>p<exp>`,
/// `0x0.<...>p-1022` for subnormals, and repr for inf and nan.
pub fn hex(x: f64) -> String {
    if !x.is_finite() {
        return crate::float::repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{exp:+}")
}

/// `float.as_integer_ratio()` numerator and denominator.
pub fn as_integer_ratio(x: f64) -> PyResult<(Int, Int)> {
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert Infinity to integer ratio");
    }
    let (m, e) = crate::hash::frexp(x);
    let mut m = m;
    let mut e = e;
    for _ in 0..300 {
        if m == m.floor() {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let num = Int::from_f64(m)?;
    let one = Int::ONE;
    if e >= 0 {
        Ok((num.shl(&Int::from(e as i64))?, one))
    } else {
        Ok((num, one.shl(&Int::from(-e as i64))?))
    }
}

/// `float.fromhex(s)` (Objects/floatobject.c, float_fromhex): the hexadecimal string's
/// value rounded half-to-even to a double, subnormals included.
pub fn fromhex(s: &str) -> PyResult<f64> {
    let invalid = || {
        PyErr::msg(
            ExcKind::ValueError,
            "invalid hexadecimal floating-point string",
        )
    };
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let b = lower.as_bytes();
    let mut i = if b.starts_with(b"0x") { 2 } else { 0 };
    // The significant hex digits (at most 27, 108 bits), a sticky bit for any nonzero
    // digit dropped after them, and the binary exponent of the last kept digit.
    let mut m: u128 = 0;
    let mut sticky = false;
    let mut exp: i64 = 0;
    let mut digits = 0;
    let mut in_frac = false;
    while i < b.len() {
        let c = b[i];
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u128,
            b'a'..=b'f' => (c - b'a' + 10) as u128,
            b'.' if !in_frac => {
                in_frac = true;
                i += 1;
                continue;
            }
            _ => break,
        };
        digits += 1;
        if m < (1u128 << 104) {
            m = m * 16 + d;
            if in_frac {
                exp -= 4;
            }
        } else {
            sticky |= d != 0;
            if !in_frac {
                exp += 4;
            }
        }
        i += 1;
    }
    if digits == 0 {
        return Err(invalid());
    }
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            // Saturates far beyond any exponent that can matter.
            e = (e * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        exp += if eneg { -e } else { e };
    }
    if i != b.len() {
        return Err(invalid());
    }
    if m == 0 {
        return Ok(sign(0.0));
    }
    let overflow = || {
        PyErr::msg(
            ExcKind::OverflowError,
            "hexadecimal value too large to represent as a float",
        )
    };
    let nbits = 128 - m.leading_zeros() as i64;
    let top = nbits - 1 + exp;
    if top > 1023 {
        return Err(overflow());
    }
    // Bits of precision available at this magnitude (fewer for subnormals).
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - prec;
    let (kept, e2) = if shift <= 0 {
        (m, exp)
    } else if shift > nbits {
        (0, exp + shift)
    } else {
        let kept = if shift >= 128 { 0 } else { m >> shift };
        let half = (m >> (shift - 1)) & 1 == 1;
        let rest = sticky || (shift > 1 && m & ((1u128 << (shift - 1)) - 1) != 0);
        let up = half && (rest || kept & 1 == 1);
        (kept + up as u128, exp + shift)
    };
    if kept == 0 {
        return Ok(sign(0.0));
    }
    let kbits = 128 - kept.leading_zeros() as i64;
    if kbits - 1 + e2 > 1023 {
        return Err(overflow());
    }
    // kept fits in 54 bits and kept * 2**e2 is a double, so every step below is exact.
    let mut r = kept as f64;
    let mut e = e2;
    while e > 0 {
        let s = e.min(1000);
        r *= 2f64.powi(s as i32);
        e -= s;
    }
    while e < 0 {
        let s = (-e).min(1000);
        r /= 2f64.powi(s as i32);
        e += s;
    }
    Ok(sign(r))
}
