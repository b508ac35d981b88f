//! `molt compare prog.py`: the program under CPython and as a molt binary, side by side,
//! measured by the OS (CPU, wall, peak memory, start-up, jitter) and on disk (footprint),
//! with the seed document's claims judged against the figures. Prints a table and writes
//! report.md, report.json (docs/compare-schema.json) and report.html.

mod footprint;
mod html;
mod measure;
mod report;
mod stats;

pub use measure::helper_main;

use crate::Failure;
use measure::Invocation;
use report::{Footprint, OutputCheck, Report, Sides};
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// Exit status when the binary's output differs from Python's.
const DIFFERENT: u8 = 1;

pub struct Options {
    pub file: PathBuf,
    pub runs: usize,
    pub out: Option<PathBuf>,
    pub python: String,
    pub args: Vec<String>,
}

fn internal(e: impl std::fmt::Display) -> Failure {
    Failure::Internal(e.to_string())
}

fn progress(msg: &str) {
    eprintln!("molt compare: {msg}");
}

pub fn compare(opts: &Options) -> Result<ExitCode, Failure> {
    let runs = opts.runs.max(1);
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let python = footprint::resolve_python(&opts.python).map_err(internal)?;
    // One stdin for every run: read it now (unless it is a terminal, which would wait for
    // typing), and feed the same bytes to each.
    let mut stdin = vec![];
    if !std::io::stdin().is_terminal() {
        std::io::stdin()
            .read_to_end(&mut stdin)
            .map_err(|e| internal(format!("cannot read stdin: {e}")))?;
    }
    let helper = std::env::current_exe()
        .map_err(|e| internal(format!("cannot find the molt executable: {e}")))?;
    let work = crate::tempdir()?;
    let r = compare_in(opts, runs, started, python, &stdin, &helper, &work);
    let _ = std::fs::remove_dir_all(&work);
    r
}

fn compare_in(
    opts: &Options,
    runs: usize,
    started: u64,
    python: footprint::PythonInfo,
    stdin: &[u8],
    helper: &Path,
    work: &Path,
) -> Result<ExitCode, Failure> {
    let stem = opts
        .file
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "program".into());
    let out_dir = opts
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("molt-compare-{stem}")));

    progress(&format!("building {} with molt", opts.file.display()));
    let binary = work.join("program");
    crate::build(&opts.file, &binary, crate::RELEASE_OPT)?;
    let empty_py = work.join("empty.py");
    std::fs::write(&empty_py, "").map_err(internal)?;
    let empty_bin = work.join("empty");
    crate::build(&empty_py, &empty_bin, crate::RELEASE_OPT)?;

    // Hash randomisation would make set and dict-of-str output differ from run to run;
    // fix it for both sides unless the user chose a seed.
    let (hashseed, set_by_molt) = match std::env::var("PYTHONHASHSEED") {
        Ok(v) if !v.is_empty() => (v, false),
        _ => ("0".to_string(), true),
    };
    let script = opts.file.display().to_string();
    let py_inv = |prog: &Path| Invocation {
        program: python.executable.clone(),
        args: std::iter::once(prog.display().to_string())
            .chain(opts.args.iter().cloned())
            .collect(),
        env: vec![("PYTHONHASHSEED".into(), hashseed.clone())],
    };
    let rs_inv = |bin: &Path, script: &str| Invocation {
        program: bin.to_path_buf(),
        args: opts.args.clone(),
        env: vec![
            ("PYTHONHASHSEED".into(), hashseed.clone()),
            ("MOLT_SCRIPT_NAME".into(), script.to_string()),
        ],
    };
    let (py_main, rs_main) = (py_inv(&opts.file), rs_inv(&binary, &script));
    let run = |inv: &Invocation| measure::run(helper, work, inv, stdin).map_err(internal);

    progress("warm-up: one run of each");
    let reference = run(&py_main)?;
    let rs_warm = run(&rs_main)?;
    let mut compared = 1;
    let mut difference = report::first_difference(&reference, &rs_warm, "rust warm-up run");
    let main = if difference.is_none() {
        let mut sides = Sides {
            python: vec![],
            rust: vec![],
        };
        for i in 1..=runs {
            let p = run(&py_main)?;
            let r = run(&rs_main)?;
            progress(&format!(
                "run {i}/{runs}: python {} ({} CPU), rust {} ({} CPU)",
                report::secs(p.wall_s),
                report::secs(p.cpu_s()),
                report::secs(r.wall_s),
                report::secs(r.cpu_s())
            ));
            compared += 2;
            if difference.is_none() {
                difference = report::first_difference(&reference, &p, &format!("python run {i}"))
                    .or_else(|| report::first_difference(&reference, &r, &format!("rust run {i}")));
            }
            // Compared already: keep the figures, not a copy of every output.
            let (mut p, mut r) = (p, r);
            p.stdout = vec![];
            r.stdout = vec![];
            sides.python.push(p);
            sides.rust.push(r);
        }
        Some(sides)
    } else {
        None
    };
    if let Some(d) = &difference {
        progress(&format!(
            "OUTPUT DIFFERS in the {}: {}{}",
            d.run,
            d.stream,
            d.line.map(|l| format!(" line {l}")).unwrap_or_default()
        ));
    }

    let startup = if main.is_some() {
        progress(&format!("start-up: an empty program, {runs} runs each"));
        let (py_empty, rs_empty) = (py_inv(&empty_py), rs_inv(&empty_bin, "empty.py"));
        run(&py_empty)?;
        run(&rs_empty)?;
        let mut sides = Sides {
            python: vec![],
            rust: vec![],
        };
        for _ in 0..runs {
            sides.python.push(run(&py_empty)?);
            sides.rust.push(run(&rs_empty)?);
        }
        Some(sides)
    } else {
        None
    };

    progress("footprint: listing the modules the program imports, and file sizes");
    let footprint = measure_footprint(
        &opts.file, &opts.args, &python, &hashseed, stdin, &binary, work,
    );

    let report = Report {
        program: script,
        args: opts.args.clone(),
        stdin_bytes: stdin.len(),
        runs,
        python,
        hashseed,
        hashseed_set_by_molt: set_by_molt,
        output: OutputCheck {
            identical: difference.is_none(),
            runs_compared: compared,
            difference,
        },
        main,
        startup,
        footprint,
        started,
    };
    let figures = report::Figures::of(&report);
    let claims = report::claims(&report, &figures);
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| internal(format!("cannot create {}: {e}", out_dir.display())))?;
    let write = |name: &str, text: String| {
        let p = out_dir.join(name);
        std::fs::write(&p, text).map_err(|e| internal(format!("cannot write {}: {e}", p.display())))
    };
    let json = report::json(&report, &figures, &claims);
    write(
        "report.json",
        serde_json::to_string_pretty(&json).map_err(internal)? + "\n",
    )?;
    write("report.md", report::markdown(&report, &figures, &claims))?;
    write("report.html", html::html(&report, &figures, &claims))?;
    print!("{}", report::terminal(&report, &figures, &claims));
    println!(
        "\nreports: {}",
        ["report.md", "report.json", "report.html"]
            .map(|n| out_dir.join(n).display().to_string())
            .join(", ")
    );
    if report.output.identical {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "molt compare: FAILED: the binary's output differs from Python's\n  {}",
            report::output_line(&report)
        );
        Ok(ExitCode::from(DIFFERENT))
    }
}

fn measure_footprint(
    file: &Path,
    args: &[String],
    python: &footprint::PythonInfo,
    hashseed: &str,
    stdin: &[u8],
    binary: &Path,
    work: &Path,
) -> Footprint {
    let exe = std::fs::canonicalize(&python.executable).unwrap_or(python.executable.clone());
    let python_libs = footprint::shared_libraries(&exe);
    let libpython = python_libs.as_ref().and_then(|libs| {
        libs.iter()
            .filter(|(n, _)| n.starts_with("libpython"))
            .find_map(|(_, p)| {
                let p = p.as_ref()?;
                let real = std::fs::canonicalize(p).unwrap_or(p.clone());
                Some((real.clone(), footprint::file_size(&real)?))
            })
    });
    let modules = list_modules(file, args, python, hashseed, stdin, work);
    let (stdlib_bytes, stdlib_files) = footprint::trimmed_stdlib_size(&python.stdlib);
    Footprint {
        binary_bytes: footprint::file_size(binary).unwrap_or(0),
        binary_libs: footprint::shared_libraries(binary)
            .map(|l| l.into_iter().map(|(n, _)| n).collect()),
        python_exe_bytes: footprint::file_size(&exe).unwrap_or(0),
        python_exe: exe,
        python_libs: python_libs.map(|l| l.into_iter().map(|(n, _)| n).collect()),
        libpython,
        modules,
        stdlib_bytes,
        stdlib_files,
    }
}

/// Runs the program once more under Python with the module-listing wrapper.
fn list_modules(
    file: &Path,
    args: &[String],
    python: &footprint::PythonInfo,
    hashseed: &str,
    stdin: &[u8],
    work: &Path,
) -> Result<Vec<footprint::Module>, String> {
    let dump = work.join("modules.tsv");
    let mut child = Command::new(&python.executable)
        .arg("-c")
        .arg(footprint::WRAPPER)
        .arg(&dump)
        .arg(file)
        .args(args)
        .env("PYTHONHASHSEED", hashseed)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", python.executable.display()))?;
    if let Some(mut si) = child.stdin.take() {
        let data = stdin.to_vec();
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = si.write_all(&data);
        });
    }
    child.wait().map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&dump)
        .map_err(|e| format!("the module listing was not written ({e})"))?;
    Ok(footprint::parse_modules(&text))
}
