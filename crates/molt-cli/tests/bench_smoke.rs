//! `molt bench --smoke` end to end on two small programs of bench/: it builds their Rust
//! references and molt binaries, runs them with CPython, and reports agreement.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn smoke_runs_two_programs_and_reports_agreement() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let python = std::env::var("MOLT_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["bench", "--smoke", "--python", &python, "--suite"])
        .arg(root.join("bench"))
        .args(["sieve", "nqueens"])
        .output()
        .expect("molt runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");
    let line = |name: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no line for {name} in:\n{stdout}"))
            .to_string()
    };
    for name in ["sieve", "nqueens"] {
        assert!(
            line(name).contains("ok: molt and Rust print what CPython prints"),
            "{stdout}"
        );
    }
    assert!(
        stdout.contains("bench-smoke: 2 passed, 0 failed"),
        "{stdout}"
    );
}

#[test]
fn smoke_rejects_an_unknown_benchmark() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["bench", "--smoke", "--suite"])
        .arg(root.join("bench"))
        .arg("no_such_benchmark")
        .output()
        .expect("molt runs");
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no benchmark named no_such_benchmark"));
}
