//! `molt bench`: runs the programs of bench/ under CPython, PyPy (when installed), as molt
//! binaries and as their hand-written Rust references, and reports times, ratios, peak
//! memory and molt's build time. `--smoke` instead runs each program once at a tiny size
//! and checks that CPython, molt and Rust print the same thing.

mod measure;
mod report;

use crate::{Failure, toolchain};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

pub use report::{Clock, Impl, ProgramReport, Sample, Series};

pub struct Options {
    pub names: Vec<String>,
    pub runs: usize,
    pub smoke: bool,
    /// Compare wall-clock instead of CPU times.
    pub wall: bool,
    pub out: Option<PathBuf>,
    pub suite: Option<PathBuf>,
    pub python: String,
    pub pypy: String,
}

/// One line of bench/suite.txt.
struct Program {
    name: String,
    size_arg: String,
    smoke_arg: String,
    /// Cargo features of bench/rust that its reference needs.
    features: Vec<String>,
    py: PathBuf,
}

/// An interpreter found on this machine: its real executable (not a wrapper such as a
/// pyenv shim, whose start-up would be counted) and its version.
struct Interpreter {
    exe: PathBuf,
    version: String,
}

pub fn run(opts: Options) -> Result<ExitCode, Failure> {
    let suite_dir = find_suite(opts.suite.as_deref())?;
    let programs = select(&suite_dir, &opts.names)?;
    let python = find_interpreter(&opts.python).map_err(|e| {
        Failure::Internal(format!("molt bench needs CPython ({}): {e}", opts.python))
    })?;
    let pypy = if opts.smoke {
        None
    } else {
        find_interpreter(&opts.pypy).ok()
    };
    eprintln!(
        "molt bench: CPython {} ({})",
        python.version,
        python.exe.display()
    );
    match &pypy {
        Some(p) => eprintln!("molt bench: PyPy {} ({})", p.version, p.exe.display()),
        None if !opts.smoke => eprintln!("molt bench: {} not found; PyPy is left out", opts.pypy),
        None => {}
    }
    // The runtime is built (once per machine) before anything is timed.
    toolchain::ensure_runtime(true).map_err(Failure::Internal)?;
    let rust_bin = build_references(&suite_dir, &programs).map_err(Failure::Internal)?;
    let bin_dir = toolchain::cache_root().join("bench").join("bin");
    std::fs::create_dir_all(&bin_dir)
        .map_err(|e| Failure::Internal(format!("cannot create {}: {e}", bin_dir.display())))?;
    let runner = Runner {
        python,
        pypy,
        rust_bin,
        bin_dir,
    };
    if opts.smoke {
        return Ok(smoke(&runner, &programs));
    }
    full(&runner, &programs, &opts)
}

/// The bench/ directory: `--suite`, else the nearest `bench/suite.txt` above the current
/// directory, else the one in molt's own source tree.
fn find_suite(given: Option<&Path>) -> Result<PathBuf, Failure> {
    if let Some(d) = given {
        if d.join("suite.txt").is_file() {
            return Ok(d.to_path_buf());
        }
        return Err(Failure::Internal(format!(
            "{} has no suite.txt",
            d.display()
        )));
    }
    if let Ok(cwd) = std::env::current_dir() {
        for dir in cwd.ancestors() {
            if dir.join("bench").join("suite.txt").is_file() {
                return Ok(dir.join("bench"));
            }
        }
    }
    let built_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../bench");
    if built_in.join("suite.txt").is_file() {
        return Ok(built_in);
    }
    Err(Failure::Internal(
        "cannot find the benchmark suite (bench/suite.txt); run from molt's source tree or pass --suite DIR".into(),
    ))
}

fn select(suite_dir: &Path, names: &[String]) -> Result<Vec<Program>, Failure> {
    let path = suite_dir.join("suite.txt");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure::Internal(format!("cannot read {}: {e}", path.display())))?;
    let mut all = vec![];
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let mut fields = line.split_whitespace();
        let (Some(name), Some(size_arg), Some(smoke_arg)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let features = fields
            .next()
            .map(|f| f.split(',').map(str::to_string).collect());
        let py = suite_dir.join(name).join(format!("{name}.py"));
        if !py.is_file() {
            return Err(Failure::Internal(format!(
                "{} lists {name}, but {} does not exist",
                path.display(),
                py.display()
            )));
        }
        all.push(Program {
            name: name.to_string(),
            size_arg: size_arg.to_string(),
            smoke_arg: smoke_arg.to_string(),
            features: features.unwrap_or_default(),
            py,
        });
    }
    if names.is_empty() {
        return Ok(all);
    }
    let mut chosen = vec![];
    for n in names {
        let n = n.replace('-', "_");
        let i = all.iter().position(|p| p.name == n).ok_or_else(|| {
            let known: Vec<&str> = all.iter().map(|p| p.name.as_str()).collect();
            Failure::Internal(format!(
                "no benchmark named {n}; the suite has: {}",
                known.join(", ")
            ))
        })?;
        chosen.push(all.remove(i));
    }
    Ok(chosen)
}

fn find_interpreter(cmd: &str) -> Result<Interpreter, String> {
    let out = Command::new(cmd)
        .args([
            "-c",
            "import sys, platform; print(sys.executable); print(platform.python_version())",
        ])
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let mut lines = text.lines();
    let exe = lines.next().unwrap_or("").trim();
    let version = lines.next().unwrap_or("").trim().to_string();
    let exe = if exe.is_empty() {
        PathBuf::from(cmd)
    } else {
        PathBuf::from(exe)
    };
    Ok(Interpreter { exe, version })
}

/// `cargo build --release` of the selected references in bench/rust, with a target
/// directory in molt's cache; returns the directory holding the binaries.
fn build_references(suite_dir: &Path, programs: &[Program]) -> Result<PathBuf, String> {
    let target = toolchain::cache_root().join("bench").join("rust-target");
    let manifest = suite_dir.join("rust").join("Cargo.toml");
    let mut args: Vec<String> = vec!["build".into(), "--release".into(), "--quiet".into()];
    args.push("--manifest-path".into());
    args.push(manifest.display().to_string());
    let mut features: Vec<&str> = vec![];
    args.push("--bin".into());
    args.push("measure".into());
    for p in programs {
        args.push("--bin".into());
        args.push(p.name.clone());
        for f in &p.features {
            if !features.contains(&f.as_str()) {
                features.push(f);
            }
        }
    }
    if !features.is_empty() {
        args.push("--features".into());
        args.push(features.join(","));
    }
    eprintln!("molt bench: building the Rust references (cargo build --release)...");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let attempt = |offline: bool| {
        let mut cmd = Command::new(&cargo);
        cmd.args(&args).env("CARGO_TARGET_DIR", &target);
        // Prefer the local registry cache, as for the runtime: works without a network.
        if offline {
            cmd.arg("--offline");
        }
        cmd.output()
    };
    let mut out = attempt(true).map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        out = attempt(false).map_err(|e| format!("cannot run cargo: {e}"))?;
    }
    if !out.status.success() {
        return Err(format!(
            "building the Rust references failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(target.join("release"))
}

struct Runner {
    python: Interpreter,
    pypy: Option<Interpreter>,
    rust_bin: PathBuf,
    bin_dir: PathBuf,
}

impl Runner {
    fn measure(&self, cmd: &Command) -> Result<measure::Measured, String> {
        measure::run(&self.rust_bin.join("measure"), &self.bin_dir, cmd)
    }
}

/// What molt made of a program.
pub enum MoltBuild {
    Built {
        bin: PathBuf,
        secs: f64,
    },
    /// Refused with a diagnostic: its first line, with the location.
    Refused(String),
    /// molt itself failed (a bug in molt).
    Failed(String),
}

impl Runner {
    fn command(
        &self,
        imp: Impl,
        p: &Program,
        molt_bin: Option<&Path>,
        args: &[String],
    ) -> Option<Command> {
        let mut cmd = match imp {
            Impl::CPython => {
                let mut c = Command::new(&self.python.exe);
                c.arg(&p.py);
                c
            }
            Impl::PyPy => {
                let mut c = Command::new(&self.pypy.as_ref()?.exe);
                c.arg(&p.py);
                c
            }
            Impl::Molt => {
                let mut c = Command::new(molt_bin?);
                c.env("MOLT_SCRIPT_NAME", &p.py);
                c
            }
            Impl::Rust => Command::new(self.rust_bin.join(&p.name)),
        };
        cmd.args(args).env("PYTHONHASHSEED", "0");
        Some(cmd)
    }

    fn build_molt(&self, p: &Program) -> MoltBuild {
        let bin = self.bin_dir.join(&p.name);
        let start = Instant::now();
        match crate::build(&p.py, &bin, crate::RELEASE_OPT) {
            Ok(()) => MoltBuild::Built {
                bin,
                secs: start.elapsed().as_secs_f64(),
            },
            Err(Failure::Refused(msg)) => MoltBuild::Refused(first_diagnostic(&msg)),
            Err(Failure::Internal(msg)) => {
                MoltBuild::Failed(msg.lines().next().unwrap_or("").to_string())
            }
        }
    }
}

/// "classes are not supported yet (richards.py:21:7)" from a rendered diagnostic.
fn first_diagnostic(msg: &str) -> String {
    let mut lines = msg.lines();
    let first = lines.next().unwrap_or("").trim();
    let first = first.strip_prefix("error: ").unwrap_or(first);
    let location = lines
        .next()
        .and_then(|l| l.trim().strip_prefix("-->"))
        .map(|l| {
            let l = l.trim();
            l.rsplit('/').next().unwrap_or(l).to_string()
        });
    match location {
        Some(loc) => format!("{first} ({loc})"),
        None => first.to_string(),
    }
}

/// Checks one run against CPython's output: `None` when it agrees.
fn disagreement(m: &measure::Measured, expected: &[u8]) -> Option<String> {
    if !m.status.success() {
        let code = match (m.status.code(), m.status.signal_number()) {
            (Some(c), _) => format!("exit status {c}"),
            (None, Some(s)) => format!("killed by signal {s}"),
            _ => "failed".into(),
        };
        return Some(format!("{code}: {}", m.last_stderr_line()));
    }
    if m.stdout != expected {
        let got = String::from_utf8_lossy(&m.stdout);
        let want = String::from_utf8_lossy(expected);
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        return Some(format!(
            "output differs from CPython's at line {}: {:?} instead of {:?}",
            line + 1,
            got.lines().nth(line).unwrap_or("<end of output>"),
            want.lines().nth(line).unwrap_or("<end of output>")
        ));
    }
    None
}

trait SignalNumber {
    fn signal_number(&self) -> Option<i32>;
}

impl SignalNumber for std::process::ExitStatus {
    fn signal_number(&self) -> Option<i32> {
        std::os::unix::process::ExitStatusExt::signal(self)
    }
}

fn smoke(runner: &Runner, programs: &[Program]) -> ExitCode {
    let mut failed = 0;
    let mut refused = 0;
    for p in programs {
        let args = vec![p.smoke_arg.clone()];
        let width = 16;
        let expected = match runner
            .command(Impl::CPython, p, None, &args)
            .map(|c| runner.measure(&c))
        {
            Some(Ok(m)) if m.status.success() => m.stdout,
            Some(Ok(m)) => {
                println!("{:width$} FAIL: CPython: {}", p.name, m.last_stderr_line());
                failed += 1;
                continue;
            }
            Some(Err(e)) => {
                println!("{:width$} FAIL: CPython: {e}", p.name);
                failed += 1;
                continue;
            }
            None => continue,
        };
        let mut notes = vec![];
        let mut bad = false;
        let build = runner.build_molt(p);
        let molt_bin = match &build {
            MoltBuild::Built { bin, .. } => Some(bin.as_path()),
            MoltBuild::Refused(d) => {
                refused += 1;
                notes.push(format!("molt refuses it: {d}"));
                None
            }
            MoltBuild::Failed(e) => {
                bad = true;
                notes.push(format!("molt failed: {e}"));
                None
            }
        };
        for imp in [Impl::Molt, Impl::Rust] {
            let Some(cmd) = runner.command(imp, p, molt_bin, &args) else {
                continue;
            };
            match runner.measure(&cmd) {
                Ok(m) => {
                    if let Some(d) = disagreement(&m, &expected) {
                        bad = true;
                        notes.push(format!("{}: {d}", imp.label()));
                    }
                }
                Err(e) => {
                    bad = true;
                    notes.push(format!("{}: {e}", imp.label()));
                }
            }
        }
        let verdict = if bad {
            failed += 1;
            "FAIL"
        } else {
            "ok"
        };
        let agree = if molt_bin.is_some() {
            "molt and Rust print what CPython prints"
        } else {
            "Rust prints what CPython prints"
        };
        if notes.is_empty() || !bad {
            notes.insert(0, agree.to_string());
        }
        println!("{:width$} {verdict}: {}", p.name, notes.join("; "));
    }
    let passed = programs.len() - failed;
    if refused > 0 {
        println!("molt refuses {refused} of the programs (not yet supported, not a failure)");
    }
    // The closing line has the plain "N passed, N failed" form that CI logs are read for.
    println!("bench-smoke: {passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn full(runner: &Runner, programs: &[Program], opts: &Options) -> Result<ExitCode, Failure> {
    let runs = opts.runs.max(1);
    let start_load = report::load_average();
    let mut reports = vec![];
    for p in programs {
        eprintln!("molt bench: {}: building with molt...", p.name);
        let build = runner.build_molt(p);
        if let MoltBuild::Refused(d) | MoltBuild::Failed(d) = &build {
            eprintln!("molt bench: {}: molt cannot build it: {d}", p.name);
        }
        let molt_bin = match &build {
            MoltBuild::Built { bin, .. } => Some(bin.clone()),
            _ => None,
        };
        let args = vec![p.size_arg.clone()];
        let mut series: Vec<Option<Series>> = Impl::ALL
            .iter()
            .map(|&imp| {
                runner
                    .command(imp, p, molt_bin.as_deref(), &args)
                    .map(|_| Series::default())
            })
            .collect();
        let mut expected: Option<Vec<u8>> = None;
        // Round 0 is the warm-up (not counted); then `runs` rounds, each running every
        // implementation once, so that a change in the machine's load hits all alike.
        for round in 0..=runs {
            eprintln!(
                "molt bench: {}: {}",
                p.name,
                if round == 0 {
                    "warm-up".to_string()
                } else {
                    format!("round {round}/{runs}")
                }
            );
            for (i, imp) in Impl::ALL.iter().enumerate() {
                let Some(s) = series[i].as_mut() else {
                    continue;
                };
                if s.failure.is_some() {
                    continue;
                }
                let Some(cmd) = runner.command(*imp, p, molt_bin.as_deref(), &args) else {
                    continue;
                };
                let m = match runner.measure(&cmd) {
                    Ok(m) => m,
                    Err(e) => {
                        s.failure = Some(e);
                        continue;
                    }
                };
                if *imp == Impl::CPython && expected.is_none() {
                    if !m.status.success() {
                        s.failure = Some(format!("CPython failed: {}", m.last_stderr_line()));
                        continue;
                    }
                    expected = Some(m.stdout.clone());
                }
                let Some(want) = expected.as_deref() else {
                    continue;
                };
                if let Some(d) = disagreement(&m, want) {
                    eprintln!("molt bench: {}: {}: {d}", p.name, imp.label());
                    s.failure = Some(d);
                    continue;
                }
                if round > 0 {
                    s.samples.push(Sample {
                        wall: m.wall,
                        cpu: m.cpu,
                        max_rss: m.max_rss,
                    });
                }
            }
        }
        reports.push(ProgramReport {
            name: p.name.clone(),
            build,
            series,
        });
    }
    let env = report::Environment {
        python: format!(
            "{} ({})",
            runner.python.version,
            runner.python.exe.display()
        ),
        pypy: runner
            .pypy
            .as_ref()
            .map(|p| format!("{} ({})", p.version, p.exe.display())),
        rustc: toolchain::rustc_version()
            .ok()
            .and_then(|v| v.lines().next().map(str::to_string))
            .unwrap_or_default(),
        runs,
        clock: if opts.wall { Clock::Wall } else { Clock::Cpu },
        load_before: start_load,
        load_after: report::load_average(),
    };
    let md = report::markdown(&reports, &env);
    let json = report::json(&reports, &env);
    let out = opts
        .out
        .clone()
        .unwrap_or_else(|| toolchain::cache_root().join("bench").join("report"));
    let io = |e: std::io::Error| Failure::Internal(format!("cannot write {}: {e}", out.display()));
    std::fs::create_dir_all(&out).map_err(io)?;
    std::fs::write(out.join("bench.md"), &md).map_err(io)?;
    std::fs::write(out.join("bench.json"), &json).map_err(io)?;
    print!("{md}");
    eprintln!(
        "molt bench: wrote {} and {}",
        out.join("bench.md").display(),
        out.join("bench.json").display()
    );
    let wrong = reports.iter().any(|r| {
        r.series.iter().flatten().any(|s| s.failure.is_some())
            || matches!(r.build, MoltBuild::Failed(_))
    });
    Ok(if wrong {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_diagnostic_keeps_message_and_location() {
        let msg =
            "error: classes are not supported yet\n --> /x/bench/richards/richards.py:21:7\n  |\n";
        assert_eq!(
            first_diagnostic(msg),
            "classes are not supported yet (richards.py:21:7)"
        );
        assert_eq!(first_diagnostic("error: odd\n"), "odd");
    }

    #[test]
    fn the_suite_lists_existing_programs_and_references() {
        let Ok(dir) = find_suite(None) else {
            panic!("the source tree has no bench/suite.txt")
        };
        let Ok(programs) = select(&dir, &[]) else {
            panic!("bench/suite.txt does not parse")
        };
        assert!(programs.len() >= 12, "{} programs", programs.len());
        let manifest = std::fs::read_to_string(dir.join("rust").join("Cargo.toml"))
            .expect("bench/rust/Cargo.toml");
        for p in &programs {
            let rs = dir.join(&p.name).join(format!("{}.rs", p.name));
            assert!(rs.is_file(), "{} has no Rust reference", p.name);
            // The programs' own default sizes are the suite's, so that running one by
            // hand measures what `molt bench` measures.
            let py_src = std::fs::read_to_string(&p.py).unwrap_or_default();
            assert!(
                py_src.contains(&format!(" else {}\n", p.size_arg)),
                "{}.py's default size is not {}",
                p.name,
                p.size_arg
            );
            let rs_src = std::fs::read_to_string(&rs)
                .unwrap_or_default()
                .replace('_', "");
            assert!(
                rs_src.contains(&format!(".unwrapor({})", p.size_arg)),
                "{}.rs's default size is not {}",
                p.name,
                p.size_arg
            );
            assert!(
                manifest.contains(&format!("name = \"{}\"", p.name)),
                "{} is not a [[bin]] of bench/rust",
                p.name
            );
        }
        let Ok(some) = select(&dir, &["sieve".into(), "nqueens".into()]) else {
            panic!("sieve and nqueens are in the suite")
        };
        assert_eq!(some.len(), 2);
        assert!(select(&dir, &["no_such".into()]).is_err());
    }
}
