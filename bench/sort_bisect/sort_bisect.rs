//! Reference for sort_bisect.py: sort, `partition_point` for bisect, Vec::insert for
//! insort.

fn lcg(seed: u64, count: usize) -> Vec<u64> {
    let mut x = seed;
    (0..count)
        .map(|_| {
            x = (x * 1103515245 + 12345) % 2147483648;
            x >> 8
        })
        .collect()
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(400_000);
    let mut data = lcg(42, n);
    let queries = lcg(7, n);

    data.sort();
    let (mut hits, mut position_sum) = (0u64, 0u64);
    for &q in &queries {
        let i = data.partition_point(|&v| v < q);
        position_sum += i as u64;
        if i < n && data[i] == q {
            hits += 1;
        }
    }
    println!("median: {}", data[n / 2]);
    println!("hits: {hits}, position sum: {position_sum}");

    let mut pairs: Vec<(u64, u64)> = data.iter().map(|&v| (v % 1000, v)).collect();
    pairs.sort();
    let checksum = pairs
        .iter()
        .fold(0u64, |c, &(key, v)| (c * 31 + key + v) % 1_000_000_007);
    let (first, last) = (pairs[0], pairs[pairs.len() - 1]);
    println!("pairs: first {first:?}, last {last:?}, checksum {checksum}");

    let mut window: Vec<u64> = Vec::new();
    for &q in &queries[..n / 20] {
        // bisect.insort inserts after equal items.
        let i = window.partition_point(|&v| v <= q);
        window.insert(i, q);
    }
    println!(
        "window: {} items, min {}, max {}, middle {}",
        window.len(),
        window[0],
        window[window.len() - 1],
        window[window.len() / 2]
    );
}
