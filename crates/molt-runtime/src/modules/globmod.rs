//! `fnmatch` (fnmatch, fnmatchcase, filter) and `glob` (glob, escape), as Lib/fnmatch.py
//! and Lib/glob.py 3.11 on posix: matching is case-sensitive (normcase is the identity),
//! `*` and `?` match any character including `/` and newlines, and glob lists directories
//! in readdir order (os.scandir's), hiding names that start with a dot unless the pattern
//! component does or `include_hidden` is true. Patterns come from pathlib's fnmatch reader.

use super::os::{fspath, join};
use super::pathlib::{Pat, compile_pat};
use super::stdc_util::{bind, list, s, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::str::Str;
use crate::value::Value;

/// Whether `text` matches the whole pattern. Iterative, remembering only the last `*`
/// (a star matches any run, so backtracking to the latest one is enough): linear stack
/// and O(len(text) * len(pattern)) time, whatever the input.
fn matches(p: &[Pat], t: &[char]) -> bool {
    let one = |pat: &Pat, ch: char| match pat {
        Pat::Any => true,
        Pat::Lit(c) => *c == ch,
        Pat::Set(neg, items) => items.iter().any(|(lo, hi)| (*lo..=*hi).contains(&ch)) != *neg,
        Pat::Star => false,
    };
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && matches!(p[pi], Pat::Star) {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && one(&p[pi], t[ti]) {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|x| matches!(x, Pat::Star))
}

fn fnmatchcase(name: &str, pat: &str) -> bool {
    let t: Vec<char> = name.chars().collect();
    matches(&compile_pat(pat), &t)
}

/// The text of a str argument the way `re.match` demands it (fnmatchcase, filter).
fn re_str(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ if super::bytes::as_bytes(v).is_some() => Err(bytes_unsupported()),
        _ => type_error(format!(
            "expected string or bytes-like object, got '{}'",
            v.class_name()
        )),
    }
}

/// The pattern as fnmatch.translate reads it (`len(pat)` first).
fn pat_str(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ if super::bytes::as_bytes(v).is_some() => Err(bytes_unsupported()),
        _ => {
            v.len()?;
            type_error(format!(
                "expected string or bytes-like object, got '{}'",
                v.class_name()
            ))
        }
    }
}

fn bytes_unsupported() -> PyErr {
    PyErr::msg(
        ExcKind::NotImplementedError,
        "molt: bytes patterns are not supported",
    )
}

pub fn fnmatch_call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "fnmatch" => {
            // os.path.normcase is os.fspath on posix: path-like names and patterns pass.
            let a = bind("fnmatch", &["name", "pat"], 2, args, kwargs)?;
            let n = fspath(a[0].as_ref().unwrap_or(&Value::None))?;
            let p = fspath(a[1].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::Bool(fnmatchcase(&n, &p)))
        }
        "fnmatchcase" => {
            let a = bind("fnmatchcase", &["name", "pat"], 2, args, kwargs)?;
            let p = pat_str(a[1].as_ref().unwrap_or(&Value::None))?;
            let n = re_str(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::Bool(fnmatchcase(&n, &p)))
        }
        "filter" => {
            let a = bind("filter", &["names", "pat"], 2, args, kwargs)?;
            let p = compile_pat(&fspath(a[1].as_ref().unwrap_or(&Value::None))?);
            let mut out = Vec::new();
            for v in a[0].as_ref().unwrap_or(&Value::None).to_vec()? {
                let t: Vec<char> = re_str(&v)?.chars().collect();
                if matches(&p, &t) {
                    out.push(v);
                }
            }
            Ok(list(out))
        }
        _ => Err(unknown("fnmatch", name)),
    }
}

fn has_magic(p: &str) -> bool {
    p.contains(['*', '?', '['])
}

fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

/// glob's `_join`: either part alone when the other is empty.
fn join2(a: &str, b: &str) -> String {
    if a.is_empty() || b.is_empty() {
        format!("{a}{b}")
    } else {
        join(&[a.to_string(), b.to_string()])
    }
}

fn lexists(p: &str) -> bool {
    std::fs::symlink_metadata(p).is_ok()
}

fn isdir(p: &str) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_dir())
}

/// os.scandir(dirname or '.') in readdir order; directories only when `dironly`
/// (is_dir() follows symlinks); an unreadable directory lists nothing.
fn listdir(dirname: &str, dironly: bool) -> Vec<String> {
    let dir = if dirname.is_empty() { "." } else { dirname };
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for ent in rd.flatten() {
        let name = ent.file_name().to_string_lossy().into_owned();
        if !dironly || isdir(&join(&[dir.to_string(), name.clone()])) {
            out.push(name);
        }
    }
    out
}

struct Glob {
    hidden: bool,
    recursive: bool,
}

impl Glob {
    fn iglob(&self, pathname: &str, root: &str, dironly: bool, out: &mut Vec<String>) {
        let (dirname, basename) = super::os::split(pathname);
        if !has_magic(pathname) {
            let hit = if basename.is_empty() {
                isdir(&join2(root, &dirname))
            } else {
                lexists(&join2(root, pathname))
            };
            if hit {
                out.push(pathname.to_string());
            }
            return;
        }
        if dirname.is_empty() {
            self.in_dir(root, &basename, dironly, out);
            return;
        }
        let dirs = if dirname != pathname && has_magic(&dirname) {
            let mut d = Vec::new();
            self.iglob(&dirname, root, true, &mut d);
            d
        } else {
            vec![dirname]
        };
        for d in dirs {
            let mut names = Vec::new();
            if has_magic(&basename) {
                self.in_dir(&join2(root, &d), &basename, dironly, &mut names);
            } else if basename.is_empty() {
                // `os.path.split` gives an empty basename for a trailing slash: only
                // directories match.
                if isdir(&join2(root, &d)) {
                    names.push(String::new());
                }
            } else if lexists(&join2(&join2(root, &d), &basename)) {
                names.push(basename.clone());
            }
            for n in names {
                out.push(join(&[d.clone(), n]));
            }
        }
    }

    /// `_glob1` (a pattern in one directory) or `_glob2` (a recursive `**`).
    fn in_dir(&self, dirname: &str, pattern: &str, dironly: bool, out: &mut Vec<String>) {
        if self.recursive && pattern == "**" {
            out.push(String::new());
            self.rlistdir(dirname, dironly, out);
            return;
        }
        let p = compile_pat(pattern);
        let show_hidden = self.hidden || is_hidden(pattern);
        for name in listdir(dirname, dironly) {
            if !show_hidden && is_hidden(&name) {
                continue;
            }
            let t: Vec<char> = name.chars().collect();
            if matches(&p, &t) {
                out.push(name);
            }
        }
    }

    fn rlistdir(&self, dirname: &str, dironly: bool, out: &mut Vec<String>) {
        for x in listdir(dirname, dironly) {
            if self.hidden || !is_hidden(&x) {
                out.push(x.clone());
                let path = if dirname.is_empty() {
                    x.clone()
                } else {
                    join2(dirname, &x)
                };
                let mut sub = Vec::new();
                self.rlistdir(&path, dironly, &mut sub);
                out.extend(sub.into_iter().map(|y| join2(&x, &y)));
            }
        }
    }
}

/// glob.escape: each of `*?[` becomes a one-character set (no drives on posix).
fn escape(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for ch in p.chars() {
        if matches!(ch, '*' | '?' | '[') {
            out.push('[');
            out.push(ch);
            out.push(']');
        } else {
            out.push(ch);
        }
    }
    out
}

pub fn glob_call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "glob" => {
            if args.len() > 1 {
                return type_error(format!(
                    "glob() takes 1 positional argument but {} were given",
                    args.len()
                ));
            }
            let a = bind(
                "glob",
                &[
                    "pathname",
                    "root_dir",
                    "dir_fd",
                    "recursive",
                    "include_hidden",
                ],
                1,
                args,
                kwargs,
            )?;
            let pv = a[0].clone().unwrap_or_default();
            let pathname = match &pv {
                Value::Str(s) => s.as_str().to_string(),
                _ if super::bytes::as_bytes(&pv).is_some() => return Err(bytes_unsupported()),
                // `pathname[:0]` is glob's first use of it.
                _ => {
                    return type_error(format!(
                        "'{}' object is not subscriptable",
                        pv.class_name()
                    ));
                }
            };
            let root = match &a[1] {
                None | Some(Value::None) => String::new(),
                Some(v) => fspath(v)?,
            };
            if a[2].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: glob(dir_fd=...) is not supported",
                ));
            }
            let flag = |v: &Option<Value>| v.as_ref().map_or(Ok(false), |v| v.try_truthy());
            let g = Glob {
                recursive: flag(&a[3])?,
                hidden: flag(&a[4])?,
            };
            let mut out = Vec::new();
            g.iglob(&pathname, &root, false, &mut out);
            // iglob drops the empty first result of a bare `**` (or of an empty pattern).
            if (pathname.is_empty() || (g.recursive && pathname.starts_with("**")))
                && out.first().is_some_and(|x| x.is_empty())
            {
                out.remove(0);
            }
            Ok(list(out.iter().map(|x| s(x)).collect()))
        }
        "escape" => {
            let a = bind("escape", &["pathname"], 1, args, kwargs)?;
            let p = fspath(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(s(&escape(&p)))
        }
        _ => Err(unknown("glob", name)),
    }
}
