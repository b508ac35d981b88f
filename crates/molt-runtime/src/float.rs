//! Python float semantics on f64: repr, floor division and modulo, power, rounding, parsing.

use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::int::Int;

/// The shortest round-tripping digits of a finite, non-zero |x| and its decimal exponent:
/// x = 0.d1d2d3... * 10**exp.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let mut buf = zmij::Buffer::new();
    let s = buf.format_finite(x.abs());
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let mut digits: String = int_part.chars().chain(frac_part.chars()).collect();
    let mut decpt = int_part.len() as i32 + exp;
    // Strip leading zeros (0.001 -> digits "0001") and trailing zeros.
    let lead = digits.len() - digits.trim_start_matches('0').len();
    digits.drain(..lead);
    decpt -= lead as i32;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    if digits.is_empty() {
        digits.push('0');
        decpt = 1;
    }
    (digits, decpt)
}

/// `repr(x)` (float_repr_style 'short').
pub fn repr_into(x: f64, out: &mut String) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "inf" } else { "-inf" });
        return;
    }
    if x == 0.0 {
        out.push_str(if x.is_sign_negative() { "-0.0" } else { "0.0" });
        return;
    }
    if x < 0.0 {
        out.push('-');
    }
    let (digits, decpt) = shortest_digits(x);
    layout_repr(&digits, decpt, out);
}

/// Lays out digits/decpt the way float_repr_style 'short' does: exponent form when
/// decpt <= -4 or decpt > 16, fixed form (with ".0" when integral) otherwise.
fn layout_repr(digits: &str, decpt: i32, out: &mut String) {
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let e = decpt - 1;
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let ea = e.unsigned_abs();
        if ea < 10 {
            out.push('0');
        }
        out.push_str(&ea.to_string());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(digits);
    } else if decpt >= n {
        out.push_str(digits);
        for _ in 0..(decpt - n) {
            out.push('0');
        }
        out.push_str(".0");
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

pub fn repr(x: f64) -> String {
    let mut s = String::new();
    repr_into(x, &mut s);
    s
}

/// `a // b`.
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
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

/// `a ** b` for floats (Objects/floatobject.c, float_pow).
pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 {
        if b < 0.0 {
            return zero_division("0.0 cannot be raised to a negative power");
        }
        return Ok(a.powf(b));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        // CPython returns a complex number here; molt has no complex type yet.
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "molt: a negative number raised to a fractional power gives a complex number, which is not supported",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return overflow_error("(34, 'Numerical result out of range')");
    }
    Ok(r)
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

/// `round(x, n)`: rounds the exact decimal value of x, half to even, like CPython's
/// correctly rounded double_round.
pub fn round_ndigits(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0f64.copysign(x);
    }
    // Format with n digits after the point (std formatting is exact and rounds half to
    // even on the exact binary value), then parse back.
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        if r == 0.0 { 0.0f64.copysign(x) } else { r }
    } else {
        let exact = exact_decimal(x);
        let r: f64 = round_decimal_string(&exact, (-n) as i32)
            .parse()
            .unwrap_or(x);
        if r == 0.0 { 0.0f64.copysign(x) } else { r }
    }
}

/// The exact decimal expansion of a finite double (every double has one).
fn exact_decimal(x: f64) -> String {
    format!("{:.1100}", x)
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

/// Rounds a decimal string to a multiple of 10**k (k > 0), half to even.
fn round_decimal_string(s: &str, k: i32) -> String {
    let neg = s.starts_with('-');
    let body = s.trim_start_matches('-');
    let (ip, fp) = match body.find('.') {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, ""),
    };
    let k = k as usize;
    // Pad so that at least one digit is kept.
    let padded = format!("{}{}", "0".repeat((k + 1).saturating_sub(ip.len())), ip);
    let ip = padded.as_str();
    let keep = &ip[..ip.len() - k];
    let rest = &ip[ip.len() - k..];
    let first = rest.as_bytes()[0];
    let tail_nonzero = rest[1..].bytes().any(|b| b != b'0') || fp.bytes().any(|b| b != b'0');
    let last_odd = keep.as_bytes().last().is_some_and(|b| (b - b'0') % 2 == 1);
    let up = first > b'5' || (first == b'5' && (tail_nonzero || last_odd));
    let mut digits: Vec<u8> = keep.bytes().collect();
    if up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(std::str::from_utf8(&digits).unwrap_or("0"));
    for _ in 0..k {
        out.push('0');
    }
    out
}

/// `float(s)`.
pub fn parse(s: &str) -> PyResult<f64> {
    let err = || {
        let mut r = String::new();
        crate::str::repr_str_into(s, &mut r);
        PyErr::msg(
            ExcKind::ValueError,
            format!("could not convert string to float: {r}"),
        )
    };
    let t = s.trim_matches(crate::str::is_py_whitespace);
    if t.is_empty() {
        return Err(err());
    }
    let (neg, body) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // Digits (any Unicode decimal), one optional point, optional exponent;
            // single underscores only between digits.
            let mut clean = String::with_capacity(body.len());
            let chars: Vec<char> = body.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                if c == '_' {
                    let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
                    let next_digit = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
                    if !(prev_digit && next_digit) {
                        return Err(err());
                    }
                    continue;
                }
                if let Some(d) = crate::unicode::decimal_value(c) {
                    clean.push((b'0' + d as u8) as char);
                } else if matches!(c, '.' | 'e' | 'E' | '+' | '-') {
                    clean.push(c);
                } else {
                    return Err(err());
                }
            }
            if !clean
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_digit() || b == b'.')
            {
                return Err(err());
            }
            if clean.contains("inf") || clean.contains("nan") {
                return Err(err());
            }
            clean.parse::<f64>().map_err(|_| err())?
        }
    };
    Ok(if neg { -v } else { v })
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
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
