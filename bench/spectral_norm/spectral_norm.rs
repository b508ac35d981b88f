//! Reference for spectral_norm.py: the Benchmarks Game spectral-norm, plain Rust.

fn eval_a(i: usize, j: usize) -> f64 {
    1.0 / ((i + j) * (i + j + 1) / 2 + i + 1) as f64
}

fn a_times_u(u: &[f64]) -> Vec<f64> {
    (0..u.len())
        .map(|i| {
            u.iter()
                .enumerate()
                .fold(0.0, |total, (j, &uj)| total + eval_a(i, j) * uj)
        })
        .collect()
}

fn at_times_u(u: &[f64]) -> Vec<f64> {
    (0..u.len())
        .map(|i| {
            u.iter()
                .enumerate()
                .fold(0.0, |total, (j, &uj)| total + eval_a(j, i) * uj)
        })
        .collect()
}

fn ata_times_u(u: &[f64]) -> Vec<f64> {
    at_times_u(&a_times_u(u))
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let mut u = vec![1.0; n];
    let mut v = u.clone();
    for _ in 0..10 {
        v = ata_times_u(&u);
        u = ata_times_u(&v);
    }
    let vbv: f64 = u.iter().zip(&v).fold(0.0, |acc, (a, b)| acc + a * b);
    let vv: f64 = v.iter().fold(0.0, |acc, b| acc + b * b);
    println!("{:.9}", (vbv / vv).sqrt());
}
