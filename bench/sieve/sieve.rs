//! Reference for sieve.py: the sieve of Eratosthenes over a Vec<bool>.

fn sieve(n: usize) -> Vec<bool> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    is_prime[1] = false;
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            for j in (i * i..=n).step_by(i) {
                is_prime[j] = false;
            }
        }
        i += 1;
    }
    is_prime
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(14_000_000);
    let is_prime = sieve(n);
    let (mut count, mut total, mut largest, mut twins) = (0u64, 0u64, 0usize, 0u64);
    for p in 2..=n {
        if is_prime[p] {
            count += 1;
            total += p as u64;
            largest = p;
            if p + 2 <= n && is_prime[p + 2] {
                twins += 1;
            }
        }
    }
    println!("primes up to {n}: {count}");
    println!("sum: {total}");
    println!("largest: {largest}");
    println!("twin pairs: {twins}");
}
