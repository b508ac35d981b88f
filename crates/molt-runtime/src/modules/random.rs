//! The `random` module: CPython's Mersenne Twister (Modules/_randommodule.c) and the
//! algorithms of Lib/random.py (3.11) on top of it, so that a seeded program draws
//! exactly CPython's sequence.
//!
//! The generator is written out here rather than taken from `rand_mt` because
//! `getstate`/`setstate` need the raw state words and position, which that crate keeps
//! private; the algorithm is 60 lines and checked against python3 in the tests.

use super::bind::{PySig, no_args, one_arg};
use crate::exc::{ExcKind, PyErr, PyResult, index_error, type_error, value_error};
use crate::int::Int;
use crate::list::List;
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object, downcast};
use crate::str::Str;
use crate::tuple::Tup;
use crate::value::{BinOp, Value, binop};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 (genrand_uint32, init_genrand, init_by_array of _randommodule.c).
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut mt = [0u32; N];
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt {
            state: mt,
            index: N,
        }
    }

    /// init_by_array: the seeding CPython uses for every seed.
    pub fn from_key(key: &[u32]) -> Mt {
        let mut g = Mt::init_genrand(19_650_218);
        let mt = &mut g.state;
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        g
    }

    pub fn next_u32(&mut self) -> u32 {
        let mt = &mut self.state;
        if self.index >= N {
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// random_random: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// getrandbits(k) for k >= 0: 32-bit words, least significant first; the last word
    /// keeps its top bits (_random_Random_getrandbits_impl).
    pub fn getrandbits(&mut self, k: u64) -> Int {
        if k == 0 {
            return Int::ZERO;
        }
        if k <= 32 {
            return Int::from(self.next_u32() >> (32 - k as u32));
        }
        let mut bytes = Vec::with_capacity(k.div_ceil(32) as usize * 4);
        let mut left = k;
        while left > 0 {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left as u32;
            }
            bytes.extend_from_slice(&r.to_le_bytes());
            left = left.saturating_sub(32);
        }
        Int::from_bytes(&bytes, "little", false).unwrap_or(Int::ZERO)
    }

    /// _randbelow_with_getrandbits: uniform in [0, n) for n > 0.
    pub fn randbelow(&mut self, n: &Int) -> Int {
        if !n.gt(&Int::ZERO) {
            return Int::ZERO;
        }
        if let Some(v) = n.as_i64() {
            let k = 64 - (v as u64).leading_zeros();
            loop {
                let r = if k <= 32 {
                    (self.next_u32() >> (32 - k)) as u64
                } else {
                    let lo = self.next_u32() as u64;
                    let hi = (self.next_u32() >> (64 - k)) as u64;
                    lo | (hi << 32)
                };
                if r < v as u64 {
                    return Int::from(r as i64);
                }
            }
        }
        let k = n.bit_length() as u64;
        loop {
            let r = self.getrandbits(k);
            if r.lt(n) {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&Int::from(n)).as_i64().unwrap_or(0) as usize
    }
}

/// The 32-bit words of |n|, least significant first (random_seed's key).
fn int_key(n: &Int) -> Vec<u32> {
    let a = n.abs();
    if a.is_zero() {
        return vec![0];
    }
    let nbytes = (a.bit_length() as usize).div_ceil(8);
    let bytes =
        crate::int_ops::to_bytes(&a, &Int::from(nbytes), "little", false).unwrap_or_default();
    bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w)
        })
        .collect()
}

/// Entropy for an unseeded generator (random_seed_urandom reads 624 words).
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    // No /dev/urandom: the time and process id, like CPython's fallback.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        t as u32,
        (t >> 32) as u32,
        (t >> 64) as u32,
        std::process::id(),
    ]
}

struct RngState {
    mt: Mt,
    gauss_next: Option<f64>,
}

/// A `random.Random` instance.
pub struct RandomObj {
    st: RefCell<RngState>,
}

impl RandomObj {
    pub fn from_entropy() -> RandomObj {
        RandomObj {
            st: RefCell::new(RngState {
                mt: Mt::from_key(&entropy_key()),
                gauss_next: None,
            }),
        }
    }

    fn random(&self) -> f64 {
        self.st.borrow_mut().mt.random()
    }

    fn randbelow(&self, n: &Int) -> Int {
        self.st.borrow_mut().mt.randbelow(n)
    }

    fn randbelow_usize(&self, n: usize) -> usize {
        self.st.borrow_mut().mt.randbelow_usize(n)
    }

    /// The C-level seed (random_seed): None, an int (its absolute value), or anything
    /// else by its hash.
    fn seed_c(&self, a: &Value) -> PyResult<()> {
        let key = match a {
            Value::None => entropy_key(),
            Value::Int(_) | Value::Bool(_) => int_key(&a.as_int().unwrap_or(Int::ZERO)),
            other => {
                let h = other.hash()?;
                int_key(&Int::from(h as u64))
            }
        };
        self.st.borrow_mut().mt = Mt::from_key(&key);
        Ok(())
    }

    /// Random.seed(a=None, version=2) of random.py.
    fn seed(&self, a: Value, version: Value) -> PyResult<()> {
        // str, bytes and bytearray are the "text-like" seeds of random.py.
        let text: Option<Vec<u8>> = match &a {
            Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
            other => crate::modules::bytes::buffer(other),
        };
        let is_bytearray =
            matches!(&a, Value::Obj(_)) && crate::modules::bytes::as_bytes(&a).is_none();
        let a = match text {
            Some(_) if version.eq(&Value::int(1))? && !is_bytearray => {
                // Version 1: the pre-3.2 string hash over the code points (bytes are
                // decoded as latin-1, so each byte is one code point).
                let chars: Vec<u64> = match &a {
                    Value::Str(s) => s.as_str().chars().map(|c| c as u64).collect(),
                    _ => text.unwrap_or_default().iter().map(|b| *b as u64).collect(),
                };
                let mut x: u64 = match chars.first() {
                    Some(c) => *c << 7,
                    None => 0,
                };
                for c in &chars {
                    x = x.wrapping_mul(1_000_003) ^ *c;
                }
                x ^= chars.len() as u64;
                Value::Int(Int::from(x))
            }
            Some(mut bytes) if version.eq(&Value::int(2))? => {
                use sha2::{Digest, Sha512};
                let digest = Sha512::digest(&bytes);
                bytes.extend_from_slice(&digest);
                Value::Int(Int::from_bytes(&bytes, "big", false)?)
            }
            Some(_) => a,
            None if matches!(
                a,
                Value::None | Value::Int(_) | Value::Bool(_) | Value::Float(_)
            ) =>
            {
                a
            }
            None => {
                return type_error(
                    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
                );
            }
        };
        self.seed_c(&a)?;
        self.st.borrow_mut().gauss_next = None;
        Ok(())
    }

    fn getrandbits(&self, k: &Value) -> PyResult<Value> {
        let k = match k.as_int() {
            Some(k) => k,
            None => {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    k.class_name()
                ));
            }
        };
        if k.is_negative() {
            return value_error("number of bits must be non-negative");
        }
        let k = k.to_u64().ok_or_else(|| {
            PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            )
        })?;
        if k > i32::MAX as u64 {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ));
        }
        Ok(Value::Int(self.st.borrow_mut().mt.getrandbits(k)))
    }

    fn getstate(&self) -> Value {
        let st = self.st.borrow();
        let mut words: Vec<Value> = st
            .mt
            .state
            .iter()
            .map(|w| Value::Int(Int::from(*w)))
            .collect();
        words.push(Value::Int(Int::from(st.mt.index)));
        let g = match st.gauss_next {
            Some(g) => Value::Float(g),
            None => Value::None,
        };
        Value::Tuple(Tup::from_vec(vec![
            Value::int(3),
            Value::Tuple(Tup::from_vec(words)),
            g,
        ]))
    }

    fn setstate(&self, state: &Value) -> PyResult<()> {
        let version = state.getitem(&Value::int(0))?;
        let is3 = version.eq(&Value::int(3))?;
        let is2 = version.eq(&Value::int(2))?;
        if !is3 && !is2 {
            let mut v = String::new();
            crate::obj::PyObj::py_str(&version, &mut v)?;
            return value_error(format!(
                "state with version {v} passed to Random.setstate() of version 3"
            ));
        }
        let parts = unpack3(state)?;
        let internal = if is2 {
            // Version 2 stored signed words: reduce them modulo 2**32.
            let items = parts[1].to_vec()?;
            let m = Value::Int(Int::from(1u64 << 32));
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(binop(BinOp::Mod, &x, &m)?);
            }
            Value::Tuple(Tup::from_vec(out))
        } else {
            parts[1].clone()
        };
        let gauss = parts[2].clone();
        // random_setstate of _randommodule.c.
        let words = match &internal {
            Value::Tuple(t) => t.as_slice().to_vec(),
            _ => return type_error("state vector must be a tuple"),
        };
        if words.len() != N + 1 {
            return value_error("state vector is the wrong size");
        }
        let mut mt = [0u32; N];
        for (slot, w) in mt.iter_mut().zip(&words) {
            *slot = c_ulong(w)? as u32;
        }
        let index = match words[N].as_int() {
            Some(i) => i.as_i64().ok_or_else(|| {
                PyErr::msg(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C long",
                )
            })?,
            None => {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    words[N].class_name()
                ));
            }
        };
        if !(0..=N as i64).contains(&index) {
            return value_error("invalid state");
        }
        let gauss_next = match gauss {
            Value::None => None,
            g => Some(crate::conv::to_f64(&g)?),
        };
        let mut st = self.st.borrow_mut();
        st.mt = Mt {
            state: mt,
            index: index as usize,
        };
        st.gauss_next = gauss_next;
        Ok(())
    }
}

/// PyLong_AsUnsignedLong for a state word.
fn c_ulong(v: &Value) -> PyResult<u64> {
    match v.as_int() {
        Some(i) => {
            if i.is_negative() {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "can't convert negative value to unsigned int",
                ));
            }
            i.to_u64().ok_or_else(|| {
                PyErr::msg(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                )
            })
        }
        None => type_error("an integer is required"),
    }
}

/// `a, b, c = value` with Python's unpacking errors.
fn unpack3(v: &Value) -> PyResult<Vec<Value>> {
    let items = v.to_vec()?;
    match items.len() {
        3 => Ok(items),
        n if n > 3 => value_error("too many values to unpack (expected 3)"),
        n => value_error(format!("not enough values to unpack (expected 3, got {n})")),
    }
}

fn f(v: f64) -> Value {
    Value::Float(v)
}

fn add(a: &Value, b: &Value) -> PyResult<Value> {
    binop(BinOp::Add, a, b)
}
fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    binop(BinOp::Sub, a, b)
}
fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    binop(BinOp::Mul, a, b)
}
fn div(a: &Value, b: &Value) -> PyResult<Value> {
    binop(BinOp::TrueDiv, a, b)
}
fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    a.compare(b, CmpOp::Lt)
}
fn le(a: &Value, b: &Value) -> PyResult<bool> {
    a.compare(b, CmpOp::Le)
}
fn gt(a: &Value, b: &Value) -> PyResult<bool> {
    a.compare(b, CmpOp::Gt)
}

fn math_err() -> PyErr {
    PyErr::msg(ExcKind::ValueError, "math domain error")
}
/// math.log of a float.
fn log(x: f64) -> PyResult<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(math_err());
    }
    Ok(x.ln())
}
/// math.sqrt of a float.
fn sqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(math_err());
    }
    Ok(x.sqrt())
}
/// math.exp of a float.
fn exp(x: f64) -> PyResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::msg(ExcKind::OverflowError, "math range error"));
    }
    Ok(r)
}
/// math.acos / math.cos of a float.
fn acos(x: f64) -> PyResult<f64> {
    let r = x.acos();
    if r.is_nan() && !x.is_nan() {
        return Err(math_err());
    }
    Ok(r)
}
fn to_f(v: &Value) -> PyResult<f64> {
    crate::conv::to_f64(v)
}

/// `operator.index(v)`-or-`int(v)` of randrange: ints pass; a float or str that equals
/// its int() is accepted (CPython also warns), anything else is a ValueError.
fn randrange_int(v: &Value, what: &str) -> PyResult<Int> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    let i = crate::builtins::int_of(v)?;
    if !Value::Int(i.clone()).eq(v)? {
        return value_error(format!("non-integer {what} for randrange()"));
    }
    Ok(i)
}

fn fmt_int(i: &Int) -> PyResult<String> {
    i.to_string_checked()
}

/// bisect.bisect_right(a, x, 0, hi).
fn bisect_right(a: &[Value], x: &Value, hi: usize) -> PyResult<usize> {
    let (mut lo, mut hi) = (0usize, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if lt(x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// itertools.accumulate(v) as a list.
fn accumulate(v: &Value) -> PyResult<Vec<Value>> {
    let mut it = v.iter()?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = it.next()? {
        let next = match out.last() {
            Some(t) => add(t, &x)?,
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

/// isinstance(v, collections.abc.Sequence) for the types molt has.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => true,
        // The types registered as collections.abc.Sequence (deque is a
        // MutableSequence, bytes a ByteString).
        Value::Obj(o) => matches!(
            o.type_name(),
            "collections.deque" | "array.array" | "bytes" | "bytearray"
        ),
        _ => false,
    }
}

fn list_len(v: &Value) -> PyResult<usize> {
    v.len()
}

const METHODS: &[&str] = &[
    "seed",
    "random",
    "uniform",
    "triangular",
    "randint",
    "choice",
    "randrange",
    "sample",
    "shuffle",
    "choices",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "gauss",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
    "getrandbits",
    "randbytes",
];

fn sig(
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    kwonly: &'static [&'static str],
) -> PySig {
    PySig {
        name,
        params,
        required,
        kwonly,
        method: true,
    }
}

fn take(slots: &mut [Option<Value>], i: usize) -> Value {
    slots.get_mut(i).and_then(Option::take).unwrap_or_default()
}

impl RandomObj {
    fn gammavariate(&self, alpha: &Value, beta: &Value) -> PyResult<Value> {
        if le(alpha, &f(0.0))? || le(beta, &f(0.0))? {
            return value_error("gammavariate: alpha and beta must be > 0.0");
        }
        let a = to_f(alpha)?;
        let log4 = 4.0f64.ln();
        let sg_magic = 1.0 + 4.5f64.ln();
        if a > 1.0 {
            // Cheng's algorithm (R. C. H. Cheng, 1977).
            let ainv = (2.0 * a - 1.0).sqrt();
            let bbb = a - log4;
            let ccc = a + ainv;
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = log(u1 / (1.0 - u1))? / ainv;
                let x = a * exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magic - 4.5 * z >= 0.0 || r >= log(z)? {
                    return mul(&f(x), beta);
                }
            }
        } else if a == 1.0 {
            let x = -log(1.0 - self.random())?;
            mul(&f(x), beta)
        } else {
            // ALGORITHM GS of Statistical Computing - Kennedy & Gentle.
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + a) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    crate::float::pow(p, 1.0 / a)?
                } else {
                    -log((b - p) / a)?
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= crate::float::pow(x, a - 1.0)? {
                        break x;
                    }
                } else if u1 <= exp(-x)? {
                    break x;
                }
            };
            mul(&f(x), beta)
        }
    }

    fn normalvariate(&self, mu: &Value, sigma: &Value) -> PyResult<Value> {
        // Kinderman and Monahan's ratio method.
        let nv_magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        let z = loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -log(u2)? {
                break z;
            }
        };
        add(mu, &mul(&f(z), sigma)?)
    }

    /// One method call; `qual` is the class name in messages (always `Random`).
    fn call(&self, name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
        match name {
            "random" => {
                no_args("Random.random", &args, &kwargs)?;
                Ok(f(self.random()))
            }
            "getrandbits" => {
                let k = one_arg("Random.getrandbits", args, &kwargs)?;
                self.getrandbits(&k)
            }
            "randbytes" => {
                // random.py: self.getrandbits(n * 8).to_bytes(n, 'little').
                let n = one_arg("Random.randbytes", args, &kwargs)?;
                let k = crate::value::binop(crate::value::BinOp::Mul, &n, &Value::int(8))?;
                let bits = self.getrandbits(&k)?;
                crate::methods::call_method(
                    &bits,
                    "to_bytes",
                    vec![n, Value::str("little")],
                    vec![],
                )
            }
            "seed" => {
                let mut s = sig("Random.seed", &["a", "version"], 0, &[]).bind(args, kwargs)?;
                let a = take(&mut s, 0);
                let version = s[1].take().unwrap_or(Value::int(2));
                self.seed(a, version)?;
                Ok(Value::None)
            }
            "getstate" => {
                sig("Random.getstate", &[], 0, &[]).bind(args, kwargs)?;
                Ok(self.getstate())
            }
            "setstate" => {
                let mut s = sig("Random.setstate", &["state"], 1, &[]).bind(args, kwargs)?;
                self.setstate(&take(&mut s, 0))?;
                Ok(Value::None)
            }
            "randrange" => {
                let mut s = sig("Random.randrange", &["start", "stop", "step"], 1, &[])
                    .bind(args, kwargs)?;
                let start = take(&mut s, 0);
                let stop = take(&mut s, 1);
                let step = s[2].take();
                self.randrange(&start, &stop, step.as_ref())
            }
            "randint" => {
                let mut s = sig("Random.randint", &["a", "b"], 2, &[]).bind(args, kwargs)?;
                let a = take(&mut s, 0);
                let b = take(&mut s, 1);
                let stop = add(&b, &Value::int(1))?;
                self.randrange(&a, &stop, None)
            }
            "choice" => {
                let mut s = sig("Random.choice", &["seq"], 1, &[]).bind(args, kwargs)?;
                let seq = take(&mut s, 0);
                let n = seq.len()?;
                if n == 0 {
                    return index_error("Cannot choose from an empty sequence");
                }
                let i = self.randbelow(&Int::from(n));
                seq.getitem(&Value::Int(i))
            }
            "shuffle" => {
                let mut s = sig("Random.shuffle", &["x"], 1, &[]).bind(args, kwargs)?;
                let x = take(&mut s, 0);
                let n = x.len()?;
                for i in (1..n).rev() {
                    let j = self.randbelow_usize(i + 1);
                    if let Value::List(l) = &x {
                        // A list cannot change length here: no Python code runs.
                        let mut v = l.borrow_mut();
                        if i < v.len() && j < v.len() {
                            v.swap(i, j);
                        }
                    } else {
                        let (vi, vj) = (Value::Int(Int::from(i)), Value::Int(Int::from(j)));
                        let xj = x.getitem(&vj)?;
                        let xi = x.getitem(&vi)?;
                        x.setitem(vi, xj)?;
                        x.setitem(vj, xi)?;
                    }
                }
                Ok(Value::None)
            }
            "sample" => {
                let mut s = sig("Random.sample", &["population", "k"], 2, &["counts"])
                    .bind(args, kwargs)?;
                let pop = take(&mut s, 0);
                let k = take(&mut s, 1);
                let counts = take(&mut s, 2);
                self.sample(&pop, &k, &counts)
            }
            "choices" => {
                let mut s = sig(
                    "Random.choices",
                    &["population", "weights"],
                    1,
                    &["cum_weights", "k"],
                )
                .bind(args, kwargs)?;
                let pop = take(&mut s, 0);
                let weights = take(&mut s, 1);
                let cum = take(&mut s, 2);
                let k = s[3].take().unwrap_or(Value::int(1));
                self.choices(&pop, weights, cum, &k)
            }
            "uniform" => {
                let mut s = sig("Random.uniform", &["a", "b"], 2, &[]).bind(args, kwargs)?;
                let a = take(&mut s, 0);
                let b = take(&mut s, 1);
                let w = sub(&b, &a)?;
                let r = self.random();
                add(&a, &mul(&w, &f(r))?)
            }
            "triangular" => {
                let mut s = sig("Random.triangular", &["low", "high", "mode"], 0, &[])
                    .bind(args, kwargs)?;
                let mut low = s[0].take().unwrap_or(f(0.0));
                let mut high = s[1].take().unwrap_or(f(1.0));
                let mode = take(&mut s, 2);
                let mut u = self.random();
                let mut c = if mode.is_none() {
                    f(0.5)
                } else {
                    match div(&sub(&mode, &low)?, &sub(&high, &low)?) {
                        Ok(c) => c,
                        Err(e) if e.matches(ExcKind::ZeroDivisionError) => return Ok(low),
                        Err(e) => return Err(e),
                    }
                };
                if gt(&f(u), &c)? {
                    u = 1.0 - u;
                    c = sub(&f(1.0), &c)?;
                    std::mem::swap(&mut low, &mut high);
                }
                let uc = to_f(&mul(&f(u), &c)?)?;
                add(&low, &mul(&sub(&high, &low)?, &f(sqrt(uc)?))?)
            }
            "normalvariate" => {
                let mut s =
                    sig("Random.normalvariate", &["mu", "sigma"], 0, &[]).bind(args, kwargs)?;
                let mu = s[0].take().unwrap_or(f(0.0));
                let sigma = s[1].take().unwrap_or(f(1.0));
                self.normalvariate(&mu, &sigma)
            }
            "lognormvariate" => {
                let mut s =
                    sig("Random.lognormvariate", &["mu", "sigma"], 2, &[]).bind(args, kwargs)?;
                let mu = take(&mut s, 0);
                let sigma = take(&mut s, 1);
                let n = self.normalvariate(&mu, &sigma)?;
                Ok(f(exp(to_f(&n)?)?))
            }
            "gauss" => {
                let mut s = sig("Random.gauss", &["mu", "sigma"], 0, &[]).bind(args, kwargs)?;
                let mu = s[0].take().unwrap_or(f(0.0));
                let sigma = s[1].take().unwrap_or(f(1.0));
                let cached = self.st.borrow_mut().gauss_next.take();
                let z = match cached {
                    Some(z) => z,
                    None => {
                        let x2pi = self.random() * std::f64::consts::TAU;
                        let g2rad = sqrt(-2.0 * log(1.0 - self.random())?)?;
                        self.st.borrow_mut().gauss_next = Some(x2pi.sin() * g2rad);
                        x2pi.cos() * g2rad
                    }
                };
                add(&mu, &mul(&f(z), &sigma)?)
            }
            "expovariate" => {
                let mut s = sig("Random.expovariate", &["lambd"], 1, &[]).bind(args, kwargs)?;
                let lambd = take(&mut s, 0);
                let x = -log(1.0 - self.random())?;
                div(&f(x), &lambd)
            }
            "vonmisesvariate" => {
                let mut s =
                    sig("Random.vonmisesvariate", &["mu", "kappa"], 2, &[]).bind(args, kwargs)?;
                let mu = take(&mut s, 0);
                let kappa = take(&mut s, 1);
                let twopi = std::f64::consts::TAU;
                if le(&kappa, &f(1e-6))? {
                    return Ok(f(twopi * self.random()));
                }
                let kappa = to_f(&kappa)?;
                let s = 0.5 / kappa;
                let r = s + (1.0 + s * s).sqrt();
                let z = loop {
                    let u1 = self.random();
                    let z = (std::f64::consts::PI * u1).cos();
                    let d = z / (r + z);
                    let u2 = self.random();
                    if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
                        break z;
                    }
                };
                let q = 1.0 / r;
                let fq = (q + z) / (1.0 + q * z);
                let u3 = self.random();
                let theta = if u3 > 0.5 {
                    add(&mu, &f(acos(fq)?))?
                } else {
                    sub(&mu, &f(acos(fq)?))?
                };
                binop(BinOp::Mod, &theta, &f(twopi))
            }
            "gammavariate" => {
                let mut s =
                    sig("Random.gammavariate", &["alpha", "beta"], 2, &[]).bind(args, kwargs)?;
                let alpha = take(&mut s, 0);
                let beta = take(&mut s, 1);
                self.gammavariate(&alpha, &beta)
            }
            "betavariate" => {
                let mut s =
                    sig("Random.betavariate", &["alpha", "beta"], 2, &[]).bind(args, kwargs)?;
                let alpha = take(&mut s, 0);
                let beta = take(&mut s, 1);
                let y = self.gammavariate(&alpha, &f(1.0))?;
                if y.try_truthy()? {
                    let y2 = self.gammavariate(&beta, &f(1.0))?;
                    return div(&y, &add(&y, &y2)?);
                }
                Ok(f(0.0))
            }
            "paretovariate" => {
                let mut s = sig("Random.paretovariate", &["alpha"], 1, &[]).bind(args, kwargs)?;
                let alpha = take(&mut s, 0);
                let u = 1.0 - self.random();
                let e = div(&f(-1.0), &alpha)?;
                binop(BinOp::Pow, &f(u), &e)
            }
            "weibullvariate" => {
                let mut s =
                    sig("Random.weibullvariate", &["alpha", "beta"], 2, &[]).bind(args, kwargs)?;
                let alpha = take(&mut s, 0);
                let beta = take(&mut s, 1);
                let u = 1.0 - self.random();
                let e = div(&f(1.0), &beta)?;
                mul(&alpha, &binop(BinOp::Pow, &f(-log(u)?), &e)?)
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'Random' object has no attribute '{name}'"),
            )),
        }
    }

    fn randrange(&self, start: &Value, stop: &Value, step: Option<&Value>) -> PyResult<Value> {
        let istart = randrange_int(start, "arg 1")?;
        if stop.is_none() {
            if step.is_some() {
                return type_error("Missing a non-None stop argument");
            }
            if istart.gt(&Int::ZERO) {
                return Ok(Value::Int(self.randbelow(&istart)));
            }
            return value_error("empty range for randrange()");
        }
        let istop = randrange_int(stop, "stop")?;
        let width = istop.sub(&istart);
        let istep = match step {
            Some(s) => randrange_int(s, "step")?,
            None => Int::ONE,
        };
        if istep.eq_int(&Int::ONE) {
            if width.gt(&Int::ZERO) {
                return Ok(Value::Int(istart.add(&self.randbelow(&width))));
            }
            return value_error(format!(
                "empty range for randrange() ({}, {}, {})",
                fmt_int(&istart)?,
                fmt_int(&istop)?,
                fmt_int(&width)?
            ));
        }
        let n = if istep.gt(&Int::ZERO) {
            width.add(&istep).sub(&Int::ONE).floordiv(&istep)?
        } else if istep.lt(&Int::ZERO) {
            width.add(&istep).add(&Int::ONE).floordiv(&istep)?
        } else {
            return value_error("zero step for randrange()");
        };
        if !n.gt(&Int::ZERO) {
            return value_error("empty range for randrange()");
        }
        Ok(Value::Int(istart.add(&istep.mul(&self.randbelow(&n)))))
    }

    fn sample(&self, pop: &Value, k: &Value, counts: &Value) -> PyResult<Value> {
        if !is_sequence(pop) {
            return type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        let n = list_len(pop)?;
        if !counts.is_none() {
            let mut cum = accumulate(counts)?;
            if cum.len() != n {
                return value_error("The number of counts does not match the population");
            }
            let total = cum.pop().unwrap_or_default();
            let total = match total.as_int() {
                Some(t) => t,
                None => return type_error("Counts must be integers"),
            };
            if !total.gt(&Int::ZERO) {
                return value_error("Total of counts must be greater than zero");
            }
            let range = Value::Range(std::rc::Rc::new(crate::range::Range::new(
                &Int::ZERO,
                &total,
                &Int::ONE,
            )?));
            let sel = self.sample(&range, k, &Value::None)?;
            let mut out = Vec::new();
            let hi = cum.len();
            for s in sel.to_vec()? {
                let i = bisect_right(&cum, &s, hi)?;
                out.push(pop.getitem(&Value::Int(Int::from(i)))?);
            }
            return Ok(Value::List(List::from_vec(out)));
        }
        let nv = Value::Int(Int::from(n));
        if !(le(&Value::int(0), k)? && le(k, &nv)?) {
            return value_error("Sample larger than population or is negative");
        }
        let k = match k.as_int() {
            Some(k) => k.as_i64().unwrap_or(0) as usize,
            None => {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    k.class_name()
                ));
            }
        };
        let mut result: Vec<Value> = Vec::with_capacity(k);
        let mut setsize: u128 = 21;
        if k > 5 {
            // 4 ** ceil(log(k * 3, 4)), with math.log's float arithmetic.
            let e = ((k as f64 * 3.0).ln() / 4.0f64.ln()).ceil() as u32;
            setsize += 4u128.saturating_pow(e);
        }
        if (n as u128) <= setsize {
            let mut pool = pop.to_vec()?;
            for i in 0..k {
                let j = self.randbelow_usize(n - i);
                let item = pool.get(j).cloned().unwrap_or_default();
                result.push(item);
                if let Some(last) = pool.get(n - i - 1).cloned()
                    && let Some(slot) = pool.get_mut(j)
                {
                    *slot = last;
                }
            }
        } else {
            let mut selected = std::collections::HashSet::new();
            for _ in 0..k {
                let mut j = self.randbelow_usize(n);
                while selected.contains(&j) {
                    j = self.randbelow_usize(n);
                }
                selected.insert(j);
                result.push(pop.getitem(&Value::Int(Int::from(j)))?);
            }
        }
        Ok(Value::List(List::from_vec(result)))
    }

    fn choices(&self, pop: &Value, weights: Value, cum: Value, k: &Value) -> PyResult<Value> {
        let n = pop.len()?;
        let reps = |k: &Value| -> PyResult<usize> {
            match k.as_int() {
                Some(k) => Ok(k
                    .as_i64()
                    .map_or(if k.is_negative() { 0 } else { usize::MAX }, |v| {
                        v.max(0) as usize
                    })),
                None => type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    k.class_name()
                )),
            }
        };
        let cum_weights = if cum.is_none() {
            if weights.is_none() {
                let nf = n as f64;
                let reps = reps(k)?;
                let mut out = Vec::new();
                for _ in 0..reps {
                    let i = (self.random() * nf).floor();
                    out.push(pop.getitem(&Value::Int(Int::from_f64(i)?))?);
                }
                return Ok(Value::List(List::from_vec(out)));
            }
            match accumulate(&weights) {
                Ok(c) => c,
                Err(e) => {
                    if e.matches(ExcKind::TypeError)
                        && matches!(weights, Value::Int(_) | Value::Bool(_))
                    {
                        let mut r = String::new();
                        crate::obj::PyObj::py_repr(&weights, &mut r)?;
                        return type_error(format!(
                            "The number of choices must be a keyword argument: k={r}"
                        ));
                    }
                    return Err(e);
                }
            }
        } else if !weights.is_none() {
            return type_error("Cannot specify both weights and cumulative weights");
        } else {
            cum.to_vec()?
        };
        if cum_weights.len() != n {
            return value_error("The number of weights does not match the population");
        }
        let last = match cum_weights.last() {
            Some(l) => l.clone(),
            None => return index_error("list index out of range"),
        };
        let total = to_f(&add(&last, &f(0.0))?)?;
        if total <= 0.0 {
            return value_error("Total of weights must be greater than zero");
        }
        if !total.is_finite() {
            return value_error("Total of weights must be finite");
        }
        let hi = n - 1;
        let reps = reps(k)?;
        let mut out = Vec::new();
        for _ in 0..reps {
            let x = f(self.random() * total);
            let i = bisect_right(&cum_weights, &x, hi)?;
            out.push(pop.getitem(&Value::Int(Int::from(i)))?);
        }
        Ok(Value::List(List::from_vec(out)))
    }
}

impl Object for RandomObj {
    fn type_name(&self) -> &'static str {
        "Random"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<random.Random object at {:#x}>",
            self as *const RandomObj as usize
        ));
        Ok(())
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        self.call(name, args, kwargs)
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        if name == "gauss_next" {
            return Ok(match self.st.borrow().gauss_next {
                Some(g) => f(g),
                None => Value::None,
            });
        }
        Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'Random' object has no attribute '{name}'"),
        ))
    }
}

thread_local! {
    /// The module's hidden instance (`random._inst`), seeded from the OS at start-up.
    static INST: Rc<RandomObj> = Rc::new(RandomObj::from_entropy());
}

/// Whether `random.name` is a function this module implements.
pub fn has_function(name: &str) -> bool {
    name == "Random" || METHODS.contains(&name)
}

/// `random.name(*args, **kwargs)`.
pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    if name == "Random" {
        let mut s = sig("Random.__init__", &["x"], 0, &[]).bind(args, kwargs)?;
        let r = RandomObj::from_entropy();
        r.seed(take(&mut s, 0), Value::int(2))?;
        let o: ObjRef = Rc::new(r);
        return Ok(Value::Obj(o));
    }
    if !METHODS.contains(&name) {
        return Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("module 'random' has no attribute '{name}'"),
        ));
    }
    let inst = INST.with(Rc::clone);
    inst.call(name, args, kwargs)
}

/// The Random object behind a value, if it is one (for tests and other modules).
pub fn as_random(v: &Value) -> Option<&RandomObj> {
    match v {
        Value::Obj(o) => downcast::<RandomObj>(o),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mt_matches_reference_init_by_array() {
        // The reference output of mt19937ar.c's main(): init_by_array({0x123, 0x234,
        // 0x345, 0x456}) then genrand_int32() x 3.
        let mut mt = Mt::from_key(&[0x123, 0x234, 0x345, 0x456]);
        assert_eq!(mt.next_u32(), 1067595299);
        assert_eq!(mt.next_u32(), 955945823);
        assert_eq!(mt.next_u32(), 477289528);
    }

    #[test]
    fn int_key_words() {
        assert_eq!(int_key(&Int::ZERO), vec![0]);
        assert_eq!(int_key(&Int::from(-5i64)), vec![5]);
        assert_eq!(int_key(&Int::from(1u64 << 32)), vec![0, 1]);
    }

    /// Seeds of every kind against python3 in one batch: the first draws of random(),
    /// getrandbits(100), randrange and a shuffle.
    #[test]
    fn sequences_match_python3() {
        let mut seeds: Vec<String> = (0..60).map(|i| (i * 7919 - 200).to_string()).collect();
        seeds.extend(
            [
                "2**64",
                "-(2**64)+1",
                "3**200",
                "'abc'",
                "'ünïcödé'",
                "''",
                "0.5",
                "-1e300",
                "True",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        let script = format!(
            "import random\nfor s in [{}]:\n    random.seed(s)\n    xs = list(range(10))\n    random.shuffle(xs)\n    print(repr(random.random()), random.getrandbits(100), random.randrange(-10**30, 10**30), xs)\n",
            seeds.join(", ")
        );
        let out = std::process::Command::new("python3")
            .arg("-c")
            .arg(&script)
            .output()
            .expect("python3 must be installed to run the tests");
        let expected = String::from_utf8_lossy(&out.stdout).to_string();
        let mut got = String::new();
        let p = |e: &str| -> Value {
            // The same seed values, built on the Rust side.
            match e {
                "2**64" => Value::Int(Int::from(1u128 << 64)),
                "-(2**64)+1" => Value::Int(Int::from(-(1i128 << 64) + 1)),
                "3**200" => Value::Int(Int::from(3i64).pow(&Int::from(200i64)).unwrap()),
                "'abc'" => Value::str("abc"),
                "'ünïcödé'" => Value::str("ünïcödé"),
                "''" => Value::str(""),
                "0.5" => Value::Float(0.5),
                "-1e300" => Value::Float(-1e300),
                "True" => Value::Bool(true),
                n => Value::int(n.parse().unwrap()),
            }
        };
        for s in &seeds {
            let r = RandomObj::from_entropy();
            r.seed(p(s), Value::int(2)).unwrap();
            let xs = Value::List(List::from_vec((0..10).map(Value::int).collect()));
            r.call("shuffle", vec![xs.clone()], vec![]).unwrap();
            let x = r.random();
            let bits = r.getrandbits(&Value::int(100)).unwrap();
            let big = Value::Int(Int::from(10i64).pow(&Int::from(30i64)).unwrap());
            let rr = r
                .call("randrange", vec![big.neg().unwrap(), big], vec![])
                .unwrap();
            got.push_str(&format!(
                "{} {:?} {:?} {:?}\n",
                crate::float::repr(x),
                bits,
                rr,
                xs
            ));
        }
        assert_eq!(got, expected);
    }
}
