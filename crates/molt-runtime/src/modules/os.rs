//! `os` and `os.path` (posixpath): getenv, environ, getcwd, chdir, cpu_count, listdir,
//! mkdir, makedirs, remove/unlink, rmdir, rename, getpid, sep/linesep/name/curdir/pardir;
//! path.join, exists, isfile, isdir, isabs, basename, dirname, split, splitext, normpath,
//! abspath, getsize, commonprefix.
//! `os.environ` is a dict snapshot of the environment taken at first use and shared by
//! `getenv` (changes to it are seen by the program but not passed to the process
//! environment). OS errors carry CPython's text, `[Errno 2] No such file or directory: 'x'`.

use super::stdc_util::{bind, list, s, tuple, unknown};
use crate::dict::Dict;
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::int::Int;
use crate::obj::CmpOp;
use crate::str::Str;
use crate::value::Value;
use std::cell::OnceCell;

thread_local! {
    static ENVIRON: OnceCell<Dict<Value, Value>> = const { OnceCell::new() };
}

fn environ() -> Dict<Value, Value> {
    ENVIRON.with(|e| {
        e.get_or_init(|| {
            let d = Dict::new();
            for (k, v) in std::env::vars_os() {
                let k = k.to_string_lossy().into_owned();
                let v = v.to_string_lossy().into_owned();
                let _ = d.setitem(s(&k), s(&v));
            }
            d
        })
        .clone()
    })
}

/// The exception CPython raises for an errno (OSError's subclass mapping).
fn kind_for(errno: i32) -> ExcKind {
    crate::exc::oserror_kind(errno as i64)
}

/// An OSError from an io::Error, with the file name(s) as CPython shows them.
pub fn os_error(e: &std::io::Error, file: &str, file2: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::msg(ExcKind::OSError, e.to_string());
    };
    // io::Error's text is strerror(errno) followed by " (os error N)".
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    PyErr::os_error(kind_for(errno), errno as i64, &strerror, file, file2)
}

/// `os.fspath(p)` for str and pathlib paths.
pub fn fspath(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => {
            if let Some(p) = super::stdc_util::as_obj::<super::pathlib::Path>(v) {
                return Ok(p.to_string());
            }
            if super::bytes::as_bytes(v).is_some() {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: bytes paths are not supported",
                ));
            }
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                v.class_name()
            ))
        }
    }
}

fn path_arg(fname: &str, v: &Value) -> PyResult<String> {
    fspath(v).map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            PyErr::msg(
                ExcKind::TypeError,
                format!(
                    "{fname}: path should be string, bytes or os.PathLike, not {}",
                    v.class_name()
                ),
            )
        } else {
            e
        }
    })
}

pub fn join(parts: &[String]) -> String {
    let mut path = parts.first().cloned().unwrap_or_default();
    for b in &parts[1..] {
        if b.starts_with('/') {
            path = b.clone();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && !head.chars().all(|c| c == '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

pub fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    let dot = p.rfind('.').map_or(-1, |i| i as i64);
    if dot > sep {
        let mut fi = (sep + 1) as usize;
        while (fi as i64) < dot {
            if p.as_bytes()[fi] != b'.' {
                let d = dot as usize;
                return (p[..d].to_string(), p[d..].to_string());
            }
            fi += 1;
        }
    }
    (p.to_string(), String::new())
}

pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial = usize::from(path.starts_with('/'));
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let p = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if p.is_empty() { ".".to_string() } else { p }
}

pub fn getcwd() -> PyResult<String> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| os_error(&e, ".", None))
}

pub fn abspath(p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        Ok(normpath(p))
    } else {
        Ok(normpath(&join(&[getcwd()?, p.to_string()])))
    }
}

/// posixpath.realpath: symlinks resolved one component at a time (`_joinrealpath`), so a
/// missing component is kept as written (unless `strict`) and a loop is left unresolved.
pub fn realpath(p: &str, strict: bool) -> PyResult<String> {
    let mut seen = std::collections::HashMap::new();
    let (path, _) = join_realpath("", p, strict, &mut seen)?;
    abspath(&path)
}

fn join_realpath(
    path: &str,
    rest: &str,
    strict: bool,
    seen: &mut std::collections::HashMap<String, Option<String>>,
) -> PyResult<(String, bool)> {
    let mut path = path.to_string();
    let mut rest = rest;
    if let Some(r) = rest.strip_prefix('/') {
        rest = r;
        path = "/".to_string();
    }
    let mut parts = rest.split('/');
    while let Some(name) = parts.next() {
        if name.is_empty() || name == "." {
            continue;
        }
        if name == ".." {
            if path.is_empty() {
                path = "..".to_string();
            } else {
                let (head, tail) = split(&path);
                path = if tail == ".." {
                    join(&[head, "..".to_string(), "..".to_string()])
                } else {
                    head
                };
            }
            continue;
        }
        let newpath = join(&[path.clone(), name.to_string()]);
        let is_link = match std::fs::symlink_metadata(&newpath) {
            Ok(m) => m.file_type().is_symlink(),
            Err(e) if strict => return Err(os_error(&e, &newpath, None)),
            Err(_) => false,
        };
        if !is_link {
            path = newpath;
            continue;
        }
        let remaining = || parts.clone().collect::<Vec<_>>().join("/");
        if let Some(known) = seen.get(&newpath) {
            if let Some(resolved) = known {
                path = resolved.clone();
                continue;
            }
            // A symlink loop.
            if strict {
                let e = std::io::Error::from_raw_os_error(40);
                return Err(os_error(&e, &newpath, None));
            }
            return Ok((join(&[newpath, remaining()]), false));
        }
        seen.insert(newpath.clone(), None);
        let target = std::fs::read_link(&newpath)
            .map_err(|e| os_error(&e, &newpath, None))?
            .to_string_lossy()
            .into_owned();
        let (resolved, ok) = join_realpath(&path, &target, strict, seen)?;
        if !ok {
            return Ok((join(&[resolved, remaining()]), false));
        }
        seen.insert(newpath, Some(resolved.clone()));
        path = resolved;
    }
    Ok((path, true))
}

pub fn listdir(p: &str) -> PyResult<Vec<String>> {
    let rd = std::fs::read_dir(p).map_err(|e| os_error(&e, p, None))?;
    let mut out = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, p, None))?;
        out.push(ent.file_name().to_string_lossy().into_owned());
    }
    Ok(out)
}

pub fn mkdir(p: &str, parents: bool, exist_ok: bool) -> PyResult<()> {
    if parents {
        // os.makedirs: create the missing ancestors, then the leaf.
        let (head, tail) = split(p);
        let (head, tail) = if tail.is_empty() {
            split(&head)
        } else {
            (head, tail)
        };
        if !head.is_empty() && !tail.is_empty() && std::fs::metadata(&head).is_err() {
            match mkdir(&head, true, true) {
                Ok(()) => {}
                Err(e) if e.kind() == ExcKind::FileExistsError => {}
                Err(e) => return Err(e),
            }
        }
    }
    match std::fs::create_dir(p) {
        Ok(()) => Ok(()),
        Err(e) => {
            if exist_ok && std::fs::metadata(p).is_ok_and(|m| m.is_dir()) {
                return Ok(());
            }
            Err(os_error(&e, p, None))
        }
    }
}

/// `os.chdir(path)`: a str or path-like changes the process's working directory, which
/// every later relative path (open, os, pathlib) resolves against; an int is a file
/// descriptor (fchdir), followed through /proc/self/fd: the runtime calls no libc here.
fn chdir(v: &Value) -> PyResult<()> {
    let fd = match v {
        Value::Int(i) => Some(i.clone()),
        Value::Bool(b) => Some(Int::from(*b as i64)),
        _ => None,
    };
    if let Some(fd) = fd {
        // CPython's fd converter: a C int; -1 means "no descriptor" and fails as EFAULT.
        let fd = match fd.as_i64() {
            Some(n) if n > i32::MAX as i64 => None,
            Some(n) if n < i32::MIN as i64 => Some(Err(())),
            None if fd.is_negative() => Some(Err(())),
            None => None,
            Some(n) => Some(Ok(n)),
        };
        let fd = match fd {
            None => {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "fd is greater than maximum",
                ));
            }
            Some(Err(())) => {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "fd is less than minimum",
                ));
            }
            Some(Ok(n)) => n,
        };
        // The error names the descriptor, as CPython's path_t does (`[Errno 9] ...: 99`).
        let err = |errno: i32, text: &str| {
            PyErr::new(
                kind_for(errno),
                vec![Value::int(errno as i64), Value::str(text), v.clone()],
            )
        };
        if fd == -1 {
            return Err(err(14, "Bad address"));
        }
        let target = match std::fs::read_link(format!("/proc/self/fd/{fd}")) {
            Ok(t) if fd >= 0 => t,
            _ => return Err(err(9, "Bad file descriptor")),
        };
        if !std::fs::metadata(&target).is_ok_and(|m| m.is_dir()) {
            return Err(err(20, "Not a directory"));
        }
        return std::env::set_current_dir(&target).map_err(|e| {
            let errno = e.raw_os_error().unwrap_or(9);
            let text = e.to_string();
            let text = text
                .strip_suffix(&format!(" (os error {errno})"))
                .unwrap_or(&text)
                .to_string();
            err(errno, &text)
        });
    }
    let p = fspath(v).map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            PyErr::msg(
                ExcKind::TypeError,
                format!(
                    "chdir: path should be string, bytes, os.PathLike or integer, not {}",
                    v.class_name()
                ),
            )
        } else {
            e
        }
    })?;
    std::env::set_current_dir(&p).map_err(|e| os_error(&e, &p, None))
}

/// `os.cpu_count()`: glibc's sysconf(_SC_NPROCESSORS_ONLN), which CPython calls, counts
/// the ranges in /sys/devices/system/cpu/online, else the `cpuN` lines of /proc/stat;
/// None when neither is readable (sysconf's -1).
fn cpu_count() -> Option<u64> {
    if let Ok(text) = std::fs::read_to_string("/sys/devices/system/cpu/online") {
        let mut n = 0u64;
        for part in text.trim().split(',').filter(|p| !p.is_empty()) {
            let (lo, hi) = part.split_once('-').unwrap_or((part, part));
            match (lo.parse::<u64>(), hi.parse::<u64>()) {
                (Ok(lo), Ok(hi)) if hi >= lo => n += hi - lo + 1,
                _ => {
                    n = 0;
                    break;
                }
            }
        }
        if n > 0 {
            return Some(n);
        }
    }
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let n = stat
        .lines()
        .filter(|l| {
            l.strip_prefix("cpu")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
        .count() as u64;
    (n > 0).then_some(n)
}

/// posixpath.commonprefix: the longest leading run that min(m) and max(m) share, item by
/// item (characters of paths, or items of lists and tuples when m holds those).
fn commonprefix(m: &Value) -> PyResult<Value> {
    if !m.try_truthy()? {
        return Ok(s(""));
    }
    let first = m.getitem(&Value::int(0))?;
    let items: Vec<Value> = if matches!(first, Value::List(_) | Value::Tuple(_)) {
        m.to_vec()?
    } else {
        let mut out = Vec::new();
        for v in m.to_vec()? {
            out.push(pstr(fspath(&v)?));
        }
        out
    };
    // min keeps the first of equal items (item < best), max the first too (item > best).
    let (mut lo, mut hi) = (items[0].clone(), items[0].clone());
    for v in &items[1..] {
        if v.compare(&lo, CmpOp::Lt)? {
            lo = v.clone();
        }
        if v.compare(&hi, CmpOp::Gt)? {
            hi = v.clone();
        }
    }
    for (i, c) in lo.to_vec()?.iter().enumerate() {
        if !c.eq(&hi.getitem(&Value::int(i as i64))?)? {
            return lo.getslice(None, Some(i as i64), None);
        }
    }
    Ok(lo)
}

fn pstr(v: String) -> Value {
    Value::Str(Str::from_string(v))
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "getenv" => {
            let a = bind("getenv", &["key", "default"], 1, args, kwargs)?;
            let key = a[0].clone().unwrap_or_default();
            if !matches!(key, Value::Str(_)) {
                return type_error(format!("str expected, not {}", key.class_name()));
            }
            Ok(environ()
                .get(&key)?
                .unwrap_or(a[1].clone().unwrap_or_default()))
        }
        "getcwd" => {
            bind("getcwd", &[], 0, args, kwargs)?;
            Ok(pstr(getcwd()?))
        }
        "chdir" => {
            let a = bind("chdir", &["path"], 1, args, kwargs)?;
            chdir(a[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::None)
        }
        "cpu_count" => {
            bind("cpu_count", &[], 0, args, kwargs)?;
            Ok(cpu_count().map_or(Value::None, |n| Value::Int(Int::from(n))))
        }
        "getpid" => {
            bind("getpid", &[], 0, args, kwargs)?;
            Ok(Value::Int(Int::from(std::process::id())))
        }
        "listdir" => {
            let a = bind("listdir", &["path"], 0, args, kwargs)?;
            let p = match &a[0] {
                None | Some(Value::None) => ".".to_string(),
                Some(v) => path_arg("listdir", v)?,
            };
            Ok(list(listdir(&p)?.into_iter().map(pstr).collect()))
        }
        "mkdir" => {
            let a = bind("mkdir", &["path", "mode"], 1, args, kwargs)?;
            let p = path_arg("mkdir", a[0].as_ref().unwrap_or(&Value::None))?;
            mkdir(&p, false, false)?;
            Ok(Value::None)
        }
        "makedirs" => {
            let a = bind("makedirs", &["name", "mode", "exist_ok"], 1, args, kwargs)?;
            let p = path_arg("makedirs", a[0].as_ref().unwrap_or(&Value::None))?;
            let exist_ok = match &a[2] {
                Some(v) => v.try_truthy()?,
                None => false,
            };
            mkdir(&p, true, exist_ok)?;
            Ok(Value::None)
        }
        "remove" | "unlink" | "rmdir" => {
            let a = bind(name, &["path"], 1, args, kwargs)?;
            let p = path_arg(name, a[0].as_ref().unwrap_or(&Value::None))?;
            let r = if name == "rmdir" {
                std::fs::remove_dir(&p)
            } else {
                std::fs::remove_file(&p)
            };
            r.map_err(|e| os_error(&e, &p, None))?;
            Ok(Value::None)
        }
        "rename" | "replace" => {
            let a = bind(name, &["src", "dst"], 2, args, kwargs)?;
            let src = path_arg(name, a[0].as_ref().unwrap_or(&Value::None))?;
            let dst = path_arg(name, a[1].as_ref().unwrap_or(&Value::None))?;
            std::fs::rename(&src, &dst).map_err(|e| os_error(&e, &src, Some(&dst)))?;
            Ok(Value::None)
        }
        "symlink" => {
            // target_is_directory only matters on Windows.
            let a = bind(
                name,
                &["src", "dst", "target_is_directory"],
                2,
                args,
                kwargs,
            )?;
            let src = path_arg(name, a[0].as_ref().unwrap_or(&Value::None))?;
            let dst = path_arg(name, a[1].as_ref().unwrap_or(&Value::None))?;
            std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(&e, &src, Some(&dst)))?;
            Ok(Value::None)
        }
        "walk" => {
            let a = bind(
                "walk",
                &["top", "topdown", "onerror", "followlinks"],
                1,
                args,
                kwargs,
            )?;
            let top = fspath(a[0].as_ref().unwrap_or(&Value::None))?;
            let flag = |v: &Option<Value>, d: bool| -> PyResult<bool> {
                match v {
                    Some(v) => v.try_truthy(),
                    None => Ok(d),
                }
            };
            if a[2].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: os.walk(onerror=...) is not supported",
                ));
            }
            walk(top, flag(&a[1], true)?, flag(&a[3], false)?)
        }
        _ => Err(unknown("os", name)),
    }
}

/// One directory read by os.walk: (dirs, nondirs) in readdir order, and the directories
/// to walk into bottom-up. An unreadable directory is skipped, as with onerror=None.
fn scan(top: &str, followlinks: bool) -> Option<(Vec<String>, Vec<String>, Vec<String>)> {
    let rd = std::fs::read_dir(top).ok()?;
    let (mut dirs, mut nondirs, mut walk_dirs) = (Vec::new(), Vec::new(), Vec::new());
    for ent in rd {
        let Ok(ent) = ent else {
            continue;
        };
        let name = ent.file_name().to_string_lossy().into_owned();
        let full = join(&[top.to_string(), name.clone()]);
        // DirEntry.is_dir() follows symlinks.
        let is_dir = std::fs::metadata(&full).is_ok_and(|m| m.is_dir());
        if is_dir {
            let is_link = ent.file_type().is_ok_and(|t| t.is_symlink());
            if followlinks || !is_link {
                walk_dirs.push(full);
            }
            dirs.push(name);
        } else {
            nondirs.push(name);
        }
    }
    Some((dirs, nondirs, walk_dirs))
}

fn strs(v: &[String]) -> Value {
    list(v.iter().map(|x| s(x)).collect())
}

/// `os.walk` (Lib/os.py `_walk` of 3.11): top-down walks read the yielded `dirs` list
/// lazily, so a program that prunes it changes the traversal as in CPython.
fn walk(top: String, topdown: bool, followlinks: bool) -> PyResult<Value> {
    if !topdown {
        fn bottom_up(top: &str, followlinks: bool, out: &mut Vec<Value>) {
            let Some((dirs, nondirs, walk_dirs)) = scan(top, followlinks) else {
                return;
            };
            for d in &walk_dirs {
                bottom_up(d, followlinks, out);
            }
            out.push(tuple(vec![s(top), strs(&dirs), strs(&nondirs)]));
        }
        let mut out = Vec::new();
        bottom_up(&top, followlinks, &mut out);
        let mut it = out.into_iter();
        return Ok(Value::Iter(crate::iter::Iter::from_fn(
            "generator",
            move || Ok(it.next()),
        )));
    }
    // Frames of the recursion: a directory and the index of its next subdirectory.
    let mut stack: Vec<(String, Value, usize)> = Vec::new();
    let mut pending: Option<String> = Some(top);
    Ok(Value::Iter(crate::iter::Iter::from_fn(
        "generator",
        move || {
            loop {
                if let Some(dir) = pending.take() {
                    if let Some((dirs, nondirs, _)) = scan(&dir, followlinks) {
                        let dirs_v = strs(&dirs);
                        stack.push((dir.clone(), dirs_v.clone(), 0));
                        return Ok(Some(tuple(vec![s(&dir), dirs_v, strs(&nondirs)])));
                    }
                    continue;
                }
                let Some((top, dirs, i)) = stack.last_mut() else {
                    return Ok(None);
                };
                let next = match dirs {
                    Value::List(l) => l.iter_at(*i),
                    _ => None,
                };
                match next {
                    Some(name) => {
                        *i += 1;
                        let new_path = join(&[top.clone(), fspath(&name)?]);
                        let is_link = std::fs::symlink_metadata(&new_path)
                            .is_ok_and(|m| m.file_type().is_symlink());
                        if followlinks || !is_link {
                            pending = Some(new_path);
                        }
                    }
                    None => {
                        stack.pop();
                    }
                }
            }
        },
    )))
}

/// `os.path.expanduser`.
pub fn expanduser(p: &str) -> PyResult<String> {
    if !p.starts_with('~') {
        return Ok(p.to_string());
    }
    let i = p[1..].find('/').map_or(p.len(), |k| k + 1);
    let home = if i == 1 {
        match environ().get(&s("HOME"))? {
            Some(Value::Str(h)) => Some(h.as_str().to_string()),
            _ => passwd_home(None),
        }
    } else {
        passwd_home(Some(&p[1..i]))
    };
    let Some(home) = home else {
        return Ok(p.to_string());
    };
    let home = home.trim_end_matches('/');
    let r = format!("{home}{}", &p[i..]);
    Ok(if r.is_empty() { "/".to_string() } else { r })
}

/// The home directory of a user (or of this process's user) from /etc/passwd.
fn passwd_home(user: Option<&str>) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    let uid = std::fs::metadata("/proc/self").ok().map(|m| {
        use std::os::unix::fs::MetadataExt;
        m.uid()
    });
    for line in text.lines() {
        let f: Vec<&str> = line.split(':').collect();
        if f.len() < 7 {
            continue;
        }
        let hit = match user {
            Some(u) => f[0] == u,
            None => uid.is_some_and(|id| f[2].parse::<u32>().ok() == Some(id)),
        };
        if hit {
            return Some(f[5].to_string());
        }
    }
    None
}

/// `os.path.relpath(path, start=os.curdir)`.
fn relpath(path: &str, start: &str) -> PyResult<String> {
    if path.is_empty() {
        return value_error_str("no path specified");
    }
    let start = abspath(start)?;
    let path = abspath(path)?;
    let sl: Vec<&str> = start.split('/').filter(|x| !x.is_empty()).collect();
    let pl: Vec<&str> = path.split('/').filter(|x| !x.is_empty()).collect();
    let i = sl.iter().zip(&pl).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<String> = vec!["..".to_string(); sl.len() - i];
    rel.extend(pl[i..].iter().map(|x| x.to_string()));
    if rel.is_empty() {
        return Ok(".".to_string());
    }
    Ok(join(&rel))
}

fn value_error_str<T>(msg: &str) -> PyResult<T> {
    Err(PyErr::msg(ExcKind::ValueError, msg))
}

pub fn attr(name: &str) -> PyResult<Value> {
    Ok(match name {
        "environ" => Value::Dict(environ()),
        "sep" => s("/"),
        "linesep" => s("\n"),
        "name" => s("posix"),
        "curdir" => s("."),
        "pardir" => s(".."),
        "path" => super::stdc_util::obj(super::stdc_util::ModuleObj {
            name: "os.path",
            repr: "<module 'posixpath' (frozen)>",
        }),
        _ => return Err(unknown("os", name)),
    })
}

/// `os.path` functions.
pub fn path_call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let one = |args: Vec<Value>, kwargs: Vec<(Str, Value)>, param: &str| -> PyResult<String> {
        let a = bind(name, &[param], 1, args, kwargs)?;
        fspath(a[0].as_ref().unwrap_or(&Value::None))
    };
    match name {
        "join" => {
            super::stdc_util::no_kwargs("join", &kwargs)?;
            if args.is_empty() {
                return type_error("join() missing 1 required positional argument: 'a'");
            }
            let mut parts = Vec::new();
            for (i, a) in args.iter().enumerate() {
                parts.push(fspath(a).map_err(|e| {
                    if e.kind() == ExcKind::TypeError && i > 0 && matches!(args[0], Value::Str(_)) {
                        PyErr::msg(
                            ExcKind::TypeError,
                            format!(
                                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                                a.class_name()
                            ),
                        )
                    } else {
                        e
                    }
                })?);
            }
            Ok(pstr(join(&parts)))
        }
        "exists" | "isfile" | "isdir" => {
            let a = bind(name, &["path"], 1, args, kwargs)?;
            let v = a[0].clone().unwrap_or_default();
            let p = match fspath(&v) {
                Ok(p) => p,
                Err(e) if e.kind() == ExcKind::TypeError => {
                    return type_error(format!(
                        "stat: path should be string, bytes, os.PathLike or integer, not {}",
                        v.class_name()
                    ));
                }
                Err(e) => return Err(e),
            };
            let m = std::fs::metadata(&p);
            Ok(Value::Bool(match name {
                "exists" => m.is_ok(),
                "isfile" => m.is_ok_and(|m| m.is_file()),
                _ => m.is_ok_and(|m| m.is_dir()),
            }))
        }
        "getsize" => {
            let p = one(args, kwargs, "filename")?;
            let m = std::fs::metadata(&p).map_err(|e| os_error(&e, &p, None))?;
            Ok(Value::Int(Int::from(m.len())))
        }
        "isabs" => Ok(Value::Bool(one(args, kwargs, "s")?.starts_with('/'))),
        "basename" => Ok(pstr(split(&one(args, kwargs, "p")?).1)),
        "dirname" => Ok(pstr(split(&one(args, kwargs, "p")?).0)),
        "split" => {
            let (h, t) = split(&one(args, kwargs, "p")?);
            Ok(tuple(vec![pstr(h), pstr(t)]))
        }
        "splitext" => {
            let (h, t) = splitext(&one(args, kwargs, "p")?);
            Ok(tuple(vec![pstr(h), pstr(t)]))
        }
        "commonprefix" => {
            let a = bind("commonprefix", &["m"], 1, args, kwargs)?;
            commonprefix(a[0].as_ref().unwrap_or(&Value::None))
        }
        "normpath" => Ok(pstr(normpath(&one(args, kwargs, "path")?))),
        "abspath" => Ok(pstr(abspath(&one(args, kwargs, "path")?)?)),
        "realpath" => {
            // `strict` is keyword-only.
            if args.len() > 1 {
                return type_error(format!(
                    "realpath() takes 1 positional argument but {} were given",
                    args.len()
                ));
            }
            let a = bind("realpath", &["filename", "strict"], 1, args, kwargs)?;
            let p = fspath(a[0].as_ref().unwrap_or(&Value::None))?;
            let strict = match &a[1] {
                None => false,
                Some(v) => v.try_truthy()?,
            };
            Ok(pstr(realpath(&p, strict)?))
        }
        "expanduser" => Ok(pstr(expanduser(&one(args, kwargs, "path")?)?)),
        "relpath" => {
            let a = bind("relpath", &["path", "start"], 1, args, kwargs)?;
            let p = fspath(a[0].as_ref().unwrap_or(&Value::None))?;
            let start = match &a[1] {
                None | Some(Value::None) => ".".to_string(),
                Some(v) => fspath(v)?,
            };
            Ok(pstr(relpath(&p, &start)?))
        }
        _ => Err(unknown("os.path", name)),
    }
}

pub fn path_attr(name: &str) -> PyResult<Value> {
    Ok(match name {
        "sep" => s("/"),
        _ => return Err(unknown("os.path", name)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath() {
        assert_eq!(normpath("//a/./b/../c/"), "//a/c");
        assert_eq!(normpath("../x/.."), "..");
        assert_eq!(normpath("///a"), "/a");
        assert_eq!(split("/a/b/"), ("/a/b".to_string(), String::new()));
        assert_eq!(split("//x"), ("//".to_string(), "x".to_string()));
        assert_eq!(
            splitext("a/.bashrc"),
            ("a/.bashrc".to_string(), String::new())
        );
        assert_eq!(
            splitext("a.b/c.tar.gz"),
            ("a.b/c.tar".to_string(), ".gz".to_string())
        );
        assert_eq!(join(&["a".into(), "/b".into(), "c".into()]), "/b/c");
    }
}
