//! The comparison's results: the figures, the seed's claims judged against them, and the
//! terminal table, Markdown and JSON renderings (HTML is in `html.rs`).

use super::footprint::{Module, ModuleKind, PythonInfo, is_c_runtime};
use super::measure::Run;
use super::stats::{MIN_RUNS_FOR_P99, Summary, quantile};
use serde_json::{Value, json};
use std::fmt::Write as _;
use std::path::PathBuf;

/// Version of report.json's layout (docs/compare-schema.json).
pub const SCHEMA_VERSION: u64 = 1;

/// Fewest runs for which a spread (IQR) says anything.
pub const MIN_RUNS_FOR_SPREAD: usize = 5;

/// Everything one `molt compare` found.
pub struct Report {
    pub program: String,
    pub args: Vec<String>,
    pub stdin_bytes: usize,
    pub runs: usize,
    pub python: PythonInfo,
    pub hashseed: String,
    pub hashseed_set_by_molt: bool,
    pub output: OutputCheck,
    /// The program's timed runs, in order; `None` when the warm-up outputs differed.
    pub main: Option<Sides>,
    /// Runs of an empty program under each.
    pub startup: Option<Sides>,
    pub footprint: Footprint,
    /// Unix time the comparison started.
    pub started: u64,
}

/// Paired runs: `python[i]` ran just before `rust[i]`.
pub struct Sides {
    pub python: Vec<Run>,
    pub rust: Vec<Run>,
}

pub struct OutputCheck {
    pub identical: bool,
    /// Runs compared with the reference (the Python warm-up run), of both sides.
    pub runs_compared: usize,
    pub difference: Option<Difference>,
}

/// The first place two runs' observable behaviour differed.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    /// Which run differed from the Python warm-up run, e.g. "rust warm-up" or "python run 3".
    pub run: String,
    /// "stdout", "exit status" or "stderr last line".
    pub stream: &'static str,
    /// 1-based line of stdout, for a stdout difference.
    pub line: Option<usize>,
    /// What the Python warm-up run had there ("<end of output>" past its end).
    pub expected: String,
    /// What the differing run had there.
    pub actual: String,
}

pub struct Footprint {
    pub binary_bytes: u64,
    /// Shared libraries of the binary (`None`: ldd unavailable).
    pub binary_libs: Option<Vec<String>>,
    pub python_exe: PathBuf,
    pub python_exe_bytes: u64,
    pub python_libs: Option<Vec<String>>,
    pub libpython: Option<(PathBuf, u64)>,
    /// Modules loaded when the program exited; `Err` says why they could not be listed.
    pub modules: Result<Vec<Module>, String>,
    pub stdlib_bytes: u64,
    pub stdlib_files: u64,
}

impl Footprint {
    pub fn module_bytes(&self) -> u64 {
        self.modules
            .as_ref()
            .map(|m| m.iter().map(Module::bytes).sum())
            .unwrap_or(0)
    }

    fn module_count(&self, kind: ModuleKind) -> usize {
        self.modules
            .as_ref()
            .map(|m| m.iter().filter(|x| x.kind == kind).count())
            .unwrap_or(0)
    }

    pub fn module_files(&self) -> usize {
        self.modules
            .as_ref()
            .map(|m| m.iter().map(|x| x.files.len()).sum())
            .unwrap_or(0)
    }

    /// Python's interpreter plus libpython: what every Python program needs.
    pub fn python_core_bytes(&self) -> u64 {
        self.python_exe_bytes + self.libpython.as_ref().map(|l| l.1).unwrap_or(0)
    }

    /// The Rust side's layer: the binary alone.
    pub fn rust_layer(&self) -> u64 {
        self.binary_bytes
    }

    /// Python's minimal layer for this program: interpreter, libpython, imported modules.
    pub fn python_min_layer(&self) -> u64 {
        self.python_core_bytes() + self.module_bytes()
    }

    /// Python's typical image layer: interpreter, libpython, trimmed standard library.
    pub fn python_full_layer(&self) -> u64 {
        self.python_core_bytes() + self.stdlib_bytes
    }

    /// Shared libraries of the binary beyond the C runtime.
    pub fn binary_extra_libs(&self) -> Option<Vec<String>> {
        self.binary_libs.as_ref().map(|l| {
            l.iter()
                .filter(|n| !is_c_runtime(n))
                .cloned()
                .collect::<Vec<_>>()
        })
    }
}

/// A figure for both sides: per-side summaries and the per-pair ratio Python / Rust.
pub struct Metric {
    pub python: Summary,
    pub rust: Summary,
    /// Summary of `python[i] / rust[i]` over the pairs (pairs with a zero Rust figure are
    /// skipped); `None` when no pair has one.
    pub ratio: Option<Summary>,
}

impl Metric {
    pub fn of(sides: &Sides, f: impl Fn(&Run) -> f64) -> Option<Metric> {
        let py: Vec<f64> = sides.python.iter().map(&f).collect();
        let rs: Vec<f64> = sides.rust.iter().map(&f).collect();
        let ratios: Vec<f64> = py
            .iter()
            .zip(&rs)
            .filter(|(_, r)| **r > 0.0)
            .map(|(p, r)| p / r)
            .collect();
        Some(Metric {
            python: Summary::of(&py)?,
            rust: Summary::of(&rs)?,
            ratio: Summary::of(&ratios),
        })
    }

    /// How much less the Rust side used, as a fraction of Python's median.
    pub fn reduction(&self) -> Option<f64> {
        (self.python.median > 0.0).then(|| 1.0 - self.rust.median / self.python.median)
    }
}

/// The measured figures derived from a report's runs.
pub struct Figures {
    pub cpu: Option<Metric>,
    pub wall: Option<Metric>,
    pub rss: Option<Metric>,
    pub startup_wall: Option<Metric>,
    pub startup_cpu: Option<Metric>,
    pub startup_rss: Option<Metric>,
    /// Highest measurement floor seen (see measure.rs): no peak RSS can be reported lower.
    pub floor_bytes: u64,
}

impl Figures {
    pub fn of(r: &Report) -> Figures {
        let m = |s: &Option<Sides>, f: fn(&Run) -> f64| s.as_ref().and_then(|s| Metric::of(s, f));
        let floor = [&r.main, &r.startup]
            .iter()
            .filter_map(|s| s.as_ref())
            .flat_map(|s| s.python.iter().chain(&s.rust))
            .map(|x| x.floor_bytes)
            .max()
            .unwrap_or(0);
        Figures {
            cpu: m(&r.main, Run::cpu_s),
            wall: m(&r.main, |x| x.wall_s),
            rss: m(&r.main, |x| x.maxrss_bytes as f64),
            startup_wall: m(&r.startup, |x| x.wall_s),
            startup_cpu: m(&r.startup, Run::cpu_s),
            startup_rss: m(&r.startup, |x| x.maxrss_bytes as f64),
            floor_bytes: floor,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Supported,
    NotSupported,
    NotMeasured,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::NotSupported => "not supported",
            Verdict::NotMeasured => "not measured",
        }
    }
}

/// One of the seed document's claims, and what this program's figures say about it.
pub struct Claim {
    pub id: &'static str,
    /// The claim as the seed words it.
    pub claim: &'static str,
    pub measured: String,
    pub verdict: Verdict,
    /// The rule the verdict applies.
    pub rule: &'static str,
}

pub const CPU_CLAIM: &str = "Production metrics: 30% CPU reduction vs Python services";
pub const DOCKER_CLAIM: &str = "Docker images: 10MB vs Python's 200MB";
pub const TIMING_CLAIM: &str = "Deterministic operation timing";
pub const FOOTPRINT_CLAIM: &str = "Minimal runtime footprint";
pub const GIL_CLAIM: &str = "No GIL bottleneck = true parallelism";
pub const BINARY_CLAIM: &str = "Single binary deployment";

const CPU_RULE: &str = "supported when the Rust binary's median CPU time (user + sys) is at most 70% of Python's, i.e. a reduction of at least 30%";
const DOCKER_RULE: &str = "supported when the Rust layer (the binary) is at most 10 MB and Python's image-like layer (interpreter, libpython, trimmed standard library) is at least 20 times larger, the claim's 200/10; the C library, which both need, is left out of both";
const TIMING_RULE: &str = "supported when the Rust binary's wall times spread less than Python's (interquartile range over median), over at least 5 runs each; literally deterministic timing (no spread at all) is not expected of any process on a shared machine";
const FOOTPRINT_RULE: &str = "supported when the Rust binary's median peak memory (max RSS) and its deployment layer are both smaller than Python's (Python's layer: interpreter, libpython and the module files this program imported)";
const GIL_RULE: &str = "not measurable by one single-threaded run: it would need a multi-threaded CPU-bound program run on several cores";
const BINARY_RULE: &str = "supported when the binary reproduced Python's output and needs no shared library beyond the C runtime (libc, libm, libgcc_s, the dynamic loader), as ldd lists them";

/// Judges the seed's claims against the figures.
pub fn claims(r: &Report, f: &Figures) -> Vec<Claim> {
    let fp = &r.footprint;
    let differ = !r.output.identical;
    let differ_note =
        "not judged: the outputs differ, so the binary does not replace the Python program";
    let mut out = vec![];

    let (measured, verdict) = match (&f.cpu, differ) {
        (_, true) => (differ_note.to_string(), Verdict::NotMeasured),
        (Some(m), _) => match m.reduction() {
            Some(red) => (
                format!(
                    "Rust used {} CPU than Python (median {} vs {}, {} runs each)",
                    less_or_more(red),
                    secs(m.rust.median),
                    secs(m.python.median),
                    m.python.n
                ),
                if red >= 0.30 {
                    Verdict::Supported
                } else {
                    Verdict::NotSupported
                },
            ),
            None => (
                "Python's CPU time was zero".to_string(),
                Verdict::NotMeasured,
            ),
        },
        (None, _) => ("no timed runs".to_string(), Verdict::NotMeasured),
    };
    out.push(Claim {
        id: "cpu_reduction_30",
        claim: CPU_CLAIM,
        measured,
        verdict,
        rule: CPU_RULE,
    });

    let rust = fp.rust_layer() as f64;
    let full = fp.python_full_layer() as f64;
    let ten_mb = 10_000_000.0;
    out.push(Claim {
        id: "image_10mb_vs_200mb",
        claim: DOCKER_CLAIM,
        measured: format!(
            "Rust layer {} (the binary); Python layer {} with the trimmed standard library ({:.0}× the binary), {} with only what this program imports",
            bytes(fp.rust_layer()),
            bytes(fp.python_full_layer()),
            if rust > 0.0 { full / rust } else { 0.0 },
            bytes(fp.python_min_layer()),
        ),
        verdict: if differ {
            Verdict::NotMeasured
        } else if rust <= ten_mb && full >= 20.0 * rust {
            Verdict::Supported
        } else {
            Verdict::NotSupported
        },
        rule: DOCKER_RULE,
    });

    let (measured, verdict) = match (&f.wall, differ) {
        (_, true) => (differ_note.to_string(), Verdict::NotMeasured),
        (Some(m), _) if m.python.n >= MIN_RUNS_FOR_SPREAD => {
            let (p, q) = (m.python.rel_iqr(), m.rust.rel_iqr());
            (
                format!(
                    "wall-time spread (IQR / median): Python {} ({}), Rust {} ({})",
                    pct(p),
                    secs(m.python.q3 - m.python.q1),
                    pct(q),
                    secs(m.rust.q3 - m.rust.q1)
                ),
                if q < p {
                    Verdict::Supported
                } else {
                    Verdict::NotSupported
                },
            )
        }
        (Some(m), _) => (
            format!(
                "only {} runs each; a spread needs at least {MIN_RUNS_FOR_SPREAD} (--runs)",
                m.python.n
            ),
            Verdict::NotMeasured,
        ),
        (None, _) => ("no timed runs".to_string(), Verdict::NotMeasured),
    };
    out.push(Claim {
        id: "deterministic_timing",
        claim: TIMING_CLAIM,
        measured,
        verdict,
        rule: TIMING_RULE,
    });

    let (measured, verdict) = match (&f.rss, differ) {
        (_, true) => (differ_note.to_string(), Verdict::NotMeasured),
        (Some(m), _) => {
            let at_floor = if f.floor_bytes > 0 && m.rust.median <= f.floor_bytes as f64 * 1.05 {
                " (at the measurement floor: the binary's true peak may be lower)"
            } else {
                ""
            };
            (
                format!(
                    "peak memory: Python {}, Rust {}{at_floor}; layer: Python {}, Rust {}",
                    bytes(m.python.median as u64),
                    bytes(m.rust.median as u64),
                    bytes(fp.python_min_layer()),
                    bytes(fp.rust_layer())
                ),
                if m.rust.median < m.python.median && fp.rust_layer() < fp.python_min_layer() {
                    Verdict::Supported
                } else {
                    Verdict::NotSupported
                },
            )
        }
        (None, _) => ("no timed runs".to_string(), Verdict::NotMeasured),
    };
    out.push(Claim {
        id: "minimal_footprint",
        claim: FOOTPRINT_CLAIM,
        measured,
        verdict,
        rule: FOOTPRINT_RULE,
    });

    out.push(Claim {
        id: "no_gil",
        claim: GIL_CLAIM,
        measured: "not measured: this comparison runs the program single-threaded".to_string(),
        verdict: Verdict::NotMeasured,
        rule: GIL_RULE,
    });

    let (measured, verdict) = match (fp.binary_extra_libs(), differ) {
        (_, true) => (differ_note.to_string(), Verdict::NotMeasured),
        (None, _) => (
            "ldd is not available, so the binary's shared libraries are unknown".to_string(),
            Verdict::NotMeasured,
        ),
        (Some(extra), _) => {
            let libs = fp.binary_libs.clone().unwrap_or_default();
            let python_files = 1 + usize::from(fp.libpython.is_some()) + fp.module_files();
            let loads = if libs.is_empty() {
                "statically linked".to_string()
            } else {
                format!("loads {}", libs.join(", "))
            };
            (
                format!(
                    "one file of {} that {loads}; Python needs {python_files} files (interpreter{}, module files)",
                    bytes(fp.binary_bytes),
                    if fp.libpython.is_some() {
                        ", libpython"
                    } else {
                        ""
                    },
                ),
                if extra.is_empty() {
                    Verdict::Supported
                } else {
                    Verdict::NotSupported
                },
            )
        }
    };
    out.push(Claim {
        id: "single_binary",
        claim: BINARY_CLAIM,
        measured,
        verdict,
        rule: BINARY_RULE,
    });
    out
}

fn less_or_more(reduction: f64) -> String {
    if reduction >= 0.0 {
        format!("{} less", pct(reduction))
    } else {
        format!("{} more", pct(-reduction))
    }
}

// ---- formatting -------------------------------------------------------------------------

/// Seconds with a unit that keeps three or four significant digits.
pub fn secs(s: f64) -> String {
    let a = s.abs();
    if a >= 1.0 {
        format!("{s:.3} s")
    } else if a >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.0} µs", s * 1e6)
    }
}

/// Bytes in decimal units (MB = 10^6 bytes, as container tools print sizes).
pub fn bytes(b: u64) -> String {
    let f = b as f64;
    if f >= 1e9 {
        format!("{:.2} GB", f / 1e9)
    } else if f >= 1e6 {
        format!("{:.1} MB", f / 1e6)
    } else if f >= 1e3 {
        format!("{:.0} kB", f / 1e3)
    } else {
        format!("{b} B")
    }
}

pub fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

pub fn ratio(x: f64) -> String {
    if x >= 100.0 {
        format!("{x:.0}×")
    } else if x >= 10.0 {
        format!("{x:.1}×")
    } else {
        format!("{x:.2}×")
    }
}

/// One line of the results table, shared by every rendering.
pub struct Row {
    pub label: &'static str,
    pub python: String,
    pub rust: String,
    /// Python / Rust.
    pub ratio: String,
    /// Min–max of each side, or a note.
    pub spread: String,
    /// Id of the claim the figure tests, if any.
    pub claim: Option<&'static str>,
}

fn metric_row(
    label: &'static str,
    m: &Option<Metric>,
    fmt: fn(f64) -> String,
    claim: Option<&'static str>,
) -> Row {
    match m {
        Some(m) => Row {
            label,
            python: fmt(m.python.median),
            rust: fmt(m.rust.median),
            ratio: m
                .ratio
                .as_ref()
                .map(|r| ratio(r.median))
                .unwrap_or_else(|| "–".into()),
            spread: format!(
                "Python {}–{}; Rust {}–{}",
                fmt(m.python.min),
                fmt(m.python.max),
                fmt(m.rust.min),
                fmt(m.rust.max)
            ),
            claim,
        },
        None => Row {
            label,
            python: "–".into(),
            rust: "–".into(),
            ratio: "–".into(),
            spread: "not measured".into(),
            claim,
        },
    }
}

fn mem(b: f64) -> String {
    bytes(b as u64)
}

/// The results table.
pub fn rows(r: &Report, f: &Figures) -> Vec<Row> {
    let mut rows = vec![
        metric_row(
            "CPU time (user + sys), median",
            &f.cpu,
            secs,
            Some("cpu_reduction_30"),
        ),
        metric_row("wall time, median", &f.wall, secs, None),
        metric_row(
            "peak memory (max RSS), median",
            &f.rss,
            mem,
            Some("minimal_footprint"),
        ),
        metric_row(
            "start-up: empty program, wall",
            &f.startup_wall,
            secs,
            Some("minimal_footprint"),
        ),
        metric_row("start-up: empty program, CPU", &f.startup_cpu, secs, None),
        metric_row(
            "start-up: empty program, peak memory",
            &f.startup_rss,
            mem,
            Some("minimal_footprint"),
        ),
    ];
    if let Some(w) = &f.wall {
        let j = |s: &Summary| {
            if s.n >= MIN_RUNS_FOR_SPREAD {
                pct(s.rel_iqr())
            } else {
                "–".into()
            }
        };
        rows.push(Row {
            label: "jitter: wall IQR / median",
            python: j(&w.python),
            rust: j(&w.rust),
            ratio: "–".into(),
            spread: if w.python.n >= MIN_RUNS_FOR_SPREAD {
                format!(
                    "stdev / mean: Python {}, Rust {}",
                    pct(w.python.cv()),
                    pct(w.rust.cv())
                )
            } else {
                format!("needs at least {MIN_RUNS_FOR_SPREAD} runs (--runs)")
            },
            claim: Some("deterministic_timing"),
        });
        let (pp, rp) = (
            &r.main.as_ref().map(|s| walls(&s.python)),
            &r.main.as_ref().map(|s| walls(&s.rust)),
        );
        if let (Some(pp), Some(rp)) = (pp, rp) {
            let n = pp.len();
            let p = |v: &[f64]| {
                if n >= MIN_RUNS_FOR_P99 {
                    format!("{} / {}", secs(quantile(v, 0.5)), secs(quantile(v, 0.99)))
                } else {
                    format!("{} / –", secs(quantile(v, 0.5)))
                }
            };
            rows.push(Row {
                label: "jitter: wall p50 / p99",
                python: p(pp),
                rust: p(rp),
                ratio: "–".into(),
                spread: if n >= MIN_RUNS_FOR_P99 {
                    format!("p99 of {n} runs (interpolated)")
                } else {
                    format!(
                        "no p99 from {n} runs: it needs at least {MIN_RUNS_FOR_P99} (--runs {MIN_RUNS_FOR_P99})"
                    )
                },
                claim: Some("deterministic_timing"),
            });
        }
    }
    let fp = &r.footprint;
    let layer_ratio = |p: u64| {
        if fp.rust_layer() > 0 {
            ratio(p as f64 / fp.rust_layer() as f64)
        } else {
            "–".into()
        }
    };
    rows.push(Row {
        label: "footprint: what this program needs",
        python: bytes(fp.python_min_layer()),
        rust: bytes(fp.rust_layer()),
        ratio: layer_ratio(fp.python_min_layer()),
        spread: format!(
            "Python: interpreter {}{}, {} module files {}",
            bytes(fp.python_exe_bytes),
            fp.libpython
                .as_ref()
                .map(|l| format!(", libpython {}", bytes(l.1)))
                .unwrap_or_default(),
            fp.module_files(),
            bytes(fp.module_bytes())
        ),
        claim: Some("minimal_footprint"),
    });
    rows.push(Row {
        label: "footprint: image-like layer",
        python: bytes(fp.python_full_layer()),
        rust: bytes(fp.rust_layer()),
        ratio: layer_ratio(fp.python_full_layer()),
        spread: format!(
            "Python: interpreter, libpython and trimmed stdlib ({} files)",
            fp.stdlib_files
        ),
        claim: Some("image_10mb_vs_200mb"),
    });
    rows
}

/// A short name for a claim, for narrow table cells.
pub fn short_claim(id: &str) -> &'static str {
    match id {
        "cpu_reduction_30" => "30% less CPU",
        "image_10mb_vs_200mb" => "10MB vs 200MB images",
        "deterministic_timing" => "deterministic timing",
        "minimal_footprint" => "minimal footprint",
        "no_gil" => "no GIL",
        "single_binary" => "single binary",
        _ => "",
    }
}

/// "claim: verdict" for the claim a row tests, or "" when it tests none.
fn claim_tag(row: &Row, claims: &[Claim]) -> String {
    row.claim
        .and_then(|id| claims.iter().find(|c| c.id == id))
        .map(|c| format!("{}: {}", short_claim(c.id), c.verdict.as_str()))
        .unwrap_or_default()
}

fn walls(runs: &[Run]) -> Vec<f64> {
    runs.iter().map(|r| r.wall_s).collect()
}

// ---- terminal ---------------------------------------------------------------------------

fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(w.saturating_sub(n)))
}

fn lpad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    format!("{}{s}", " ".repeat(w.saturating_sub(n)))
}

/// One-paragraph statement of the output check.
pub fn output_line(r: &Report) -> String {
    match &r.output.difference {
        None => format!(
            "identical: stdout, exit status and last stderr line of all {} runs match Python's",
            r.output.runs_compared + 1
        ),
        Some(d) => format!(
            "DIFFERENT: {}, {}{}: Python printed {}, {}",
            d.run,
            d.stream,
            d.line.map(|l| format!(" line {l}")).unwrap_or_default(),
            quote(&d.expected),
            if d.run.starts_with("python") {
                format!(
                    "this run printed {} (the program's own output varies between runs)",
                    quote(&d.actual)
                )
            } else {
                format!("the binary printed {}", quote(&d.actual))
            }
        ),
    }
}

fn quote(s: &str) -> String {
    format!("{s:?}")
}

pub fn terminal(r: &Report, f: &Figures, claims: &[Claim]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "molt compare {}: {} runs each under CPython {} and as a molt binary, alternating, after a warm-up of each",
        r.program, r.runs, r.python.version
    );
    let _ = writeln!(s, "output: {}", output_line(r));
    let _ = writeln!(s);
    let rows = rows(r, f);
    let width = |f: fn(&Row) -> &str, head: &str| {
        rows.iter()
            .map(|x| f(x).chars().count())
            .chain([head.chars().count()])
            .max()
            .unwrap_or(0)
            + 2
    };
    let w0 = width(|x| x.label, "");
    let w1 = width(|x| &x.python, "Python");
    let w2 = width(|x| &x.rust, "Rust");
    let w3 = width(|x| &x.ratio, "Python/Rust");
    let tests = |row: &Row| claim_tag(row, claims);
    let w4 = rows
        .iter()
        .map(|x| tests(x).chars().count())
        .chain(["seed claim: verdict".len()])
        .max()
        .unwrap_or(0)
        + 2;
    let _ = writeln!(
        s,
        "{}{}{}{}  {}spread / how",
        pad("", w0),
        lpad("Python", w1),
        lpad("Rust", w2),
        lpad("Python/Rust", w3),
        pad("seed claim: verdict", w4),
    );
    for row in &rows {
        let _ = writeln!(
            s,
            "{}{}{}{}  {}{}",
            pad(row.label, w0),
            lpad(&row.python, w1),
            lpad(&row.rust, w2),
            lpad(&row.ratio, w3),
            pad(&tests(row), w4),
            row.spread
        );
    }
    if f.floor_bytes > 0 {
        let _ = writeln!(
            s,
            "(peak memory cannot be measured below {}: the memory of the measuring helper that fork copies into each child before exec)",
            bytes(f.floor_bytes)
        );
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "The seed's claims, on this program:");
    for c in claims {
        let _ = writeln!(s, "  [{}] \"{}\"", c.verdict.as_str(), c.claim);
        let _ = writeln!(s, "      measured: {}", c.measured);
    }
    s
}

// ---- Markdown ---------------------------------------------------------------------------

/// Text safe inside a Markdown table cell: pipes, HTML and emphasis characters escaped, no
/// newlines.
pub fn md_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '#' | '~' => {
                o.push('\\');
                o.push(c);
            }
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '\n' | '\r' => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

pub fn markdown(r: &Report, f: &Figures, claims: &[Claim]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# molt compare: {}\n", md_escape(&r.program));
    let status = if r.output.identical { "OK" } else { "FAILED" };
    let _ = writeln!(
        s,
        "**Status: {status}.** Output {}\n",
        md_escape(&output_line(r))
    );
    let _ = writeln!(
        s,
        "CPython {} (`{}`) vs the molt binary; {} runs each, alternating Python and Rust after one warm-up run of each; arguments: {}; stdin: {} bytes; PYTHONHASHSEED={}{}.\n",
        md_escape(&r.python.version),
        md_escape(&r.python.executable.display().to_string()),
        r.runs,
        if r.args.is_empty() {
            "none".to_string()
        } else {
            md_escape(&r.args.join(" "))
        },
        r.stdin_bytes,
        md_escape(&r.hashseed),
        if r.hashseed_set_by_molt {
            " (set by molt compare for both, as it was unset)"
        } else {
            ""
        }
    );
    let _ = writeln!(s, "## Figures\n");
    let _ = writeln!(
        s,
        "| figure | Python | Rust | Python / Rust | spread | tests |"
    );
    let _ = writeln!(s, "|---|---:|---:|---:|---|---|");
    for row in rows(r, f) {
        let claim = row
            .claim
            .and_then(|id| claims.iter().find(|c| c.id == id))
            .map(|c| format!("\"{}\": {}", md_escape(c.claim), c.verdict.as_str()))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            md_escape(row.label),
            md_escape(&row.python),
            md_escape(&row.rust),
            md_escape(&row.ratio),
            md_escape(&row.spread),
            claim
        );
    }
    if f.floor_bytes > 0 {
        let _ = writeln!(
            s,
            "\nPeak memory cannot be measured below {} (the memory of the measuring helper that fork copies into each child before exec).",
            bytes(f.floor_bytes)
        );
    }
    let _ = writeln!(s, "\n## The seed's claims\n");
    let _ = writeln!(s, "| claim | measured | verdict | rule |");
    let _ = writeln!(s, "|---|---|---|---|");
    for c in claims {
        let _ = writeln!(
            s,
            "| \"{}\" | {} | **{}** | {} |",
            md_escape(c.claim),
            md_escape(&c.measured),
            c.verdict.as_str(),
            md_escape(c.rule)
        );
    }
    let _ = writeln!(s, "\n## How these were measured\n");
    for (k, v) in method() {
        let _ = writeln!(s, "- **{k}**: {}", md_escape(v));
    }
    s
}

/// How each figure is taken, for every rendering.
pub fn method() -> [(&'static str, &'static str); 6] {
    [
        (
            "CPU time",
            "user + system time of each run, from the kernel's accounting of that one child process (wait4's rusage), median over the runs; the ratio is the median of per-pair ratios Python / Rust",
        ),
        (
            "Wall time",
            "from just before the process is spawned until it has been reaped, by a monotonic clock, in a small helper process that does nothing else",
        ),
        (
            "Peak memory",
            "ru_maxrss of each child from wait4 (its largest resident set). Linux starts that figure at the memory the child had before exec, a copy of its parent's, so runs are forked by a small helper that has done nothing else, and its anonymous memory is reported as the floor",
        ),
        (
            "Start-up",
            "an empty program run the same way: python3 on an empty file, and the binary molt builds from an empty file",
        ),
        (
            "Jitter",
            "spread of the wall times: interquartile range over median, stdev over mean, and p50 / p99 when there are at least 20 runs; runs alternate Python and Rust so drift in machine load hits both alike",
        ),
        (
            "Footprint",
            "file sizes on this machine: the binary; the interpreter (symlinks resolved), libpython if it is a shared library, and each module the program had imported at exit (source and cached bytecode, extension modules); built-in and frozen modules are inside the interpreter. The image-like layer adds the standard library trimmed like the official python image (no tests, __pycache__, static libpython or site-packages). The C library is needed by both and counted for neither",
        ),
    ]
}

// ---- JSON -------------------------------------------------------------------------------

fn summary_json(s: &Summary) -> Value {
    json!({
        "n": s.n,
        "min": s.min,
        "q1": s.q1,
        "median": s.median,
        "q3": s.q3,
        "max": s.max,
        "mean": s.mean,
        "stdev": s.stdev,
    })
}

fn metric_json(m: &Option<Metric>) -> Value {
    match m {
        None => Value::Null,
        Some(m) => json!({
            "python": summary_json(&m.python),
            "rust": summary_json(&m.rust),
            "ratio": m.ratio.as_ref().map(summary_json),
        }),
    }
}

fn runs_json(runs: &[Run]) -> Value {
    Value::Array(
        runs.iter()
            .map(|x| {
                json!({
                    "wall_seconds": x.wall_s,
                    "user_seconds": x.user_s,
                    "sys_seconds": x.sys_s,
                    "peak_rss_bytes": x.maxrss_bytes,
                    "exit_code": x.code,
                    "signal": x.signal,
                })
            })
            .collect(),
    )
}

fn sides_json(s: &Option<Sides>) -> Value {
    match s {
        None => Value::Null,
        Some(s) => json!({ "python": runs_json(&s.python), "rust": runs_json(&s.rust) }),
    }
}

fn jitter_json(r: &Report) -> Value {
    let Some(s) = &r.main else {
        return Value::Null;
    };
    let side = |runs: &[Run]| {
        let w = walls(runs);
        let Some(sum) = Summary::of(&w) else {
            return Value::Null;
        };
        json!({
            "p50_seconds": quantile(&w, 0.5),
            "p99_seconds": (w.len() >= MIN_RUNS_FOR_P99).then(|| quantile(&w, 0.99)),
            "iqr_over_median": sum.rel_iqr(),
            "stdev_over_mean": sum.cv(),
            "max_over_median": if sum.median > 0.0 { sum.max / sum.median } else { 0.0 },
        })
    };
    let n = s.python.len();
    json!({
        "python": side(&s.python),
        "rust": side(&s.rust),
        "p99_note": if n >= MIN_RUNS_FOR_P99 {
            format!("p99 interpolated between order statistics of {n} runs")
        } else {
            format!("p99 not reported: {n} runs, it needs at least {MIN_RUNS_FOR_P99}")
        },
    })
}

pub fn json(r: &Report, f: &Figures, claims: &[Claim]) -> Value {
    let fp = &r.footprint;
    let modules = match &fp.modules {
        Ok(m) => json!({
            "listed": true,
            "error": null,
            "count": m.len(),
            "built_in": fp.module_count(ModuleKind::BuiltIn),
            "frozen": fp.module_count(ModuleKind::Frozen),
            "from_files": fp.module_count(ModuleKind::File),
            "files": fp.module_files(),
            "bytes": fp.module_bytes(),
            "list": m.iter().map(|x| json!({
                "name": x.name,
                "kind": match x.kind {
                    ModuleKind::BuiltIn => "built-in",
                    ModuleKind::Frozen => "frozen",
                    ModuleKind::File => "file",
                    ModuleKind::Other => "other",
                },
                "bytes": x.bytes(),
                "files": x.files.iter().map(|(p, _)| p.display().to_string()).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        }),
        Err(e) => json!({
            "listed": false, "error": e, "count": 0, "built_in": 0, "frozen": 0,
            "from_files": 0, "files": 0, "bytes": 0, "list": [],
        }),
    };
    let d = r.output.difference.as_ref().map(|d| {
        json!({
            "run": d.run,
            "stream": d.stream,
            "line": d.line,
            "python": d.expected,
            "other": d.actual,
        })
    });
    json!({
        "schema_version": SCHEMA_VERSION,
        "tool": { "name": "molt", "version": env!("CARGO_PKG_VERSION") },
        "status": if r.output.identical { "ok" } else { "failed" },
        "started_unix": r.started,
        "program": {
            "path": r.program,
            "args": r.args,
            "stdin_bytes": r.stdin_bytes,
        },
        "environment": {
            "os": std::env::consts::OS,
            "arch": std::env::consts::ARCH,
            "cpus": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            "python_executable": r.python.executable.display().to_string(),
            "python_version": r.python.version,
            "pythonhashseed": r.hashseed,
            "pythonhashseed_set_by_molt": r.hashseed_set_by_molt,
            "memory_floor_bytes": f.floor_bytes,
        },
        "runs": r.runs,
        "output": {
            "identical": r.output.identical,
            "compared": "stdout, exit status and the last line of stderr of every run, against the Python warm-up run",
            "runs_compared": r.output.runs_compared,
            "first_difference": d,
        },
        "measurements": if r.main.is_some() {
            json!({
                "cpu_seconds": metric_json(&f.cpu),
                "wall_seconds": metric_json(&f.wall),
                "peak_rss_bytes": metric_json(&f.rss),
            })
        } else { Value::Null },
        "startup": if r.startup.is_some() {
            json!({
                "cpu_seconds": metric_json(&f.startup_cpu),
                "wall_seconds": metric_json(&f.startup_wall),
                "peak_rss_bytes": metric_json(&f.startup_rss),
            })
        } else { Value::Null },
        "jitter": jitter_json(r),
        "samples": sides_json(&r.main),
        "startup_samples": sides_json(&r.startup),
        "footprint": {
            "rust": {
                "binary_bytes": fp.binary_bytes,
                "shared_libraries": fp.binary_libs,
                "layer_bytes": fp.rust_layer(),
            },
            "python": {
                "executable": fp.python_exe.display().to_string(),
                "executable_bytes": fp.python_exe_bytes,
                "shared_libraries": fp.python_libs,
                "libpython": fp.libpython.as_ref().map(|(p, b)| json!({"path": p.display().to_string(), "bytes": b})),
                "modules": modules,
                "stdlib_trimmed_bytes": fp.stdlib_bytes,
                "stdlib_trimmed_files": fp.stdlib_files,
                "minimal_layer_bytes": fp.python_min_layer(),
                "image_layer_bytes": fp.python_full_layer(),
            },
        },
        "claims": claims.iter().map(|c| json!({
            "id": c.id,
            "claim": c.claim,
            "measured": c.measured,
            "verdict": c.verdict.as_str(),
            "rule": c.rule,
        })).collect::<Vec<_>>(),
        "method": method().iter().map(|(k, v)| json!({"figure": k, "how": v})).collect::<Vec<_>>(),
    })
}

// ---- the output check ------------------------------------------------------------------

/// Where `other` first differs from the reference run, looking at stdout line by line, then
/// the exit status, then the last line of stderr.
pub fn first_difference(reference: &Run, other: &Run, label: &str) -> Option<Difference> {
    if reference.stdout != other.stdout {
        let a = String::from_utf8_lossy(&reference.stdout);
        let b = String::from_utf8_lossy(&other.stdout);
        let (la, lb): (Vec<&str>, Vec<&str>) = (
            a.split_inclusive('\n').collect(),
            b.split_inclusive('\n').collect(),
        );
        let i = la
            .iter()
            .zip(&lb)
            .position(|(x, y)| x != y)
            .unwrap_or(la.len().min(lb.len()));
        let show = |v: &[&str]| match v.get(i) {
            Some(l) => clip(l.strip_suffix('\n').unwrap_or(l)),
            None => "<end of output>".to_string(),
        };
        // Lines that differ only in a final newline print identically; say so.
        let (mut e, mut o) = (show(&la), show(&lb));
        if e == o {
            let nl = |v: &[&str]| v.get(i).is_some_and(|l| l.ends_with('\n'));
            e.push_str(if nl(&la) {
                " (newline)"
            } else {
                " (no newline)"
            });
            o.push_str(if nl(&lb) {
                " (newline)"
            } else {
                " (no newline)"
            });
        }
        return Some(Difference {
            run: label.to_string(),
            stream: "stdout",
            line: Some(i + 1),
            expected: e,
            actual: o,
        });
    }
    if (reference.code, reference.signal) != (other.code, other.signal) {
        return Some(Difference {
            run: label.to_string(),
            stream: "exit status",
            line: None,
            expected: reference.status_text(),
            actual: other.status_text(),
        });
    }
    if reference.stderr_last != other.stderr_last {
        return Some(Difference {
            run: label.to_string(),
            stream: "stderr last line",
            line: None,
            expected: clip(&reference.stderr_last),
            actual: clip(&other.stderr_last),
        });
    }
    None
}

/// A line, shortened for display.
fn clip(s: &str) -> String {
    const MAX: usize = 300;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(out: &str, code: i32, err: &str) -> Run {
        Run {
            stdout: out.as_bytes().to_vec(),
            stderr_last: err.to_string(),
            code: Some(code),
            signal: None,
            user_s: 0.0,
            sys_s: 0.0,
            wall_s: 0.0,
            maxrss_bytes: 0,
            floor_bytes: 0,
        }
    }

    #[test]
    fn differences_name_the_first_differing_line() {
        let a = run("a\nb\nc\n", 0, "");
        assert_eq!(first_difference(&a, &a.clone(), "x"), None);
        let d = first_difference(&a, &run("a\nB\nc\n", 0, ""), "rust warm-up").unwrap();
        assert_eq!(
            (d.stream, d.line, d.expected.as_str(), d.actual.as_str()),
            ("stdout", Some(2), "b", "B")
        );
        let d = first_difference(&a, &run("a\nb\n", 0, ""), "r").unwrap();
        assert_eq!((d.line, d.actual.as_str()), (Some(3), "<end of output>"));
        let d = first_difference(&a, &run("a\nb\nc", 0, ""), "r").unwrap();
        assert_eq!(
            (d.line, d.expected.as_str(), d.actual.as_str()),
            (Some(3), "c (newline)", "c (no newline)")
        );
        let d = first_difference(&a, &run("a\nb\nc\n", 1, ""), "r").unwrap();
        assert_eq!(
            (d.stream, d.actual.as_str()),
            ("exit status", "exit code 1")
        );
        let d = first_difference(&a, &run("a\nb\nc\n", 0, "ValueError: x"), "r").unwrap();
        assert_eq!(d.stream, "stderr last line");
    }

    #[test]
    fn markdown_cells_are_escaped() {
        assert_eq!(md_escape("a|b<c>*d\ne"), "a\\|b&lt;c&gt;\\*d e");
    }

    #[test]
    fn units() {
        assert_eq!(secs(1.5), "1.500 s");
        assert_eq!(secs(0.0123), "12.30 ms");
        assert_eq!(secs(0.000_45), "450 µs");
        assert_eq!(bytes(12_345_678), "12.3 MB");
        assert_eq!(bytes(999), "999 B");
        assert_eq!(ratio(7.456), "7.46×");
        assert_eq!(pct(0.305), "30.5%");
    }
}
