//! Building: the runtime crate is compiled once per machine (and molt version) into a
//! cache; each program's generated `main.rs` is then compiled by calling rustc directly
//! against the cached runtime rlib, which takes seconds instead of a cargo build.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));
}

pub struct Runtime {
    /// The compiled runtime library.
    pub rlib: PathBuf,
    /// Directory of its dependencies' rlibs.
    pub deps: PathBuf,
    /// The standalone runtime crate (source, manifest, lock).
    pub crate_dir: PathBuf,
}

pub fn cache_root() -> PathBuf {
    if let Ok(d) = std::env::var("MOLT_CACHE_DIR")
        && !d.is_empty()
    {
        return PathBuf::from(d);
    }
    if let Ok(d) = std::env::var("XDG_CACHE_HOME")
        && !d.is_empty()
    {
        return PathBuf::from(d).join("molt");
    }
    match std::env::var("HOME") {
        Ok(h) if !h.is_empty() => PathBuf::from(h).join(".cache").join("molt"),
        _ => std::env::temp_dir().join("molt-cache"),
    }
}

pub fn hash_hex(parts: &[&[u8]]) -> String {
    use std::hash::Hasher;
    let mut h = siphasher::sip128::SipHasher13::new_with_keys(0x6d6f6c74, 0x72757374);
    for p in parts {
        h.write(&(p.len() as u64).to_le_bytes());
        h.write(p);
    }
    let v = siphasher::sip128::Hasher128::finish128(&h);
    format!("{:016x}{:016x}", v.h1, v.h2)
}

pub fn rustc_version() -> Result<String, String> {
    let out = Command::new(rustc())
        .arg("-vV")
        .output()
        .map_err(|e| format!("cannot run rustc ({e}); molt needs a Rust toolchain (rustup.rs)"))?;
    Ok(String::from_utf8_lossy(&out.stdout).to_string())
}

fn rustc() -> String {
    std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string())
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// Writes the embedded runtime crate into `dir` (only files that changed). As a
/// dependency of a transpiled project its manifest has no `[profile]` (cargo ignores, and
/// warns about, profiles outside the workspace root).
pub fn write_runtime_crate(dir: &Path, as_dependency: bool) -> Result<(), String> {
    let write = |rel: &str, contents: &str| -> Result<(), String> {
        let p = dir.join(rel);
        if std::fs::read_to_string(&p).ok().as_deref() == Some(contents) {
            return Ok(());
        }
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&p, contents).map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    for (rel, contents) in embedded::FILES {
        write(rel, contents)?;
    }
    let manifest = if as_dependency {
        embedded::MANIFEST
            .split("\n[profile.")
            .next()
            .unwrap_or(embedded::MANIFEST)
    } else {
        embedded::MANIFEST
    };
    write("Cargo.toml", manifest)?;
    if !dir.join("Cargo.lock").exists() && !embedded::LOCK.is_empty() {
        write("Cargo.lock", embedded::LOCK)?;
    }
    Ok(())
}

/// Code generation flags of the runtime and of every program linked with it. Static
/// relocation (a non-PIE executable): the runtime's thread-locals (the allocator's free
/// lists, the frame count, the exception state) are then reached at a fixed offset from
/// the thread pointer instead of through a `__tls_get_addr` call per access, which
/// position-independent library code needs (richards 2: 254 M to 242 M instructions,
/// raytrace 40: 111 M to 107 M). Both sides must agree: static code cannot go into a PIE.
const CODEGEN_FLAGS: [&str; 2] = ["-C", "relocation-model=static"];

pub fn runtime_key() -> Result<String, String> {
    let version = rustc_version()?;
    let flags = CODEGEN_FLAGS.join(" ");
    let mut parts: Vec<&[u8]> = vec![
        version.as_bytes(),
        flags.as_bytes(),
        embedded::MANIFEST.as_bytes(),
    ];
    for (rel, contents) in embedded::FILES {
        parts.push(rel.as_bytes());
        parts.push(contents.as_bytes());
    }
    Ok(hash_hex(&parts)[..16].to_string())
}

/// The compiled runtime, building it first if this machine has not yet.
pub fn ensure_runtime(verbose: bool) -> Result<Runtime, String> {
    let key = runtime_key()?;
    let crate_dir = cache_root().join(format!("runtime-{key}"));
    let marker = crate_dir.join("molt-artifact.txt");
    if let Ok(s) = std::fs::read_to_string(&marker) {
        let mut lines = s.lines();
        if let (Some(rlib), Some(deps)) = (lines.next(), lines.next()) {
            let (rlib, deps) = (PathBuf::from(rlib), PathBuf::from(deps));
            if rlib.exists() {
                return Ok(Runtime {
                    rlib,
                    deps,
                    crate_dir,
                });
            }
        }
    }
    std::fs::create_dir_all(&crate_dir)
        .map_err(|e| format!("cannot create {}: {e}", crate_dir.display()))?;
    write_runtime_crate(&crate_dir, false)?;
    if verbose {
        eprintln!("molt: building the runtime library (once per machine)...");
    }
    let mut cmd = Command::new(cargo());
    cmd.args([
        "build",
        "--release",
        "--lib",
        "--message-format=json-render-diagnostics",
    ])
    .current_dir(&crate_dir)
    .env_remove("CARGO_TARGET_DIR")
    .env("CARGO_TARGET_DIR", crate_dir.join("target"))
    .env_remove("RUSTFLAGS")
    .env("CARGO_ENCODED_RUSTFLAGS", CODEGEN_FLAGS.join("\u{1f}"))
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    // Prefer the local registry cache: works offline after `cargo install`.
    let mut out = cmd
        .arg("--offline")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !out.status.success() {
        let mut cmd = Command::new(cargo());
        cmd.args([
            "build",
            "--release",
            "--lib",
            "--message-format=json-render-diagnostics",
        ])
        .current_dir(&crate_dir)
        .env("CARGO_TARGET_DIR", crate_dir.join("target"))
        .env_remove("RUSTFLAGS")
        .env("CARGO_ENCODED_RUSTFLAGS", CODEGEN_FLAGS.join("\u{1f}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        out = cmd.output().map_err(|e| format!("cannot run cargo: {e}"))?;
    }
    if !out.status.success() {
        return Err(format!(
            "building the runtime failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut rlib = None;
    for line in stdout.lines() {
        if line.contains("\"compiler-artifact\"") && line.contains("\"name\":\"molt_runtime\"") {
            // The filenames array holds the rlib path.
            for part in line.split('"') {
                if part.ends_with(".rlib") && part.contains("molt_runtime") {
                    rlib = Some(PathBuf::from(part));
                }
            }
        }
    }
    let rlib = rlib.ok_or("cargo did not report the runtime library")?;
    let deps = crate_dir.join("target").join("release").join("deps");
    let tmp = crate_dir.join(format!("molt-artifact.txt.{}", std::process::id()));
    std::fs::write(&tmp, format!("{}\n{}\n", rlib.display(), deps.display()))
        .map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, &marker).map_err(|e| e.to_string())?;
    Ok(Runtime {
        rlib,
        deps,
        crate_dir,
    })
}

/// Compiles a generated `main.rs` into `out` with rustc.
pub fn compile(rt: &Runtime, main_rs: &Path, out: &Path, opt: u8) -> Result<(), String> {
    let tmp_out = out.with_extension(format!("tmp{}", std::process::id()));
    let o = Command::new(rustc())
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "bin",
            "--crate-name",
            "molt_program",
        ])
        .args(["-C", &format!("opt-level={opt}")])
        .args(CODEGEN_FLAGS)
        // Release semantics at every level: the generated code checks Python's overflow
        // itself, and opt-level 0 would otherwise switch rustc's own checks on.
        .args(["-C", "debug-assertions=off", "-C", "overflow-checks=off"])
        .args(["-C", "strip=symbols"])
        .args(["--cap-lints", "allow"])
        .arg("-L")
        .arg(format!("dependency={}", rt.deps.display()))
        .arg("--extern")
        .arg(format!("molt_runtime={}", rt.rlib.display()))
        .arg(main_rs)
        .arg("-o")
        .arg(&tmp_out)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    if !o.status.success() {
        let _ = std::fs::remove_file(&tmp_out);
        return Err(format!(
            "internal error: the generated Rust did not compile. This is a bug in molt; please report it with the program.\n{}",
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    std::fs::rename(&tmp_out, out).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// The runtime crate's own lock file (after its first build), for transpiled projects.
pub fn runtime_lock(rt: &Runtime) -> String {
    std::fs::read_to_string(rt.crate_dir.join("Cargo.lock"))
        .unwrap_or_else(|_| embedded::LOCK.to_string())
}
