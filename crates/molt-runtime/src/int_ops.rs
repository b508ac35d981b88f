//! The slow paths of `Int`: big-int division, conversions and parsing.

use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::int::Int;
use dashu_int::ops::{BitTest, UnsignedAbs};
use dashu_int::{IBig, UBig};
use std::cell::Cell;

thread_local! {
    /// `sys.set_int_max_str_digits`; 0 disables the limit. CPython's default is 4300, and it
    /// honours PYTHONINTMAXSTRDIGITS at start-up.
    static MAX_STR_DIGITS: Cell<usize> = Cell::new(initial_max_str_digits());
}

fn initial_max_str_digits() -> usize {
    std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .unwrap_or(4300)
}

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

pub fn set_max_str_digits(n: &Int) -> PyResult<()> {
    let v = n.as_i64().unwrap_or(-1);
    if v != 0 && !(640..).contains(&v) {
        return value_error("maxdigits must be 0 or larger than 640");
    }
    MAX_STR_DIGITS.with(|c| c.set(v as usize));
    Ok(())
}

pub fn write_big_decimal(b: &IBig, out: &mut String) -> PyResult<()> {
    let limit = max_str_digits();
    if limit > 0 {
        // bit_len * log10(2) bounds the digit count; only compute exactly near the limit.
        let bits = b.clone().unsigned_abs().bit_len();
        let approx = (bits as f64 * std::f64::consts::LOG10_2) as usize;
        if approx > limit + 1 {
            return value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ));
        }
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        if digits > limit {
            return value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ));
        }
        out.push_str(&s);
        return Ok(());
    }
    out.push_str(&b.to_string());
    Ok(())
}

/// Correctly rounded a / b for big operands (b != 0).
pub fn truediv_big(a: &IBig, b: &IBig) -> PyResult<f64> {
    if *b == IBig::ZERO {
        return zero_division("division by zero");
    }
    let negative = (*a < IBig::ZERO) != (*b < IBig::ZERO);
    let a = a.clone().unsigned_abs();
    let b = b.clone().unsigned_abs();
    if a == UBig::ZERO {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has at least 55 significant bits, keep a sticky bit
    // for the remainder, then let the int->float conversion round once.
    let shift: isize = a.bit_len() as isize - b.bit_len() as isize - 55;
    let (q, r) = if shift > 0 {
        let d = &b << shift as usize;
        (&a / &d, &a % &d)
    } else {
        let n = &a << (-shift) as usize;
        (&n / &b, &n % &b)
    };
    let mut q = q;
    if r != UBig::ZERO {
        q |= UBig::ONE;
    }
    let qbits = q.bit_len() as isize;
    let exp = qbits + shift; // the result lies in [2^(exp-1), 2^exp)
    if exp > 1024 {
        return overflow_error("integer division result too large for a float");
    }
    let result = if exp < -1021 {
        // Subnormal: round at the right bit position before scaling.
        let drop = (-1074isize - shift).max(0) as usize;
        let keep = &q >> drop;
        let lost_mask = (UBig::ONE << drop) - UBig::ONE;
        let lost = &q & &lost_mask;
        let half = if drop > 0 {
            UBig::ONE << (drop - 1)
        } else {
            UBig::ZERO
        };
        let mut m = keep;
        if drop > 0 && (lost > half || (lost == half && m.bit(0))) {
            m += UBig::ONE;
        }
        let mf = m.to_f64().value();
        ldexp(mf, (shift + drop as isize) as i32)
    } else {
        // Reduce to 64 bits with a sticky bit so the conversion rounds exactly once.
        let (m, extra) = if qbits > 64 {
            let extra = (qbits - 64) as usize;
            let lost_mask = (UBig::ONE << extra) - UBig::ONE;
            let mut m = &q >> extra;
            if (&q & &lost_mask) != UBig::ZERO {
                m |= UBig::ONE;
            }
            (m, extra as isize)
        } else {
            (q, 0)
        };
        let m64 = u64::try_from(&m).unwrap_or(u64::MAX);
        ldexp(m64 as f64, (shift + extra) as i32)
    };
    if result.is_infinite() {
        return overflow_error("integer division result too large for a float");
    }
    Ok(if negative { -result } else { result })
}

/// `x * 2**e` without intermediate overflow.
pub fn ldexp(mut x: f64, mut e: i32) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

pub fn big_from_f64(t: f64) -> Int {
    // t is integral and finite; decompose into mantissa * 2^exp.
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut v = IBig::from(mant);
    if exp > 0 {
        v <<= exp as usize;
    } else {
        v >>= (-exp) as usize;
    }
    if t < 0.0 {
        v = -v;
    }
    Int::from_big(v)
}

pub fn pow_mod(base: &Int, e: &Int, m: &Int) -> PyResult<Int> {
    if m.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let mut base = base.clone();
    let mut e = e.clone();
    if e.is_negative() {
        // pow(b, -e, m) is the inverse of b**e modulo m.
        base = mod_inverse(&base, m)?;
        e = e.neg();
    }
    let mut result = Int::ONE.modulo(m)?;
    base = base.modulo(m)?;
    let two = Int::Small(2);
    while !e.is_zero() {
        if e.is_odd() {
            result = result.mul(&base).modulo(m)?;
        }
        e = e.floordiv(&two)?;
        if !e.is_zero() {
            base = base.mul(&base).modulo(m)?;
        }
    }
    Ok(result)
}

fn mod_inverse(a: &Int, m: &Int) -> PyResult<Int> {
    // Extended Euclid over Python ints.
    let (mut old_r, mut r) = (a.modulo(m)?, m.abs());
    let (mut old_s, mut s) = (Int::ONE, Int::ZERO);
    while !r.is_zero() {
        let q = old_r.floordiv(&r)?;
        let nr = old_r.sub(&q.mul(&r));
        old_r = std::mem::replace(&mut r, nr);
        let ns = old_s.sub(&q.mul(&s));
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.eq_int(&Int::ONE) {
        return value_error("base is not invertible for the given modulus");
    }
    old_s.modulo(m)
}

/// `int(s, base)` with Python's rules: surrounding whitespace, sign, base prefixes,
/// single underscores between digits, and any Unicode decimal digit.
pub fn parse_int(s: &str, base: u32) -> PyResult<Int> {
    let err = || {
        let mut r = String::new();
        let _ = crate::str::repr_str_into(s, &mut r);
        PyErr::msg(
            ExcKind::ValueError,
            format!("invalid literal for int() with base {base}: {r}"),
        )
    };
    if base == 1 || base > 36 {
        return value_error("int() base must be >= 2 and <= 36, or 0");
    }
    let t = s.trim_matches(crate::str::is_py_whitespace);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower_prefix = |p: &str| t.len() >= 2 && t[..2].eq_ignore_ascii_case(p);
    let (base, digits, had_prefix) = if (base == 16 || base == 0) && lower_prefix("0x") {
        (16, &t[2..], true)
    } else if (base == 8 || base == 0) && lower_prefix("0o") {
        (8, &t[2..], true)
    } else if (base == 2 || base == 0) && lower_prefix("0b") {
        (2, &t[2..], true)
    } else if base == 0 {
        // Base 0 forbids leading zeros in a non-zero decimal literal.
        let stripped: String = t.chars().filter(|c| *c != '_').collect();
        if stripped.len() > 1 && stripped.starts_with('0') && stripped.chars().any(|c| c != '0') {
            return Err(err());
        }
        (10, t, false)
    } else {
        (base, t, false)
    };
    let mut clean = String::with_capacity(digits.len());
    let mut prev_underscore = !had_prefix;
    if digits.is_empty() {
        return Err(err());
    }
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(err());
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = if let Some(d) = crate::unicode::decimal_value(c) {
            d
        } else if c.is_ascii_alphabetic() {
            (c.to_ascii_lowercase() as u32) - ('a' as u32) + 10
        } else {
            return Err(err());
        };
        if d >= base {
            return Err(err());
        }
        clean.push(std::char::from_digit(d, base).ok_or_else(err)?);
    }
    if prev_underscore {
        return Err(err());
    }
    let limit = max_str_digits();
    if base == 10 && limit > 0 && clean.len() > limit {
        return value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        ));
    }
    let v = if clean.len() <= 18 && base == 10 {
        Int::Small(clean.parse::<i64>().map_err(|_| err())?)
    } else {
        Int::from_big(IBig::from(
            UBig::from_str_radix(&clean, base).map_err(|_| err())?,
        ))
    };
    Ok(if neg { v.neg() } else { v })
}
