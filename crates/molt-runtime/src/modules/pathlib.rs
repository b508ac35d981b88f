//! `pathlib.Path` (a PosixPath, Lib/pathlib.py of CPython 3.11): construction from str and
//! Path segments, `/`, str/repr, ==/</hash, name, stem, suffix, suffixes, parent, parts,
//! joinpath, with_name, with_suffix, exists, is_file, is_dir, read_text, write_text,
//! read_bytes, write_bytes, iterdir, mkdir, unlink, rmdir, absolute, cwd().

use super::os::{fspath, getcwd, os_error};
use super::stdc_util::{as_obj, bind, class, obj, s, tuple, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::obj::CmpOp;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::{BinOp, Value};
use std::any::Any;

/// A parsed posix path: the root ("", "/" or "//") and the parts after it.
#[derive(Clone, PartialEq, Eq)]
pub struct Path {
    root: String,
    parts: Vec<String>,
}

impl Path {
    /// PurePosixPath parsing of one or more segments (later absolute segments restart).
    pub fn parse(segments: &[String]) -> Path {
        let mut root = String::new();
        let mut parts: Vec<String> = Vec::new();
        for seg in segments {
            if seg.starts_with('/') {
                // Two leading slashes are kept, one or three-plus collapse to one.
                root = if seg.starts_with("//") && !seg.starts_with("///") {
                    "//".to_string()
                } else {
                    "/".to_string()
                };
                parts.clear();
            }
            for p in seg.split('/') {
                if !p.is_empty() && p != "." {
                    parts.push(p.to_string());
                }
            }
        }
        Path { root, parts }
    }

    pub fn name(&self) -> String {
        self.parts.last().cloned().unwrap_or_default()
    }

    fn suffix(&self) -> String {
        let n = self.name();
        match n.rfind('.') {
            Some(i) if i > 0 && i < n.len() - 1 => n[i..].to_string(),
            _ => String::new(),
        }
    }

    fn stem(&self) -> String {
        let n = self.name();
        match n.rfind('.') {
            Some(i) if i > 0 && i < n.len() - 1 => n[..i].to_string(),
            _ => n,
        }
    }

    fn suffixes(&self) -> Vec<String> {
        let n = self.name();
        if n.ends_with('.') {
            return vec![];
        }
        let n = n.trim_start_matches('.');
        n.split('.').skip(1).map(|x| format!(".{x}")).collect()
    }

    fn parent(&self) -> Path {
        let mut p = self.clone();
        p.parts.pop();
        p
    }

    fn all_parts(&self) -> Vec<String> {
        let mut v = Vec::new();
        if !self.root.is_empty() {
            v.push(self.root.clone());
        }
        v.extend(self.parts.iter().cloned());
        v
    }

    fn join(&self, other: &[String]) -> Path {
        let mut segs = vec![self.to_string()];
        segs.extend_from_slice(other);
        Path::parse(&segs)
    }
}

impl std::fmt::Display for Path {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let body = self.parts.join("/");
        if self.root.is_empty() && body.is_empty() {
            f.write_str(".")
        } else {
            write!(f, "{}{}", self.root, body)
        }
    }
}

fn value(p: Path) -> Value {
    obj(p)
}

/// A segment for Path(): str or Path.
fn segment(v: &Value) -> PyResult<String> {
    fspath(v).map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            PyErr::msg(
                ExcKind::TypeError,
                format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    v.class_name()
                ),
            )
        } else {
            e
        }
    })
}

fn pstr(p: &Path) -> Value {
    Value::Str(Str::from_string(p.to_string()))
}

impl Object for Path {
    fn type_name(&self) -> &'static str {
        "PosixPath"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("PosixPath(");
        crate::str::repr_str_into(&self.to_string(), out);
        out.push(')');
        Ok(())
    }
    fn str_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.to_string());
        Ok(())
    }
    fn eq(&self, _this: &ObjRef, other: &Value) -> PyResult<Option<bool>> {
        Ok(Some(as_obj::<Path>(other).is_some_and(|o| o == self)))
    }
    fn compare(&self, _this: &ObjRef, other: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        let Some(o) = as_obj::<Path>(other) else {
            return Ok(None);
        };
        let (a, b) = (self.all_parts(), o.all_parts());
        Ok(Some(match op {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }))
    }
    fn hash(&self, _this: &ObjRef) -> PyResult<i64> {
        let hs: Vec<i64> = self
            .all_parts()
            .iter()
            .map(|p| crate::hash::hash_str(p))
            .collect();
        Ok(crate::hash::hash_tuple(hs.into_iter()))
    }
    fn binop(
        &self,
        _this: &ObjRef,
        op: BinOp,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if op != BinOp::TrueDiv {
            return Ok(None);
        }
        let Ok(o) = fspath(other) else {
            return Ok(None);
        };
        Ok(Some(value(if reflected {
            Path::parse(&[o, self.to_string()])
        } else {
            self.join(&[o])
        })))
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        Ok(match name {
            "name" => s(&self.name()),
            "stem" => s(&self.stem()),
            "suffix" => s(&self.suffix()),
            "suffixes" => super::stdc_util::list(self.suffixes().iter().map(|x| s(x)).collect()),
            "parent" => value(self.parent()),
            "parents" => {
                let mut out = Vec::new();
                let mut p = self.clone();
                while !p.parts.is_empty() {
                    p = p.parent();
                    out.push(value(p.clone()));
                }
                Value::Obj(std::rc::Rc::new(Parents(out)))
            }
            "parts" => tuple(self.all_parts().iter().map(|x| s(x)).collect()),
            "root" => s(if self.root.is_empty() { "" } else { "/" }),
            "anchor" => s(if self.root.is_empty() { "" } else { "/" }),
            _ => {
                return Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'PosixPath' object has no attribute '{name}'"),
                ));
            }
        })
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let me = Value::Obj(this.clone());
        let sp = self.to_string();
        match name {
            "exists" | "is_file" | "is_dir" => {
                bind(name, &[], 0, args, kwargs)?;
                let m = std::fs::metadata(&sp);
                Ok(Value::Bool(match name {
                    "exists" => m.is_ok(),
                    "is_file" => m.is_ok_and(|m| m.is_file()),
                    _ => m.is_ok_and(|m| m.is_dir()),
                }))
            }
            "read_text" => {
                let a = bind("read_text", &["encoding", "errors"], 0, args, kwargs)?;
                super::files::read_text(&me, a[0].clone(), a[1].clone())
            }
            "read_bytes" => {
                bind("read_bytes", &[], 0, args, kwargs)?;
                let f = super::files::open(vec![me, s("rb")], vec![])?;
                let Value::Obj(o) = &f else {
                    return Ok(Value::None);
                };
                let r = o.call_method(o, "read", vec![], vec![]);
                o.call_method(o, "close", vec![], vec![])?;
                r
            }
            "write_text" => {
                let a = bind(
                    "write_text",
                    &["data", "encoding", "errors", "newline"],
                    1,
                    args,
                    kwargs,
                )?;
                let data = a[0].clone().unwrap_or_default();
                if !matches!(data, Value::Str(_)) {
                    return type_error(format!("data must be str, not {}", data.class_name()));
                }
                let mut kw = vec![];
                for (i, n) in ["encoding", "errors", "newline"].iter().enumerate() {
                    if let Some(v) = &a[i + 1] {
                        kw.push((Str::new(n), v.clone()));
                    }
                }
                super::files::write_all(&me, "w", &data, kw)
            }
            "write_bytes" => {
                let a = bind("write_bytes", &["data"], 1, args, kwargs)?;
                let data = a[0].clone().unwrap_or_default();
                super::files::write_all(&me, "wb", &data, vec![])
            }
            "iterdir" => {
                bind("iterdir", &[], 0, args, kwargs)?;
                let names = super::os::listdir(&sp)?;
                let base = self.clone();
                let mut it = names.into_iter();
                Ok(Value::Iter(crate::iter::Iter::from_fn(
                    "generator",
                    move || Ok(it.next().map(|n| value(base.join(&[n])))),
                )))
            }
            "mkdir" => {
                let a = bind("mkdir", &["mode", "parents", "exist_ok"], 0, args, kwargs)?;
                let flag = |v: &Option<Value>| -> PyResult<bool> {
                    match v {
                        Some(v) => v.try_truthy(),
                        None => Ok(false),
                    }
                };
                super::os::mkdir(&sp, flag(&a[1])?, flag(&a[2])?)?;
                Ok(Value::None)
            }
            "unlink" | "rmdir" => {
                let a = bind(name, &["missing_ok"], 0, args, kwargs)?;
                let r = if name == "rmdir" {
                    std::fs::remove_dir(&sp)
                } else {
                    std::fs::remove_file(&sp)
                };
                match r {
                    Ok(()) => Ok(Value::None),
                    Err(e)
                        if e.kind() == std::io::ErrorKind::NotFound
                            && name == "unlink"
                            && a[0].as_ref().is_some_and(|v| v.truthy()) =>
                    {
                        Ok(Value::None)
                    }
                    Err(e) => Err(os_error(&e, &sp, None)),
                }
            }
            "joinpath" => {
                super::stdc_util::no_kwargs("joinpath", &kwargs)?;
                let segs = args.iter().map(segment).collect::<PyResult<Vec<_>>>()?;
                Ok(value(self.join(&segs)))
            }
            "with_name" | "with_suffix" => {
                let a = bind(
                    name,
                    &[if name == "with_name" {
                        "name"
                    } else {
                        "suffix"
                    }],
                    1,
                    args,
                    kwargs,
                )?;
                let arg = match &a[0] {
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(v) => {
                        return type_error(format!("expected str, not {}", v.class_name()));
                    }
                    None => String::new(),
                };
                if self.name().is_empty() {
                    let mut r = String::new();
                    self.repr_into(&mut r)?;
                    return value_error(format!("{r} has an empty name"));
                }
                let new_name = if name == "with_name" {
                    if arg.is_empty() || arg.contains('/') || arg == "." {
                        let mut r = String::new();
                        crate::str::repr_str_into(&arg, &mut r);
                        return value_error(format!("Invalid name {r}"));
                    }
                    arg
                } else {
                    if arg.contains('/')
                        || (!arg.is_empty() && (!arg.starts_with('.') || arg == "."))
                    {
                        let mut r = String::new();
                        crate::str::repr_str_into(&arg, &mut r);
                        return value_error(format!("Invalid suffix {r}"));
                    }
                    format!("{}{arg}", self.stem())
                };
                let mut p = self.clone();
                p.parts.pop();
                p.parts.push(new_name);
                Ok(value(p))
            }
            "open" => {
                let mut a = vec![me];
                a.extend(args);
                super::files::open(a, kwargs)
            }
            "touch" => {
                let a = bind("touch", &["mode", "exist_ok"], 0, args, kwargs)?;
                let exist_ok = match &a[1] {
                    Some(v) => v.try_truthy()?,
                    None => true,
                };
                let r = std::fs::OpenOptions::new()
                    .write(true)
                    .create(true)
                    .create_new(!exist_ok)
                    .truncate(false)
                    .open(&sp);
                r.map_err(|e| os_error(&e, &sp, None))?;
                Ok(Value::None)
            }
            "rename" | "replace" => {
                let a = bind(name, &["target"], 1, args, kwargs)?;
                let target = a[0].clone().unwrap_or_default();
                let t = segment(&target)?;
                std::fs::rename(&sp, &t).map_err(|e| os_error(&e, &sp, Some(&t)))?;
                Ok(value(Path::parse(&[t])))
            }
            "relative_to" => {
                super::stdc_util::no_kwargs("relative_to", &kwargs)?;
                let segs = args.iter().map(segment).collect::<PyResult<Vec<_>>>()?;
                let other = Path::parse(&segs);
                let (mine, theirs) = (self.all_parts(), other.all_parts());
                if mine.len() < theirs.len()
                    || mine[..theirs.len()] != theirs[..]
                    || (theirs.is_empty() && !self.root.is_empty())
                {
                    let (mut a, mut b) = (String::new(), String::new());
                    crate::str::repr_str_into(&sp, &mut a);
                    crate::str::repr_str_into(&other.to_string(), &mut b);
                    return value_error(format!(
                        "{a} is not in the subpath of {b} OR one path is relative and the other is absolute."
                    ));
                }
                Ok(value(Path {
                    root: String::new(),
                    parts: mine[theirs.len()..].to_vec(),
                }))
            }
            "with_stem" => {
                let a = bind("with_stem", &["stem"], 1, args, kwargs)?;
                let stem = match &a[0] {
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(v) => {
                        return type_error(format!(
                            "can only concatenate str (not \"{}\") to str",
                            v.class_name()
                        ));
                    }
                    None => String::new(),
                };
                let new_name = format!("{stem}{}", self.suffix());
                self.call_method(this, "with_name", vec![s(&new_name)], vec![])
            }
            "stat" => {
                bind("stat", &[], 0, args, kwargs)?;
                let m = std::fs::metadata(&sp).map_err(|e| os_error(&e, &sp, None))?;
                Ok(obj(StatResult::of(&m)))
            }
            "glob" | "rglob" => {
                let a = bind(name, &["pattern"], 1, args, kwargs)?;
                let pat = match &a[0] {
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    Some(v) => return type_error(format!("expected str, not {}", v.class_name())),
                    None => String::new(),
                };
                let pat = if name == "rglob" {
                    format!("**/{pat}")
                } else {
                    pat
                };
                let found = glob(self, &pat)?;
                let mut it = found.into_iter();
                Ok(Value::Iter(crate::iter::Iter::from_fn(
                    "generator",
                    move || Ok(it.next().map(value)),
                )))
            }
            "expanduser" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(value(Path::parse(&[super::os::expanduser(&sp)?])))
            }
            "is_symlink" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(Value::Bool(
                    std::fs::symlink_metadata(&sp).is_ok_and(|m| m.file_type().is_symlink()),
                ))
            }
            "is_absolute" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(Value::Bool(!self.root.is_empty()))
            }
            "match" => {
                // PurePath.match (3.11): the pattern's parts against the path's, from the
                // right; an absolute pattern must match the whole path.
                let a = bind("match", &["path_pattern"], 1, args, kwargs)?;
                let pat = segment(a[0].as_ref().unwrap_or(&Value::None))?;
                let absolute = pat.starts_with('/');
                let pat_parts: Vec<&str> = pat
                    .split('/')
                    .filter(|x| !x.is_empty() && *x != ".")
                    .collect();
                if pat_parts.is_empty() && !absolute {
                    return value_error("empty pattern");
                }
                if absolute && self.root.is_empty() {
                    return Ok(Value::Bool(false));
                }
                let parts = &self.parts;
                if absolute {
                    if pat_parts.len() != parts.len() {
                        return Ok(Value::Bool(false));
                    }
                } else if pat_parts.len() > parts.len() {
                    return Ok(Value::Bool(false));
                }
                let ok = parts
                    .iter()
                    .rev()
                    .zip(pat_parts.iter().rev())
                    .all(|(part, p)| {
                        let t: Vec<char> = part.chars().collect();
                        pat_match(&compile_pat(p), &t)
                    });
                Ok(Value::Bool(ok))
            }
            "absolute" => {
                bind(name, &[], 0, args, kwargs)?;
                if !self.root.is_empty() {
                    return Ok(me);
                }
                Ok(value(Path::parse(&[getcwd()?, sp])))
            }
            "resolve" => {
                // Path.resolve(strict=False) (os.path.realpath): the existing part with its
                // symlinks resolved, the rest appended with `..` applied lexically.
                let a = bind("resolve", &["strict"], 0, args, kwargs)?;
                let strict = match &a[0] {
                    Some(v) => v.try_truthy()?,
                    None => false,
                };
                let abs = if self.root.is_empty() {
                    Path::parse(&[getcwd()?, sp.clone()])
                } else {
                    self.clone()
                };
                let mut base = std::path::PathBuf::from("/");
                let mut rest: Vec<String> = Vec::new();
                for (k, part) in abs.parts.iter().enumerate() {
                    let next = base.join(part);
                    match std::fs::canonicalize(&next) {
                        Ok(c) => base = c,
                        Err(e) => {
                            if strict {
                                return Err(os_error(&e, &next.to_string_lossy(), None));
                            }
                            rest = abs.parts[k..].to_vec();
                            break;
                        }
                    }
                }
                for part in rest {
                    if part == ".." {
                        base.pop();
                    } else if part != "." {
                        base.push(part);
                    }
                }
                Ok(value(Path::parse(&[base.to_string_lossy().into_owned()])))
            }
            "as_posix" | "__fspath__" => {
                bind(name, &[], 0, args, kwargs)?;
                Ok(pstr(self))
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'PosixPath' object has no attribute '{name}'"),
            )),
        }
    }
}

/// `os.stat_result`'s common fields.
struct StatResult {
    size: u64,
    mode: u32,
    mtime: f64,
}

impl StatResult {
    fn of(m: &std::fs::Metadata) -> StatResult {
        use std::os::unix::fs::MetadataExt;
        StatResult {
            size: m.len(),
            mode: m.mode(),
            mtime: m.mtime() as f64 + m.mtime_nsec() as f64 / 1e9,
        }
    }
}

impl Object for StatResult {
    fn type_name(&self) -> &'static str {
        "stat_result"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "st_size" => Ok(Value::Int(crate::int::Int::from(self.size))),
            "st_mode" => Ok(Value::Int(crate::int::Int::from(self.mode))),
            "st_mtime" => Ok(Value::Float(self.mtime)),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'os.stat_result' object has no attribute '{name}'"),
            )),
        }
    }
}

/// One fnmatch pattern item.
pub(crate) enum Pat {
    Star,
    Any,
    Set(bool, Vec<(char, char)>),
    Lit(char),
}

/// fnmatch.translate's reading of a pattern (case-sensitive, as pathlib on posix).
pub(crate) fn compile_pat(p: &str) -> Vec<Pat> {
    let c: Vec<char> = p.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        match ch {
            '*' => {
                if !matches!(out.last(), Some(Pat::Star)) {
                    out.push(Pat::Star);
                }
            }
            '?' => out.push(Pat::Any),
            '[' => {
                let mut j = i;
                if j < c.len() && c[j] == '!' {
                    j += 1;
                }
                if j < c.len() && c[j] == ']' {
                    j += 1;
                }
                while j < c.len() && c[j] != ']' {
                    j += 1;
                }
                if j >= c.len() {
                    out.push(Pat::Lit('['));
                    continue;
                }
                let mut stuff: Vec<char> = c[i..j].to_vec();
                i = j + 1;
                let neg = stuff.first() == Some(&'!');
                if neg {
                    stuff.remove(0);
                }
                let mut items = Vec::new();
                let mut k = 0;
                while k < stuff.len() {
                    if k + 2 < stuff.len() && stuff[k + 1] == '-' {
                        if stuff[k] <= stuff[k + 2] {
                            items.push((stuff[k], stuff[k + 2]));
                        }
                        k += 3;
                    } else {
                        items.push((stuff[k], stuff[k]));
                        k += 1;
                    }
                }
                out.push(Pat::Set(neg, items));
            }
            other => out.push(Pat::Lit(other)),
        }
    }
    out
}

pub(crate) fn pat_match(p: &[Pat], t: &[char]) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some(Pat::Star) => (0..=t.len()).any(|k| pat_match(&p[1..], &t[k..])),
        Some(Pat::Any) => !t.is_empty() && pat_match(&p[1..], &t[1..]),
        Some(Pat::Lit(c)) => t.first() == Some(c) && pat_match(&p[1..], &t[1..]),
        Some(Pat::Set(neg, items)) => match t.first() {
            Some(ch) => {
                let hit = items.iter().any(|(lo, hi)| (*lo..=*hi).contains(ch));
                hit != *neg && pat_match(&p[1..], &t[1..])
            }
            None => false,
        },
    }
}

fn entries(dir: &Path) -> Vec<(String, bool, bool)> {
    let Ok(rd) = std::fs::read_dir(dir.to_string()) else {
        return vec![];
    };
    rd.flatten()
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let full = dir.join(std::slice::from_ref(&name)).to_string();
            let is_dir = std::fs::metadata(&full).is_ok_and(|m| m.is_dir());
            let is_link = e.file_type().is_ok_and(|t| t.is_symlink());
            (name, is_dir, is_link)
        })
        .collect()
}

/// Path.glob (the selectors of Lib/pathlib.py 3.11): results in directory order.
fn glob(base: &Path, pattern: &str) -> PyResult<Vec<Path>> {
    if pattern.is_empty() {
        return value_error("Unacceptable pattern: ''");
    }
    if pattern.starts_with('/') {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "Non-relative patterns are unsupported",
        ));
    }
    let parts: Vec<String> = Path::parse(&[pattern.to_string()]).parts;
    for p in &parts {
        if p.contains("**") && p != "**" {
            return value_error("Invalid pattern: '**' can only be an entire path component");
        }
    }
    fn select(dir: &Path, parts: &[String], out: &mut Vec<Path>) {
        let Some((first, rest)) = parts.split_first() else {
            out.push(dir.clone());
            return;
        };
        if first == "**" {
            fn dirs_under(d: &Path, acc: &mut Vec<Path>) {
                acc.push(d.clone());
                for (name, is_dir, is_link) in entries(d) {
                    if is_dir && !is_link {
                        dirs_under(&d.join(&[name]), acc);
                    }
                }
            }
            let mut starts = Vec::new();
            dirs_under(dir, &mut starts);
            let mut seen: Vec<Path> = Vec::new();
            for st in starts {
                let mut found = Vec::new();
                select(&st, rest, &mut found);
                for f in found {
                    if !seen.contains(&f) {
                        seen.push(f.clone());
                        out.push(f);
                    }
                }
            }
        } else if first.contains(['*', '?', '[']) {
            let pat = compile_pat(first);
            for (name, is_dir, _) in entries(dir) {
                if (rest.is_empty() || is_dir) && pat_match(&pat, &name.chars().collect::<Vec<_>>())
                {
                    select(&dir.join(&[name]), rest, out);
                }
            }
        } else {
            let p = dir.join(std::slice::from_ref(first));
            let m = std::fs::metadata(p.to_string());
            if (rest.is_empty() && m.is_ok()) || m.is_ok_and(|m| m.is_dir()) {
                select(&p, rest, out);
            }
        }
    }
    let mut out = Vec::new();
    if std::fs::metadata(base.to_string()).is_ok_and(|m| m.is_dir()) {
        select(base, &parts, &mut out);
    }
    Ok(out)
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "Path" | "PurePath" | "PosixPath" => {
            super::stdc_util::no_kwargs("Path", &kwargs)?;
            let segs = args.iter().map(segment).collect::<PyResult<Vec<_>>>()?;
            Ok(value(Path::parse(&segs)))
        }
        "Path.home" => {
            bind("home", &[], 0, args, kwargs)?;
            Ok(value(Path::parse(&[super::os::expanduser("~")?])))
        }
        "Path.cwd" => {
            bind("cwd", &[], 0, args, kwargs)?;
            Ok(value(Path::parse(&[getcwd()?])))
        }
        _ => Err(unknown("pathlib", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    match name {
        "Path" => Ok(class("pathlib", "Path", "pathlib")),
        _ => Err(unknown("pathlib", name)),
    }
}

/// `Path.parents` (pathlib's _PathParents): a sequence of the logical ancestors, with
/// negative indexes and slices (which give a tuple) as in 3.11.
struct Parents(Vec<Value>);

impl Parents {
    fn slice(&self, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> PyResult<Value> {
        let (start, _, step, count) = crate::slice::indices(a, b, c, self.0.len() as i64)?;
        let items = (0..count)
            .filter_map(|k| self.0.get((start + k * step) as usize).cloned())
            .collect();
        Ok(Value::Tuple(crate::tuple::Tup::from_vec(items)))
    }
}

impl crate::object::Object for Parents {
    fn type_name(&self) -> &'static str {
        "_PathParents"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str("<PosixPath.parents>");
        Ok(())
    }
    fn len(&self, _this: &crate::object::ObjRef) -> PyResult<usize> {
        Ok(self.0.len())
    }
    fn iter(&self, _this: &crate::object::ObjRef) -> PyResult<crate::value::ValueIter> {
        Value::Tuple(crate::tuple::Tup::from_vec(self.0.clone())).iter()
    }
    fn getitem(&self, _this: &crate::object::ObjRef, key: &Value) -> PyResult<Value> {
        let n = self.0.len() as i64;
        if let Value::Obj(o) = key
            && let Some(sl) = o.as_any().downcast_ref::<crate::class::SliceObj>()
        {
            let (a, b, c) = sl.bounds()?;
            return self.slice(a, b, c);
        }
        let Some(i) = key.as_int().and_then(|i| i.as_i64()) else {
            return crate::exc::type_error(format!(
                "'>=' not supported between instances of '{}' and 'int'",
                key.class_name()
            ));
        };
        if i >= n || i < -n {
            return Err(PyErr::new(ExcKind::IndexError, vec![key.clone()]));
        }
        let i = if i < 0 { i + n } else { i };
        Ok(self.0.get(i as usize).cloned().unwrap_or(Value::None))
    }
    fn call_method(
        &self,
        _this: &crate::object::ObjRef,
        name: &str,
        args: Vec<Value>,
        _kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        let bound = |v: Option<&Value>| v.and_then(|x| x.as_int()).and_then(|i| i.as_i64());
        match name {
            "__getslice__" => {
                self.slice(bound(args.first()), bound(args.get(1)), bound(args.get(2)))
            }
            _ => Err(crate::attr::no_attr("_PathParents", name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &[&str]) -> String {
        Path::parse(&s.iter().map(|x| x.to_string()).collect::<Vec<_>>()).to_string()
    }

    #[test]
    fn parsing() {
        assert_eq!(p(&["a/./b//c/"]), "a/b/c");
        assert_eq!(p(&[""]), ".");
        assert_eq!(p(&["/a", "/b", "c"]), "/b/c");
        assert_eq!(p(&["//x/y"]), "//x/y");
        assert_eq!(p(&["///x"]), "/x");
        assert_eq!(p(&["a", "..", "b"]), "a/../b");
    }
}
