//! Python's unbounded int: an i64 fast path with checked arithmetic that promotes to a big
//! int (dashu's IBig) on overflow, and normalises back to i64 when the value fits again.
//!
//! Invariant: `Big` never holds a value that fits in an i64, so the derived equality (and
//! Rust hash) is structural. Every constructor of `Big` goes through `Int::from_big`.
//!
//! Layout of the code: the methods here hold the small (i64) fast paths, kept tiny and
//! `#[inline]` because compiled integer loops are made of them; every big-int path lives in
//! `int_ops.rs` behind `#[cold]`/`#[inline(never)]` functions, mirroring CPython's
//! Objects/longobject.c for the exact semantics and error messages.

use crate::exc::{ExcKind, PyErr, PyResult, overflow_error};
use crate::int_ops as ops;
use crate::obj::{CmpOp, PyObj};
use crate::value::Value;
use dashu_int::IBig;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, Hash)]
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
    #[inline]
    pub fn from_big(b: IBig) -> Int {
        match i64::try_from(&b) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::Big(Rc::new(b)),
        }
    }

    /// An owned copy as an IBig (copies the digits of a big value).
    pub fn to_big(&self) -> IBig {
        match self {
            Int::Small(v) => IBig::from(*v),
            Int::Big(b) => (**b).clone(),
        }
    }

    /// The value as an IBig without copying a big value (a small one is converted, which
    /// does not allocate: dashu keeps two words inline).
    #[inline]
    pub fn as_big(&self) -> Cow<'_, IBig> {
        match self {
            Int::Small(v) => Cow::Owned(IBig::from(*v)),
            Int::Big(b) => Cow::Borrowed(b),
        }
    }

    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn to_i128(&self) -> Option<i128> {
        match self {
            Int::Small(v) => Some(*v as i128),
            Int::Big(b) => i128::try_from(&**b).ok(),
        }
    }

    pub fn to_u64(&self) -> Option<u64> {
        match self {
            Int::Small(v) => u64::try_from(*v).ok(),
            Int::Big(b) => u64::try_from(&**b).ok(),
        }
    }

    #[inline]
    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.sign() == dashu_int::Sign::Negative,
        }
    }

    #[inline]
    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    /// -1, 0 or 1.
    #[inline]
    pub fn signum(&self) -> i64 {
        match self {
            Int::Small(v) => v.signum(),
            Int::Big(_) => {
                if self.is_negative() {
                    -1
                } else {
                    1
                }
            }
        }
    }

    /// For indexing and repetition counts: CPython's "cannot fit 'int' into an index-sized
    /// integer".
    #[inline]
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
    #[inline]
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
        ops::add_slow(self, o)
    }

    #[inline]
    pub fn sub(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(r) = a.checked_sub(*b)
        {
            return Int::Small(r);
        }
        ops::sub_slow(self, o)
    }

    #[inline]
    pub fn mul(&self, o: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(r) = a.checked_mul(*b)
        {
            return Int::Small(r);
        }
        ops::mul_slow(self, o)
    }

    /// `self += o`, reusing a uniquely owned big buffer.
    #[inline]
    pub fn add_assign(&mut self, o: &Int) {
        if let (Int::Small(a), Int::Small(b)) = (&*self, o)
            && let Some(r) = a.checked_add(*b)
        {
            *self = Int::Small(r);
            return;
        }
        ops::add_assign_slow(self, o)
    }

    /// `self -= o`, reusing a uniquely owned big buffer.
    #[inline]
    pub fn sub_assign(&mut self, o: &Int) {
        if let (Int::Small(a), Int::Small(b)) = (&*self, o)
            && let Some(r) = a.checked_sub(*b)
        {
            *self = Int::Small(r);
            return;
        }
        ops::sub_assign_slow(self, o)
    }

    /// `self *= o`.
    #[inline]
    pub fn mul_assign(&mut self, o: &Int) {
        if let (Int::Small(a), Int::Small(b)) = (&*self, o)
            && let Some(r) = a.checked_mul(*b)
        {
            *self = Int::Small(r);
            return;
        }
        *self = ops::mul_slow(self, o)
    }

    #[inline]
    pub fn neg(&self) -> Int {
        if let Int::Small(a) = self
            && let Some(r) = a.checked_neg()
        {
            return Int::Small(r);
        }
        ops::neg_slow(self)
    }

    #[inline]
    pub fn abs(&self) -> Int {
        if let Int::Small(a) = self
            && let Some(r) = a.checked_abs()
        {
            return Int::Small(r);
        }
        if self.is_negative() {
            ops::neg_slow(self)
        } else {
            self.clone()
        }
    }

    /// `self // o`, rounding towards negative infinity.
    #[inline]
    pub fn floordiv(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(q) = a.checked_div(*b)
        {
            // checked_div succeeded, so b != 0 and the remainder cannot overflow.
            let r = a.wrapping_rem(*b);
            return Ok(Int::Small(if r != 0 && (r ^ b) < 0 { q - 1 } else { q }));
        }
        ops::floordiv_slow(self, o)
    }

    /// `self % o`, with the sign of the divisor.
    #[inline]
    pub fn modulo(&self, o: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && *b != 0
        {
            // wrapping_rem only wraps for i64::MIN % -1, whose remainder is 0 anyway.
            let r = a.wrapping_rem(*b);
            return Ok(Int::Small(if r != 0 && (r ^ b) < 0 { r + b } else { r }));
        }
        ops::modulo_slow(self, o)
    }

    /// `divmod(self, o)`.
    #[inline]
    pub fn divmod(&self, o: &Int) -> PyResult<(Int, Int)> {
        if let (Int::Small(a), Int::Small(b)) = (self, o)
            && let Some(q) = a.checked_div(*b)
        {
            let r = a.wrapping_rem(*b);
            return Ok(if r != 0 && (r ^ b) < 0 {
                (Int::Small(q - 1), Int::Small(r + b))
            } else {
                (Int::Small(q), Int::Small(r))
            });
        }
        ops::divmod_slow(self, o)
    }

    /// `self / o`: correctly rounded true division (Objects/longobject.c long_true_divide).
    #[inline]
    pub fn truediv(&self, o: &Int) -> PyResult<f64> {
        if let (Int::Small(a), Int::Small(b)) = (self, o) {
            // Both exactly representable: one IEEE division rounds correctly.
            const EXACT: u64 = 1 << 53;
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT && *b != 0 {
                return Ok(*a as f64 / *b as f64);
            }
        }
        ops::truediv(self, o)
    }

    /// `self ** e` for e >= 0 (the caller handles negative exponents, which give floats;
    /// see `ops::int_pow`).
    #[inline]
    pub fn pow(&self, e: &Int) -> PyResult<Int> {
        if let (Int::Small(b), Int::Small(e)) = (self, e)
            && let Ok(e32) = u32::try_from(*e)
            && let Some(r) = b.checked_pow(e32)
        {
            return Ok(Int::Small(r));
        }
        ops::pow_slow(self, e)
    }

    /// `pow(self, e, m)`.
    pub fn pow_mod(&self, e: &Int, m: &Int) -> PyResult<Int> {
        ops::pow_mod(self, e, m)
    }

    #[inline]
    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 == 1,
            Int::Big(b) => b.as_sign_words().1.first().is_some_and(|w| w & 1 == 1),
        }
    }

    #[inline]
    pub fn cmp_int(&self, o: &Int) -> Ordering {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => ops::cmp_slow(self, o),
        }
    }

    #[inline]
    pub fn lt(&self, o: &Int) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a < b,
            _ => ops::cmp_slow(self, o) == Ordering::Less,
        }
    }
    #[inline]
    pub fn le(&self, o: &Int) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a <= b,
            _ => ops::cmp_slow(self, o) != Ordering::Greater,
        }
    }
    #[inline]
    pub fn gt(&self, o: &Int) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a > b,
            _ => ops::cmp_slow(self, o) == Ordering::Greater,
        }
    }
    #[inline]
    pub fn ge(&self, o: &Int) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a >= b,
            _ => ops::cmp_slow(self, o) != Ordering::Less,
        }
    }
    #[inline]
    pub fn eq_int(&self, o: &Int) -> bool {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => a == b,
            (Int::Big(a), Int::Big(b)) => a == b,
            // Normalisation: a big value never equals a small one.
            _ => false,
        }
    }

    /// int -> float, rounding half to even; OverflowError when out of range.
    #[inline]
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            // `as` rounds to nearest, ties to even.
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => ops::big_to_f64(b),
        }
    }

    /// `int(x)` for a float: truncation towards zero.
    #[inline]
    pub fn from_f64(x: f64) -> PyResult<Int> {
        // The same range test as CPython's PyLong_FromDouble: (-2**63, 2**63) truncates
        // into an i64.
        const LIMIT: f64 = 9_223_372_036_854_775_808.0;
        if x > -LIMIT && x < LIMIT {
            return Ok(Int::Small(x as i64));
        }
        ops::from_f64_slow(x)
    }

    /// `int.bit_length()`.
    #[inline]
    pub fn bit_length(&self) -> i64 {
        match self {
            Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as i64,
            Int::Big(b) => dashu_int::ops::BitTest::bit_len(&**b) as i64,
        }
    }

    /// `int.bit_count()`: the number of ones in the binary form of abs(self).
    pub fn bit_count(&self) -> i64 {
        match self {
            Int::Small(v) => v.unsigned_abs().count_ones() as i64,
            Int::Big(b) => b
                .as_sign_words()
                .1
                .iter()
                .map(|w| w.count_ones() as i64)
                .sum(),
        }
    }

    #[inline]
    pub fn bitand(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a & b),
            _ => ops::bitand_slow(self, o),
        }
    }
    #[inline]
    pub fn bitor(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a | b),
            _ => ops::bitor_slow(self, o),
        }
    }
    #[inline]
    pub fn bitxor(&self, o: &Int) -> Int {
        match (self, o) {
            (Int::Small(a), Int::Small(b)) => Int::Small(a ^ b),
            _ => ops::bitxor_slow(self, o),
        }
    }
    /// `~self == -self - 1`.
    #[inline]
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(a) => Int::Small(!a),
            Int::Big(_) => ops::invert_slow(self),
        }
    }

    /// `self << n`.
    #[inline]
    pub fn shl(&self, n: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(n)) = (self, n)
            && (0..64).contains(n)
        {
            let r = a << n;
            if r >> n == *a {
                return Ok(Int::Small(r));
            }
        }
        ops::shl_slow(self, n)
    }

    /// `self >> n`, rounding towards negative infinity.
    #[inline]
    pub fn shr(&self, n: &Int) -> PyResult<Int> {
        if let (Int::Small(a), Int::Small(n)) = (self, n)
            && *n >= 0
        {
            return Ok(Int::Small(a >> (*n).min(63)));
        }
        ops::shr_slow(self, n)
    }

    /// Appends the decimal digits, enforcing CPython's int max str digits limit.
    pub fn write_decimal(&self, out: &mut String) -> PyResult<()> {
        match self {
            Int::Small(v) => {
                ops::write_i64(*v, out);
                Ok(())
            }
            Int::Big(b) => ops::write_big_decimal(b, out),
        }
    }

    /// `str(self)`, enforcing the int max str digits limit.
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
        Int::from_digits(digits, radix).unwrap_or(Int::ZERO)
    }

    /// The digits of abs(self) in `base` (2..=36), lowercase unless `upper`; base 10
    /// enforces the int max str digits limit like `str()` (what format specs need).
    pub fn abs_digits(&self, base: u32, upper: bool) -> PyResult<String> {
        ops::abs_digits(self, base, upper)
    }

    /// `hex()`, `oct()`, `bin()` (base 16, 8, 2) and their format-spec forms without
    /// prefix: `hex(-255) == '-0xff'`. Any base 2..=36 works; no digit limit applies, so
    /// use `write_decimal` for base 10 output a program can see.
    pub fn format_radix(&self, base: u32, prefix: bool) -> String {
        ops::format_radix(self, base, prefix)
    }

    /// `int(s, base)`; base 0 means "infer from the prefix", as in Python.
    pub fn parse(s: &str, base: u32) -> PyResult<Int> {
        ops::parse_int(s, base)
    }

    /// An int literal's digits (ASCII, no sign or underscores) in `radix` 2..=36, with no
    /// digit limit: for constants the compiler has already validated. None if malformed.
    pub fn from_digits(digits: &str, radix: u32) -> Option<Int> {
        ops::from_digits(digits, radix)
    }

    /// `int(s, base)` with the base as a Python int, validated like CPython's int().
    pub fn parse_with_base(s: &str, base: &Int) -> PyResult<Int> {
        match base.as_i64() {
            Some(b @ (0 | 2..=36)) => ops::parse_int(s, b as u32),
            _ => Err(PyErr::msg(
                ExcKind::ValueError,
                "int() base must be >= 2 and <= 36, or 0",
            )),
        }
    }

    /// Python's hash: modulo 2**61 - 1, with -1 mapped to -2.
    #[inline]
    pub fn hash(&self) -> i64 {
        crate::hash::hash_int(self)
    }

    /// `int.to_bytes(length, byteorder, signed=signed)`.
    pub fn to_bytes(&self, length: &Int, byteorder: &str, signed: bool) -> PyResult<Vec<u8>> {
        ops::to_bytes(self, length, byteorder, signed)
    }

    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], byteorder: &str, signed: bool) -> PyResult<Int> {
        ops::from_bytes(bytes, byteorder, signed)
    }

    /// `int.as_integer_ratio()`.
    pub fn as_integer_ratio(&self) -> (Int, Int) {
        (self.clone(), Int::ONE)
    }

    /// `math.isqrt(self)`.
    pub fn isqrt(&self) -> PyResult<Int> {
        ops::isqrt(self)
    }

    /// `math.gcd(self, o)` (always non-negative).
    pub fn gcd(&self, o: &Int) -> Int {
        ops::gcd(self, o)
    }

    /// `math.lcm(self, o)` (always non-negative).
    pub fn lcm(&self, o: &Int) -> Int {
        ops::lcm(self, o)
    }

    /// `math.factorial(self)`.
    pub fn factorial(&self) -> PyResult<Int> {
        ops::factorial(self)
    }

    /// `math.comb(self, k)`.
    pub fn comb(&self, k: &Int) -> PyResult<Int> {
        ops::comb(self, k)
    }

    /// `math.perm(self, k)`; `math.perm(n)` (k=None) is `factorial`.
    pub fn perm(&self, k: &Int) -> PyResult<Int> {
        ops::perm(self, k)
    }

    /// `round(self, ndigits)`: half to even at the 10**-ndigits place.
    pub fn round_ndigits(&self, ndigits: &Int) -> PyResult<Int> {
        ops::round_ndigits(self, ndigits)
    }
}

impl PartialOrd for Int {
    #[inline]
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    #[inline]
    fn cmp(&self, other: &Int) -> Ordering {
        self.cmp_int(other)
    }
}

impl From<i64> for Int {
    #[inline]
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<i32> for Int {
    #[inline]
    fn from(v: i32) -> Int {
        Int::Small(v as i64)
    }
}

impl From<u32> for Int {
    #[inline]
    fn from(v: u32) -> Int {
        Int::Small(v as i64)
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

impl From<u64> for Int {
    #[inline]
    fn from(v: u64) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::from_big(IBig::from(v)),
        }
    }
}

impl From<i128> for Int {
    #[inline]
    fn from(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::from_big(IBig::from(v)),
        }
    }
}

impl From<u128> for Int {
    #[inline]
    fn from(v: u128) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::from_big(IBig::from(v)),
        }
    }
}

impl From<IBig> for Int {
    #[inline]
    fn from(v: IBig) -> Int {
        Int::from_big(v)
    }
}

impl PyObj for Int {
    #[inline]
    fn totally_ordered(&self) -> bool {
        true
    }
    #[inline]
    fn total_cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.cmp_int(other)
    }
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
            // A big int is one object however many names hold it.
            (Int::Big(a), Int::Big(b)) => Rc::ptr_eq(a, b),
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
