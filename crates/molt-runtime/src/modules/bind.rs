//! Binding call arguments to parameters for module functions and object methods, with the
//! TypeError messages CPython gives: those of Python-level functions (Python/ceval.c,
//! `missing_arguments`, `too_many_positional`) and those of Argument Clinic C functions
//! (Python/getargs.c, `_PyArg_UnpackKeywords`).

use crate::exc::{PyResult, type_error};
use crate::str::Str;
use crate::value::Value;

/// A Python-level signature: `def name(self?, p0, p1=..., *, k0=...)`.
pub struct PySig {
    /// The qualified name shown in messages (`Random.randint`, `loads`).
    pub name: &'static str,
    /// Positional-or-keyword parameters, without `self`.
    pub params: &'static [&'static str],
    /// How many of `params` have no default.
    pub required: usize,
    /// Keyword-only parameters (all with defaults).
    pub kwonly: &'static [&'static str],
    /// Whether the function is a method (its messages count `self`).
    pub method: bool,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn quote_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl PySig {
    /// Binds the arguments: one slot per parameter (`params` then `kwonly`), None where
    /// the default applies.
    pub fn bind(
        &self,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Vec<Option<Value>>> {
        let np = self.params.len();
        let nargs = args.len();
        let mut slots: Vec<Option<Value>> = vec![None; np + self.kwonly.len()];
        for (i, a) in args.into_iter().enumerate() {
            if i < np {
                slots[i] = Some(a);
            }
        }
        let mut kwonly_given = 0;
        for (k, v) in kwargs {
            let k = k.as_str();
            let pos = self
                .params
                .iter()
                .position(|p| *p == k)
                .or_else(|| self.kwonly.iter().position(|p| *p == k).map(|i| i + np));
            match pos {
                None => {
                    return type_error(format!(
                        "{}() got an unexpected keyword argument '{k}'",
                        self.name
                    ));
                }
                Some(i) => {
                    if slots[i].is_some() {
                        return type_error(format!(
                            "{}() got multiple values for argument '{k}'",
                            self.name
                        ));
                    }
                    if i >= np {
                        kwonly_given += 1;
                    }
                    slots[i] = Some(v);
                }
            }
        }
        let s = self.method as usize;
        if nargs > np {
            let takes = if self.required < np {
                format!(
                    "from {} to {} positional arguments",
                    self.required + s,
                    np + s
                )
            } else {
                format!("{} positional argument{}", np + s, plural(np + s))
            };
            let given = nargs + s;
            let msg = if kwonly_given > 0 {
                format!(
                    "{}() takes {takes} but {given} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                    self.name,
                    plural(given),
                    plural(kwonly_given)
                )
            } else {
                format!(
                    "{}() takes {takes} but {given} {} given",
                    self.name,
                    if given == 1 { "was" } else { "were" }
                )
            };
            return type_error(msg);
        }
        let missing: Vec<&str> = (0..self.required)
            .filter(|i| slots[*i].is_none())
            .map(|i| self.params[i])
            .collect();
        if !missing.is_empty() {
            return type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                self.name,
                missing.len(),
                plural(missing.len()),
                quote_list(&missing)
            ));
        }
        Ok(slots)
    }
}

/// An Argument Clinic signature of a C function or method: `name(p0, p1=..., ...)`,
/// every parameter positional-or-keyword.
pub struct CSig {
    /// The name shown in messages (`search`, `Match.group`).
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
}

impl CSig {
    pub fn bind(
        &self,
        args: Vec<Value>,
        kwargs: Vec<(Str, Value)>,
    ) -> PyResult<Vec<Option<Value>>> {
        let np = self.params.len();
        let total = args.len() + kwargs.len();
        if total > np {
            return type_error(format!(
                "{}() takes at most {np} argument{} ({total} given)",
                self.name,
                plural(np)
            ));
        }
        let nargs = args.len();
        let mut slots: Vec<Option<Value>> = vec![None; np];
        for (i, a) in args.into_iter().enumerate() {
            slots[i] = Some(a);
        }
        for (k, v) in kwargs {
            let k = k.as_str();
            match self.params.iter().position(|p| *p == k) {
                None => {
                    return type_error(format!(
                        "'{k}' is an invalid keyword argument for {}()",
                        self.name
                    ));
                }
                Some(i) if i < nargs => {
                    return type_error(format!(
                        "argument for {}() given by name ('{k}') and position ({})",
                        self.name,
                        i + 1
                    ));
                }
                Some(i) => slots[i] = Some(v),
            }
        }
        for (i, slot) in slots.iter().enumerate().take(self.required) {
            if slot.is_none() {
                return type_error(format!(
                    "{}() missing required argument '{}' (pos {})",
                    self.name,
                    self.params[i],
                    i + 1
                ));
            }
        }
        Ok(slots)
    }
}

/// METH_NOARGS: `name()` takes no arguments.
pub fn no_args(name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    if !kwargs.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    if !args.is_empty() {
        return type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        ));
    }
    Ok(())
}

/// METH_O: `name(x)` takes exactly one positional argument.
pub fn one_arg(name: &str, args: Vec<Value>, kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ));
    }
    Ok(args.into_iter().next().unwrap_or_default())
}
