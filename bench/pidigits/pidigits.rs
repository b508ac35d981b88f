//! Reference for pidigits.py: Gibbons' spigot on dashu-int big integers, the same steps.

use dashu_int::IBig;
use dashu_int::ops::DivRemEuclid;

fn pidigits(n: u64) {
    let (mut i, mut k, mut k1) = (0u64, 0u64, 1u64);
    let mut ns = 0u64;
    let (mut num, mut acc, mut den) = (IBig::ONE, IBig::ZERO, IBig::ONE);
    while i < n {
        k += 1;
        let t = &num << 1;
        num *= k;
        acc += t;
        k1 += 2;
        acc *= k1;
        den *= k1;
        if acc >= num {
            // Floor division, as Python's divmod (the divisor is positive).
            let (t, u) = (&num * 3u8 + &acc).div_rem_euclid(&den);
            let u = u + &num;
            if den > u {
                let digit = u64::try_from(&t).expect("a decimal digit");
                ns = ns * 10 + digit;
                i += 1;
                if i % 10 == 0 {
                    println!("{ns:010}\t:{i}");
                    ns = 0;
                } else if i == n {
                    let width = (i % 10) as usize;
                    println!("{:<10}\t:{i}", format!("{ns:0width$}"));
                }
                acc -= &den * t;
                acc *= 10u8;
                num *= 10u8;
            }
        }
    }
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(8000);
    pidigits(n);
}
