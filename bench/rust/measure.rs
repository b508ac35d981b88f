//! The benchmark harness's stopwatch, used by `molt bench` for every run it times:
//! `measure REPORT PROGRAM [ARGS...]` runs PROGRAM with this process's stdin, stdout and
//! stderr, waits for it with `wait4`, and writes one line to the file REPORT:
//!
//!     <raw wait status> <wall seconds> <user CPU seconds> <system CPU seconds> <max RSS KiB>
//!
//! Why a separate, tiny process: Linux counts in a child's max RSS the memory of the
//! process image it replaced at exec (kernel `exec_mmap`), that is, of the process that
//! spawned it. Spawned from molt, every program would be charged molt's few MiB; spawned
//! from here, only about one MiB, the floor of any dynamically linked program.

use std::process::Command;
use std::time::Instant;

fn main() {
    let mut args = std::env::args_os().skip(1);
    let (Some(report), Some(program)) = (args.next(), args.next()) else {
        eprintln!("usage: measure REPORT PROGRAM [ARGS...]");
        std::process::exit(2);
    };
    let start = Instant::now();
    let child = match Command::new(&program).args(args).spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("measure: cannot run {}: {e}", program.to_string_lossy());
            std::process::exit(127);
        }
    };
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: all-zero bytes are a valid `rusage` (a C struct of integers); `wait4` writes
    // only through the two pointers, to live locals of the right types. The child is ours
    // and not yet reaped (std's `Child` reaps only when asked to wait).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            eprintln!("measure: wait4 failed: {e}");
            std::process::exit(127);
        }
    }
    let wall = start.elapsed().as_secs_f64();
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let line = format!(
        "{status} {wall} {} {} {}\n",
        secs(usage.ru_utime),
        secs(usage.ru_stime),
        usage.ru_maxrss
    );
    if let Err(e) = std::fs::write(&report, line) {
        eprintln!("measure: cannot write {}: {e}", report.to_string_lossy());
        std::process::exit(127);
    }
}
