//! CPython's hash functions (Python/pyhash.c, Objects/tupleobject.c), so that `hash()` and
//! set iteration order match CPython under the same PYTHONHASHSEED.

use crate::int::Int;
use std::sync::OnceLock;

const MODULUS: u64 = (1u64 << 61) - 1;

/// `hash(n)` for an i64: n modulo 2**61 - 1 with n's sign, and -1 mapped to -2.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let m = v.unsigned_abs();
    let m = if m >= MODULUS { m % MODULUS } else { m };
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    if h == -1 { -2 } else { h }
}

/// `x * 2**s mod (2**61 - 1)` for x < 2**61 - 1 and s < 61: a rotation within 61 bits.
#[inline]
fn mul_pow2_mod(x: u64, s: u32) -> u64 {
    if s == 0 {
        return x;
    }
    ((x << s) & MODULUS) | (x >> (61 - s))
}

/// Python's int hash (Objects/longobject.c long_hash): |v| modulo 2**61 - 1, with v's sign,
/// and -1 mapped to -2.
pub fn hash_int(v: &Int) -> i64 {
    match v {
        Int::Small(v) => hash_i64(*v),
        Int::Big(b) => {
            let (sign, words) = b.as_sign_words();
            // Horner over the words, most significant first; 2**WORD_BITS is a power of two
            // modulo the Mersenne prime, so multiplying by it is a rotation.
            let s = dashu_int::Word::BITS % 61;
            let mut acc: u64 = 0;
            for &w in words.iter().rev() {
                // Word is u32 on 32-bit targets.
                #[allow(clippy::unnecessary_cast)]
                let w = w as u64;
                acc = mul_pow2_mod(acc, s) + (w & MODULUS) + (w >> 61);
                while acc >= MODULUS {
                    acc -= MODULUS;
                }
            }
            let h = if sign == dashu_int::Sign::Negative {
                -(acc as i64)
            } else {
                acc as i64
            };
            if h == -1 { -2 } else { h }
        }
    }
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        // CPython 3.11 hashes NaN by identity; any fixed value is as good.
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 { -2 } else { h }
}

/// C's frexp: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || v.is_nan() || v.is_infinite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

fn hash_keys() -> (u64, u64) {
    static KEYS: OnceLock<(u64, u64)> = OnceLock::new();
    *KEYS.get_or_init(|| {
        let seed = std::env::var("PYTHONHASHSEED").ok();
        match seed.as_deref().map(str::trim) {
            Some("random") | None => random_keys(),
            Some(s) => match s.parse::<u32>() {
                Ok(0) => (0, 0),
                Ok(n) => lcg_keys(n),
                Err(_) => random_keys(),
            },
        }
    })
}

/// CPython's lcg_urandom, which fills the hash secret from a numeric PYTHONHASHSEED.
fn lcg_keys(seed: u32) -> (u64, u64) {
    let mut x = seed;
    let mut buf = [0u8; 16];
    for b in buf.iter_mut() {
        x = x.wrapping_mul(214013).wrapping_add(2531011);
        *b = ((x >> 16) & 0xff) as u8;
    }
    let mut k0 = [0u8; 8];
    let mut k1 = [0u8; 8];
    k0.copy_from_slice(&buf[..8]);
    k1.copy_from_slice(&buf[8..]);
    (u64::from_le_bytes(k0), u64::from_le_bytes(k1))
}

fn random_keys() -> (u64, u64) {
    use std::collections::hash_map::RandomState;
    use std::hash::{BuildHasher, Hasher};
    let mut h = RandomState::new().build_hasher();
    h.write_u64(0x6d6f6c74);
    let a = h.finish();
    let mut h = RandomState::new().build_hasher();
    h.write_u64(a);
    (a, h.finish())
}

/// SipHash-1-3 over the PEP 393 representation (1, 2 or 4 bytes per code point).
pub fn hash_str(s: &str) -> i64 {
    use std::hash::Hasher;
    if s.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_keys();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x100 {
        if s.is_ascii() {
            h.write(s.as_bytes());
        } else {
            let v: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            h.write(&v);
        }
    } else if max < 0x10000 {
        let mut v = Vec::with_capacity(s.len() * 2);
        for c in s.chars() {
            v.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
        h.write(&v);
    } else {
        let mut v = Vec::with_capacity(s.len() * 4);
        for c in s.chars() {
            v.extend_from_slice(&(c as u32).to_le_bytes());
        }
        h.write(&v);
    }
    let r = h.finish() as i64;
    if r == -1 { -2 } else { r }
}

/// Bytes hash (same SipHash, over the raw bytes).
pub fn hash_bytes(b: &[u8]) -> i64 {
    use std::hash::Hasher;
    if b.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_keys();
    let mut h = siphasher::sip::SipHasher13::new_with_keys(k0, k1);
    h.write(b);
    let r = h.finish() as i64;
    if r == -1 { -2 } else { r }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// The tuple hash of CPython 3.8+ (an xxHash variant), given the item hashes.
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = items.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// frozenset's hash (Objects/setobject.c, frozenset_hash), given the item hashes.
pub fn hash_frozenset(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    fn shuffle_bits(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let n = items.len() as u64;
    let mut hash: u64 = 0;
    for h in items {
        hash ^= shuffle_bits(h as u64);
    }
    hash ^= (n.wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}
