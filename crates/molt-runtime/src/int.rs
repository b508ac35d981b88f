//! Python's unbounded int: an i64 fast path with checked arithmetic that promotes to a big
//! int (dashu's IBig) on overflow, and normalises back to i64 when the value fits again.
//! Invariant: `Big` never holds a value that fits in an i64, so equality is structural.

use crate::exc::{ExcKind, PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use dashu_int::IBig;
use dashu_int::ops::{BitTest, UnsignedAbs};
use std::cmp::Ordering;
use std::rc::Rc;

#[derive(Clone)]
pub enum Int {
    Small(i64),
    Big(Rc<IBig>),
}

impl Int {
    pub const ZERO: Int = Int::Small(0);
    pub const ONE: Int = Int::Small(1);

    #[inline]
    pub const fn small(v: i64) -> Int {
        Int::Small(v)
    }

    /// Normalising constructor from a big value.
    pub fn from_big(b: IBig) -> Int {
        match i64::try_from(&b) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::Big(Rc::new(b)),
        }
    }

    pub fn to_big(&self) -> IBig {
        match self {
            Int::Small(v) => IBig::from(*v),
            Int::Big(b) => (**b).clone(),
        }
    }

    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.sign() == dashu_int::Sign::Negative,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// For indexing and repetition counts: CPython's "cannot fit 'int' into an index-sized
    /// integer".
    pub fn to_index(&self) -> PyResult<i64> {
        match self {
            Int::Small(v) => Ok(*v),
            Int::Big(_) => Err(PyErr::msg(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
        }
    }

    /// Like `to_index` but raising OverflowError, as `range()` and friends do.
    pub fn to_i64_overflow(&self) -> PyResult<i64> {
        match self {
            Int::Small(v) => Ok(*v),
            Int::Big(_) => overflow_error("Python int too large to convert to C ssize_t"),
        }
    }

    #[inline]
    pub fn add(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(r) = a.checked_add(*b)
        {
            return Int::Small(r);
        }
        Int::from_big(self.to_big() + o.to_big())
    }

    #[inline]
    pub fn sub(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(r) = a.checked_sub(*b)
        {
            return Int::Small(r);
        }
        Int::from_big(self.to_big() - o.to_big())
    }

    #[inline]
    pub fn mul(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(r) = a.checked_mul(*b)
        {
            return Int::Small(r);
        }
        Int::from_big(self.to_big() * o.to_big())
    }

    #[inline]
    pub fn neg(&self) -> Int {
        if let Int::Small(a) = self
            && let Some(r) = a.checked_neg()
        {
            return Int::Small(r);
        }
        Int::from_big(-self.to_big())
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `self // o`, rounding towards negative infinity.
    #[inline]
    pub fn floordiv(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b == 0 {
                return zero_division("integer division or modulo by zero");
            }
            if let Some(q) = a.checked_div(*b) {
                let r = a - q * b;
                return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) {
                    q - 1
                } else {
                    q
                }));
            }
        }
        Ok(self.divmod_big(o)?.0)
    }

    /// `self % o`, with the sign of the divisor.
    #[inline]
    pub fn modulo(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            if *b == 0 {
                return zero_division("integer division or modulo by zero");
            }
            if let Some(r) = a.checked_rem(*b) {
                return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) {
                    r + b
                } else {
                    r
                }));
            }
        }
        Ok(self.divmod_big(o)?.1)
    }

    pub fn divmod(&self, o: &Int) -> PyResult<(Int, Int)> {
        if let (Int::Small(_), Int::Small(_)) = (self, o) {
            return Ok((self.floordiv(o)?, self.modulo(o)?));
        }
        self.divmod_big(o)
    }

    fn divmod_big(&self, o: &Int) -> PyResult<(Int, Int)> {
        if o.is_zero() {
            return zero_division("integer division or modulo by zero");
        }
        let a = self.to_big();
        let b = o.to_big();
        let mut q = &a / &b;
        let mut r = &a - &q * &b;
        let zero = IBig::ZERO;
        if r != zero && ((r < zero) != (b < zero)) {
            q -= IBig::ONE;
            r += &b;
        }
        Ok((Int::from_big(q), Int::from_big(r)))
    }

    /// `self / o`: correctly rounded true division.
    pub fn truediv(&self, o: &Int) -> PyResult<f64> {
        if o.is_zero() {
            return zero_division("division by zero");
        }
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            // Both exactly representable: IEEE division rounds correctly.
            const EXACT: i64 = 1 << 53;
            if a.abs() <= EXACT && b.abs() <= EXACT {
                return Ok(*a as f64 / *b as f64);
            }
        }
        crate::int_ops::truediv_big(&self.to_big(), &o.to_big())
    }

    /// `self ** e` for e >= 0 (the caller handles negative exponents, which give floats).
    pub fn pow(&self, e: &Int) -> PyResult<Int> {
        let Int::Small(e) = e else {
            // Only 0, 1 and -1 can be raised to a huge power without running out of memory.
            return match self {
                Int::Small(0) | Int::Small(1) => Ok(self.clone()),
                Int::Small(-1) => Ok(if e.is_odd() {
                    Int::Small(-1)
                } else {
                    Int::Small(1)
                }),
                _ => Err(PyErr::new(ExcKind::MemoryError, vec![])),
            };
        };
        if *e < 0 {
            return value_error("negative exponent");
        }
        if let Int::Small(b) = self {
            if let Ok(e32) = u32::try_from(*e)
                && let Some(r) = b.checked_pow(e32)
            {
                return Ok(Int::Small(r));
            }
        }
        Ok(Int::from_big(self.to_big().pow(*e as usize)))
    }

    /// `pow(self, e, m)`.
    pub fn pow_mod(&self, e: &Int, m: &Int) -> PyResult<Int> {
        crate::int_ops::pow_mod(self, e, m)
    }

    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.bit(0),
        }
    }

    #[inline]
    pub fn cmp_int(&self, o: &Int) -> Ordering {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&o.to_big()),
        }
    }

    #[inline]
    pub fn lt(&self, o: &Int) -> bool {
        self.cmp_int(o) == Ordering::Less
    }
    #[inline]
    pub fn le(&self, o: &Int) -> bool {
        self.cmp_int(o) != Ordering::Greater
    }
    #[inline]
    pub fn gt(&self, o: &Int) -> bool {
        self.cmp_int(o) == Ordering::Greater
    }
    #[inline]
    pub fn ge(&self, o: &Int) -> bool {
        self.cmp_int(o) != Ordering::Less
    }
    #[inline]
    pub fn eq_int(&self, o: &Int) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a == b,
            (Int::Big(a), Int::Big(b)) => a == b,
            _ => false,
        }
    }

    /// int -> float, rounding half to even; OverflowError when out of range.
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => {
                let f = b.to_f64().value();
                if f.is_infinite() {
                    overflow_error("int too large to convert to float")
                } else {
                    Ok(f)
                }
            }
        }
    }

    /// `int(x)` for a float: truncation towards zero.
    pub fn from_f64(x: f64) -> PyResult<Int> {
        if x.is_nan() {
            return value_error("cannot convert float NaN to integer");
        }
        if x.is_infinite() {
            return overflow_error("cannot convert float infinity to integer");
        }
        let t = x.trunc();
        if t.abs() < 9.2e18 {
            return Ok(Int::Small(t as i64));
        }
        Ok(crate::int_ops::big_from_f64(t))
    }

    pub fn bit_length(&self) -> i64 {
        match self {
            Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as i64,
            Int::Big(b) => (**b).clone().unsigned_abs().bit_len() as i64,
        }
    }

    pub fn bitand(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => Int::from_big(self.to_big() & o.to_big()),
        }
    }
    pub fn bitor(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => Int::from_big(self.to_big() | o.to_big()),
        }
    }
    pub fn bitxor(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => Int::from_big(self.to_big() ^ o.to_big()),
        }
    }
    pub fn invert(&self) -> Int {
        // ~x == -x - 1
        match self {
            Int::Small(a) => Int::Small(!a),
            Int::Big(_) => self.neg().sub(&Int::ONE),
        }
    }

    pub fn shl(&self, n: &Int) -> PyResult<Int> {
        if n.is_negative() {
            return value_error("negative shift count");
        }
        if self.is_zero() {
            return Ok(Int::ZERO);
        }
        let Int::Small(n) = n else {
            return overflow_error("too many digits in integer");
        };
        if let Int::Small(a) = self
            && *n < 63
        {
            let r = a.wrapping_shl(*n as u32);
            if r >> n == *a {
                return Ok(Int::Small(r));
            }
        }
        Ok(Int::from_big(self.to_big() << (*n as usize)))
    }

    pub fn shr(&self, n: &Int) -> PyResult<Int> {
        if n.is_negative() {
            return value_error("negative shift count");
        }
        let Int::Small(n) = n else {
            return Ok(if self.is_negative() {
                Int::Small(-1)
            } else {
                Int::ZERO
            });
        };
        match self {
            Int::Small(a) => Ok(Int::Small(if *n >= 64 {
                if *a < 0 { -1 } else { 0 }
            } else {
                a >> n
            })),
            Int::Big(b) => Ok(Int::from_big(&**b >> (*n as usize))),
        }
    }

    /// Appends the decimal digits, enforcing CPython's int max str digits limit.
    pub fn write_decimal(&self, out: &mut String) -> PyResult<()> {
        match self {
            Int::Small(v) => {
                use std::fmt::Write;
                let _ = write!(out, "{v}");
                Ok(())
            }
            Int::Big(b) => crate::int_ops::write_big_decimal(b, out),
        }
    }

    pub fn to_string_checked(&self) -> PyResult<String> {
        let mut s = String::new();
        self.write_decimal(&mut s)?;
        Ok(s)
    }

    /// An int literal from the source (validated by the parser, so it cannot fail; the
    /// digit limit does not apply to literals).
    pub fn from_literal(s: &str) -> Int {
        let t: String = s.chars().filter(|c| *c != '_').collect();
        let (digits, radix) = match t.get(..2) {
            Some("0x" | "0X") => (&t[2..], 16),
            Some("0o" | "0O") => (&t[2..], 8),
            Some("0b" | "0B") => (&t[2..], 2),
            _ => (t.as_str(), 10),
        };
        match dashu_int::UBig::from_str_radix(digits, radix) {
            Ok(u) => Int::from_big(IBig::from(u)),
            Err(_) => Int::ZERO,
        }
    }

    /// `int(s, base)`; base 0 means "infer from the prefix", as in Python.
    pub fn parse(s: &str, base: u32) -> PyResult<Int> {
        crate::int_ops::parse_int(s, base)
    }

    /// Python's hash: modulo 2**61 - 1, with -1 mapped to -2.
    pub fn hash(&self) -> i64 {
        crate::hash::hash_int(self)
    }
}

impl From<i64> for Int {
    #[inline]
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<bool> for Int {
    #[inline]
    fn from(v: bool) -> Int {
        Int::Small(v as i64)
    }
}

impl From<usize> for Int {
    #[inline]
    fn from(v: usize) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::from_big(IBig::from(v)),
        }
    }
}

impl PyObj for Int {
    fn to_value(&self) -> Value {
        Value::Int(self.clone())
    }
    fn type_name(&self) -> &'static str {
        "int"
    }
    fn py_repr(&self, out: &mut String) -> PyResult<()> {
        self.write_decimal(out)
    }
    #[inline]
    fn py_eq(&self, other: &Self) -> PyResult<bool> {
        Ok(self.eq_int(other))
    }
    fn py_hash(&self) -> PyResult<i64> {
        Ok(self.hash())
    }
    #[inline]
    fn py_cmp(&self, other: &Self, op: CmpOp) -> PyResult<bool> {
        Ok(op.test(self.cmp_int(other)))
    }
    #[inline]
    fn py_truthy(&self) -> PyResult<bool> {
        Ok(!self.is_zero())
    }
    fn py_is(&self, other: &Self) -> bool {
        // CPython caches small ints; equal values of that range are identical.
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a == b,
            _ => false,
        }
    }
}

impl std::fmt::Debug for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(b) => write!(f, "{b}"),
        }
    }
}
