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

/// Where molt keeps its cache (as `toolchain::cache_root` decides).
fn cache_root() -> PathBuf {
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(d) = var("MOLT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = var("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("molt");
    }
    match var("HOME") {
        Some(h) => PathBuf::from(h).join(".cache").join("molt"),
        None => std::env::temp_dir().join("molt-cache"),
    }
}

#[test]
fn the_stopwatch_reports_status_and_the_programs_own_peak_memory() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    // Builds the helper (and one small reference) if this machine has not yet.
    let out = Command::new(env!("CARGO_BIN_EXE_molt"))
        .args(["bench", "--smoke", "--suite"])
        .arg(root.join("bench"))
        .arg("fannkuch_redux")
        .output()
        .expect("molt runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let release = cache_root()
        .join("bench")
        .join("rust-target")
        .join("release");
    let helper = release.join("measure");
    let report = std::env::temp_dir().join(format!("molt-measure-test-{}", std::process::id()));
    let measure = |args: &[&str]| {
        let o = Command::new(&helper)
            .arg(&report)
            .args(args)
            .output()
            .expect("the helper runs");
        let text = std::fs::read_to_string(&report).expect("a report");
        let f: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        assert_eq!(f.len(), 5, "{text}");
        (o, f)
    };
    let python = std::env::var("MOLT_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let (o, f) = measure(&[&python, "-c", "x = b'x' * (64 << 20); print(len(x))"]);
    assert_eq!(o.stdout, b"67108864\n");
    assert_eq!(f[0], "0");
    let kib: u64 = f[4].parse().expect("KiB");
    assert!((64 << 10..1 << 20).contains(&kib), "{kib} KiB");
    // A small native program is charged its own memory, not a parent's.
    let small = release.join("fannkuch_redux");
    let (o, f) = measure(&[small.to_str().expect("utf-8 path"), "5"]);
    assert!(o.stdout.ends_with(b"Pfannkuchen(5) = 7\n"));
    let kib: u64 = f[4].parse().expect("KiB");
    assert!(kib < 8 << 10, "{kib} KiB");
    // Exit status 3 is the raw wait status 3 << 8.
    let (_, f) = measure(&["sh", "-c", "exit 3"]);
    assert_eq!(f[0], "768");
    let _ = std::fs::remove_file(&report);
}
