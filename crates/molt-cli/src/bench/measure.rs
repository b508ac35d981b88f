//! Running one child process and measuring it: wall time, CPU time and peak memory (the
//! kernel's max RSS for that child, from `wait4`), with its stdout and stderr captured.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, ExitStatus, Stdio};
use std::time::Instant;

pub struct Measured {
    /// Seconds from spawn to exit.
    pub wall: f64,
    /// User plus system CPU seconds of the child.
    pub cpu: f64,
    /// Peak resident set size of the child, in bytes.
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

/// Runs `cmd` to completion with stdin closed and stdout/stderr captured.
pub fn run(cmd: &mut Command) -> Result<Measured, String> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let pid = child.id();
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    // The child is reaped here, not by `Child::wait`: std offers no way to get its rusage.
    // Dropping a `Child` neither waits nor kills, so nothing reaps it twice.
    let waited = wait4(pid);
    let wall = start.elapsed().as_secs_f64();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    let (status, cpu, max_rss) = waited?;
    Ok(Measured {
        wall,
        cpu,
        max_rss,
        status,
        stdout,
        stderr,
    })
}

/// Waits for the child `pid`; returns its exit status, CPU seconds and max RSS in bytes.
fn wait4(pid: u32) -> Result<(ExitStatus, f64, u64), String> {
    let pid = libc::pid_t::try_from(pid).map_err(|e| e.to_string())?;
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: `rusage` is a plain C struct of integers, valid when zeroed; `wait4`
        // writes only through the two pointers, which point to live locals of the right
        // types for the duration of the call. `pid` is our own unreaped child.
        let (r, usage) = unsafe {
            let mut usage: libc::rusage = std::mem::zeroed();
            let r = libc::wait4(pid, &mut status, 0, &mut usage);
            (r, usage)
        };
        if r == pid {
            let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
            let cpu = secs(usage.ru_utime) + secs(usage.ru_stime);
            // Linux reports ru_maxrss in kibibytes.
            let max_rss = u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024;
            return Ok((ExitStatus::from_raw(status), cpu, max_rss));
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(format!("wait4 failed: {e}"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_child() {
        let m = run(Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]))
            .expect("sh runs");
        assert_eq!(m.stdout, b"out\n");
        assert_eq!(m.last_stderr_line(), "err");
        assert_eq!(m.status.code(), Some(3));
        assert!(m.max_rss > 0);
        assert!(m.wall >= 0.0 && m.cpu >= 0.0);
    }

    #[test]
    fn peak_memory_is_the_childs() {
        // A child that fills 64 MiB must report at least that much.
        let python = std::env::var("MOLT_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let m = run(Command::new(python).args(["-c", "x = b'x' * (64 << 20); print(len(x))"]))
            .expect("python3 runs");
        assert_eq!(m.stdout, b"67108864\n");
        assert!(m.max_rss >= 64 << 20, "max_rss {}", m.max_rss);
        assert!(m.max_rss < 1 << 30, "max_rss {}", m.max_rss);
    }
}
