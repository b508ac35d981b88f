//! Running one program and measuring it: wall time, CPU time and peak memory, with its
//! stdout and stderr captured. The measuring is done by bench/rust's `measure` helper,
//! which runs the program as its own child and reads the kernel's figures with `wait4`;
//! see measure.rs there for why the program must not be a direct child of molt.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Measured {
    /// Seconds from spawn to exit.
    pub wall: f64,
    /// User plus system CPU seconds of the program.
    pub cpu: f64,
    /// Peak resident set size of the program, in bytes.
    pub max_rss: u64,
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Measured {
    /// The last non-blank line of stderr (where a traceback names its exception).
    pub fn last_stderr_line(&self) -> String {
        String::from_utf8_lossy(&self.stderr)
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim()
            .to_string()
    }
}

/// Runs `cmd` under the `helper` stopwatch, stdin closed, stdout and stderr captured;
/// `scratch` is a directory for the helper's report.
pub fn run(helper: &Path, scratch: &Path, cmd: &Command) -> Result<Measured, String> {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let report = scratch.join(format!(
        "measure-{}-{}.txt",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let mut h = Command::new(helper);
    h.arg(&report).arg(cmd.get_program()).args(cmd.get_args());
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => h.env(k, v),
            None => h.env_remove(k),
        };
    }
    if let Some(d) = cmd.get_current_dir() {
        h.current_dir(d);
    }
    let out = h
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", helper.display()))?;
    let mut out = out;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let o = drain(
        out.stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let e = drain(
        out.stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let helper_status = out.wait().map_err(|e| e.to_string())?;
    let stdout = o.join().unwrap_or_default();
    let stderr = e.join().unwrap_or_default();
    let text = std::fs::read_to_string(&report);
    let _ = std::fs::remove_file(&report);
    let text = text.map_err(|_| {
        format!(
            "cannot run {:?} ({helper_status}): {}",
            cmd.get_program(),
            String::from_utf8_lossy(&stderr).trim()
        )
    })?;
    let (status, wall, cpu, max_rss) = parse_report(&text)?;
    Ok(Measured {
        wall,
        cpu,
        max_rss,
        status,
        stdout,
        stderr,
    })
}

/// `<raw wait status> <wall s> <user s> <system s> <max RSS KiB>`, as measure.rs writes it.
fn parse_report(text: &str) -> Result<(ExitStatus, f64, f64, u64), String> {
    let bad = || format!("unreadable measurement {text:?}");
    let f: Vec<&str> = text.split_whitespace().collect();
    let [status, wall, user, sys, rss] = f[..] else {
        return Err(bad());
    };
    let num = |s: &str| s.parse::<f64>().map_err(|_| bad());
    let status: i32 = status.parse().map_err(|_| bad())?;
    let rss: u64 = rss.parse().map_err(|_| bad())?;
    Ok((
        ExitStatus::from_raw(status),
        num(wall)?,
        num(user)? + num(sys)?,
        // Linux reports ru_maxrss in KiB.
        rss * 1024,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_helpers_report() {
        let Ok((status, wall, cpu, rss)) = parse_report("768 0.5 0.25 0.125 2012\n") else {
            panic!("a valid report")
        };
        assert_eq!(status.code(), Some(3));
        assert_eq!((wall, cpu, rss), (0.5, 0.375, 2012 * 1024));
        let Ok((status, ..)) = parse_report("9 1 1 1 1") else {
            panic!("a valid report")
        };
        assert_eq!(status.signal(), Some(9));
        assert!(parse_report("0 1 2").is_err());
        assert!(parse_report("x 1 2 3 4").is_err());
    }
}
