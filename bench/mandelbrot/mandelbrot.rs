//! Reference for mandelbrot.py: the same escape-time loop and checksum, plain Rust.

fn mandelbrot(n: u32, max_iter: u64) -> (u64, u64) {
    let mut inside = 0;
    let mut checksum = 0u64;
    for y in 0..n {
        let ci = 2.0 * y as f64 / n as f64 - 1.0;
        for x in 0..n {
            let cr = 2.0 * x as f64 / n as f64 - 1.5;
            let (mut zr, mut zi) = (0.0f64, 0.0f64);
            let mut escaped = max_iter;
            for i in 0..max_iter {
                let tr = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = tr;
                if zr * zr + zi * zi > 4.0 {
                    escaped = i;
                    break;
                }
            }
            if escaped == max_iter {
                inside += 1;
            }
            checksum = (checksum * 31 + escaped) % 1_000_000_007;
        }
    }
    (inside, checksum)
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(800);
    let (inside, checksum) = mandelbrot(n, 50);
    println!("{n} x {n}: {inside} points inside");
    println!("checksum {checksum}");
}
