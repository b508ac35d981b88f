//! Reference for fannkuch_redux.py: the Benchmarks Game fannkuch-redux, plain Rust
//! (single-threaded, the same permutation order).

fn fannkuch(n: usize) -> (i64, u32) {
    let mut perm1: Vec<usize> = (0..n).collect();
    let mut perm = vec![0; n];
    let mut count = vec![0usize; n];
    let mut max_flips = 0;
    let mut checksum = 0i64;
    let mut perm_count = 0u64;
    let mut r = n;
    loop {
        while r != 1 {
            count[r - 1] = r;
            r -= 1;
        }
        perm.copy_from_slice(&perm1);
        let mut flips = 0;
        let mut k = perm[0];
        while k != 0 {
            perm[..=k].reverse();
            flips += 1;
            k = perm[0];
        }
        max_flips = max_flips.max(flips);
        checksum += if perm_count.is_multiple_of(2) {
            flips as i64
        } else {
            -(flips as i64)
        };
        loop {
            if r == n {
                return (checksum, max_flips);
            }
            perm1[..=r].rotate_left(1);
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
        perm_count += 1;
    }
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(9);
    let (checksum, max_flips) = fannkuch(n);
    println!("{checksum}\nPfannkuchen({n}) = {max_flips}");
}
