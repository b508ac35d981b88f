//! Reference for nqueens.py: the same backtracking over boolean column/diagonal marks.

fn solve(n: usize, row: usize, cols: &mut [bool], diag1: &mut [bool], diag2: &mut [bool]) -> u64 {
    if row == n {
        return 1;
    }
    let mut count = 0;
    for col in 0..n {
        let d1 = row + col;
        let d2 = row + n - 1 - col;
        if !cols[col] && !diag1[d1] && !diag2[d2] {
            cols[col] = true;
            diag1[d1] = true;
            diag2[d2] = true;
            count += solve(n, row + 1, cols, diag1, diag2);
            cols[col] = false;
            diag1[d1] = false;
            diag2[d2] = false;
        }
    }
    count
}

fn queens(n: usize) -> u64 {
    solve(
        n,
        0,
        &mut vec![false; n],
        &mut vec![false; 2 * n - 1],
        &mut vec![false; 2 * n - 1],
    )
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(12);
    for size in 4..=n {
        println!("{size} queens: {} solutions", queens(size));
    }
}
