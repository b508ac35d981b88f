//! Tests for `Int` (int.rs, int_ops.rs) and the int/float hashes: properties against i128
//! arithmetic near the i64 boundary, and differential runs against the real CPython
//! (python3 on PATH), many cases batched into one python3 process per test.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::value::Value;
use dashu_int::IBig;
use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// Tests that read or change the int max str digits limit hold this lock.
static LIMIT_LOCK: Mutex<()> = Mutex::new(());

fn lock_limit() -> std::sync::MutexGuard<'static, ()> {
    LIMIT_LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// The normalisation invariant: a Big never holds a value that fits an i64.
fn assert_normalized(v: &Int) {
    if let Int::Big(b) = v {
        assert!(i64::try_from(&**b).is_err(), "unnormalised Big {b}");
    }
}

fn int_from_i128(v: i128) -> Int {
    Int::from(v)
}

fn to_i128(v: &Int) -> i128 {
    v.to_i128().expect("fits i128")
}

fn floor_div_i128(a: i128, b: i128) -> i128 {
    let (q, r) = (a / b, a % b);
    if r != 0 && (r < 0) != (b < 0) {
        q - 1
    } else {
        q
    }
}

fn edge_i64() -> impl Strategy<Value = i64> {
    prop_oneof![
        any::<i64>(),
        (-3i64..=3),
        (i64::MAX - 3..=i64::MAX),
        (i64::MIN..=i64::MIN + 3),
        (-(1i64 << 32) - 3..=-(1i64 << 32) + 3),
        ((1i64 << 31) - 3..=(1i64 << 31) + 3),
        (3_037_000_490i64..=3_037_000_510),
        (-3_037_000_510i64..=-3_037_000_490),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn prop_small_ops_match_i128(a in edge_i64(), b in edge_i64()) {
        let (x, y) = (Int::from(a), Int::from(b));
        let (a, b) = (a as i128, b as i128);
        let check = |v: Int, expect: i128| {
            assert_normalized(&v);
            prop_assert_eq!(to_i128(&v), expect);
            Ok(())
        };
        check(x.add(&y), a + b)?;
        check(x.sub(&y), a - b)?;
        check(x.mul(&y), a * b)?;
        check(x.neg(), -a)?;
        check(x.abs(), a.abs())?;
        check(x.invert(), !a)?;
        check(x.bitand(&y), a & b)?;
        check(x.bitor(&y), a | b)?;
        check(x.bitxor(&y), a ^ b)?;
        let mut z = x.clone();
        z.add_assign(&y);
        check(z, a + b)?;
        let mut z = x.clone();
        z.sub_assign(&y);
        check(z, a - b)?;
        let mut z = x.clone();
        z.mul_assign(&y);
        check(z, a * b)?;
        prop_assert_eq!(x.cmp_int(&y), a.cmp(&b));
        prop_assert_eq!(x.lt(&y), a < b);
        prop_assert_eq!(x.le(&y), a <= b);
        prop_assert_eq!(x.gt(&y), a > b);
        prop_assert_eq!(x.ge(&y), a >= b);
        prop_assert_eq!(x.eq_int(&y), a == b);
        if b != 0 {
            let q = floor_div_i128(a, b);
            check(x.floordiv(&y).unwrap(), q)?;
            check(x.modulo(&y).unwrap(), a - q * b)?;
            let (dq, dr) = x.divmod(&y).unwrap();
            check(dq, q)?;
            check(dr, a - q * b)?;
        } else {
            prop_assert!(x.floordiv(&y).is_err());
            prop_assert!(x.modulo(&y).is_err());
            prop_assert!(x.divmod(&y).is_err());
        }
        let s = (b.rem_euclid(130)) as i64;
        let sh = Int::from(s);
        let left = IBig::from(a) << s as usize;
        check(x.shl(&sh).unwrap().sub(&Int::from_big(left)), 0)?;
        check(x.shr(&sh).unwrap(), if s >= 127 { if a < 0 { -1 } else { 0 } } else { a >> s })?;
        prop_assert_eq!(x.bit_length(), 128 - a.unsigned_abs().leading_zeros() as i64);
        prop_assert_eq!(x.to_string_checked().unwrap(), a.to_string());
    }

    #[test]
    fn prop_mixed_big_ops_match_i128(a in edge_i64(), b in edge_i64(), c in edge_i64()) {
        // Values just outside the i64 range (a * 2**k + b) mixed with small ones.
        let big = int_from_i128(a as i128 * 4 + if b < 0 { -(1i128 << 64) } else { 1i128 << 64 });
        let (x, y) = (big.clone(), Int::from(c));
        let (a, c) = (to_i128(&x), c as i128);
        let check = |v: Int, expect: i128| {
            assert_normalized(&v);
            prop_assert_eq!(to_i128(&v), expect);
            Ok(())
        };
        check(x.add(&y), a + c)?;
        check(y.sub(&x), c - a)?;
        check(x.sub(&x), 0)?;
        check(x.bitand(&y), a & c)?;
        check(x.bitor(&y), a | c)?;
        check(x.bitxor(&y), a ^ c)?;
        check(x.invert(), !a)?;
        prop_assert_eq!(x.cmp_int(&y), a.cmp(&c));
        prop_assert_eq!(y.cmp_int(&x), c.cmp(&a));
        if c != 0 {
            let q = floor_div_i128(a, c);
            check(x.floordiv(&y).unwrap(), q)?;
            check(x.modulo(&y).unwrap(), a - q * c)?;
        }
        let q = floor_div_i128(c, a);
        check(y.floordiv(&x).unwrap(), q)?;
        check(y.modulo(&x).unwrap(), c - q * a)?;
        let mut z = x.clone();
        z.add_assign(&y);
        check(z, a + c)?;
    }
}

#[test]
fn normalisation_at_the_boundary() {
    let max = Int::from(i64::MAX);
    let min = Int::from(i64::MIN);
    let over = max.add(&Int::ONE);
    assert!(matches!(over, Int::Big(_)));
    assert!(matches!(over.sub(&Int::ONE), Int::Small(i64::MAX)));
    assert!(matches!(min.neg().neg(), Int::Small(i64::MIN)));
    assert!(matches!(min.floordiv(&Int::from(-1)).unwrap(), Int::Big(_)));
    assert!(matches!(min.modulo(&Int::from(-1)).unwrap(), Int::Small(0)));
    assert!(matches!(min.abs().neg(), Int::Small(i64::MIN)));
    assert_eq!(
        min.abs().to_string_checked().unwrap(),
        "9223372036854775808"
    );
    let mut acc = over.clone();
    acc.sub_assign(&Int::ONE);
    assert!(matches!(acc, Int::Small(i64::MAX)));
    // The derived equality is numeric equality thanks to the invariant.
    assert_eq!(over.sub(&over), Int::ZERO);
    assert_eq!(Int::from(1u64 << 63), over);
    assert_eq!(Int::from(-(1i128 << 63)), min);
}

// ---------------------------------------------------------------------------------------
// Differential tests against python3

const CHECKER: &str = r#"
import sys, struct, math
def I(s): return int(s, 16)
def F(s): return struct.unpack('>d', bytes.fromhex(s))[0]
def S(s): return bytes.fromhex(s).decode('utf-8')
def enc(v):
    if isinstance(v, bool): return 'i:' + hex(int(v))
    if isinstance(v, int): return 'i:' + hex(v)
    if isinstance(v, float): return 'f:' + struct.pack('>d', v).hex()
    if isinstance(v, str): return 's:' + v.encode('utf-8', 'surrogatepass').hex()
    if isinstance(v, bytes): return 'b:' + v.hex()
    if isinstance(v, tuple): return 't:' + ','.join(enc(x) for x in v)
    raise TypeError(type(v))
def cmp(a, b): return (a > b) - (a < b)
OPS = {
    'add': lambda a, b: I(a) + I(b),
    'sub': lambda a, b: I(a) - I(b),
    'mul': lambda a, b: I(a) * I(b),
    'floordiv': lambda a, b: I(a) // I(b),
    'mod': lambda a, b: I(a) % I(b),
    'divmod': lambda a, b: divmod(I(a), I(b)),
    'truediv': lambda a, b: I(a) / I(b),
    'pow': lambda a, b: I(a) ** I(b),
    'ipow': lambda a, b: I(a) ** I(b),
    'powmod': lambda a, b, m: pow(I(a), I(b), I(m)),
    'lshift': lambda a, b: I(a) << I(b),
    'rshift': lambda a, b: I(a) >> I(b),
    'and': lambda a, b: I(a) & I(b),
    'or': lambda a, b: I(a) | I(b),
    'xor': lambda a, b: I(a) ^ I(b),
    'invert': lambda a: ~I(a),
    'neg': lambda a: -I(a),
    'abs': lambda a: abs(I(a)),
    'cmp': lambda a, b: cmp(I(a), I(b)),
    'hash': lambda a: hash(I(a)),
    'float': lambda a: float(I(a)),
    'fromfloat': lambda f: int(F(f)),
    'hashf': lambda f: hash(F(f)),
    'bitlen': lambda a: I(a).bit_length(),
    'bitcount': lambda a: I(a).bit_count(),
    'str': lambda a: str(I(a)),
    'hex': lambda a: hex(I(a)),
    'oct': lambda a: oct(I(a)),
    'bin': lambda a: bin(I(a)),
    'parse': lambda s, b: int(S(s), int(b)),
    'round': lambda a, n: round(I(a), I(n)),
    'isqrt': lambda a: math.isqrt(I(a)),
    'gcd': lambda a, b: math.gcd(I(a), I(b)),
    'lcm': lambda a, b: math.lcm(I(a), I(b)),
    'factorial': lambda a: math.factorial(I(a)),
    'comb': lambda a, b: math.comb(I(a), I(b)),
    'perm': lambda a, b: math.perm(I(a), I(b)),
    'tobytes': lambda a, n, o, s: I(a).to_bytes(I(n), S(o), signed=bool(int(s))),
    'frombytes': lambda b, o, s: int.from_bytes(bytes.fromhex(b), S(o), signed=bool(int(s))),
    'setlimit': lambda n: sys.set_int_max_str_digits(I(n)) or 0,
}
out = []
for line in sys.stdin:
    op, *args = line.rstrip('\n').split('\t')
    try:
        r = enc(OPS[op](*args))
    except Exception as e:
        r = 'E:' + type(e).__name__ + ':' + str(e).encode('utf-8', 'surrogatepass').hex()
    out.append(r)
sys.stdout.write('\n'.join(out) + '\n')
"#;

fn hexs(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// An int in Python's hex() form, formatted by dashu (independent of the code under test).
fn enc_int_arg(v: &Int) -> String {
    let b = v.to_big();
    let mag = format!("{:x}", dashu_int::ops::UnsignedAbs::unsigned_abs(b.clone()));
    if b < IBig::ZERO {
        format!("-0x{mag}")
    } else {
        format!("0x{mag}")
    }
}

fn dec_int_arg(s: &str) -> Int {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(t) => (true, t),
        None => (false, s),
    };
    let digits = digits.strip_prefix("0x").unwrap();
    let v = IBig::from_str_radix(digits, 16).unwrap();
    Int::from_big(if neg { -v } else { v })
}

fn f64_arg(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn dec_f64_arg(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

fn enc_err(e: &PyErr) -> String {
    format!("E:{}:{}", e.kind().name(), hexs(&e.to_str()))
}

fn enc_int(r: PyResult<Int>) -> String {
    match r {
        Ok(v) => {
            assert_normalized(&v);
            format!("i:{}", enc_int_arg(&v))
        }
        Err(e) => enc_err(&e),
    }
}

fn enc_f64(r: PyResult<f64>) -> String {
    match r {
        Ok(v) => format!("f:{:016x}", v.to_bits()),
        Err(e) => enc_err(&e),
    }
}

fn enc_str(r: PyResult<String>) -> String {
    match r {
        Ok(s) => format!("s:{}", hexs(&s)),
        Err(e) => enc_err(&e),
    }
}

/// What molt computes for one checker line.
fn molt_eval(line: &str) -> String {
    let parts: Vec<&str> = line.split('\t').collect();
    let op = parts[0];
    let i = |k: usize| dec_int_arg(parts[k]);
    let small = |v: i64| Ok(Int::from(v));
    match op {
        "add" => enc_int(Ok(i(1).add(&i(2)))),
        "sub" => enc_int(Ok(i(1).sub(&i(2)))),
        "mul" => enc_int(Ok(i(1).mul(&i(2)))),
        "floordiv" => enc_int(i(1).floordiv(&i(2))),
        "mod" => enc_int(i(1).modulo(&i(2))),
        "divmod" => match i(1).divmod(&i(2)) {
            Ok((q, r)) => format!("t:{},{}", enc_int(Ok(q)), enc_int(Ok(r))),
            Err(e) => enc_err(&e),
        },
        "truediv" => enc_f64(i(1).truediv(&i(2))),
        "pow" => enc_int(i(1).pow(&i(2))),
        "ipow" => match crate::ops::int_pow(&i(1), &i(2)) {
            Ok(Value::Int(v)) => enc_int(Ok(v)),
            Ok(Value::Float(f)) => enc_f64(Ok(f)),
            Ok(_) => "unexpected value".to_string(),
            Err(e) => enc_err(&e),
        },
        "powmod" => enc_int(i(1).pow_mod(&i(2), &i(3))),
        "lshift" => enc_int(i(1).shl(&i(2))),
        "rshift" => enc_int(i(1).shr(&i(2))),
        "and" => enc_int(Ok(i(1).bitand(&i(2)))),
        "or" => enc_int(Ok(i(1).bitor(&i(2)))),
        "xor" => enc_int(Ok(i(1).bitxor(&i(2)))),
        "invert" => enc_int(Ok(i(1).invert())),
        "neg" => enc_int(Ok(i(1).neg())),
        "abs" => enc_int(Ok(i(1).abs())),
        "cmp" => enc_int(small(i(1).cmp_int(&i(2)) as i64)),
        "hash" => enc_int(small(i(1).hash())),
        "float" => enc_f64(i(1).to_f64()),
        "fromfloat" => enc_int(Int::from_f64(dec_f64_arg(parts[1]))),
        "hashf" => enc_int(small(crate::hash::hash_float(dec_f64_arg(parts[1])))),
        "bitlen" => enc_int(small(i(1).bit_length())),
        "bitcount" => enc_int(small(i(1).bit_count())),
        "str" => enc_str(i(1).to_string_checked()),
        "hex" => enc_str(Ok(i(1).format_radix(16, true))),
        "oct" => enc_str(Ok(i(1).format_radix(8, true))),
        "bin" => enc_str(Ok(i(1).format_radix(2, true))),
        "parse" => {
            let s = String::from_utf8(unhex(parts[1])).unwrap();
            enc_int(Int::parse(&s, parts[2].parse().unwrap()))
        }
        "round" => enc_int(i(1).round_ndigits(&i(2))),
        "isqrt" => enc_int(i(1).isqrt()),
        "gcd" => enc_int(Ok(i(1).gcd(&i(2)))),
        "lcm" => enc_int(Ok(i(1).lcm(&i(2)))),
        "factorial" => enc_int(i(1).factorial()),
        "comb" => enc_int(i(1).comb(&i(2))),
        "perm" => enc_int(i(1).perm(&i(2))),
        "tobytes" => {
            let order = String::from_utf8(unhex(parts[3])).unwrap();
            match i(1).to_bytes(&i(2), &order, parts[4] == "1") {
                Ok(b) => format!(
                    "b:{}",
                    b.iter().map(|x| format!("{x:02x}")).collect::<String>()
                ),
                Err(e) => enc_err(&e),
            }
        }
        "frombytes" => {
            let order = String::from_utf8(unhex(parts[2])).unwrap();
            enc_int(Int::from_bytes(&unhex(parts[1]), &order, parts[3] == "1"))
        }
        "setlimit" => match crate::int_ops::set_max_str_digits(&i(1)) {
            Ok(()) => "i:0x0".to_string(),
            Err(e) => enc_err(&e),
        },
        _ => panic!("unknown op {op}"),
    }
}

/// Runs every case under python3 and under molt; fails listing the first mismatches.
fn check_against_python(cases: &[String]) {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(CHECKER)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONINTMAXSTRDIGITS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 must be on PATH");
    let mut input = cases.join("\n");
    input.push('\n');
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(out.status.success(), "python3 checker failed");
    let text = String::from_utf8(out.stdout).unwrap();
    let expected: Vec<&str> = text.lines().collect();
    assert_eq!(
        expected.len(),
        cases.len(),
        "python3 answered a different number of cases"
    );
    let mut bad = Vec::new();
    for (case, want) in cases.iter().zip(&expected) {
        let got = molt_eval(case);
        if got != *want {
            bad.push(format!(
                "{case}\n   python: {}\n   molt:   {}",
                decode(want),
                decode(&got)
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        bad.len(),
        cases.len(),
        bad.iter().take(25).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Makes an encoded answer readable in failure messages.
fn decode(s: &str) -> String {
    if let Some(rest) = s.strip_prefix("E:")
        && let Some((kind, msg)) = rest.split_once(':')
    {
        return format!("{kind}: {}", String::from_utf8_lossy(&unhex(msg)));
    }
    if let Some(h) = s.strip_prefix("s:") {
        return format!("{:?}", String::from_utf8_lossy(&unhex(h)));
    }
    if let Some(h) = s.strip_prefix("f:") {
        return format!("{:e}", dec_f64_arg(h));
    }
    s.to_string()
}

/// xorshift64*: deterministic test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// A random int of exactly `bits` bits (0 for 0), with a random sign.
    fn int_bits(&mut self, bits: u64) -> Int {
        let mut v = IBig::ZERO;
        let mut have = 0;
        while have < bits {
            v = (v << 64) + IBig::from(self.next());
            have += 64;
        }
        let v = v >> (have - bits) as usize;
        let v = if bits > 0 {
            v | (IBig::ONE << (bits - 1) as usize)
        } else {
            v
        };
        // Sometimes long runs of ones or zeros, which stress carries and rounding.
        let v = match self.below(6) {
            0 if bits > 2 => (IBig::ONE << bits as usize) - IBig::ONE,
            1 if bits > 2 => IBig::ONE << (bits - 1) as usize,
            _ => v,
        };
        Int::from_big(if self.below(2) == 0 { -v } else { v })
    }
    fn int(&mut self, max_bits: u64) -> Int {
        let bits = self.below(max_bits + 1);
        self.int_bits(bits)
    }
}

fn edge_ints() -> Vec<Int> {
    let mut v: Vec<Int> = vec![];
    for x in [
        0i64,
        1,
        2,
        3,
        5,
        7,
        10,
        255,
        256,
        1000,
        i64::MAX,
        i64::MAX - 1,
    ] {
        v.push(Int::from(x));
        v.push(Int::from(x).neg());
    }
    v.push(Int::from(i64::MIN));
    let two = Int::from(2);
    for k in [31i64, 32, 52, 53, 54, 62, 63, 64, 65, 100, 127, 128, 200] {
        let p = two.pow(&Int::from(k)).unwrap();
        for d in [-1i64, 0, 1] {
            let x = p.add(&Int::from(d));
            v.push(x.clone());
            v.push(x.neg());
        }
    }
    for k in [18i64, 19, 20, 40] {
        let p = Int::from(10).pow(&Int::from(k)).unwrap();
        v.push(p.clone());
        v.push(p.neg());
    }
    v
}

fn case(op: &str, args: &[&Int]) -> String {
    let mut s = op.to_string();
    for a in args {
        s.push('\t');
        s.push_str(&enc_int_arg(a));
    }
    s
}

#[test]
fn arithmetic_matches_cpython() {
    let _g = lock_limit();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let edges = edge_ints();
    let mut vals = edges.clone();
    for _ in 0..40 {
        vals.push(rng.int(64));
    }
    for _ in 0..40 {
        vals.push(rng.int(260));
    }
    for _ in 0..4 {
        vals.push(rng.int(2000));
    }
    let mut cases = Vec::new();
    let ops2 = [
        "add", "sub", "mul", "floordiv", "mod", "divmod", "truediv", "and", "or", "xor", "cmp",
        "gcd", "lcm",
    ];
    for a in &vals {
        for op in [
            "invert", "neg", "abs", "hash", "float", "bitlen", "bitcount", "str", "hex", "oct",
            "bin", "isqrt",
        ] {
            cases.push(case(op, &[a]));
        }
    }
    // Every pair of edge values, then random pairs drawn from everything.
    let mut pairs: Vec<(&Int, &Int)> = Vec::new();
    for a in &edges {
        for b in &edges {
            pairs.push((a, b));
        }
    }
    for _ in 0..4000 {
        let a = &vals[rng.below(vals.len() as u64) as usize];
        let b = &vals[rng.below(vals.len() as u64) as usize];
        pairs.push((a, b));
    }
    for (k, (a, b)) in pairs.into_iter().enumerate() {
        for op in ops2 {
            cases.push(case(op, &[a, b]));
        }
        if k % 5 == 0 {
            let sh = Int::from(rng.below(300) as i64 - 10);
            cases.push(case("lshift", &[a, &sh]));
            cases.push(case("rshift", &[a, &sh]));
            let e = Int::from(rng.below(40) as i64);
            cases.push(case("pow", &[a, &e]));
            let ne = Int::from(-(rng.below(40) as i64));
            cases.push(case("ipow", &[a, &ne]));
            cases.push(case("ipow", &[a, &e]));
            let m = &vals[rng.below(vals.len() as u64) as usize];
            cases.push(case("powmod", &[a, b, m]));
            let nd = Int::from(-(rng.below(45) as i64));
            cases.push(case("round", &[a, &nd]));
        }
    }
    check_against_python(&cases);
}

#[test]
fn true_division_and_float_conversion_match_cpython() {
    let mut rng = Rng(0xdead_beef_1234_5678);
    let mut cases = Vec::new();
    // Quotients near the overflow threshold, the normal/subnormal boundary and underflow.
    for _ in 0..1500 {
        let b_bits = 1 + rng.below(300);
        let d = match rng.below(4) {
            0 => 1020 + rng.below(8) as i64,
            1 => -1080 + rng.below(14) as i64,
            2 => -1030 + rng.below(20) as i64,
            _ => rng.below(200) as i64 - 100,
        };
        let a_bits = (b_bits as i64 + d).max(0) as u64;
        let a = rng.int_bits(a_bits);
        let b = rng.int_bits(b_bits);
        cases.push(case("truediv", &[&a, &b]));
    }
    // int -> float: exact ties at many scales, and the overflow boundary.
    let two = Int::from(2);
    for _ in 0..1500 {
        let k = rng.below(1000) as i64;
        let m = Int::from((rng.next() >> 10) as i64 | (1 << 53));
        let scaled = m.shl(&Int::from(k)).unwrap();
        let half = if k > 0 {
            two.pow(&Int::from(k - 1)).unwrap()
        } else {
            Int::ZERO
        };
        for x in [
            scaled.clone(),
            scaled.add(&half),
            scaled.sub(&half),
            scaled.add(&half).add(&Int::ONE),
        ] {
            cases.push(case("float", &[&x]));
            cases.push(case("float", &[&x.neg()]));
        }
    }
    let top = two.pow(&Int::from(1024)).unwrap();
    for d in [0i64, 970, 971, 969] {
        let ulp = if d == 0 {
            Int::ZERO
        } else {
            two.pow(&Int::from(d)).unwrap()
        };
        for e in [-1i64, 0, 1] {
            let x = top.sub(&ulp).add(&Int::from(e));
            cases.push(case("float", &[&x]));
            cases.push(case("truediv", &[&x, &Int::ONE]));
            cases.push(case("truediv", &[&x.neg(), &Int::from(-1)]));
        }
    }
    // float -> int and the float hash.
    let specials = [
        0.0,
        -0.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        5e-324,
        -5e-324,
        1e308,
        2.5,
        -2.5,
        9.2e18,
        -(2f64.powi(63)),
        2f64.powi(63),
        1.8446744073709552e19,
    ];
    for x in specials {
        cases.push(format!("fromfloat\t{}", f64_arg(x)));
        if !x.is_nan() {
            cases.push(format!("hashf\t{}", f64_arg(x)));
        }
    }
    for _ in 0..3000 {
        let x = match rng.below(3) {
            0 => f64::from_bits(rng.next()),
            1 => f64::from_bits(rng.next() >> 12), // subnormals
            _ => (rng.next() as i64 as f64) * 2f64.powi(rng.below(200) as i32 - 100),
        };
        if x.is_nan() {
            continue;
        }
        cases.push(format!("fromfloat\t{}", f64_arg(x)));
        cases.push(format!("hashf\t{}", f64_arg(x)));
    }
    check_against_python(&cases);
}

#[test]
fn hashes_match_cpython() {
    let mut rng = Rng(42);
    let mut cases = Vec::new();
    let m = Int::from((1i64 << 61) - 1);
    for x in edge_ints() {
        for d in [-2i64, -1, 0, 1, 2] {
            cases.push(case("hash", &[&x.add(&Int::from(d))]));
            cases.push(case("hash", &[&m.mul(&x).add(&Int::from(d))]));
        }
    }
    for _ in 0..4000 {
        let x = rng.int(700);
        cases.push(case("hash", &[&x]));
    }
    check_against_python(&cases);
}

#[test]
fn parsing_matches_cpython() {
    let _g = lock_limit();
    let mut rng = Rng(7);
    let fixed = [
        "0",
        "-0",
        "+0",
        "00",
        "0000",
        "0_0",
        "0_0_0",
        "00_1",
        "07",
        "0_7",
        "010",
        "1_000",
        "_1",
        "1_",
        "1__1",
        "12a",
        " 12a ",
        "0x",
        "0x1",
        "0X1F",
        "0x_f",
        "0x__f",
        "0b",
        "0b_",
        "0b_1",
        "0b1_",
        "0_b1",
        "0b102",
        "0o17",
        "0O17",
        "1e3",
        "",
        " ",
        "+",
        "-",
        "- 1",
        "+-1",
        "--1",
        "\u{1c}1",
        "1\u{1c}",
        "\u{85}1",
        "\u{a0} 1 \u{3000}",
        "١٢٣",
        "𝟏𝟐",
        "1²",
        "١_٢",
        "0x١",
        "٠x1",
        "0٠",
        "12\u{0}",
        "\u{0}",
        "ß",
        "z",
        "Z",
        "zz",
        "\t\n42\r\n",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "99999999999999999999999999",
        "0x7fffffffffffffff",
        "0x8000000000000000",
        "-0x8000000000000000",
        "0b1111",
        "ZZZZZZZZZZZZZZZZZZZZ",
        "12'3",
        "\"12\"",
        "\u{ff11}\u{ff12}",
    ];
    let mut strings: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    strings.push("x".repeat(300));
    strings.push("é".repeat(300));
    strings.push("1".repeat(4300));
    strings.push("1".repeat(4301));
    strings.push("1".repeat(5000) + "x");
    strings.push("1".repeat(5000) + "__");
    strings.push("0".repeat(5000));
    strings.push(" ".repeat(5000) + "1");
    strings.push("1_".repeat(4300) + "1");
    strings.push("f".repeat(5000));
    strings.push("z".repeat(5000));
    strings.push("-".to_string() + &"7".repeat(4301));
    let alphabet = [
        "0", "1", "7", "9", "a", "f", "x", "o", "b", "B", "_", " ", "-", "+", "\u{661}",
        "\u{3000}", "\u{1c}", "é", "z", "0x", "0b", "0o",
    ];
    for _ in 0..2500 {
        let n = 1 + rng.below(7);
        let s: String = (0..n)
            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
            .collect();
        strings.push(s);
    }
    let mut cases = Vec::new();
    for s in &strings {
        for base in [0u32, 10, 16, 2, 8, 36, 3, 7] {
            cases.push(format!("parse\t{}\t{base}", hexs(s)));
        }
    }
    for base in [1u32, 37, 100] {
        cases.push(format!("parse\t{}\t{base}", hexs("1")));
    }
    check_against_python(&cases);
}

#[test]
fn str_limit_matches_cpython() {
    let _g = lock_limit();
    let ten = Int::from(10);
    let mut cases = Vec::new();
    let mut values = Vec::new();
    for k in [
        600i64, 639, 640, 641, 4299, 4300, 4301, 4333, 4334, 4335, 5000, 20000,
    ] {
        let p = ten.pow(&Int::from(k)).unwrap();
        values.push(p.sub(&Int::ONE));
        values.push(p.clone());
        values.push(p.neg());
        values.push(p.sub(&Int::ONE).neg());
    }
    let two = Int::from(2);
    for k in [14280i64, 14283, 14284, 14285, 14400, 14401, 14430, 14431] {
        let p = two.pow(&Int::from(k)).unwrap();
        values.push(p.sub(&Int::ONE));
        values.push(p.clone());
    }
    let run = |cases: &mut Vec<String>, values: &[Int]| {
        for v in values {
            cases.push(case("str", &[v]));
            cases.push(case("hex", &[v]));
        }
    };
    run(&mut cases, &values);
    // set_int_max_str_digits changes the limit both ways; the checker applies the same
    // sequence, and the limit is restored at the end.
    for lim in [640i64, 639, -1, 0, 1 << 40, 5000, 4300] {
        cases.push(case("setlimit", &[&Int::from(lim)]));
        if lim == 640 || lim == 0 || lim == 5000 {
            run(&mut cases, &values);
            for k in [640usize, 641, 4300, 4301, 5000, 5001] {
                cases.push(format!("parse\t{}\t10", hexs(&"3".repeat(k))));
            }
        }
    }
    check_against_python(&cases);
    assert_eq!(crate::int_ops::max_str_digits(), 4300);
}

#[test]
fn math_functions_match_cpython() {
    let mut rng = Rng(99);
    let mut cases = Vec::new();
    for n in (-3i64..=60).chain([100, 170, 171, 1000, 2000, 5000]) {
        cases.push(case("factorial", &[&Int::from(n)]));
        cases.push(case("isqrt", &[&Int::from(n)]));
    }
    let big = Int::from(10).pow(&Int::from(20)).unwrap();
    cases.push(case("factorial", &[&Int::from(1i128 << 63)]));
    cases.push(case("factorial", &[&big.neg()]));
    for n in [-2i64, -1, 0, 1, 2, 5, 10, 30, 62, 63, 64, 65, 67, 100, 1000] {
        for k in [
            -1i64, 0, 1, 2, 3, 5, 10, 20, 31, 32, 33, 60, 61, 62, 63, 64, 100, 500, 999, 1000, 1001,
        ] {
            cases.push(case("comb", &[&Int::from(n), &Int::from(k)]));
            cases.push(case("perm", &[&Int::from(n), &Int::from(k)]));
        }
    }
    for (n, k) in [
        (big.clone(), Int::from(3)),
        (big.clone(), big.sub(&Int::from(2))),
        (big.clone(), big.clone()),
        (big.clone(), big.add(&Int::ONE)),
        (big.clone(), Int::from(1i128 << 63)),
        (big.mul(&big), big.clone()),
        (big.neg(), Int::from(-1)),
        (Int::from(5), big.clone()),
        (Int::from(-5), big.clone()),
        (Int::from(1i128 << 64), Int::from((1i128 << 64) - 2)),
        (Int::from(4_000_000_000i64), Int::from(3)),
        (Int::from(i64::MAX), Int::from(2)),
    ] {
        cases.push(case("comb", &[&n, &k]));
        cases.push(case("perm", &[&n, &k]));
    }
    // perm would multiply 2**63 factors in CPython; comb reduces k to 3.
    cases.push(case(
        "comb",
        &[&Int::from(i64::MAX), &Int::from(i64::MAX - 3)],
    ));
    for _ in 0..300 {
        let a = rng.int(300);
        let b = rng.int(200);
        cases.push(case("isqrt", &[&a]));
        cases.push(case("gcd", &[&a, &b]));
        cases.push(case("lcm", &[&a, &b]));
        let g = rng.int(90);
        cases.push(case("gcd", &[&a.mul(&g), &b.mul(&g)]));
        cases.push(case("lcm", &[&a.mul(&g), &b.mul(&g)]));
        let nd = Int::from(-(rng.below(100) as i64));
        cases.push(case("round", &[&a, &nd]));
        let five = Int::from(5).mul(&Int::from(10).pow(&Int::from(rng.below(30) as i64)).unwrap());
        let x = a.abs().mul(&five.mul(&Int::from(10))).add(&five);
        for s in [x.clone(), x.neg()] {
            let nd = Int::from(-(five.to_string_checked().unwrap().len() as i64));
            cases.push(case("round", &[&s, &nd]));
        }
    }
    for (a, n) in [
        (15i64, -1i64),
        (25, -1),
        (-25, -1),
        (125, -1),
        (5, -1),
        (15, 3),
        (15, 0),
        (0, -5),
        (5, -400),
    ] {
        cases.push(case("round", &[&Int::from(a), &Int::from(n)]));
    }
    check_against_python(&cases);
}

#[test]
fn errors_and_edges_match_cpython() {
    let mut cases = Vec::new();
    let big = Int::from(10).pow(&Int::from(400)).unwrap();
    let huge_shift = Int::from(1i128 << 64);
    let z = Int::ZERO;
    let one = Int::ONE;
    for (op, args) in [
        ("floordiv", vec![Int::from(5), z.clone()]),
        ("floordiv", vec![big.clone(), z.clone()]),
        ("mod", vec![Int::from(5), z.clone()]),
        ("mod", vec![big.clone(), z.clone()]),
        ("divmod", vec![Int::from(5), z.clone()]),
        ("divmod", vec![big.clone(), z.clone()]),
        ("truediv", vec![Int::from(5), z.clone()]),
        ("truediv", vec![big.neg(), z.clone()]),
        ("truediv", vec![big.clone(), one.clone()]),
        ("truediv", vec![one.clone(), big.clone()]),
        ("truediv", vec![one.neg(), big.clone()]),
        ("truediv", vec![z.clone(), Int::from(-5)]),
        ("truediv", vec![z.clone(), big.neg()]),
        ("ipow", vec![z.clone(), Int::from(-1)]),
        ("ipow", vec![Int::from(-2), Int::from(-1)]),
        ("ipow", vec![Int::from(2), Int::from(-1075)]),
        ("ipow", vec![Int::from(-10), Int::from(-401)]),
        ("ipow", vec![big.clone(), Int::from(-1)]),
        ("ipow", vec![Int::from(2), big.neg()]),
        ("ipow", vec![Int::from(-1), big.clone()]),
        ("ipow", vec![Int::from(-1), big.add(&one)]),
        ("ipow", vec![z.clone(), big.clone()]),
        ("ipow", vec![one.clone(), big.clone()]),
        ("powmod", vec![Int::from(2), Int::from(-1), z.clone()]),
        ("powmod", vec![Int::from(2), Int::from(3), z.clone()]),
        ("powmod", vec![Int::from(2), Int::from(-1), Int::from(4)]),
        ("powmod", vec![Int::from(3), Int::from(-1), Int::from(-7)]),
        ("powmod", vec![Int::from(3), Int::from(2), Int::from(-7)]),
        ("powmod", vec![Int::from(2), Int::from(-1), one.clone()]),
        ("powmod", vec![Int::from(2), Int::from(-1), one.neg()]),
        ("powmod", vec![z.clone(), Int::from(-1), Int::from(5)]),
        ("powmod", vec![z.clone(), z.clone(), Int::from(5)]),
        ("powmod", vec![Int::from(3), z.clone(), Int::from(-5)]),
        ("powmod", vec![Int::from(4), Int::from(-1), Int::from(6)]),
        (
            "powmod",
            vec![big.add(&one), big.neg(), big.add(&Int::from(7))],
        ),
        (
            "powmod",
            vec![Int::from(i64::MIN), Int::from(-3), Int::from(i64::MAX)],
        ),
        (
            "powmod",
            vec![Int::from(7), big.clone(), Int::from(i64::MIN)],
        ),
        ("lshift", vec![one.clone(), Int::from(-1)]),
        ("rshift", vec![one.clone(), Int::from(-1)]),
        ("lshift", vec![one.clone(), huge_shift.clone()]),
        ("lshift", vec![z.clone(), huge_shift.clone()]),
        ("lshift", vec![z.clone(), Int::from(-1)]),
        ("rshift", vec![one.clone(), huge_shift.clone()]),
        ("rshift", vec![one.neg(), huge_shift.clone()]),
        ("rshift", vec![big.neg(), Int::from(1000)]),
        ("rshift", vec![big.neg(), Int::from(1328)]),
        ("rshift", vec![big.neg(), Int::from(1329)]),
        ("lshift", vec![one.clone(), Int::from(1i64 << 62)]),
        ("lshift", vec![Int::from(-3), Int::from(63)]),
        ("lshift", vec![Int::from(-1), Int::from(63)]),
        ("pow", vec![Int::from(7), Int::from(1000)]),
        ("pow", vec![Int::from(-3), Int::from(333)]),
        ("pow", vec![big.clone(), Int::from(3)]),
        ("float", vec![big.clone()]),
        ("float", vec![big.neg()]),
    ] {
        let refs: Vec<&Int> = args.iter().collect();
        cases.push(case(op, &refs));
    }
    // Oops-proofing the byte conversions: (value, length, signed) in both orders.
    let mut rng = Rng(5);
    let mut vals = edge_ints();
    for _ in 0..100 {
        vals.push(rng.int(100));
    }
    for v in &vals {
        for len in [0i64, 1, 2, 8, 9, 16, 17] {
            for order in ["big", "little"] {
                for signed in ["0", "1"] {
                    cases.push(format!(
                        "tobytes\t{}\t{}\t{}\t{signed}",
                        enc_int_arg(v),
                        enc_int_arg(&Int::from(len)),
                        hexs(order)
                    ));
                }
            }
        }
    }
    for order in ["big", "little", "mid"] {
        for len in [Int::ONE, Int::from(-1), big.clone(), big.neg()] {
            for v in [Int::ONE, Int::from(-1)] {
                cases.push(format!(
                    "tobytes\t{}\t{}\t{}\t0",
                    enc_int_arg(&v),
                    enc_int_arg(&len),
                    hexs(order)
                ));
            }
        }
        for bytes in [
            "",
            "00",
            "ff",
            "80",
            "7f",
            "0001",
            "ff7f",
            "ffff",
            "8000000000000000",
            "008000000000000000",
            "ffffffffffffffffff",
        ] {
            for signed in ["0", "1"] {
                cases.push(format!("frombytes\t{bytes}\t{}\t{signed}", hexs(order)));
            }
        }
    }
    cases.push(format!(
        "tobytes\t0x1\t{}\t{}\t0",
        enc_int_arg(&big),
        hexs("mid")
    ));
    check_against_python(&cases);
    // CPython grinds for a very long time on these before its malloc fails; molt raises
    // MemoryError at once rather than let the allocator abort the process.
    let memory_error = |r: PyResult<Int>| {
        assert!(matches!(r, Err(e) if e.kind() == crate::exc::ExcKind::MemoryError));
    };
    memory_error(Int::from(2).pow(&Int::from(1i64 << 40)));
    memory_error(Int::from(3).pow(&big));
    memory_error(Int::from(15).round_ndigits(&Int::from(1i128 << 70).neg()));
    memory_error(Int::from(i64::MAX).perm(&Int::from(i64::MAX - 3)));
    memory_error(Int::from(1i64 << 40).factorial());
    memory_error(Int::ONE.shl(&Int::from(1i64 << 40)));
}

#[test]
fn big_decimal_output_is_fast() {
    let _g = lock_limit();
    crate::int_ops::set_max_str_digits(&Int::ZERO).unwrap();
    let start = std::time::Instant::now();
    let v = Int::from(10).pow(&Int::from(40_000)).unwrap();
    let s = v.to_string_checked();
    crate::int_ops::set_max_str_digits(&Int::from(4300)).unwrap();
    let s = s.unwrap();
    assert_eq!(s.len(), 40_001);
    assert!(s.starts_with('1') && s[1..].bytes().all(|c| c == b'0'));
    let back = Int::parse(&s, 0);
    assert!(back.is_err(), "the limit is back in force");
    assert!(
        start.elapsed().as_secs_f64() < 2.0,
        "slow big-int decimal conversion"
    );
}

#[test]
fn env_limit_parsing_matches_cpython() {
    // PYTHONINTMAXSTRDIGITS is validated at start-up; CPython refuses to start on a bad one.
    let raws = [
        " +700",
        "5",
        "abc",
        "640",
        "639",
        "0",
        "-0",
        "-1",
        "99999999999",
        "",
        "700 ",
        "0x10",
        "\t700",
        "2147483647",
        "2147483648",
        "+",
        "1_000",
        "\u{661}\u{662}\u{663}\u{664}",
    ];
    let children: Vec<_> = raws
        .iter()
        .map(|raw| {
            Command::new("python3")
                .args([
                    "-S",
                    "-c",
                    "import sys; print(sys.get_int_max_str_digits())",
                ])
                .env("PYTHONINTMAXSTRDIGITS", raw)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for (raw, child) in raws.iter().zip(children) {
        let out = child.wait_with_output().unwrap();
        let python = if out.status.success() {
            Some(
                String::from_utf8_lossy(&out.stdout)
                    .trim()
                    .parse::<i64>()
                    .unwrap(),
            )
        } else {
            None
        };
        let molt = match crate::int_ops::parse_env_max_str_digits(Some(std::ffi::OsStr::new(raw))) {
            None => Some(crate::int_ops::DEFAULT_MAX_STR_DIGITS),
            Some(Ok(v)) => Some(v),
            Some(Err(())) => None,
        };
        assert_eq!(molt, python, "PYTHONINTMAXSTRDIGITS={raw:?}");
    }
}

#[test]
#[ignore = "timing; run with --release --ignored --nocapture"]
fn small_loop_speed() {
    // `total += i * i % 7` for i in range(10**7): the compiler's integer loops.
    let seven = Int::from(7);
    let start = std::time::Instant::now();
    let mut total = Int::ZERO;
    let mut i = Int::ZERO;
    let n = Int::from(10_000_000);
    while i.lt(&n) {
        total = total.add(&i.mul(&i).modulo(&seven).unwrap());
        i = i.add(&Int::ONE);
    }
    let t = start.elapsed();
    println!("small loop: {t:?} total={total:?}");
    assert_eq!(total, Int::from(19_999_999i64));
}

#[test]
fn literal_digits() {
    let big = "123456789012345678901234567890";
    assert_eq!(
        Int::from_digits(big, 10)
            .unwrap()
            .to_string_checked()
            .unwrap(),
        big
    );
    assert_eq!(Int::from_digits("000", 10), Some(Int::ZERO));
    assert_eq!(Int::from_digits("ff", 16), Some(Int::from(255)));
    assert_eq!(Int::from_digits("FF", 16), Some(Int::from(255)));
    assert_eq!(
        Int::from_digits("8000000000000000", 16),
        Some(Int::from(1u64 << 63))
    );
    // No limit: literals are validated by the compiler.
    let long = "9".repeat(5000);
    let _g = lock_limit();
    let v = Int::from_digits(&long, 10).unwrap();
    assert_eq!(
        v.add(&Int::ONE),
        Int::from(10).pow(&Int::from(5000)).unwrap()
    );
    for bad in ["", "1_0", "-1", "+1", " 1", "12a", "١"] {
        assert_eq!(Int::from_digits(bad, 10), None, "{bad:?}");
    }
    assert_eq!(Int::from_digits("1", 37), None);
}
