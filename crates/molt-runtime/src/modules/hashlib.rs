//! `hashlib`: md5, sha1, sha224, sha256, sha384, sha512 and `new(name)`, with update,
//! digest, hexdigest, copy, name, digest_size, block_size (RustCrypto implementations).

use super::bytes::bytes;
use super::stdc_util::{bind, obj, s, unknown};
use crate::exc::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{ObjRef, Object};
use crate::str::Str;
use crate::value::Value;
use sha2::Digest;
use std::any::Any;
use std::cell::RefCell;

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    fn update(&mut self, b: &[u8]) {
        match self {
            State::Md5(h) => h.update(b),
            State::Sha1(h) => h.update(b),
            State::Sha224(h) => h.update(b),
            State::Sha256(h) => h.update(b),
            State::Sha384(h) => h.update(b),
            State::Sha512(h) => h.update(b),
        }
    }
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
        }
    }
    fn sizes(&self) -> (i64, i64) {
        match self {
            State::Md5(_) => (16, 64),
            State::Sha1(_) => (20, 64),
            State::Sha224(_) => (28, 64),
            State::Sha256(_) => (32, 64),
            State::Sha384(_) => (48, 128),
            State::Sha512(_) => (64, 128),
        }
    }
}

pub struct Hash(RefCell<State>);

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if matches!(v, Value::Str(_)) {
        return type_error("Strings must be encoded before hashing");
    }
    super::bytes::any_buffer(v).ok_or_else(|| {
        PyErr::msg(
            ExcKind::TypeError,
            "object supporting the buffer API required".to_string(),
        )
    })
}

impl Object for Hash {
    fn type_name(&self) -> &'static str {
        "HASH"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn repr_into(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&format!(
            "<{} _hashlib.HASH object>",
            self.0.borrow().name()
        ));
        Ok(())
    }
    fn getattr(&self, _this: &ObjRef, name: &str) -> PyResult<Value> {
        let st = self.0.borrow();
        match name {
            "name" => Ok(s(st.name())),
            "digest_size" => Ok(Value::int(st.sizes().0)),
            "block_size" => Ok(Value::int(st.sizes().1)),
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_hashlib.HASH' object has no attribute '{name}'"),
            )),
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
            "update" => {
                super::stdc_util::no_kwargs("HASH.update", &kwargs)?;
                super::stdc_util::arity("update", &args, 1, 1)?;
                let b = data_arg(&args[0])?;
                self.0.borrow_mut().update(&b);
                Ok(Value::None)
            }
            "digest" | "hexdigest" | "copy" => {
                super::stdc_util::arity(name, &args, 0, 0)?;
                let st = self.0.borrow();
                Ok(match name {
                    "digest" => bytes(st.digest()),
                    "hexdigest" => Value::Str(Str::from_string(
                        st.digest().iter().map(|b| format!("{b:02x}")).collect(),
                    )),
                    _ => obj(Hash(RefCell::new(st.clone()))),
                })
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!("'_hashlib.HASH' object has no attribute '{name}'"),
            )),
        }
    }
}

fn make(name: &str, data: Option<&Value>) -> PyResult<Value> {
    let mut st = State::new(name)
        .ok_or_else(|| PyErr::msg(ExcKind::ValueError, format!("unsupported hash type {name}")))?;
    if let Some(d) = data.filter(|d| !d.is_none()) {
        st.update(&data_arg(d)?);
    }
    Ok(obj(Hash(RefCell::new(st))))
}

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "md5" | "sha1" | "sha224" | "sha256" | "sha384" | "sha512" => {
            let a = bind(name, &["string", "usedforsecurity"], 0, args, kwargs)?;
            make(name, a[0].as_ref())
        }
        "new" => {
            let a = bind("new", &["name", "data", "usedforsecurity"], 1, args, kwargs)?;
            match &a[0] {
                Some(Value::Str(n)) => make(n.as_str(), a[1].as_ref()),
                Some(v) => type_error(format!(
                    "new() argument 'name' must be str, not {}",
                    v.class_name()
                )),
                None => Ok(Value::None),
            }
        }
        _ => Err(unknown("hashlib", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    Err(unknown("hashlib", name))
}
