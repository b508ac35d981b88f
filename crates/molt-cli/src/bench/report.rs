//! Statistics over the runs and the report: a markdown table (printed and written as
//! bench.md) and the same data with every sample as JSON (bench.json).

use super::MoltBuild;
use std::fmt::Write as _;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Impl {
    CPython,
    PyPy,
    Molt,
    Rust,
}

impl Impl {
    /// Report order; `series` vectors are indexed the same way.
    pub const ALL: [Impl; 4] = [Impl::CPython, Impl::PyPy, Impl::Molt, Impl::Rust];

    pub fn label(self) -> &'static str {
        match self {
            Impl::CPython => "CPython",
            Impl::PyPy => "PyPy",
            Impl::Molt => "molt",
            Impl::Rust => "Rust",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Which time the table shows and the ratios compare.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Clock {
    /// User plus system CPU time: on a shared machine, little disturbed by other work.
    Cpu,
    /// Wall-clock time, spawn to exit.
    Wall,
}

impl Clock {
    fn describe(self) -> &'static str {
        match self {
            Clock::Cpu => "CPU time (user + system)",
            Clock::Wall => "wall-clock time",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Clock::Cpu => "cpu",
            Clock::Wall => "wall",
        }
    }
}

pub struct Sample {
    pub wall: f64,
    pub cpu: f64,
    pub max_rss: u64,
}

/// The counted runs of one implementation of one program.
#[derive(Default)]
pub struct Series {
    pub samples: Vec<Sample>,
    /// Why the runs stopped: a crash, or output that differs from CPython's.
    pub failure: Option<String>,
}

impl Series {
    fn ok(&self) -> bool {
        self.failure.is_none() && !self.samples.is_empty()
    }

    pub fn median_wall(&self) -> Option<f64> {
        self.ok()
            .then(|| median(self.samples.iter().map(|s| s.wall).collect()))
    }

    pub fn median_cpu(&self) -> Option<f64> {
        self.ok()
            .then(|| median(self.samples.iter().map(|s| s.cpu).collect()))
    }

    pub fn median(&self, clock: Clock) -> Option<f64> {
        match clock {
            Clock::Cpu => self.median_cpu(),
            Clock::Wall => self.median_wall(),
        }
    }

    pub fn peak_rss(&self) -> Option<u64> {
        self.ok()
            .then(|| self.samples.iter().map(|s| s.max_rss).max().unwrap_or(0))
    }
}

pub struct ProgramReport {
    pub name: String,
    pub build: MoltBuild,
    /// One entry per `Impl::ALL`; `None` where that implementation was not run.
    pub series: Vec<Option<Series>>,
}

impl ProgramReport {
    fn series(&self, imp: Impl) -> Option<&Series> {
        self.series.get(imp.index()).and_then(Option::as_ref)
    }

    fn time(&self, imp: Impl, clock: Clock) -> Option<f64> {
        self.series(imp).and_then(|s| s.median(clock))
    }

    /// Median time of `a` over that of `b`.
    fn ratio(&self, a: Impl, b: Impl, clock: Clock) -> Option<f64> {
        match (self.time(a, clock), self.time(b, clock)) {
            (Some(x), Some(y)) if y > 0.0 => Some(x / y),
            _ => None,
        }
    }

    fn build_secs(&self) -> Option<f64> {
        match self.build {
            MoltBuild::Built { secs, .. } => Some(secs),
            _ => None,
        }
    }
}

pub struct Environment {
    pub python: String,
    pub pypy: Option<String>,
    pub rustc: String,
    pub runs: usize,
    pub clock: Clock,
    pub load_before: Option<String>,
    pub load_after: Option<String>,
}

/// The ratios reported per program and summarised by their geometric means.
const RATIOS: [(Impl, Impl, &str); 4] = [
    (Impl::CPython, Impl::Molt, "CPython/molt"),
    (Impl::PyPy, Impl::Molt, "PyPy/molt"),
    (Impl::Molt, Impl::Rust, "molt/Rust"),
    (Impl::CPython, Impl::Rust, "CPython/Rust"),
];

pub fn median(mut v: Vec<f64>) -> f64 {
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

pub fn geomean(v: &[f64]) -> Option<f64> {
    if v.is_empty() || v.iter().any(|x| x.is_nan() || *x <= 0.0) {
        return None;
    }
    Some((v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp())
}

/// The 1, 5 and 15 minute load averages, as the kernel shows them.
pub fn load_average() -> Option<String> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mem = std::fs::read_to_string("/proc/meminfo").ok().and_then(|s| {
        let kb: f64 = s
            .lines()
            .find(|l| l.starts_with("MemTotal:"))?
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()?;
        Some(format!(", {:.0} GiB memory", kb / (1024.0 * 1024.0)))
    });
    format!(
        "{cpu}, {cores} core{}{}, {}",
        if cores == 1 { "" } else { "s" },
        mem.unwrap_or_default(),
        std::env::consts::OS
    )
}

fn secs(x: Option<f64>) -> String {
    match x {
        Some(s) if s >= 10.0 => format!("{s:.1} s"),
        Some(s) if s >= 1.0 => format!("{s:.2} s"),
        Some(s) if s >= 0.01 => format!("{:.0} ms", s * 1000.0),
        Some(s) => format!("{:.1} ms", s * 1000.0),
        None => "–".into(),
    }
}

fn ratio(x: Option<f64>) -> String {
    match x {
        Some(r) if r >= 100.0 => format!("{r:.0}×"),
        Some(r) if r >= 10.0 => format!("{r:.1}×"),
        Some(r) => format!("{r:.2}×"),
        None => "–".into(),
    }
}

fn mib(x: Option<u64>) -> String {
    match x {
        Some(b) => format!("{:.1}", b as f64 / (1024.0 * 1024.0)),
        None => "–".into(),
    }
}

/// A cell for an implementation whose runs failed or did not happen.
fn cell(r: &ProgramReport, imp: Impl, value: String) -> String {
    if imp == Impl::Molt {
        match r.build {
            MoltBuild::Refused(_) => return "refused".into(),
            MoltBuild::Failed(_) => return "molt failed".into(),
            MoltBuild::Built { .. } => {}
        }
    }
    match r.series(imp) {
        None => "–".into(),
        Some(s) if s.failure.is_some() => "**wrong**".into(),
        Some(_) => value,
    }
}

pub fn markdown(reports: &[ProgramReport], env: &Environment) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "| program | CPython | PyPy | molt | Rust | CPython/molt | PyPy/molt | molt/Rust | CPython/Rust | peak MiB CPython | PyPy | molt | Rust | molt build |"
    );
    let _ = writeln!(
        s,
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    );
    for r in reports {
        let mut row = vec![r.name.clone()];
        for imp in Impl::ALL {
            row.push(cell(r, imp, secs(r.time(imp, env.clock))));
        }
        for (a, b, _) in RATIOS {
            row.push(ratio(r.ratio(a, b, env.clock)));
        }
        for imp in Impl::ALL {
            let rss = r.series(imp).and_then(Series::peak_rss);
            row.push(cell(r, imp, mib(rss)));
        }
        row.push(match &r.build {
            MoltBuild::Built { secs: b, .. } => secs(Some(*b)),
            _ => "–".into(),
        });
        let _ = writeln!(s, "| {} |", row.join(" | "));
    }
    let mut row = vec!["**geometric mean**".to_string()];
    row.extend(std::iter::repeat_n(String::new(), 4));
    for (a, b, _) in RATIOS {
        let v: Vec<f64> = reports
            .iter()
            .filter_map(|r| r.ratio(a, b, env.clock))
            .collect();
        row.push(match geomean(&v) {
            Some(g) => format!(
                "**{}** ({} program{})",
                ratio(Some(g)),
                v.len(),
                if v.len() == 1 { "" } else { "s" }
            ),
            None => "–".into(),
        });
    }
    row.extend(std::iter::repeat_n(String::new(), 4));
    let builds: Vec<f64> = reports
        .iter()
        .filter_map(ProgramReport::build_secs)
        .collect();
    row.push(geomean(&builds).map_or("–".into(), |g| secs(Some(g))));
    let _ = writeln!(s, "| {} |", row.join(" | "));
    s.push('\n');
    let _ = writeln!(
        s,
        "Times are the median {} of {} runs, after one warm-up run, at the sizes in bench/suite.txt; the implementations run in turn, round after round. \
         Ratios above 1× mean the second is faster. Peak memory is the largest max RSS of the runs (from `wait4`). \
         molt build is the wall-clock time of `molt build` (rustc against the cached runtime).",
        env.clock.describe(),
        env.runs
    );
    s.push('\n');
    let refused: Vec<String> = reports
        .iter()
        .filter_map(|r| match &r.build {
            MoltBuild::Refused(d) => Some(format!("- {}: refused: {d}", r.name)),
            MoltBuild::Failed(d) => Some(format!("- {}: molt failed: {d}", r.name)),
            MoltBuild::Built { .. } => None,
        })
        .collect();
    if !refused.is_empty() {
        let _ = writeln!(
            s,
            "Programs molt cannot compile yet:\n\n{}\n",
            refused.join("\n")
        );
    }
    let wrong: Vec<String> = reports
        .iter()
        .flat_map(|r| {
            Impl::ALL.iter().filter_map(move |&imp| {
                let f = r.series(imp)?.failure.as_ref()?;
                Some(format!("- {} under {}: {f}", r.name, imp.label()))
            })
        })
        .collect();
    if !wrong.is_empty() {
        let _ = writeln!(
            s,
            "Runs that failed or printed something other than CPython:\n\n{}\n",
            wrong.join("\n")
        );
    }
    let _ = writeln!(s, "Machine: {}.", machine());
    let _ = writeln!(
        s,
        "CPython {}; PyPy {}; {}; molt {}.",
        env.python,
        env.pypy.as_deref().unwrap_or("not installed"),
        env.rustc,
        env!("CARGO_PKG_VERSION")
    );
    if let (Some(a), Some(b)) = (&env.load_before, &env.load_after) {
        let _ = writeln!(s, "Load average (1, 5, 15 min) before: {a}; after: {b}.");
    }
    s
}

/// A JSON value, written by hand to keep molt's dependencies few.
enum J {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(&'static str, J)>),
}

impl J {
    fn opt_num(x: Option<f64>) -> J {
        x.map_or(J::Null, J::Num)
    }

    fn str(s: impl Into<String>) -> J {
        J::Str(s.into())
    }

    fn write(&self, out: &mut String, indent: usize) {
        let pad = |out: &mut String, n: usize| out.push_str(&"  ".repeat(n));
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Num(x) if x.is_finite() => {
                let _ = write!(out, "{x}");
            }
            J::Num(_) => out.push_str("null"),
            J::Str(s) => {
                out.push('"');
                for c in s.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        '\t' => out.push_str("\\t"),
                        '\r' => out.push_str("\\r"),
                        c if (c as u32) < 0x20 => {
                            let _ = write!(out, "\\u{:04x}", c as u32);
                        }
                        c => out.push(c),
                    }
                }
                out.push('"');
            }
            J::Arr(items) if items.iter().all(|i| matches!(i, J::Num(_) | J::Null)) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, indent);
                }
                out.push(']');
            }
            J::Arr(items) => {
                out.push_str("[\n");
                for (i, item) in items.iter().enumerate() {
                    pad(out, indent + 1);
                    item.write(out, indent + 1);
                    out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push(']');
            }
            J::Obj(fields) => {
                out.push_str("{\n");
                for (i, (k, v)) in fields.iter().enumerate() {
                    pad(out, indent + 1);
                    J::str(*k).write(out, indent + 1);
                    out.push_str(": ");
                    v.write(out, indent + 1);
                    out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
                }
                pad(out, indent);
                out.push('}');
            }
        }
    }
}

pub fn json(reports: &[ProgramReport], env: &Environment) -> String {
    let programs = reports
        .iter()
        .map(|r| {
            let (status, diag) = match &r.build {
                MoltBuild::Built { .. } => ("built", J::Null),
                MoltBuild::Refused(d) => ("refused", J::str(d.clone())),
                MoltBuild::Failed(d) => ("failed", J::str(d.clone())),
            };
            let impls = Impl::ALL
                .iter()
                .map(|&imp| {
                    let v = match r.series(imp) {
                        None => J::Null,
                        Some(s) => J::Obj(vec![
                            ("median_wall_s", J::opt_num(s.median_wall())),
                            ("median_cpu_s", J::opt_num(s.median_cpu())),
                            ("peak_rss_bytes", J::opt_num(s.peak_rss().map(|b| b as f64))),
                            (
                                "wall_s",
                                J::Arr(s.samples.iter().map(|x| J::Num(x.wall)).collect()),
                            ),
                            (
                                "cpu_s",
                                J::Arr(s.samples.iter().map(|x| J::Num(x.cpu)).collect()),
                            ),
                            (
                                "max_rss_bytes",
                                J::Arr(
                                    s.samples.iter().map(|x| J::Num(x.max_rss as f64)).collect(),
                                ),
                            ),
                            ("ok", J::Bool(s.failure.is_none())),
                            ("failure", s.failure.clone().map_or(J::Null, J::Str)),
                        ]),
                    };
                    (imp_key(imp), v)
                })
                .collect();
            let ratios = RATIOS
                .iter()
                .map(|&(a, b, name)| (name, J::opt_num(r.ratio(a, b, env.clock))))
                .collect();
            J::Obj(vec![
                ("name", J::str(r.name.clone())),
                ("molt_build", J::str(status)),
                ("molt_diagnostic", diag),
                ("molt_build_s", J::opt_num(r.build_secs())),
                ("runs", J::Obj(impls)),
                ("ratios", J::Obj(ratios)),
            ])
        })
        .collect();
    let geo = RATIOS
        .iter()
        .map(|&(a, b, name)| {
            let v: Vec<f64> = reports
                .iter()
                .filter_map(|r| r.ratio(a, b, env.clock))
                .collect();
            (
                name,
                J::Obj(vec![
                    ("value", J::opt_num(geomean(&v))),
                    ("programs", J::Num(v.len() as f64)),
                ]),
            )
        })
        .collect();
    let doc = J::Obj(vec![
        ("machine", J::str(machine())),
        ("cpython", J::str(env.python.clone())),
        ("pypy", env.pypy.clone().map_or(J::Null, J::Str)),
        ("rustc", J::str(env.rustc.clone())),
        ("molt", J::str(env!("CARGO_PKG_VERSION"))),
        ("runs_per_implementation", J::Num(env.runs as f64)),
        ("ratios_compare", J::str(env.clock.key())),
        (
            "load_average_before",
            env.load_before.clone().map_or(J::Null, J::Str),
        ),
        (
            "load_average_after",
            env.load_after.clone().map_or(J::Null, J::Str),
        ),
        ("programs", J::Arr(programs)),
        ("geometric_means", J::Obj(geo)),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out.push('\n');
    out
}

fn imp_key(imp: Impl) -> &'static str {
    match imp {
        Impl::CPython => "cpython",
        Impl::PyPy => "pypy",
        Impl::Molt => "molt",
        Impl::Rust => "rust",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_means() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 3.0, 2.0]), 2.5);
        let g = geomean(&[2.0, 8.0]).expect("positive");
        assert!((g - 4.0).abs() < 1e-12);
        assert_eq!(geomean(&[]), None);
        assert_eq!(geomean(&[1.0, 0.0]), None);
    }

    fn series(walls: &[f64]) -> Option<Series> {
        Some(Series {
            samples: walls
                .iter()
                .map(|&w| Sample {
                    wall: w,
                    cpu: w,
                    max_rss: 1 << 20,
                })
                .collect(),
            failure: None,
        })
    }

    #[test]
    fn table_shows_ratios_refusals_and_failures() {
        let env = Environment {
            python: "3.11.7 (/usr/bin/python3)".into(),
            pypy: None,
            rustc: "rustc 1.95.0".into(),
            runs: 3,
            clock: Clock::Wall,
            load_before: None,
            load_after: None,
        };
        let reports = vec![
            ProgramReport {
                name: "fast".into(),
                build: MoltBuild::Built {
                    bin: "x".into(),
                    secs: 1.5,
                },
                series: vec![
                    series(&[2.0, 2.2, 1.8]),
                    None,
                    series(&[0.2]),
                    series(&[0.1]),
                ],
            },
            ProgramReport {
                name: "classy".into(),
                build: MoltBuild::Refused("classes are not supported yet (c.py:1:7)".into()),
                series: vec![series(&[1.0]), None, None, series(&[0.01])],
            },
            ProgramReport {
                name: "buggy".into(),
                build: MoltBuild::Built {
                    bin: "x".into(),
                    secs: 1.0,
                },
                series: vec![
                    series(&[1.0]),
                    None,
                    Some(Series {
                        samples: vec![],
                        failure: Some("output differs".into()),
                    }),
                    series(&[0.5]),
                ],
            },
        ];
        let md = markdown(&reports, &env);
        let fast = md.lines().find(|l| l.starts_with("| fast ")).expect("row");
        assert!(
            fast.contains("| 2.00 s | – | 200 ms | 100 ms | 10.0× | – | 2.00× | 20.0× |"),
            "{fast}"
        );
        let classy = md
            .lines()
            .find(|l| l.starts_with("| classy "))
            .expect("row");
        assert!(classy.contains("| refused |"), "{classy}");
        assert!(md.contains("- classy: refused: classes are not supported yet (c.py:1:7)"));
        assert!(md.contains("- buggy under molt: output differs"));
        // The wrong run takes no part in the means: CPython/molt over `fast` alone.
        assert!(md.contains("**10.0×** (1 program)"), "{md}");
        let js = json(&reports, &env);
        assert!(js.contains("\"molt_build\": \"refused\""));
        assert!(js.contains("\"CPython/molt\": 10"));
        assert!(js.contains("\"wall_s\": [2, 2.2, 1.8]"));
    }

    #[test]
    fn the_clock_chooses_cpu_or_wall_time() {
        let one = |wall: f64, cpu: f64| {
            Some(Series {
                samples: vec![Sample {
                    wall,
                    cpu,
                    max_rss: 0,
                }],
                failure: None,
            })
        };
        let r = ProgramReport {
            name: "p".into(),
            build: MoltBuild::Refused("x".into()),
            series: vec![one(4.0, 3.0), None, None, one(2.0, 0.5)],
        };
        assert_eq!(r.ratio(Impl::CPython, Impl::Rust, Clock::Wall), Some(2.0));
        assert_eq!(r.ratio(Impl::CPython, Impl::Rust, Clock::Cpu), Some(6.0));
    }
}
