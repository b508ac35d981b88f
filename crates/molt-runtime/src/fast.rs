//! The i64 fast path of pure integer functions. Codegen gives such a function a second
//! version that computes with machine integers and gives up (`None`) on anything out of the
//! ordinary: overflow, a zero divisor, a recursion limit. Because the function has no side
//! effects, giving up and re-running the exact version from the start is indistinguishable
//! from having run the exact version, which then raises whatever Python would raise.

use crate::rt::CallGuard;
use std::cell::Cell;

/// Per-function switch: the fast version is tried until it first gives up.
pub struct Switch(Cell<bool>);

impl Switch {
    pub const fn new() -> Switch {
        Switch(Cell::new(true))
    }

    #[inline]
    pub fn on(&self) -> bool {
        self.0.get()
    }

    #[cold]
    pub fn off(&self) {
        self.0.set(false);
    }
}

impl Default for Switch {
    fn default() -> Self {
        Switch::new()
    }
}

/// The call depth and recursion limit, passed down the fast calls by value so that a call
/// costs no thread-local access: the limit cannot change inside a pure function.
/// Packed as `limit - depth` (the calls left) in one register.
#[derive(Clone, Copy)]
pub struct Depth(u32);

impl Depth {
    /// The depth of the calling (exact) code.
    #[inline]
    pub fn current() -> Depth {
        let (depth, limit) = crate::rt::depth_and_limit();
        Depth(limit.saturating_sub(depth))
    }

    /// One call deeper; None past the recursion limit or when the stack runs low (checked
    /// every 64 levels: fast frames are small).
    #[inline]
    pub fn enter(self) -> Option<Depth> {
        let left = self.0.checked_sub(1)?;
        if left & 63 == 0 && crate::rt::stack_low() {
            return None;
        }
        Some(Depth(left))
    }
}

/// Kept for code that enters a fast call with the exact accounting.
#[inline]
pub fn enter() -> Option<CallGuard> {
    crate::rt::enter().ok()
}

#[inline]
pub fn add(a: i64, b: i64) -> Option<i64> {
    a.checked_add(b)
}

#[inline]
pub fn sub(a: i64, b: i64) -> Option<i64> {
    a.checked_sub(b)
}

#[inline]
pub fn mul(a: i64, b: i64) -> Option<i64> {
    a.checked_mul(b)
}

#[inline]
pub fn neg(a: i64) -> Option<i64> {
    a.checked_neg()
}

#[inline]
pub fn abs(a: i64) -> Option<i64> {
    a.checked_abs()
}

/// `a // b` rounding down (None for b == 0 and overflow).
#[inline]
pub fn floordiv(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    let r = a - q * b;
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        q - 1
    } else {
        q
    })
}

/// `a % b` with the sign of b (None for b == 0).
#[inline]
pub fn modulo(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    Some(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// `a ** e` for e >= 0.
#[inline]
pub fn pow(a: i64, e: i64) -> Option<i64> {
    a.checked_pow(u32::try_from(e).ok()?)
}

#[inline]
pub fn shl(a: i64, n: i64) -> Option<i64> {
    if !(0..64).contains(&n) {
        return if n >= 0 && a == 0 { Some(0) } else { None };
    }
    let r = a << n;
    if r >> n == a { Some(r) } else { None }
}

#[inline]
pub fn shr(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    Some(if n >= 64 {
        if a < 0 { -1 } else { 0 }
    } else {
        a >> n
    })
}

// Floats in fast code are the f64s of exact code; only the operations that can raise, and
// the int/float crossings, need care.

/// Ints up to 2**53 in magnitude are exact as doubles: int/int division and int/float
/// comparison then agree with CPython's exact algorithms.
const EXACT: u64 = 1 << 53;

/// `a / b` for ints: one IEEE division when both are exact doubles (as CPython's
/// long_true_divide does), else give up.
#[inline]
pub fn int_truediv(a: i64, b: i64) -> Option<f64> {
    if b == 0 || a.unsigned_abs() > EXACT || b.unsigned_abs() > EXACT {
        return None;
    }
    Some(a as f64 / b as f64)
}

/// `a / b` for floats (None for a zero divisor, which raises).
#[inline]
pub fn fdiv(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 { None } else { Some(a / b) }
}

#[inline]
pub fn ffloordiv(a: f64, b: f64) -> Option<f64> {
    crate::float::floordiv(a, b).ok()
}

#[inline]
pub fn fmod(a: f64, b: f64) -> Option<f64> {
    crate::float::modulo(a, b).ok()
}

#[inline]
pub fn fpow(a: f64, b: f64) -> Option<f64> {
    // A finite base above 0 other than 1 and a finite nonzero exponent reach none of
    // float_pow's special cases: the C library's pow, and an overflow gives up (the exact
    // code raises OverflowError).
    if a > 0.0 && a != 1.0 && a.is_finite() && b.is_finite() && b != 0.0 {
        let r = crate::float::libm_pow(a, b);
        return if r.is_infinite() { None } else { Some(r) };
    }
    crate::float::pow(a, b).ok()
}

/// An int as a double for comparison with a float: Python compares exactly, so only ints
/// that convert without rounding qualify.
#[inline]
pub fn i2f_exact(a: i64) -> Option<f64> {
    if a.unsigned_abs() <= EXACT {
        Some(a as f64)
    } else {
        None
    }
}

/// `int(x)` for a float: truncation, None for NaN, infinities and results beyond i64.
#[inline]
pub fn f2i(x: f64) -> Option<i64> {
    // -2**63 is exact; NaN fails both tests.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&x) {
        Some(x as i64)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Int;
    use proptest::prelude::*;

    proptest! {
        // Whenever the fast version answers, it is the exact answer.
        #[test]
        fn int_truediv_agrees(a in any::<i64>(), b in any::<i64>(), sh in 0u32..64) {
            let b = b >> sh;
            if let Some(q) = int_truediv(a, b) {
                let exact = Int::Small(a).truediv(&Int::Small(b)).map_err(|_| ());
                prop_assert_eq!(Ok(q.to_bits()), exact.map(f64::to_bits));
            }
        }

        #[test]
        fn int_truediv_small_answers(a in -(1i64 << 53)..=(1i64 << 53), b in -(1i64 << 53)..=(1i64 << 53)) {
            prop_assert_eq!(int_truediv(a, b).is_some(), b != 0);
        }

        #[test]
        fn i2f_exact_is_exact(a in any::<i64>(), sh in 0u32..64) {
            let a = a >> sh;
            if let Some(f) = i2f_exact(a) {
                prop_assert_eq!(f as i128, a as i128);
                prop_assert!(f.fract() == 0.0);
            }
        }

        #[test]
        fn f2i_truncates(x in any::<f64>()) {
            match f2i(x) {
                Some(i) => {
                    let exact = Int::from_f64(x.trunc()).ok();
                    prop_assert!(exact.is_some_and(|e| Int::cmp_int(&e, &Int::Small(i)).is_eq()));
                }
                None => prop_assert!(!x.is_finite() || x.abs() >= 9.2e18),
            }
        }

        #[test]
        fn float_ops_agree(a in any::<f64>(), b in any::<f64>()) {
            prop_assert_eq!(fdiv(a, b).map(f64::to_bits), crate::float::truediv(a, b).ok().map(f64::to_bits));
        }
    }
}
