//! `tempfile` (Lib/tempfile.py, 3.11): gettempdir, mkdtemp, TemporaryDirectory and
//! NamedTemporaryFile, and
//! `shutil` (Lib/shutil.py): rmtree, copyfile, copy, copy2, copytree, move. Names of
//! temporary directories are random in CPython too (8 characters of
//! `_RandomNameSequence.characters`), so no program's output can depend on them.

use super::os::{fspath, os_error};
use super::stdc_util::{bind, unknown};
use crate::exc::{ExcKind, PyErr, PyResult};
use crate::obj::PyObj;
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use std::any::Any;
use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;

const NAME_CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0) };
}

/// A random name of 8 characters (xorshift seeded from the clock and the pid).
fn random_name() -> String {
    RNG.with(|r| {
        let mut x = r.get();
        if x == 0 {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(1);
            x = t ^ ((std::process::id() as u64) << 32) | 1;
        }
        let mut s = String::with_capacity(8);
        for _ in 0..8 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push(NAME_CHARS[(x % NAME_CHARS.len() as u64) as usize] as char);
        }
        r.set(x);
        s
    })
}

/// tempfile.gettempdir: $TMPDIR, $TEMP, $TMP, then /tmp, /var/tmp, /usr/tmp, the cwd.
fn gettempdir() -> PyResult<String> {
    let mut dirs: Vec<String> = ["TMPDIR", "TEMP", "TMP"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .collect();
    dirs.extend(
        ["/tmp", "/var/tmp", "/usr/tmp"]
            .iter()
            .map(|s| s.to_string()),
    );
    if let Ok(c) = std::env::current_dir() {
        dirs.push(c.to_string_lossy().into_owned());
    }
    for d in dirs {
        if d.is_empty() {
            continue;
        }
        let abs = super::os::abspath(&d)?;
        if Path::new(&abs).is_dir() {
            return Ok(abs);
        }
    }
    Err(PyErr::new(
        ExcKind::FileNotFoundError,
        vec![
            Value::int(2),
            Value::str("No usable temporary directory found"),
        ],
    ))
}

fn opt_str(v: &Option<Value>, dflt: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok(dflt.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => fspath(other),
    }
}

/// tempfile.mkdtemp(suffix=None, prefix=None, dir=None).
fn mkdtemp(a: &[Option<Value>]) -> PyResult<String> {
    let suffix = opt_str(&a[0], "")?;
    let prefix = opt_str(&a[1], "tmp")?;
    let dir = match &a[2] {
        None | Some(Value::None) => gettempdir()?,
        Some(d) => fspath(d)?,
    };
    for _ in 0..10000 {
        let file = super::os::join(&[dir.clone(), format!("{prefix}{}{suffix}", random_name())]);
        use std::os::unix::fs::DirBuilderExt;
        match std::fs::DirBuilder::new().mode(0o700).create(&file) {
            Ok(()) => return Ok(file),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(os_error(&e, &file, None)),
        }
    }
    Err(PyErr::new(
        ExcKind::FileExistsError,
        vec![
            Value::int(17),
            Value::str("No usable temporary directory name found"),
        ],
    ))
}

/// `tempfile.TemporaryDirectory`: removes its directory on cleanup(), on leaving a `with`
/// block, or when the object goes away (CPython's weakref.finalize).
pub struct TempDir {
    name: String,
    done: Cell<bool>,
    ignore_errors: bool,
}

impl TempDir {
    fn cleanup(&self) -> PyResult<()> {
        if self.done.replace(true) {
            return Ok(());
        }
        match std::fs::remove_dir_all(&self.name) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound || self.ignore_errors => Ok(()),
            Err(e) => Err(os_error(&e, &self.name, None)),
        }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        if !self.done.get() {
            let _ = std::fs::remove_dir_all(&self.name);
        }
    }
}

impl Object for TempDir {
    fn type_name(&self) -> &'static str {
        "tempfile.TemporaryDirectory"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<TemporaryDirectory {}>",
            Value::str(&self.name).repr_string()?
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "name" => Ok(Value::str(&self.name)),
            _ => Err(crate::attr::no_attr("TemporaryDirectory", name)),
        }
    }
    fn call_method(
        &self,
        _this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                bind("__enter__", &[], 0, args, kwargs)?;
                Ok(Value::str(&self.name))
            }
            "__exit__" => {
                bind("__exit__", &["exc", "value", "tb"], 3, args, kwargs)?;
                self.cleanup()?;
                Ok(Value::None)
            }
            "cleanup" => {
                bind("cleanup", &[], 0, args, kwargs)?;
                self.cleanup()?;
                Ok(Value::None)
            }
            _ => Err(crate::attr::no_attr("TemporaryDirectory", name)),
        }
    }
}

/// Whether `o` is a TemporaryDirectory or a NamedTemporaryFile (context managers, for
/// ctx.rs).
pub fn is_manager(o: &ObjRef) -> bool {
    o.as_any().is::<TempDir>() || o.as_any().is::<TempFile>()
}

/// `tempfile.NamedTemporaryFile` (Lib/tempfile.py `_TemporaryFileWrapper`): a file opened
/// on a new, exclusively created `dir/prefix<random>suffix`, whose attributes and methods
/// are the file's, and which removes the file on close(), on leaving a `with` block or when
/// the object goes away, if `delete` is true.
pub struct TempFile {
    file: Value,
    name: String,
    delete: bool,
    removed: Cell<bool>,
}

impl TempFile {
    fn file_obj(&self) -> PyResult<&ObjRef> {
        match &self.file {
            Value::Obj(o) => Ok(o),
            _ => Err(PyErr::msg(
                ExcKind::ValueError,
                "I/O operation on closed file.",
            )),
        }
    }

    /// _TemporaryFileCloser.close: close the file, then unlink it once.
    fn close(&self) -> PyResult<()> {
        let f = self.file_obj()?;
        let r = f.call_method(f, "close", vec![], vec![]);
        if self.delete && !self.removed.replace(true) {
            match std::fs::remove_file(&self.name) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    // CPython's unlink raises here only if close() itself succeeded.
                    r.as_ref().map_err(|e| e.clone())?;
                    return Err(os_error(&e, &self.name, None));
                }
                Err(e) => return Err(os_error(&e, &self.name, None)),
            }
        }
        r.map(|_| ())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if self.delete && !self.removed.get() {
            if let Value::Obj(f) = &self.file {
                let _ = f.call_method(f, "close", vec![], vec![]);
            }
            let _ = std::fs::remove_file(&self.name);
        }
    }
}

impl Object for TempFile {
    fn type_name(&self) -> &'static str {
        "tempfile._TemporaryFileWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<tempfile._TemporaryFileWrapper object at {:#x}>",
            self as *const _ as usize
        ));
        Ok(())
    }
    fn iter(&self, _this: &ObjRef) -> PyResult<crate::value::ValueIter> {
        self.file.iter()
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        match name {
            "name" => Ok(Value::str(&self.name)),
            "delete" => Ok(Value::Bool(self.delete)),
            "file" => Err(PyErr::msg(
                ExcKind::NotImplementedError,
                "molt: the underlying file of a NamedTemporaryFile (.file) is not supported",
            )),
            _ => {
                let f = self.file_obj()?;
                f.getattr(f, name)
            }
        }
    }
    fn call_method(
        &self,
        this: &ObjRef,
        name: &str,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Value> {
        match name {
            "__enter__" => {
                bind("__enter__", &[], 0, args, kwargs)?;
                let f = self.file_obj()?;
                f.call_method(f, "__enter__", vec![], vec![])?;
                Ok(Value::Obj(this.clone()))
            }
            "__exit__" => {
                let f = self.file_obj()?;
                let r = f.call_method(f, "__exit__", args, kwargs)?;
                self.close()?;
                Ok(r)
            }
            "close" => {
                bind("close", &[], 0, args, kwargs)?;
                self.close()?;
                Ok(Value::None)
            }
            "__iter__" => {
                bind("__iter__", &[], 0, args, kwargs)?;
                Ok(Value::Obj(this.clone()))
            }
            _ => {
                let f = self.file_obj()?;
                f.call_method(f, name, args, kwargs)
            }
        }
    }
}

/// NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
/// prefix=None, dir=None, delete=True, *, errors=None).
fn named_temporary_file(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    let a = bind(
        "NamedTemporaryFile",
        &[
            "mode",
            "buffering",
            "encoding",
            "newline",
            "suffix",
            "prefix",
            "dir",
            "delete",
            "errors",
        ],
        0,
        args,
        kwargs,
    )?;
    let suffix = opt_str(&a[4], "")?;
    let prefix = opt_str(&a[5], "tmp")?;
    let dir = match &a[6] {
        None | Some(Value::None) => gettempdir()?,
        Some(d) => fspath(d)?,
    };
    let delete = match &a[7] {
        Some(v) => v.try_truthy()?,
        None => true,
    };
    // _mkstemp_inner: O_CREAT | O_EXCL, mode 0o600, retried on a name clash.
    let mut path = None;
    for _ in 0..10000 {
        let file = super::os::join(&[dir.clone(), format!("{prefix}{}{suffix}", random_name())]);
        use std::os::unix::fs::OpenOptionsExt;
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&file)
        {
            Ok(_) => {
                path = Some(file);
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(os_error(&e, &file, None)),
        }
    }
    let Some(name) = path else {
        return Err(PyErr::new(
            ExcKind::FileExistsError,
            vec![
                Value::int(17),
                Value::str("No usable temporary file name found"),
            ],
        ));
    };
    let mut kw: Vec<(Str, Value)> = Vec::new();
    for (i, k) in [
        (1, "buffering"),
        (2, "encoding"),
        (3, "newline"),
        (8, "errors"),
    ] {
        if let Some(v) = &a[i] {
            kw.push((Str::new(k), v.clone()));
        }
    }
    let mode = a[0].clone().unwrap_or_else(|| Value::str("w+b"));
    let file = match super::files::open(vec![Value::str(&name), mode], kw) {
        Ok(f) => f,
        Err(e) => {
            let _ = std::fs::remove_file(&name);
            return Err(e);
        }
    };
    Ok(Value::Obj(Rc::new(TempFile {
        file,
        name,
        delete,
        removed: Cell::new(false),
    })))
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "gettempdir" => {
            bind("gettempdir", &[], 0, args, kwargs)?;
            Ok(Value::str(&gettempdir()?))
        }
        "mkdtemp" => {
            let a = bind("mkdtemp", &["suffix", "prefix", "dir"], 0, args, kwargs)?;
            Ok(Value::str(&mkdtemp(&a)?))
        }
        "NamedTemporaryFile" => named_temporary_file(args, kwargs),
        "TemporaryDirectory" => {
            let a = bind(
                "TemporaryDirectory.__init__",
                &["suffix", "prefix", "dir", "ignore_cleanup_errors"],
                0,
                args,
                kwargs,
            )?;
            let name = mkdtemp(&a)?;
            let ignore_errors = a[3].as_ref().is_some_and(|v| v.truthy());
            Ok(Value::Obj(Rc::new(TempDir {
                name,
                done: Cell::new(false),
                ignore_errors,
            })))
        }
        _ => Err(unknown("tempfile", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    Ok(super::callable::module_callable("tempfile", name))
}

// ------------------------------------------------------------------ shutil

fn path(v: &Option<Value>) -> PyResult<String> {
    fspath(v.as_ref().unwrap_or(&Value::None))
}

/// shutil.copyfile: the bytes of src into dst (dst a file name).
fn copyfile(src: &str, dst: &str) -> PyResult<()> {
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(src), std::fs::canonicalize(dst))
        && a == b
    {
        return Err(PyErr::msg(
            ExcKind::SameFileError,
            format!(
                "{} and {} are the same file",
                Value::str(src).repr_string()?,
                Value::str(dst).repr_string()?
            ),
        ));
    }
    let data = std::fs::read(src).map_err(|e| os_error(&e, src, None))?;
    if Path::new(src).is_dir() {
        return Err(PyErr::os_error(
            ExcKind::IsADirectoryError,
            21,
            "Is a directory",
            src,
            None,
        ));
    }
    std::fs::write(dst, data).map_err(|e| os_error(&e, dst, None))
}

/// `copy`/`copy2`: a directory destination receives the file under its own name.
fn copy_into(src: &str, dst: &str, meta: bool) -> PyResult<String> {
    let dst = if Path::new(dst).is_dir() {
        super::os::join(&[dst.to_string(), super::os::split(src).1])
    } else {
        dst.to_string()
    };
    copyfile(src, &dst)?;
    let perms = std::fs::metadata(src)
        .map_err(|e| os_error(&e, src, None))?
        .permissions();
    std::fs::set_permissions(&dst, perms).map_err(|e| os_error(&e, &dst, None))?;
    if meta
        && let Ok(m) = std::fs::metadata(src)
        && let Ok(t) = m.modified()
        && let Ok(f) = std::fs::File::options().write(true).open(&dst)
    {
        let _ = f.set_modified(t);
    }
    Ok(dst)
}

fn copytree(src: &str, dst: &str, exist_ok: bool) -> PyResult<()> {
    let entries: Vec<_> = std::fs::read_dir(src)
        .map_err(|e| os_error(&e, src, None))?
        .filter_map(|e| e.ok())
        .collect();
    super::os::mkdir(dst, true, exist_ok)?;
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let s = super::os::join(&[src.to_string(), name.clone()]);
        let d = super::os::join(&[dst.to_string(), name]);
        if Path::new(&s).is_dir() {
            copytree(&s, &d, exist_ok)?;
        } else {
            copy_into(&s, &d, true)?;
        }
    }
    Ok(())
}

pub fn shutil_call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "rmtree" => {
            let a = bind(
                "rmtree",
                &["path", "ignore_errors", "onerror"],
                1,
                args,
                kwargs,
            )?;
            if a[2].as_ref().is_some_and(|v| !v.is_none()) {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "molt: shutil.rmtree's onerror is not supported",
                ));
            }
            let p = path(&a[0])?;
            let ignore = a[1].as_ref().is_some_and(|v| v.truthy());
            if let Ok(m) = std::fs::symlink_metadata(&p)
                && m.file_type().is_symlink()
            {
                if ignore {
                    return Ok(Value::None);
                }
                return Err(PyErr::msg(
                    ExcKind::OSError,
                    "Cannot call rmtree on a symbolic link",
                ));
            }
            match std::fs::remove_dir_all(&p) {
                Ok(()) => Ok(Value::None),
                Err(_) if ignore => Ok(Value::None),
                Err(e) => Err(os_error(&e, &p, None)),
            }
        }
        "copyfile" => {
            let a = bind("copyfile", &["src", "dst"], 2, args, kwargs)?;
            let dst = path(&a[1])?;
            copyfile(&path(&a[0])?, &dst)?;
            Ok(a[1].clone().unwrap_or(Value::None))
        }
        "copy" | "copy2" => {
            let a = bind(name, &["src", "dst"], 2, args, kwargs)?;
            let d = copy_into(&path(&a[0])?, &path(&a[1])?, name == "copy2")?;
            Ok(Value::str(&d))
        }
        "copytree" => {
            let a = bind(
                "copytree",
                &["src", "dst", "dirs_exist_ok"],
                2,
                args,
                kwargs,
            )?;
            let exist_ok = a[2].as_ref().is_some_and(|v| v.truthy());
            copytree(&path(&a[0])?, &path(&a[1])?, exist_ok)?;
            Ok(a[1].clone().unwrap_or(Value::None))
        }
        "move" => {
            let a = bind("move", &["src", "dst"], 2, args, kwargs)?;
            let src = path(&a[0])?;
            let mut dst = path(&a[1])?;
            if Path::new(&dst).is_dir() {
                let base = super::os::split(src.trim_end_matches('/')).1;
                dst = super::os::join(&[dst, base]);
                if Path::new(&dst).exists() {
                    return Err(PyErr::msg(
                        ExcKind::ShutilError,
                        format!("Destination path '{dst}' already exists"),
                    ));
                }
            }
            match std::fs::rename(&src, &dst) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(18) => {
                    // EXDEV: copy, then remove the source.
                    if Path::new(&src).is_dir() {
                        copytree(&src, &dst, false)?;
                        std::fs::remove_dir_all(&src).map_err(|e| os_error(&e, &src, None))?;
                    } else {
                        copy_into(&src, &dst, true)?;
                        std::fs::remove_file(&src).map_err(|e| os_error(&e, &src, None))?;
                    }
                }
                Err(e) => return Err(os_error(&e, &src, Some(&dst))),
            }
            Ok(Value::str(&dst))
        }
        _ => Err(unknown("shutil", name)),
    }
}

pub fn shutil_attr(name: &str) -> PyResult<Value> {
    Ok(super::callable::module_callable("shutil", name))
}

#[cfg(test)]
mod tests {
    #[test]
    fn random_names_differ() {
        let a = super::random_name();
        let b = super::random_name();
        assert_eq!(a.len(), 8);
        assert_ne!(a, b);
    }
}
