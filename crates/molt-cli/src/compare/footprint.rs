//! What each side needs on disk to run the program, measured on this machine.
//!
//! Rust: the compiled binary (plus the shared libraries `ldd` lists, which are the C
//! library's and would be in any base image). Python: the interpreter executable (symlinks
//! resolved), libpython when the interpreter links it dynamically, and the files of the
//! modules the program had imported when it exited (each module's source file plus its
//! cached bytecode when present; built-in and frozen modules live inside the interpreter and
//! add nothing). For a typical image, the full standard library is counted too, trimmed the
//! way the official `python` container image trims it (no test suites, no `__pycache__`,
//! no static `libpython*.a`, no site-packages).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The Python interpreter as resolved once for a comparison.
#[derive(Clone, Debug)]
pub struct PythonInfo {
    pub executable: PathBuf,
    pub version: String,
    /// `sysconfig.get_paths()["stdlib"]`.
    pub stdlib: PathBuf,
}

/// Asks `python3` (as found on PATH, or `python` when given) where the real interpreter is,
/// once: `python3` may be a slow wrapper script (pyenv's shims are).
pub fn resolve_python(python: &str) -> Result<PythonInfo, String> {
    let out = Command::new(python)
        .args([
            "-c",
            "import sys, sysconfig; print(sys.executable); print(sys.version.split()[0]); print(sysconfig.get_paths()['stdlib'])",
        ])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {python}: {e}; molt compare needs CPython"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    match (
        lines.next(),
        lines.next(),
        lines.next(),
        out.status.success(),
    ) {
        (Some(exe), Some(version), Some(stdlib), true) if !exe.is_empty() => Ok(PythonInfo {
            executable: PathBuf::from(exe),
            version: version.to_string(),
            stdlib: PathBuf::from(stdlib),
        }),
        _ => Err(format!(
            "{python} did not report its executable: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
    }
}

/// A module the program had loaded when it exited.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub name: String,
    pub kind: ModuleKind,
    /// Files counted for it (source, cached bytecode, or extension module), with sizes.
    pub files: Vec<(PathBuf, u64)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ModuleKind {
    /// Compiled into the interpreter (`sys`, `builtins`, ...).
    BuiltIn,
    /// Frozen into the interpreter (3.11 freezes `os`, `site`, `codecs`, ...).
    Frozen,
    /// Loaded from a file.
    File,
    /// No file and no code (namespace packages, `__main__`).
    Other,
}

impl Module {
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, b)| b).sum()
    }
}

/// Runs the program once under `python_exe` through a wrapper that, at exit, writes the
/// name, spec origin and cached-bytecode path of everything in `sys.modules` to `dump`. The
/// wrapper imports nothing that the interpreter has not already loaded (`atexit` and `sys`
/// are built in), so the set is the program's own.
pub const WRAPPER: &str = r#"import sys, atexit
def _molt_dump(path=sys.argv[1]):
    with open(path, 'w', encoding='utf-8', errors='replace') as f:
        for name, m in list(sys.modules.items()):
            spec = getattr(m, '__spec__', None)
            origin = getattr(spec, 'origin', None) if spec is not None else None
            cached = getattr(spec, 'cached', None) if spec is not None else None
            clean = lambda s: str(s).replace('\t', ' ').replace('\n', ' ') if s is not None else ''
            f.write(clean(name) + '\t' + clean(origin) + '\t' + clean(cached) + '\n')
atexit.register(_molt_dump)
_molt_prog = sys.argv[2]
sys.argv = sys.argv[2:]
sys.path[0] = sys.modules['os'].path.dirname(sys.modules['os'].path.abspath(_molt_prog))
_molt_g = sys.modules['__main__'].__dict__
_molt_g['__file__'] = _molt_prog
with open(_molt_prog, 'rb') as _molt_f:
    _molt_code = compile(_molt_f.read(), _molt_prog, 'exec')
del _molt_f, _molt_prog, _molt_g, _molt_dump
exec(_molt_code, sys.modules['__main__'].__dict__)
"#;

/// Parses the wrapper's dump into modules with the files each needs on disk.
pub fn parse_modules(dump: &str) -> Vec<Module> {
    let mut out = vec![];
    for line in dump.lines() {
        let mut f = line.split('\t');
        let (Some(name), Some(origin), cached) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let cached = cached.unwrap_or("");
        let kind = match origin {
            "built-in" => ModuleKind::BuiltIn,
            "frozen" => ModuleKind::Frozen,
            o if o.starts_with('/') || Path::new(o).is_absolute() => ModuleKind::File,
            _ => ModuleKind::Other,
        };
        let mut files = vec![];
        if kind == ModuleKind::File {
            for p in [origin, cached] {
                if p.is_empty()
                    || files
                        .iter()
                        .any(|(f, _): &(PathBuf, u64)| f == Path::new(p))
                {
                    continue;
                }
                if let Ok(m) = std::fs::metadata(p)
                    && m.is_file()
                {
                    files.push((PathBuf::from(p), m.len()));
                }
            }
        }
        out.push(Module {
            name: name.to_string(),
            kind,
            files,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Shared libraries an ELF file loads, as `ldd` resolves them: (soname, path if found).
/// `None` when `ldd` is unavailable; empty for a static binary.
pub fn shared_libraries(file: &Path) -> Option<Vec<(String, Option<PathBuf>)>> {
    let out = Command::new("ldd")
        .arg(file)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    if [&text, &err]
        .iter()
        .any(|t| t.contains("not a dynamic executable") || t.contains("statically linked"))
    {
        return Some(vec![]);
    }
    if !out.status.success() {
        return None;
    }
    let mut libs = vec![];
    for line in text.lines() {
        let line = line.trim();
        let (name, rest) = match line.split_once(" => ") {
            Some((n, r)) => (n.trim(), r.trim()),
            None => (line.split_whitespace().next().unwrap_or(""), ""),
        };
        if name.is_empty() || name.starts_with("linux-vdso") || name.starts_with("linux-gate") {
            continue;
        }
        let path = rest
            .split_whitespace()
            .next()
            .filter(|p| p.starts_with('/'))
            .map(PathBuf::from)
            .or_else(|| name.starts_with('/').then(|| PathBuf::from(name)));
        let short = Path::new(name)
            .file_name()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| name.to_string());
        libs.push((short, path));
    }
    Some(libs)
}

/// Libraries of the C runtime that every Linux base image has, for both sides alike.
pub fn is_c_runtime(soname: &str) -> bool {
    const C: &[&str] = &[
        "libc.so",
        "libm.so",
        "libdl.so",
        "librt.so",
        "libpthread.so",
        "libutil.so",
        "libgcc_s.so",
        "ld-linux",
        "ld64.so",
        "ld-musl",
    ];
    C.iter().any(|c| soname.starts_with(c))
}

/// Size of a file, following symlinks.
pub fn file_size(p: &Path) -> Option<u64> {
    std::fs::metadata(p).ok().map(|m| m.len())
}

/// The standard library as the official python image ships it: every regular file under
/// `stdlib` except test suites (`test`, `tests`, `idle_test`), `__pycache__`, `*.pyc`/`*.pyo`,
/// static `libpython*.a` and `site-packages`. Returns (bytes, files).
pub fn trimmed_stdlib_size(stdlib: &Path) -> (u64, u64) {
    let mut bytes = 0;
    let mut files = 0;
    let mut stack = vec![stdlib.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                if !matches!(
                    name.as_str(),
                    "test" | "tests" | "idle_test" | "__pycache__" | "site-packages"
                ) {
                    stack.push(e.path());
                }
            } else if ft.is_file()
                && !shipped_without(&name)
                && let Ok(m) = e.metadata()
            {
                bytes += m.len();
                files += 1;
            }
        }
    }
    (bytes, files)
}

/// Files the official image deletes: bytecode caches and the static libpython.
fn shipped_without(name: &str) -> bool {
    name.ends_with(".pyc")
        || name.ends_with(".pyo")
        || (name.starts_with("libpython") && name.ends_with(".a"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_dump_is_classified() {
        let dir = std::env::temp_dir().join(format!("molt-fp-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let src = dir.join("m.py");
        let pyc = dir.join("m.cpython-311.pyc");
        std::fs::write(&src, "x = 1\n").unwrap();
        std::fs::write(&pyc, "0123456789").unwrap();
        let dump = format!(
            "sys\tbuilt-in\t\nos\tfrozen\t\nm\t{}\t{}\n__main__\t\t\nbroken\n",
            src.display(),
            pyc.display()
        );
        let mods = parse_modules(&dump);
        let kinds: Vec<_> = mods.iter().map(|m| (m.name.as_str(), m.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("__main__", ModuleKind::Other),
                ("m", ModuleKind::File),
                ("os", ModuleKind::Frozen),
                ("sys", ModuleKind::BuiltIn)
            ]
        );
        assert_eq!(mods[1].bytes(), 16);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn c_runtime_names() {
        assert!(is_c_runtime("libc.so.6"));
        assert!(is_c_runtime("ld-linux-x86-64.so.2"));
        assert!(!is_c_runtime("libpython3.11.so.1.0"));
        assert!(!is_c_runtime("libssl.so.3"));
    }
}
