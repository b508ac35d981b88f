//! Embeds the runtime crate's source (and the workspace lock file) into the molt binary, so
//! that an installed molt can build the runtime for compiled programs from any directory.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(&p, base, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p
                .strip_prefix(base)
                .map(|r| r.to_string_lossy().replace('\\', "/"))
                .unwrap_or_default();
            out.push((rel, p));
        }
    }
}

/// The runtime's Cargo.toml with `x.workspace = true` replaced by the workspace's values.
fn standalone_manifest(runtime_toml: &str, workspace_toml: &str) -> String {
    let mut ws_deps = std::collections::HashMap::new();
    let mut in_deps = false;
    for line in workspace_toml.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            in_deps = t == "[workspace.dependencies]";
            continue;
        }
        if in_deps && let Some((k, v)) = t.split_once('=') {
            ws_deps.insert(k.trim().to_string(), v.trim().to_string());
        }
    }
    let mut out = String::new();
    let mut section = String::new();
    for line in runtime_toml.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            section = t.to_string();
            out.push_str(line);
            out.push('\n');
            if section == "[package]" {
                out.push_str(
                    "version = \"0.1.0\"\nedition = \"2024\"\nlicense = \"MIT OR Apache-2.0\"\n",
                );
            }
            continue;
        }
        if let Some(name) = t.strip_suffix(".workspace = true") {
            if section == "[package]" {
                continue;
            }
            if let Some(v) = ws_deps.get(name) {
                let _ = writeln!(out, "{name} = {v}");
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("\n[profile.release]\nopt-level = 3\n");
    out
}

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let runtime = manifest_dir.join("../molt-runtime");
    let workspace = manifest_dir.join("../..");
    let mut files = vec![];
    collect(&runtime.join("src"), &runtime, &mut files);
    let runtime_toml = std::fs::read_to_string(runtime.join("Cargo.toml")).unwrap_or_default();
    let workspace_toml = std::fs::read_to_string(workspace.join("Cargo.toml")).unwrap_or_default();
    let manifest = standalone_manifest(&runtime_toml, &workspace_toml);
    let mut code = String::from(
        "/// (path, contents) of every runtime source file.\npub const FILES: &[(&str, &str)] = &[\n",
    );
    for (rel, p) in &files {
        let _ = writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            p.canonicalize().unwrap_or(p.clone())
        );
        println!("cargo:rerun-if-changed={}", p.display());
    }
    code.push_str("];\n");
    let _ = writeln!(code, "pub const MANIFEST: &str = {manifest:?};");
    let lock = workspace.join("Cargo.lock");
    if lock.exists() {
        let _ = writeln!(
            code,
            "pub const LOCK: &str = include_str!({:?});",
            lock.canonicalize().unwrap_or(lock.clone())
        );
        println!("cargo:rerun-if-changed={}", lock.display());
    } else {
        code.push_str("pub const LOCK: &str = \"\";\n");
    }
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("Cargo.toml").display()
    );
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("runtime_files.rs");
    let _ = std::fs::write(out, code);
}
