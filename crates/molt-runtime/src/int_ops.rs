//! The slow paths of `Int`: everything that touches a big value or an error, kept out of
//! line so that the i64 fast paths in int.rs stay small enough to inline everywhere.
//! Semantics and messages follow CPython 3.11's Objects/longobject.c and
//! Modules/mathmodule.c.

use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::int::Int;
use dashu_int::ops::{BitTest, DivRem, Gcd, SquareRoot, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig, Word};
use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;
use std::sync::atomic::{AtomicI64, Ordering as AtomicOrdering};

/// The largest result, in bits, that an operation may build. CPython would try (and on a
/// big enough machine succeed, or raise MemoryError when malloc fails); Rust's allocator
/// aborts the process instead, so sizes beyond this (4 GiB per number) raise MemoryError
/// up front. No realistic program gets near it.
pub const MAX_BITS: u64 = 1 << 35;

/// CPython's _PY_LONG_DEFAULT_MAX_STR_DIGITS and _PY_LONG_MAX_STR_DIGITS_THRESHOLD.
pub const DEFAULT_MAX_STR_DIGITS: i64 = 4300;
pub const MAX_STR_DIGITS_THRESHOLD: i64 = 640;

fn memory_error<T>() -> PyResult<T> {
    Err(PyErr::new(ExcKind::MemoryError, vec![]))
}

/// abs(x) as an unsigned big value.
fn magnitude(x: &Int) -> UBig {
    match x {
        Int::Small(v) => UBig::from(v.unsigned_abs()),
        Int::Big(b) => (&**b).unsigned_abs(),
    }
}

fn from_ubig(u: UBig) -> Int {
    Int::from_big(IBig::from(u))
}

// ---------------------------------------------------------------------------------------
// Arithmetic

#[cold]
#[inline(never)]
pub fn add_slow(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::from(*x as i128 + *y as i128),
        _ => Int::from_big(&*a.as_big() + &*b.as_big()),
    }
}

#[cold]
#[inline(never)]
pub fn sub_slow(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::from(*x as i128 - *y as i128),
        _ => Int::from_big(&*a.as_big() - &*b.as_big()),
    }
}

#[cold]
#[inline(never)]
pub fn mul_slow(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::from(*x as i128 * *y as i128),
        _ => Int::from_big(&*a.as_big() * &*b.as_big()),
    }
}

/// Updates a uniquely owned big value in place (dashu reuses its buffer); returns false
/// when `a` is small or shared.
fn update_in_place(a: &mut Int, f: impl FnOnce(&mut IBig)) -> bool {
    let fits = match a {
        Int::Big(rc) => match Rc::get_mut(rc) {
            Some(m) => {
                f(m);
                i64::try_from(&*m).ok()
            }
            None => return false,
        },
        Int::Small(_) => return false,
    };
    if let Some(v) = fits {
        *a = Int::Small(v);
    }
    true
}

#[cold]
#[inline(never)]
pub fn add_assign_slow(a: &mut Int, b: &Int) {
    if !update_in_place(a, |m| *m += &*b.as_big()) {
        *a = add_slow(a, b);
    }
}

#[cold]
#[inline(never)]
pub fn sub_assign_slow(a: &mut Int, b: &Int) {
    if !update_in_place(a, |m| *m -= &*b.as_big()) {
        *a = sub_slow(a, b);
    }
}

#[cold]
#[inline(never)]
pub fn neg_slow(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::from(-(*x as i128)),
        Int::Big(b) => Int::from_big(-&**b),
    }
}

#[cold]
#[inline(never)]
pub fn cmp_slow(a: &Int, b: &Int) -> Ordering {
    // Normalisation: a big value lies outside the i64 range, so its sign decides.
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        (Int::Small(_), Int::Big(_)) => {
            if b.is_negative() {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (Int::Big(_), Int::Small(_)) => {
            if a.is_negative() {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Int::Big(x), Int::Big(y)) => (**x).cmp(&**y),
    }
}

#[cold]
#[inline(never)]
fn zero_div_err(msg: &'static str) -> PyErr {
    PyErr::msg(ExcKind::ZeroDivisionError, msg)
}

/// Floor division and modulo of big values (b != 0), from the truncating div_rem.
fn floor_divmod_big(a: &IBig, b: &IBig) -> (IBig, IBig) {
    let (q, r) = a.div_rem(b);
    if r != IBig::ZERO && r.sign() != b.sign() {
        (q - IBig::ONE, r + b)
    } else {
        (q, r)
    }
}

#[cold]
#[inline(never)]
pub fn floordiv_slow(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_zero() {
        return Err(zero_div_err("integer division or modulo by zero"));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        // Only i64::MIN // -1 gets here; floor division in i128 cannot overflow.
        let (x, y) = (*x as i128, *y as i128);
        let (q, r) = (x / y, x % y);
        return Ok(Int::from(if r != 0 && (r < 0) != (y < 0) {
            q - 1
        } else {
            q
        }));
    }
    let (a, b) = (a.as_big(), b.as_big());
    let (q, r) = (&*a).div_rem(&*b);
    Ok(Int::from_big(if r != IBig::ZERO && r.sign() != b.sign() {
        q - IBig::ONE
    } else {
        q
    }))
}

#[cold]
#[inline(never)]
pub fn modulo_slow(a: &Int, b: &Int) -> PyResult<Int> {
    if b.is_zero() {
        return Err(zero_div_err("integer modulo by zero"));
    }
    let b = b.as_big();
    let r = &*a.as_big() % &*b;
    Ok(Int::from_big(if r != IBig::ZERO && r.sign() != b.sign() {
        r + &*b
    } else {
        r
    }))
}

#[cold]
#[inline(never)]
pub fn divmod_slow(a: &Int, b: &Int) -> PyResult<(Int, Int)> {
    if b.is_zero() {
        return Err(zero_div_err("integer division or modulo by zero"));
    }
    let (q, r) = floor_divmod_big(&a.as_big(), &b.as_big());
    Ok((Int::from_big(q), Int::from_big(r)))
}

/// `x * 2**e`, exact whenever the result is representable (the callers guarantee that the
/// intermediate steps stay normal).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    const STEP: i64 = 1000;
    while e > STEP {
        x *= 2f64.powi(STEP as i32);
        e -= STEP;
    }
    while e < -STEP {
        x *= 2f64.powi(-STEP as i32);
        e += STEP;
    }
    x * 2f64.powi(e as i32)
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MIN_EXP: i64 = -1021;

/// Correctly rounded `a / b`: Objects/longobject.c long_true_divide, step by step.
#[cold]
#[inline(never)]
pub fn truediv(a: &Int, b: &Int) -> PyResult<f64> {
    const OVERFLOW: &str = "integer division result too large for a float";
    if b.is_zero() {
        return zero_division("division by zero");
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |r: f64| if negate { -r } else { r };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let am = magnitude(a);
    let bm = magnitude(b);
    let a_bits = am.bit_len() as i64;
    let b_bits = bm.bit_len() as i64;
    if a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG {
        // Both exact as doubles: a single IEEE division rounds correctly.
        let (Ok(x), Ok(y)) = (u64::try_from(&am), u64::try_from(&bm)) else {
            return overflow_error(OVERFLOW);
        };
        return Ok(signed(x as f64 / y as f64));
    }
    let diff = a_bits - b_bits;
    if diff > DBL_MAX_EXP {
        return overflow_error(OVERFLOW);
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    // x = floor(a / b / 2**shift) has DBL_MANT_DIG + 2 or 3 bits, and a flag remembers
    // whether anything was lost, for the rounding below.
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        am << (-shift) as usize
    } else {
        let s = shift as usize;
        inexact = am.trailing_zeros().is_some_and(|tz| tz < s);
        am >> s
    };
    let (q, r) = x.div_rem(&bm);
    if r != UBig::ZERO {
        inexact = true;
    }
    let x_bits = q.bit_len() as i64;
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let Ok(q) = u64::try_from(&q) else {
        return overflow_error(OVERFLOW);
    };
    if !(1..=8).contains(&extra_bits) {
        return overflow_error(OVERFLOW);
    }
    // Round half to even on the extra bits, with the inexact flag as a sticky bit.
    let mask: u64 = 1 << (extra_bits - 1);
    let mut low = q | inexact as u64;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    let dx = (low & !(2 * mask - 1)) as f64;
    if shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return overflow_error(OVERFLOW);
    }
    Ok(signed(ldexp(dx, shift)))
}

/// Reads 64 bits of a magnitude starting at bit `start` (bits past the end are zero).
fn bits_at(words: &[Word], start: usize) -> u64 {
    const WB: usize = Word::BITS as usize;
    let idx = start / WB;
    let off = start % WB;
    let mut acc: u128 = 0;
    for (k, w) in words.iter().skip(idx).take(128 / WB).enumerate() {
        acc |= (*w as u128) << (k * WB);
    }
    (acc >> off) as u64
}

/// Whether any of the lowest `n` bits of a magnitude is set.
fn low_bits_nonzero(words: &[Word], n: usize) -> bool {
    const WB: usize = Word::BITS as usize;
    let full = n / WB;
    let rest = n % WB;
    words.iter().take(full).any(|w| *w != 0)
        || (rest > 0
            && words
                .get(full)
                .is_some_and(|w| (*w as u128) & ((1u128 << rest) - 1) != 0))
}

/// int -> float for a big value: round half to even, OverflowError when out of range
/// (PyLong_AsDouble).
#[cold]
#[inline(never)]
pub fn big_to_f64(b: &IBig) -> PyResult<f64> {
    let (sign, words) = b.as_sign_words();
    let bits = b.bit_len();
    let mag = if bits <= 64 {
        bits_at(words, 0) as f64
    } else {
        if bits > DBL_MAX_EXP as usize {
            return overflow_error("int too large to convert to float");
        }
        // The top 64 bits plus a sticky bit below the rounding position: one correctly
        // rounded u64 -> f64 conversion then gives the correctly rounded result.
        let drop = bits - 64;
        let m = bits_at(words, drop) | low_bits_nonzero(words, drop) as u64;
        ldexp(m as f64, drop as i64)
    };
    if mag.is_infinite() {
        return overflow_error("int too large to convert to float");
    }
    Ok(if sign == Sign::Negative { -mag } else { mag })
}

/// `int(x)` for a float outside the i64 range (PyLong_FromDouble).
#[cold]
#[inline(never)]
pub fn from_f64_slow(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    let t = x.trunc();
    let bits = t.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        return Ok(Int::ZERO);
    }
    let exp = biased - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = if exp >= 0 {
        UBig::from(mant) << exp as usize
    } else {
        UBig::from(mant >> (-exp).min(63) as u32)
    };
    let v = IBig::from(mag);
    Ok(Int::from_big(if t < 0.0 { -v } else { v }))
}

/// `self ** e` beyond the i64 fast path (e >= 0).
#[cold]
#[inline(never)]
pub fn pow_slow(base: &Int, e: &Int) -> PyResult<Int> {
    if e.is_negative() {
        return value_error("negative exponent");
    }
    match base {
        Int::Small(0) => return Ok(Int::from(e.is_zero())),
        Int::Small(1) => return Ok(Int::ONE),
        Int::Small(-1) => return Ok(Int::Small(if e.is_odd() { -1 } else { 1 })),
        _ => {}
    }
    // |base| >= 2 from here, so a huge exponent cannot fit in memory (CPython grinds on
    // until malloc fails).
    let Int::Small(e) = e else {
        return memory_error();
    };
    if *e == 0 {
        return Ok(Int::ONE);
    }
    let log2_base = match base {
        Int::Small(v) => (v.unsigned_abs() as f64).log2(),
        Int::Big(_) => (base.bit_length() - 1) as f64,
    };
    if log2_base * *e as f64 > MAX_BITS as f64 {
        return memory_error();
    }
    Ok(Int::from_big(base.as_big().pow(*e as usize)))
}

fn mul_mod_u64(a: u64, b: u64, m: u64) -> u64 {
    ((a as u128 * b as u128) % m as u128) as u64
}

/// Modular inverse for a modulus below 2**63 (extended Euclid), if it exists.
fn inv_mod_u64(a: u64, m: u64) -> Option<u64> {
    let (mut old_r, mut r) = (a as i128, m as i128);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    if old_r != 1 {
        return None;
    }
    Some(old_s.rem_euclid(m as i128) as u64)
}

/// Modular inverse for any modulus m > 1 (CPython's long_invmod: extended Euclid), in
/// [0, m).
fn inv_mod_big(a: &Int, m: &Int) -> Option<Int> {
    let (mut a, mut n) = (a.clone(), m.clone());
    let (mut b, mut c) = (Int::ONE, Int::ZERO);
    while !n.is_zero() {
        let (q, r) = a.divmod(&n).ok()?;
        a = std::mem::replace(&mut n, r);
        let next = b.sub(&q.mul(&c));
        b = std::mem::replace(&mut c, next);
    }
    if a != Int::ONE {
        return None;
    }
    b.modulo(m).ok()
}

/// base**exp mod m for base < m, m > 1: left-to-right binary exponentiation with plain
/// multiply-and-reduce steps, as CPython's long_pow does.
fn pow_mod_ubig(base: UBig, exp: &UBig, m: &UBig) -> UBig {
    let bits = exp.bit_len();
    if bits == 0 {
        return UBig::ONE % m;
    }
    let mut result = base.clone();
    for i in (0..bits - 1).rev() {
        result = result.sqr() % m;
        if exp.bit(i) {
            result = (result * &base) % m;
        }
    }
    result
}

/// `pow(base, e, m)` (long_pow with a modulus).
pub fn pow_mod(base: &Int, e: &Int, m: &Int) -> PyResult<Int> {
    const NOT_INVERTIBLE: &str = "base is not invertible for the given modulus";
    if m.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let negative_output = m.is_negative();
    let mm = m.abs();
    if mm == Int::ONE {
        return Ok(Int::ZERO);
    }
    let residue = if let (Int::Small(modulus), Int::Small(exp)) = (&mm, e) {
        // A modulus below 2**63: machine arithmetic.
        let modulus = *modulus as u64;
        let mut b = base.modulo(&mm)?.as_i64().unwrap_or(0) as u64;
        if *exp < 0 {
            b = inv_mod_u64(b, modulus)
                .ok_or_else(|| PyErr::msg(ExcKind::ValueError, NOT_INVERTIBLE))?;
        }
        let mut exp = exp.unsigned_abs();
        let mut result = 1u64 % modulus;
        while exp > 0 {
            if exp & 1 == 1 {
                result = mul_mod_u64(result, b, modulus);
            }
            exp >>= 1;
            if exp > 0 {
                b = mul_mod_u64(b, b, modulus);
            }
        }
        Int::from(result)
    } else {
        let modulus = magnitude(&mm);
        let mut b = base.modulo(&mm)?;
        if e.is_negative() {
            b = inv_mod_big(&b, &mm)
                .ok_or_else(|| PyErr::msg(ExcKind::ValueError, NOT_INVERTIBLE))?;
        }
        from_ubig(pow_mod_ubig(magnitude(&b), &magnitude(e), &modulus))
    };
    if negative_output && !residue.is_zero() {
        return Ok(residue.sub(&mm));
    }
    Ok(residue)
}

// ---------------------------------------------------------------------------------------
// Bits and shifts

#[cold]
#[inline(never)]
pub fn bitand_slow(a: &Int, b: &Int) -> Int {
    Int::from_big(&*a.as_big() & &*b.as_big())
}

#[cold]
#[inline(never)]
pub fn bitor_slow(a: &Int, b: &Int) -> Int {
    Int::from_big(&*a.as_big() | &*b.as_big())
}

#[cold]
#[inline(never)]
pub fn bitxor_slow(a: &Int, b: &Int) -> Int {
    Int::from_big(&*a.as_big() ^ &*b.as_big())
}

#[cold]
#[inline(never)]
pub fn invert_slow(a: &Int) -> Int {
    Int::from_big(-&*a.as_big() - IBig::ONE)
}

#[cold]
#[inline(never)]
pub fn shl_slow(a: &Int, n: &Int) -> PyResult<Int> {
    if n.is_negative() {
        return value_error("negative shift count");
    }
    if a.is_zero() {
        return Ok(Int::ZERO);
    }
    // CPython raises MemoryError for shifts whose result cannot be allocated.
    let Int::Small(n) = n else {
        return memory_error();
    };
    if a.bit_length() as u64 + *n as u64 > MAX_BITS {
        return memory_error();
    }
    Ok(Int::from_big(&*a.as_big() << *n as usize))
}

#[cold]
#[inline(never)]
pub fn shr_slow(a: &Int, n: &Int) -> PyResult<Int> {
    if n.is_negative() {
        return value_error("negative shift count");
    }
    let fill = Int::Small(if a.is_negative() { -1 } else { 0 });
    let Int::Small(n) = n else {
        return Ok(fill);
    };
    match a {
        Int::Small(v) => Ok(Int::Small(v >> (*n).min(63))),
        Int::Big(b) => {
            if *n as u64 >= b.bit_len() as u64 {
                return Ok(fill);
            }
            Ok(Int::from_big(&**b >> *n as usize))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Decimal conversion and the int max str digits limit

/// -1 until first read from PYTHONINTMAXSTRDIGITS; then the limit, 0 meaning none.
static MAX_STR_DIGITS: AtomicI64 = AtomicI64::new(-1);

/// Parses PYTHONINTMAXSTRDIGITS the way CPython's config does (_Py_str_to_int: C
/// whitespace, optional sign, decimal digits, nothing after, fitting a C int; then 0 or
/// >= 640). None when unset or empty; Err when set but invalid.
fn env_max_str_digits() -> Option<Result<i64, ()>> {
    parse_env_max_str_digits(std::env::var_os("PYTHONINTMAXSTRDIGITS").as_deref())
}

pub(crate) fn parse_env_max_str_digits(raw: Option<&std::ffi::OsStr>) -> Option<Result<i64, ()>> {
    let raw = raw?;
    if raw.is_empty() {
        return None;
    }
    let Some(s) = raw.to_str() else {
        return Some(Err(()));
    };
    let t = s.trim_start_matches([' ', '\t', '\n', '\u{b}', '\u{c}', '\r']);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return Some(Err(()));
    }
    let Ok(v) = digits.parse::<i64>() else {
        return Some(Err(()));
    };
    let v = if neg { -v } else { v };
    if i32::try_from(v).is_err() || (v != 0 && v < MAX_STR_DIGITS_THRESHOLD) {
        return Some(Err(()));
    }
    Some(Ok(v))
}

/// For start-up: CPython refuses to start when PYTHONINTMAXSTRDIGITS is invalid, printing
/// this (as "Fatal Python error: ...", exit status 1).
pub fn check_env_max_str_digits() -> Result<(), String> {
    match env_max_str_digits() {
        Some(Err(())) => Err("config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.".to_string()),
        _ => Ok(()),
    }
}

/// `sys.get_int_max_str_digits()`; 0 means unlimited.
pub fn max_str_digits() -> usize {
    let v = MAX_STR_DIGITS.load(AtomicOrdering::Relaxed);
    if v >= 0 {
        return v as usize;
    }
    let init = match env_max_str_digits() {
        Some(Ok(v)) => v,
        _ => DEFAULT_MAX_STR_DIGITS,
    };
    MAX_STR_DIGITS.store(init, AtomicOrdering::Relaxed);
    init as usize
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_max_str_digits(n: &Int) -> PyResult<()> {
    let Some(v) = n.as_i64().filter(|v| i32::try_from(*v).is_ok()) else {
        return overflow_error("Python int too large to convert to C int");
    };
    if v != 0 && v < MAX_STR_DIGITS_THRESHOLD {
        return value_error("maxdigits must be 0 or larger than 640");
    }
    MAX_STR_DIGITS.store(v, AtomicOrdering::Relaxed);
    Ok(())
}

fn to_str_limit_error<T>(limit: usize) -> PyResult<T> {
    value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// Appends the decimal form of an i64.
#[inline]
pub fn write_i64(v: i64, out: &mut String) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut m = v.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if v < 0 {
        out.push('-');
    }
    for &d in &buf[i..] {
        out.push(d as char);
    }
}

/// `str()` of a big value, enforcing the limit (long_to_decimal_string_internal: only the
/// digit count matters; the bit-length pre-check there never rejects a value that has at
/// most `limit` digits).
#[cold]
#[inline(never)]
pub fn write_big_decimal(b: &IBig, out: &mut String) -> PyResult<()> {
    let limit = max_str_digits();
    if limit > 0 {
        // A lower bound on the digit count, from the bit length (30102999/10**8 < log10 2),
        // refuses enormous values without converting them.
        let bits = b.bit_len() as u128;
        let at_least = (bits - 1) * 30_102_999 / 100_000_000 + 1;
        if at_least > limit as u128 {
            return to_str_limit_error(limit);
        }
    }
    let s = b.to_string();
    if limit > 0 && s.trim_start_matches('-').len() > limit {
        return to_str_limit_error(limit);
    }
    out.push_str(&s);
    Ok(())
}

/// Digits of abs(x) in `base` (2..=36; anything else is treated as 10), no limit.
fn abs_digits_unlimited(x: &Int, base: u32, upper: bool) -> String {
    let base = if (2..=36).contains(&base) { base } else { 10 };
    match x {
        Int::Small(v) => {
            let mut m = v.unsigned_abs();
            let mut buf = [0u8; 64];
            let mut i = buf.len();
            let letters = if upper { b'A' } else { b'a' };
            loop {
                i -= 1;
                let d = (m % base as u64) as u8;
                buf[i] = if d < 10 { b'0' + d } else { letters + d - 10 };
                m /= base as u64;
                if m == 0 {
                    break;
                }
            }
            buf[i..].iter().map(|&c| c as char).collect()
        }
        Int::Big(b) => {
            let s = if upper {
                format!("{:#}", b.in_radix(base as u8))
            } else {
                format!("{}", b.in_radix(base as u8))
            };
            match s.strip_prefix('-') {
                Some(t) => t.to_string(),
                None => s,
            }
        }
    }
}

/// Digits of abs(x); base 10 enforces the max str digits limit, as str() and format()
/// do.
pub fn abs_digits(x: &Int, base: u32, upper: bool) -> PyResult<String> {
    if base == 10 {
        let mut s = String::new();
        x.write_decimal(&mut s)?;
        if let Some(t) = s.strip_prefix('-') {
            return Ok(t.to_string());
        }
        return Ok(s);
    }
    Ok(abs_digits_unlimited(x, base, upper))
}

/// `hex(x)` / `oct(x)` / `bin(x)` (prefix) and the bare digits with a sign (no prefix).
pub fn format_radix(x: &Int, base: u32, prefix: bool) -> String {
    let digits = abs_digits_unlimited(x, base, false);
    let mut out = String::with_capacity(digits.len() + 3);
    if x.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            16 => "0x",
            8 => "0o",
            2 => "0b",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

// ---------------------------------------------------------------------------------------
// Parsing: int(s, base)

/// Zeros of the Unicode 14.0 decimal digit runs (category Nd), as CPython 3.11's
/// unicodedata has them. Every run is ten consecutive code points.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Py_UNICODE_TODECIMAL: the value of a Unicode decimal digit.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let v = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|z| *z <= v);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (v - zero < 10).then_some(v - zero)
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII for one character: int() parses the result.
fn to_ascii_for_int(c: char) -> u8 {
    if c.is_ascii() {
        c as u8
    } else if crate::unicode::is_space(c) {
        b' '
    } else if let Some(d) = decimal_digit_value(c) {
        b'0' + d as u8
    } else {
        b'?'
    }
}

/// Py_ISSPACE: the C locale's whitespace, which is all PyLong_FromString skips.
fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 37,
    }
}

enum ParseFail {
    Syntax,
    Limit(usize),
}

/// PyLong_FromString over the ASCII-transformed text.
fn parse_ascii(p: &[u8], base: u32) -> Result<Int, ParseFail> {
    let at = |i: usize| p.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    // An old C-style octal literal is invalid, unless it is zero.
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        // One underscore is allowed right after the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseFail::Syntax);
    }
    let start = i;
    let mut digits = 0usize;
    let mut prev = 0u8;
    loop {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(ParseFail::Syntax);
            }
        } else if digit_value(c) < base {
            digits += 1;
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseFail::Syntax);
    }
    // Power-of-two bases convert in linear time and are not limited.
    if !base.is_power_of_two() && digits > MAX_STR_DIGITS_THRESHOLD as usize {
        let limit = max_str_digits();
        if limit > 0 && digits > limit {
            return Err(ParseFail::Limit(digits));
        }
    }
    let end = i;
    if digits == 0 {
        return Err(ParseFail::Syntax);
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != p.len() {
        return Err(ParseFail::Syntax);
    }
    let body = p.get(start..end).unwrap_or_default();
    let mut small: Option<u64> = Some(0);
    for &c in body {
        if c != b'_' {
            small = small
                .and_then(|v| v.checked_mul(base as u64))
                .and_then(|v| v.checked_add(digit_value(c) as u64));
        }
    }
    let v = match small {
        Some(v) => Int::from(v),
        None => {
            let clean: String = body
                .iter()
                .filter(|c| **c != b'_')
                .map(|&c| c as char)
                .collect();
            let u = UBig::from_str_radix(&clean, base).map_err(|_| ParseFail::Syntax)?;
            from_ubig(u)
        }
    };
    if error_if_nonzero && !v.is_zero() {
        return Err(ParseFail::Syntax);
    }
    Ok(if negative { v.neg() } else { v })
}

/// Literal digits without sign, underscores or limit (see `Int::from_digits`).
pub fn from_digits(digits: &str, radix: u32) -> Option<Int> {
    if !(2..=36).contains(&radix)
        || digits.is_empty()
        || !digits.bytes().all(|c| digit_value(c) < radix)
    {
        return None;
    }
    if let Ok(v) = u64::from_str_radix(digits, radix) {
        return Some(Int::from(v));
    }
    UBig::from_str_radix(digits, radix).ok().map(from_ubig)
}

/// `int(s, base)` with CPython's rules: surrounding whitespace (any Unicode whitespace),
/// a sign, base prefixes, single underscores between digits, any Unicode decimal digit,
/// the digit limit, and the exact error messages.
pub fn parse_int(s: &str, base: u32) -> PyResult<Int> {
    if base == 1 || base > 36 {
        return value_error("int() base must be >= 2 and <= 36, or 0");
    }
    let text: Cow<'_, [u8]> = if s.is_ascii() {
        Cow::Borrowed(s.as_bytes())
    } else {
        Cow::Owned(s.chars().map(to_ascii_for_int).collect())
    };
    match parse_ascii(&text, base) {
        Ok(v) => Ok(v),
        Err(ParseFail::Limit(digits)) => {
            let limit = max_str_digits();
            value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ))
        }
        Err(ParseFail::Syntax) => {
            // "%.200R": the repr of the original string, cut to 200 characters.
            let mut r = String::new();
            crate::str::repr_str_into(s, &mut r);
            let r: String = r.chars().take(200).collect();
            value_error(format!("invalid literal for int() with base {base}: {r}"))
        }
    }
}

/// `int(b, base)` of bytes or a bytearray (Objects/longobject.c _PyLong_FromBytes): ASCII
/// digits only, C whitespace around them; the error shows the repr of the (first 200)
/// bytes.
/// The base is valid (0 or 2..=36): the callers check it.
pub fn parse_int_bytes(b: &[u8], base: u32) -> PyResult<Int> {
    let r = if crate::modules::bytes::is_number_text(b) {
        parse_ascii(b, base)
    } else {
        Err(ParseFail::Syntax)
    };
    match r {
        Ok(v) => Ok(v),
        Err(ParseFail::Limit(digits)) => {
            let limit = max_str_digits();
            value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ))
        }
        Err(ParseFail::Syntax) => {
            let mut r = String::new();
            crate::modules::bytes::repr_bytes(&b[..b.len().min(200)], &mut r);
            value_error(format!("invalid literal for int() with base {base}: {r}"))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Bytes

fn little_endian(byteorder: &str) -> PyResult<bool> {
    match byteorder {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => value_error("byteorder must be either 'little' or 'big'"),
    }
}

/// `int.to_bytes(length, byteorder, signed=...)` (int_to_bytes_impl, _PyLong_AsByteArray).
pub fn to_bytes(x: &Int, length: &Int, byteorder: &str, signed: bool) -> PyResult<Vec<u8>> {
    let length = length.to_i64_overflow()?;
    let little = little_endian(byteorder)?;
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    if length as u64 > MAX_BITS / 8 {
        return memory_error();
    }
    let length = length as usize;
    let negative = x.is_negative();
    if negative && !signed {
        return overflow_error("can't convert negative int to unsigned");
    }
    // Two's complement of a negative x is the complement of |x| - 1.
    let mag = if negative {
        magnitude(x) - UBig::ONE
    } else {
        magnitude(x)
    };
    // Bits needed besides the sign bit; 0 and -1 need none (CPython even turns -1 into
    // b'' for length 0).
    let bits = mag.bit_len() as u64;
    let needed = if bits == 0 {
        0
    } else {
        bits + u64::from(signed)
    };
    if needed > length as u64 * 8 {
        return overflow_error("int too big to convert");
    }
    let le = mag.to_le_bytes();
    let mut out: Vec<u8> = (0..length)
        .map(|i| {
            let b = le.get(i).copied().unwrap_or(0);
            if negative { !b } else { b }
        })
        .collect();
    if !little {
        out.reverse();
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder, signed=...)`.
pub fn from_bytes(bytes: &[u8], byteorder: &str, signed: bool) -> PyResult<Int> {
    let little = little_endian(byteorder)?;
    let mag = if little {
        UBig::from_le_bytes(bytes)
    } else {
        UBig::from_be_bytes(bytes)
    };
    let top = if little { bytes.last() } else { bytes.first() };
    let v = IBig::from(mag);
    if signed && top.is_some_and(|b| b & 0x80 != 0) {
        return Ok(Int::from_big(v - (IBig::ONE << (bytes.len() * 8))));
    }
    Ok(Int::from_big(v))
}

// ---------------------------------------------------------------------------------------
// math: isqrt, gcd, lcm, factorial, comb, perm; round(int, -n)

pub fn isqrt(x: &Int) -> PyResult<Int> {
    if x.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(match x {
        Int::Small(v) => Int::Small((*v as u64).isqrt() as i64),
        Int::Big(_) => from_ubig(magnitude(x).sqrt()),
    })
}

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    // Stein's binary gcd.
    if a == 0 {
        return b;
    }
    if b == 0 {
        return a;
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            return a << shift;
        }
    }
}

pub fn gcd(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::from(gcd_u64(x.unsigned_abs(), y.unsigned_abs())),
        _ if a.is_zero() => b.abs(),
        _ if b.is_zero() => a.abs(),
        _ => from_ubig((&*a.as_big()).gcd(&*b.as_big())),
    }
}

pub fn lcm(a: &Int, b: &Int) -> Int {
    if a.is_zero() || b.is_zero() {
        return Int::ZERO;
    }
    let g = gcd(a, b);
    match (a, b, &g) {
        (Int::Small(x), Int::Small(y), Int::Small(g)) => {
            Int::from((x.unsigned_abs() / *g as u64) as u128 * y.unsigned_abs() as u128)
        }
        _ => {
            let q = a.abs().floordiv(&g).unwrap_or(Int::ZERO);
            q.mul(&b.abs())
        }
    }
}

/// A running product whose partial products are merged like a binary counter, so the big
/// multiplications are between numbers of similar size and only O(log n) partial products
/// are alive at once.
#[derive(Default)]
struct TreeProduct {
    stack: Vec<(UBig, u32)>,
}

impl TreeProduct {
    fn push(&mut self, mut x: UBig) {
        let mut level = 0;
        while let Some((_, l)) = self.stack.last()
            && *l == level
        {
            if let Some((y, _)) = self.stack.pop() {
                x = y * x;
            }
            level += 1;
        }
        self.stack.push((x, level));
    }

    fn finish(mut self) -> UBig {
        let mut acc = UBig::ONE;
        while let Some((x, _)) = self.stack.pop() {
            acc = x * acc;
        }
        acc
    }
}

/// The product of u64 factors: runs of them are multiplied in machine words first.
fn product_u64(factors: impl Iterator<Item = u64>) -> UBig {
    let mut product = TreeProduct::default();
    let mut acc: u64 = 1;
    for f in factors {
        match acc.checked_mul(f) {
            Some(p) => acc = p,
            None => {
                product.push(UBig::from(acc));
                acc = f;
            }
        }
    }
    product.push(UBig::from(acc));
    product.finish()
}

fn factorial_u64(n: u64) -> UBig {
    // n! = (product of the odd parts of 2..=n) * 2**(n - popcount(n)).
    let odd = product_u64((2..=n).map(|x| x >> x.trailing_zeros()).filter(|x| *x > 1));
    odd << (n - n.count_ones() as u64) as usize
}

/// log2(n!) from Stirling's formula (a slight overestimate is fine for the size check).
fn log2_factorial(n: f64) -> f64 {
    if n < 2.0 {
        return 0.0;
    }
    (n * (n.ln() - 1.0) + 0.5 * (2.0 * std::f64::consts::PI * n).ln()) / std::f64::consts::LN_2
        + 1.0
}

pub fn factorial(n: &Int) -> PyResult<Int> {
    if n.is_negative() {
        return value_error("factorial() not defined for negative values");
    }
    let Int::Small(n) = n else {
        return overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    let n = *n as u64;
    if n <= 20 {
        return Ok(Int::from((1..=n).product::<u64>()));
    }
    if log2_factorial(n as f64) > MAX_BITS as f64 {
        return memory_error();
    }
    Ok(from_ubig(factorial_u64(n)))
}

/// n * (n - 1) * ... * (n - k + 1) for k >= 1, k <= n.
fn falling_product(n: &Int, k: u64) -> PyResult<UBig> {
    let log2_n = match n {
        Int::Small(v) => (*v as f64).log2(),
        Int::Big(_) => n.bit_length() as f64,
    };
    if log2_n * k as f64 > MAX_BITS as f64 {
        return memory_error();
    }
    Ok(match n {
        Int::Small(v) => {
            let v = *v as u64;
            product_u64((v - k + 1)..=v)
        }
        Int::Big(_) => {
            let top = magnitude(n);
            let mut product = TreeProduct::default();
            for i in 0..k {
                product.push(&top - UBig::from(i));
            }
            product.finish()
        }
    })
}

fn check_non_negative(n: &Int, k: &Int) -> PyResult<()> {
    if n.is_negative() {
        return value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    Ok(())
}

/// `math.perm(n, k)`.
pub fn perm(n: &Int, k: &Int) -> PyResult<Int> {
    check_non_negative(n, k)?;
    if n.lt(k) {
        return Ok(Int::ZERO);
    }
    let Int::Small(k) = k else {
        return overflow_error("k must not exceed 9223372036854775807");
    };
    if *k == 0 {
        return Ok(Int::ONE);
    }
    Ok(from_ubig(falling_product(n, *k as u64)?))
}

/// `math.comb(n, k)`.
pub fn comb(n: &Int, k: &Int) -> PyResult<Int> {
    check_non_negative(n, k)?;
    let n_minus_k = n.sub(k);
    if n_minus_k.is_negative() {
        return Ok(Int::ZERO);
    }
    let k = if n_minus_k.lt(k) { &n_minus_k } else { k };
    let Int::Small(k) = k else {
        return overflow_error("min(n - k, k) must not exceed 9223372036854775807");
    };
    let k = *k as u64;
    if k == 0 {
        return Ok(Int::ONE);
    }
    // Small results: the multiplicative formula in machine words, exact at every step
    // (the running value is comb(n - k + i, i)).
    if let Int::Small(nv) = n {
        let nv = *nv as u64;
        let mut r: u128 = 1;
        let mut ok = true;
        for i in 1..=k {
            match r.checked_mul((nv - k + i) as u128) {
                Some(p) if p / i as u128 <= u64::MAX as u128 => r = p / i as u128,
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Ok(Int::from(r));
        }
    }
    let top = falling_product(n, k)?;
    Ok(from_ubig(top / factorial_u64(k)))
}

/// `round(x, ndigits)` for an int: int___round___impl with _PyLong_DivmodNear.
pub fn round_ndigits(x: &Int, ndigits: &Int) -> PyResult<Int> {
    if !ndigits.is_negative() {
        return Ok(x.clone());
    }
    // CPython computes 10 ** -ndigits first; a huge power exhausts memory.
    let Int::Small(nd) = ndigits else {
        return memory_error();
    };
    let k = nd.unsigned_abs();
    if k as f64 * std::f64::consts::LOG2_10 > MAX_BITS as f64 {
        return memory_error();
    }
    // |x| < 10**k / 2 rounds to zero; decide that without computing the power
    // (2**floor(k * c) <= 10**k for c a little below log2 10, with room for rounding).
    if (x.bit_length() as u64 + 1) as f64 <= (k as f64 * (std::f64::consts::LOG2_10 - 1e-6)).floor()
    {
        return Ok(Int::ZERO);
    }
    let p = Int::Small(10).pow(&Int::from(k))?;
    let (q, r) = x.divmod(&p)?;
    // Round half to even: r is in [0, p).
    let twice = r.add(&r);
    let r = match twice.cmp_int(&p) {
        Ordering::Greater => r.sub(&p),
        Ordering::Equal if q.is_odd() => r.sub(&p),
        _ => r,
    };
    Ok(x.sub(&r))
}
