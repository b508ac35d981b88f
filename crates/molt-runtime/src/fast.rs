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
