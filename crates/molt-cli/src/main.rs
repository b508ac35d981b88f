//! `molt`: compile Python programs to native binaries through Rust.

mod bench;
#[cfg(unix)]
mod compare;
mod toolchain;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "molt",
    version,
    about = "Compile Python programs to native binaries through Rust"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile (cached by content) and run a program, like `python3 prog.py args...`.
    #[command(override_usage = "molt run <FILE> [ARGS]...")]
    Run {
        // One positional for the program and its arguments, so that clap stops reading
        // options at the program: `molt run prog.py -h` passes -h to the program.
        /// The program, then its arguments
        #[arg(
            value_name = "FILE",
            required = true,
            trailing_var_arg = true,
            allow_hyphen_values = true
        )]
        argv: Vec<String>,
    },
    /// Compile a program to a native binary.
    Build {
        file: PathBuf,
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// rustc's optimisation level for the generated code. 0 builds about 3x faster and
        /// runs slower; the behaviour is the same at every level (overflow checks and debug
        /// assertions stay off, as in a release build).
        #[arg(short = 'O', long, default_value_t = RELEASE_OPT, value_parser = clap::value_parser!(u8).range(0..=3))]
        opt_level: u8,
    },
    /// Write a standalone Cargo project for a program.
    Transpile {
        file: PathBuf,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// Print the generated Rust for a program.
    Emit { file: PathBuf },
    /// Run a program under CPython and as a molt binary, and report CPU, memory, start-up,
    /// jitter and footprint side by side (exit 1 if the outputs differ).
    Compare {
        file: PathBuf,
        /// Timed runs of each (after one warm-up run of each).
        #[arg(long, default_value_t = 10)]
        runs: usize,
        /// Directory for report.md, report.json and report.html [default: molt-compare-<stem>].
        #[arg(long)]
        out: Option<PathBuf>,
        /// The Python to compare against (resolved once to its real executable).
        #[arg(long, default_value = "python3")]
        python: String,
        /// Arguments for the program, after `--`.
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// List the stdlib modules molt compiles and their supported names.
    Modules {
        /// Print the markdown table of README.md's module section.
        #[arg(long)]
        markdown: bool,
        /// Rewrite the module section of this README (between its marker comments).
        #[arg(long, value_name = "README")]
        update_readme: Option<PathBuf>,
    },
    /// Run the benchmark suite (bench/) under CPython, PyPy, molt and the Rust references.
    Bench {
        /// Benchmarks to run (default: all of bench/suite.txt).
        names: Vec<String>,
        /// Counted runs of each implementation, after one warm-up run.
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Run each program once at a tiny size and check that the outputs agree.
        #[arg(long)]
        smoke: bool,
        /// Report and compare wall-clock times instead of CPU (user + system) times.
        #[arg(long)]
        wall: bool,
        /// Directory for bench.md and bench.json (default: in molt's cache).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The bench/ directory (default: found from the current directory).
        #[arg(long)]
        suite: Option<PathBuf>,
        /// The CPython interpreter.
        #[arg(long, default_value = "python3")]
        python: String,
        /// The PyPy interpreter (left out when not installed).
        #[arg(long, default_value = "pypy3")]
        pypy: String,
    },
}

/// rustc's optimisation level for `molt run`, `bench`, `compare` and a default `build`.
const RELEASE_OPT: u8 = 3;

/// Exit status for a program molt refuses to compile (a diagnostic was printed).
const REFUSED: u8 = 2;
/// Exit status for a failure of molt itself.
const INTERNAL: u8 = 3;

enum Failure {
    Refused(String),
    Internal(String),
}

fn main() -> ExitCode {
    // `molt compare` measures each run through molt itself as a small helper process.
    #[cfg(unix)]
    if let Some(code) = compare::helper_main() {
        return code;
    }
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Run { argv } => match argv.split_first() {
            Some((file, args)) => run(Path::new(file), args),
            None => Err(Failure::Internal("no program given".into())),
        },
        Cmd::Build {
            file,
            output,
            opt_level,
        } => {
            let out = output.unwrap_or_else(|| PathBuf::from(file.file_stem().unwrap_or_default()));
            build(&file, &out, opt_level).map(|_| ExitCode::SUCCESS)
        }
        Cmd::Transpile { file, output } => transpile(&file, &output).map(|_| ExitCode::SUCCESS),
        Cmd::Emit { file } => generate(&file).map(|rs| {
            print!("{rs}");
            ExitCode::SUCCESS
        }),
        #[cfg(unix)]
        Cmd::Compare {
            file,
            runs,
            out,
            python,
            args,
        } => compare::compare(&compare::Options {
            file,
            runs,
            out,
            python,
            args,
        }),
        #[cfg(not(unix))]
        Cmd::Compare { .. } => Err(Failure::Internal(
            "molt compare needs a Unix system (it reads per-process accounting with wait4)".into(),
        )),
        Cmd::Modules {
            markdown,
            update_readme,
        } => modules(markdown, update_readme.as_deref()),
        Cmd::Bench {
            names,
            runs,
            smoke,
            wall,
            out,
            suite,
            python,
            pypy,
        } => bench::run(bench::Options {
            names,
            runs,
            smoke,
            wall,
            out,
            suite,
            python,
            pypy,
        }),
    };
    match r {
        Ok(c) => c,
        Err(Failure::Refused(msg)) => {
            eprint!("{msg}");
            ExitCode::from(REFUSED)
        }
        Err(Failure::Internal(msg)) => {
            eprintln!("molt: {msg}");
            ExitCode::from(INTERNAL)
        }
    }
}

/// `molt modules`: the catalog of supported stdlib modules (molt-front catalog_doc.rs).
fn modules(markdown: bool, readme: Option<&Path>) -> Result<ExitCode, Failure> {
    use molt_front::catalog_doc;
    if let Some(path) = readme {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Failure::Internal(format!("cannot read {}: {e}", path.display())))?;
        let updated = catalog_doc::update_readme(&text).ok_or_else(|| {
            Failure::Internal(format!(
                "{} has no module section (the marker lines {} and {})",
                path.display(),
                catalog_doc::BEGIN,
                catalog_doc::END
            ))
        })?;
        if updated != text {
            std::fs::write(path, updated)
                .map_err(|e| Failure::Internal(format!("cannot write {}: {e}", path.display())))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if markdown {
        print!("{}", catalog_doc::modules_markdown());
    } else {
        print!("{}", catalog_doc::modules_plain());
    }
    Ok(ExitCode::SUCCESS)
}

fn read_source(file: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(file)
        .map_err(|e| Failure::Internal(format!("cannot read {}: {e}", file.display())))
}

/// Python source -> Rust source, or the rendered diagnostics.
fn generate(file: &Path) -> Result<String, Failure> {
    let src = read_source(file)?;
    let path = file.display().to_string();
    // The script and the modules it imports (molt_front::modules_graph).
    let (files, module) = molt_front::lower_program(&path, &src);
    let render = |diags: Vec<molt_front::Diagnostic>| {
        let mut s = String::new();
        for d in &diags {
            s.push_str(&molt_front::modules_graph::render(&files, d));
            s.push('\n');
        }
        let n = diags.len();
        s.push_str(&format!(
            "molt: cannot compile {path}: {n} construct{} not supported\n",
            if n == 1 { " is" } else { "s are" }
        ));
        Failure::Refused(s)
    };
    let module = module.map_err(render)?;
    let info = molt_types::infer(&module);
    molt_codegen::generate(&module, &info).map_err(render)
}

fn build(file: &Path, out: &Path, opt_level: u8) -> Result<(), Failure> {
    build_rs(&generate(file)?, out, opt_level)
}

fn build_rs(rs: &str, out: &Path, opt_level: u8) -> Result<(), Failure> {
    let rt = toolchain::ensure_runtime(true).map_err(Failure::Internal)?;
    let work = tempdir()?;
    let main_rs = work.join("main.rs");
    std::fs::write(&main_rs, rs).map_err(|e| Failure::Internal(e.to_string()))?;
    let r = toolchain::compile(&rt, &main_rs, out, opt_level).map_err(Failure::Internal);
    let _ = std::fs::remove_dir_all(&work);
    r
}

fn tempdir() -> Result<PathBuf, Failure> {
    let d = std::env::temp_dir().join(format!(
        "molt-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    std::fs::create_dir_all(&d)
        .map_err(|e| Failure::Internal(format!("cannot create {}: {e}", d.display())))?;
    Ok(d)
}

/// The cached binary for a program's exact source.
fn cached_binary(file: &Path) -> Result<PathBuf, Failure> {
    // The generated Rust, not the script's source: it covers the modules the script imports.
    let rs = generate(file)?;
    let rt_key = toolchain::runtime_key().map_err(Failure::Internal)?;
    let path = file.display().to_string();
    // A rebuilt or upgraded molt compiles differently: its binary's size and time stamp
    // are part of the key (hashing its bytes would cost every run).
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| format!("{}:{:?}", m.len(), m.modified().ok()))
        .unwrap_or_default();
    let key = toolchain::hash_hex(&[
        rs.as_bytes(),
        rt_key.as_bytes(),
        path.as_bytes(),
        env!("CARGO_PKG_VERSION").as_bytes(),
        exe.as_bytes(),
    ]);
    let dir = toolchain::cache_root().join("bin");
    let bin = dir.join(&key[..24]);
    if bin.exists() {
        return Ok(bin);
    }
    std::fs::create_dir_all(&dir).map_err(|e| Failure::Internal(e.to_string()))?;
    build_rs(&rs, &bin, RELEASE_OPT)?;
    Ok(bin)
}

fn run(file: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    let bin = cached_binary(file)?;
    let mut cmd = std::process::Command::new(&bin);
    cmd.args(args).env("MOLT_SCRIPT_NAME", file.as_os_str());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let err = cmd.exec();
        Err(Failure::Internal(format!(
            "cannot run {}: {err}",
            bin.display()
        )))
    }
    #[cfg(not(unix))]
    {
        let status = cmd.status().map_err(|e| Failure::Internal(e.to_string()))?;
        Ok(ExitCode::from(status.code().unwrap_or(1) as u8))
    }
}

fn transpile(file: &Path, out: &Path) -> Result<(), Failure> {
    let rs = generate(file)?;
    let rt = toolchain::ensure_runtime(true).map_err(Failure::Internal)?;
    let io = |e: std::io::Error| Failure::Internal(format!("cannot write {}: {e}", out.display()));
    std::fs::create_dir_all(out.join("src")).map_err(io)?;
    toolchain::write_runtime_crate(&out.join("molt-runtime"), true).map_err(Failure::Internal)?;
    let name: String = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "program".into())
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("p{name}")
    } else {
        name
    };
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n[dependencies]\nmolt-runtime = {{ path = \"molt-runtime\" }}\n\n[profile.release]\nopt-level = 3\ncodegen-units = 1\nlto = true\n\n[workspace]\n"
    );
    std::fs::write(out.join("Cargo.toml"), manifest).map_err(io)?;
    // One lock for the project: the runtime's dependencies, as molt built them.
    let lock = toolchain::runtime_lock(&rt);
    std::fs::write(out.join("Cargo.lock"), lock).map_err(io)?;
    let _ = std::fs::remove_file(out.join("molt-runtime").join("Cargo.lock"));
    std::fs::write(out.join("src").join("main.rs"), rs).map_err(io)?;
    Ok(())
}
