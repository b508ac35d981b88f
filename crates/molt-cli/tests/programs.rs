//! The differential harness: every program under tests/programs runs under
//! `PYTHONHASHSEED=0 python3` and as a molt-compiled binary; stdout, the exit code and the
//! last line of stderr must be identical. A program may come with `name.stdin` (fed to
//! both) and `name.args` (one argument per line).
//!
//! Programs molt refuses (exit 2) fail the test unless their name starts with `refuse_`,
//! in which case the refusal is the expected outcome, or is listed in `pending.txt`
//! (features not built yet). A pending program must be refused with a located diagnostic;
//! if molt accepts it, its output must still match CPython's (accepting and getting it
//! wrong breaks the contract), and once it matches it must leave the list.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn molt() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_molt"))
}

/// opt-level 0 builds about 3x faster; `molt build -O` keeps behaviour the same at every
/// level, and the benchmark smoke run covers the default level.
const BUILD: [&str; 3] = ["build", "-O", "0"];

fn python() -> String {
    std::env::var("MOLT_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string())
}

struct Outcome {
    stdout: Vec<u8>,
    last_err: String,
    code: Option<i32>,
}

fn run_with_input(mut cmd: Command, stdin: Option<&[u8]>) -> Result<Outcome, String> {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {cmd:?}: {e}"))?;
    if let Some(mut si) = child.stdin.take() {
        let data = stdin.unwrap_or(b"").to_vec();
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = si.write_all(&data);
        });
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let err = String::from_utf8_lossy(&out.stderr);
    let last_err = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    Ok(Outcome {
        stdout: out.stdout,
        last_err,
        code: out.status.code(),
    })
}

fn pending() -> Vec<String> {
    std::fs::read_to_string(root().join("tests/programs/pending.txt"))
        .map(|s| {
            s.lines()
                .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn check(py: &Path, bin_dir: &Path, pending: bool) -> Result<(), Failed> {
    let name = py
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let stdin = std::fs::read(py.with_extension("stdin")).ok();
    let args: Vec<String> = std::fs::read_to_string(py.with_extension("args"))
        .map(|s| s.lines().map(str::to_string).collect())
        .unwrap_or_default();
    let bin = bin_dir.join(&name);
    let build = Command::new(molt())
        .args(BUILD)
        .arg(py)
        .arg("-o")
        .arg(&bin)
        .output()
        .map_err(|e| format!("cannot run molt: {e}"))?;
    let refused = build.status.code() == Some(2);
    if name.starts_with("refuse_") {
        if refused {
            return Ok(());
        }
        return Err(format!(
            "expected molt to refuse {name}, but it exited with {:?}",
            build.status.code()
        )
        .into());
    }
    if refused && pending {
        let err = String::from_utf8_lossy(&build.stderr);
        let located = err.lines().any(|l| l.contains(&format!("{name}.py:")));
        if located {
            return Ok(());
        }
        return Err(format!("pending program refused without a located diagnostic:\n{err}").into());
    }
    if !build.status.success() {
        return Err(format!(
            "molt build failed (exit {:?}):\n{}",
            build.status.code(),
            String::from_utf8_lossy(&build.stderr)
        )
        .into());
    }
    let mut pycmd = Command::new(python());
    pycmd
        .arg(py)
        .args(&args)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8");
    let expected = run_with_input(pycmd, stdin.as_deref())?;
    let mut bincmd = Command::new(&bin);
    bincmd
        .args(&args)
        .env("PYTHONHASHSEED", "0")
        .env("MOLT_SCRIPT_NAME", py);
    let got = run_with_input(bincmd, stdin.as_deref())?;
    let mut problems = vec![];
    if expected.stdout != got.stdout {
        let e = String::from_utf8_lossy(&expected.stdout);
        let g = String::from_utf8_lossy(&got.stdout);
        let line = e
            .lines()
            .zip(g.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(e.lines().count().min(g.lines().count()));
        problems.push(format!(
            "stdout differs at line {}:\n  python: {:?}\n  molt:   {:?}",
            line + 1,
            e.lines().nth(line).unwrap_or("<end>"),
            g.lines().nth(line).unwrap_or("<end>")
        ));
    }
    if expected.code != got.code {
        problems.push(format!(
            "exit code: python {:?}, molt {:?}",
            expected.code, got.code
        ));
    }
    if expected.last_err != got.last_err {
        problems.push(format!(
            "last stderr line:\n  python: {:?}\n  molt:   {:?}",
            expected.last_err, got.last_err
        ));
    }
    if problems.is_empty() && pending {
        Err(format!("{name} now matches CPython: remove it from tests/programs/pending.txt").into())
    } else if problems.is_empty() {
        let _ = std::fs::remove_file(&bin);
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let dir = root().join("tests").join("programs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let bin_dir = std::env::temp_dir().join(format!("molt-programs-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&bin_dir);
    // Build the runtime once up front so parallel tests do not all wait on it.
    if let Some(first) = files.first() {
        let _ = Command::new(molt())
            .args(BUILD)
            .arg(first)
            .arg("-o")
            .arg(bin_dir.join("warm-up"))
            .output();
    }
    let pending = pending();
    let trials = files
        .into_iter()
        .map(|f| {
            let name = f
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let bd = bin_dir.clone();
            let p = pending.contains(&name);
            Trial::test(name, move || check(&f, &bd, p))
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&bin_dir);
    conclusion.exit();
}
