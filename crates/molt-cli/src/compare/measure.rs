//! Running one program once and taking the OS's accounting of it.
//!
//! Each measured run goes through a small helper: molt re-executes itself as
//! `molt __molt-compare-exec RESULT PROG ARGS...` (recognised in `main` before anything else
//! runs), and the helper forks PROG, reaps it with `wait4` and writes the child's rusage and
//! its own timing to RESULT. The helper exists because of how Linux counts peak memory: a
//! child's `ru_maxrss` starts from the memory it had before exec, which is a copy of its
//! parent's anonymous pages (after `fork`) or the parent's whole resident set (after
//! `vfork`/`posix_spawn`). Spawned from molt itself, whose heap after compiling can be tens of
//! MB, every child would report at least that. The helper has done nothing before it forks,
//! so the floor it imposes is its own small anonymous memory, which it reads from
//! /proc/self/status and reports, so that the report can say which figures sit at it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

/// argv[1] that turns molt into the measuring helper.
pub const HELPER_ARG: &str = "__molt-compare-exec";

/// What one run of a program did and cost.
#[derive(Clone, Debug)]
pub struct Run {
    pub stdout: Vec<u8>,
    /// The last non-blank line of stderr (a traceback's `Type: message`).
    pub stderr_last: String,
    /// Exit code, or `None` when killed by a signal.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub user_s: f64,
    pub sys_s: f64,
    pub wall_s: f64,
    pub maxrss_bytes: u64,
    /// The helper's anonymous memory when it forked the program: the lowest `maxrss` the
    /// kernel can report for the child (0 where unknown).
    pub floor_bytes: u64,
}

impl Run {
    pub fn cpu_s(&self) -> f64 {
        self.user_s + self.sys_s
    }

    pub fn status_text(&self) -> String {
        match (self.code, self.signal) {
            (Some(c), _) => format!("exit code {c}"),
            (None, Some(s)) => format!("killed by signal {s}"),
            _ => "unknown exit status".to_string(),
        }
    }
}

/// One process to run: program, arguments, extra environment.
pub struct Invocation {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

/// Runs `inv` through the measuring helper, feeding it `stdin`.
pub fn run(helper: &Path, work: &Path, inv: &Invocation, stdin: &[u8]) -> Result<Run, String> {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let result = work.join(format!("rusage-{n}.txt"));
    let _ = std::fs::remove_file(&result);
    let mut cmd = Command::new(helper);
    cmd.arg(HELPER_ARG)
        .arg(&result)
        .arg(&inv.program)
        .args(&inv.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in &inv.env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", helper.display()))?;
    // Written from a thread so a program that prints before reading cannot deadlock us.
    let writer = child.stdin.take().map(|mut si| {
        let data = stdin.to_vec();
        std::thread::spawn(move || {
            let _ = si.write_all(&data);
        })
    });
    let out = child
        .wait_with_output()
        .map_err(|e| format!("waiting for {}: {e}", inv.program.display()))?;
    if let Some(w) = writer {
        let _ = w.join();
    }
    let text = std::fs::read_to_string(&result).map_err(|e| {
        format!(
            "the measuring helper did not report on {} ({e}); stderr: {}",
            inv.program.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    })?;
    let _ = std::fs::remove_file(&result);
    let r = parse_result(&text).map_err(|e| format!("{}: {e}", inv.program.display()))?;
    let err = String::from_utf8_lossy(&out.stderr);
    let stderr_last = err
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    Ok(Run {
        stdout: out.stdout,
        stderr_last,
        ..r
    })
}

/// The helper's result line: `code signal user_us sys_us wall_ns maxrss_bytes floor_bytes`
/// (code/signal `-` when absent), or `error: ...`.
fn parse_result(text: &str) -> Result<Run, String> {
    let line = text.trim();
    if let Some(e) = line.strip_prefix("error: ") {
        return Err(e.to_string());
    }
    let f: Vec<&str> = line.split_whitespace().collect();
    let [code, signal, user, sys, wall, rss, floor] = f.as_slice() else {
        return Err(format!("malformed measurement {line:?}"));
    };
    let opt = |s: &str| -> Result<Option<i32>, String> {
        if s == "-" {
            Ok(None)
        } else {
            s.parse().map(Some).map_err(|_| format!("bad number {s:?}"))
        }
    };
    let num =
        |s: &str| -> Result<u64, String> { s.parse().map_err(|_| format!("bad number {s:?}")) };
    Ok(Run {
        stdout: vec![],
        stderr_last: String::new(),
        code: opt(code)?,
        signal: opt(signal)?,
        user_s: num(user)? as f64 / 1e6,
        sys_s: num(sys)? as f64 / 1e6,
        wall_s: num(wall)? as f64 / 1e9,
        maxrss_bytes: num(rss)?,
        floor_bytes: num(floor)?,
    })
}

/// Entry point of the helper; `None` when molt was not started as the helper.
pub fn helper_main() -> Option<ExitCode> {
    let mut args = std::env::args_os().skip(1);
    if args.next()? != HELPER_ARG {
        return None;
    }
    let (Some(result), Some(prog)) = (args.next(), args.next()) else {
        eprintln!("molt: {HELPER_ARG} RESULT PROGRAM [ARGS...]");
        return Some(ExitCode::from(125));
    };
    let rest: Vec<_> = args.collect();
    let line = match measure_child(Path::new(&prog), &rest) {
        Ok(line) => line,
        Err(e) => format!("error: {e}"),
    };
    match std::fs::write(&result, line + "\n") {
        Ok(()) => Some(ExitCode::SUCCESS),
        Err(_) => Some(ExitCode::from(125)),
    }
}

fn measure_child(prog: &Path, args: &[std::ffi::OsString]) -> Result<String, String> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    // execv does no PATH search, and a failed exec would only show as exit status 127.
    let prog = std::fs::canonicalize(prog).map_err(|e| format!("{}: {e}", prog.display()))?;
    let cstr = |s: &std::ffi::OsStr| {
        CString::new(s.as_bytes()).map_err(|_| format!("{s:?} contains a NUL byte"))
    };
    let mut argv = vec![cstr(prog.as_os_str())?];
    for a in args {
        argv.push(cstr(a)?);
    }
    let floor = own_anon_rss().unwrap_or(0);
    let start = Instant::now();
    let (status, ru) =
        spawn_and_reap(&argv).map_err(|e| format!("running {}: {e}", prog.display()))?;
    let wall = start.elapsed();
    use std::os::unix::process::ExitStatusExt;
    let st = std::process::ExitStatus::from_raw(status);
    let dash = |v: Option<i32>| v.map(|c| c.to_string()).unwrap_or_else(|| "-".into());
    Ok(format!(
        "{} {} {} {} {} {} {}",
        dash(st.code()),
        dash(st.signal()),
        ru.user_us,
        ru.sys_us,
        wall.as_nanos(),
        ru.maxrss_bytes,
        floor
    ))
}

/// This process's resident anonymous memory (`RssAnon`), Linux only: what `fork` copies
/// into the child, and so the least peak RSS the kernel can report for it.
fn own_anon_rss() -> Option<u64> {
    let mut s = String::new();
    std::fs::File::open("/proc/self/status")
        .ok()?
        .read_to_string(&mut s)
        .ok()?;
    let line = s.lines().find(|l| l.starts_with("RssAnon:"))?;
    let kib: u64 = line
        .trim_start_matches("RssAnon:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib * 1024)
}

struct Usage {
    user_us: u64,
    sys_us: u64,
    maxrss_bytes: u64,
}

/// Runs `argv` (an absolute program path, then its arguments) as a child with this
/// process's stdio and environment, waits for it, and returns its raw wait status and the
/// resource usage the kernel accounted to that one child (`wait4`;
/// `getrusage(RUSAGE_CHILDREN)` would mix every child reaped so far).
///
/// It forks rather than using std's `Command`, which uses `posix_spawn` (a `vfork`): a vfork
/// child shares the parent's memory until exec, and `exec` carries that memory's peak RSS
/// into the new program's `ru_maxrss`, so every program would report at least the helper's
/// whole resident set (about 2-3 MB, mostly the pages of molt's own executable). After
/// `fork`, the child's memory holds only copies of the parent's anonymous pages (about
/// 130 kB here), far below what any program uses once it has exec'd.
#[allow(unsafe_code)]
fn spawn_and_reap(argv: &[std::ffi::CString]) -> std::io::Result<(i32, Usage)> {
    let Some(prog) = argv.first() else {
        return Err(std::io::Error::other("no program to run"));
    };
    // Everything the child touches is prepared before the fork.
    let mut ptrs: Vec<*const libc::c_char> = argv.iter().map(|a| a.as_ptr()).collect();
    ptrs.push(std::ptr::null());
    // SAFETY: the helper process is single-threaded (molt starts no thread before
    // `helper_main`), so the child is a consistent copy; the child only calls execv and
    // _exit, both async-signal-safe.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(std::io::Error::last_os_error());
    }
    if pid == 0 {
        // SAFETY: `ptrs` is a NULL-terminated array of pointers to the NUL-terminated
        // strings in `argv`, all alive until exec replaces this process image; `_exit`
        // ends the child without running the parent's destructors or atexit handlers.
        unsafe {
            libc::execv(prog.as_ptr(), ptrs.as_ptr());
            libc::_exit(127)
        }
    }
    let mut status: libc::c_int = 0;
    // An all-zero `rusage` is a valid value: the struct is plain integers.
    let mut ru = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    loop {
        // SAFETY: `status` and `ru` are live, writable and of the types wait4 expects; `pid`
        // is the child forked above and not yet reaped, so this reaps exactly that process.
        let r = unsafe { libc::wait4(pid, &mut status, 0, ru.as_mut_ptr()) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    // SAFETY: zero-initialised above and filled by a successful wait4.
    let ru = unsafe { ru.assume_init() };
    let us = |t: libc::timeval| (t.tv_sec.max(0) as u64) * 1_000_000 + t.tv_usec.max(0) as u64;
    // Linux reports ru_maxrss in KiB, macOS in bytes.
    let unit: u64 = if cfg!(target_os = "macos") { 1 } else { 1024 };
    Ok((
        status,
        Usage {
            user_us: us(ru.ru_utime),
            sys_us: us(ru.ru_stime),
            maxrss_bytes: (ru.ru_maxrss.max(0) as u64) * unit,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_helper_lines() {
        let r = parse_result("0 - 1500 250 2000000 4096000 1024\n").unwrap();
        assert_eq!(r.code, Some(0));
        assert_eq!(r.signal, None);
        assert!((r.cpu_s() - 0.00175).abs() < 1e-12);
        assert!((r.wall_s - 0.002).abs() < 1e-12);
        assert_eq!(r.maxrss_bytes, 4_096_000);
        assert_eq!(r.floor_bytes, 1024);
        let k = parse_result("- 9 0 0 5 0 0").unwrap();
        assert_eq!((k.code, k.signal), (None, Some(9)));
        assert!(parse_result("error: cannot run x").is_err());
        assert!(parse_result("1 2 3").is_err());
    }
}
