//! Memoised module-level functions (`Function::cache`: `@functools.cache`,
//! `@lru_cache(...)` with literal arguments). The function's body stays the static Rust
//! function `f`; its cache is a thread-local `rt::modules::functools::memo::Memo<K, V>`,
//! and every direct call goes through the entry `f__memo`, which does what CPython's
//! `_lru_cache_wrapper` call does (Modules/_functoolsmodule.c): count a call level toward
//! the recursion limit (tp_call), build the key, look it up, and on a miss call the body
//! and store its result.
//!
//! The key is typed (`K` = the parameter's type, or a tuple of the parameters' types)
//! when the function is only called directly, with one positional argument per parameter
//! (lower_cache.rs turns any other call into a call through the value), and every
//! parameter has a hashable type whose hash and equality run no user code (int, str, bool,
//! None, tuples of those). Such keys are equal exactly when CPython's `_make_key` keys of
//! the same calls are: all keys have one shape, and `typed=True` adds one fixed type per
//! position. Otherwise the key is CPython's own key (`memo::key`) as a `Value`.
//!
//! A function also used as a value (`map(f, ...)` aside, which calls it directly) is an
//! `LruWrapper` object sharing the same cache (`f__memo_value()`), whose `__wrapped__` is
//! the body's function object; its cache then holds `Value`s.

use crate::{Gen, names};
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

fn base(f: &Function) -> String {
    names::func_ident(&f.rust_name)
        .to_string()
        .trim_start_matches("r#")
        .to_string()
}

fn memo_static(f: &Function) -> Ident {
    format_ident!("MEMO_{}", base(f))
}

fn memo_value_ident(f: &Function) -> Ident {
    format_ident!("{}__memo_value", base(f))
}

/// Types whose values can key the cache directly: hashable, and hashed and compared
/// without running Python code (floats are left out: NaN keys match by identity).
fn keyable(t: &Ty) -> bool {
    match t {
        Ty::Int | Ty::Str | Ty::Bool | Ty::None => true,
        Ty::Tuple(items) => items.len() <= 10 && items.iter().all(keyable),
        Ty::TupleVar(e) | Ty::Optional(e) => keyable(e),
        _ => false,
    }
}

impl<'m> Gen<'m> {
    /// The Rust function a direct call of `fid` calls: the cache entry of a memoised
    /// function, else the function itself.
    pub(crate) fn direct_fn_ident(&self, fid: FuncId) -> Ident {
        let f = &self.m.funcs[fid.index()];
        match f.cache {
            Some(_) => format_ident!("{}__memo", base(f)),
            None => names::func_ident(&f.rust_name),
        }
    }

    /// A memoised function used as a value: its `LruWrapper` object (one per function).
    pub(crate) fn memo_ref(&mut self, fid: FuncId, ty: &Ty) -> Option<TokenStream> {
        let f = &self.m.funcs[fid.index()];
        f.cache?;
        // The body's own function object is the wrapper's `__wrapped__`.
        self.value_funcs.insert(fid.0);
        let vf = memo_value_ident(f);
        let check = self.defined_check(fid);
        let get = self.q(quote! { #vf() });
        Some(self.convert(quote! { { #check #get } }, &Ty::Dyn, ty))
    }

    /// NameError when the `def` has not run yet (as `func_ref` does).
    fn defined_check(&self, fid: FuncId) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        if !f.needs_defined_flag {
            return quote! {};
        }
        let flag = names::defined_flag(&f.name);
        let (msg, fname) = (format!("name '{}' is not defined", f.name), &f.name);
        let r = self.raise(quote! { rt::PyErr::name_error(#msg, #fname, None) });
        quote! { if !#flag.with(|d| d.get()) { #r; } }
    }

    /// `f.cache_info()`, `f.cache_clear()`, `f.cache_parameters()` on a memoised function.
    pub(crate) fn memo_method_call(
        &mut self,
        callee: &Callee,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> Option<TokenStream> {
        let Callee::Method(recv, name) = callee else {
            return None;
        };
        let fid = molt_types::memo_method(self.m, recv, name, args, kwargs)?;
        let f = &self.m.funcs[fid.index()];
        let memo = memo_static(f);
        let check = self.defined_check(fid);
        let (code, t) = match name.as_str() {
            "cache_info" => (quote! { #memo.with(|m| m.cache_info()) }, Ty::Dyn),
            "cache_clear" => (quote! { #memo.with(|m| m.cache_clear()) }, Ty::None),
            _ => {
                let get = self.q(quote! { #memo.with(|m| m.cache_parameters()) });
                (get, Ty::Dyn)
            }
        };
        Some(self.convert(quote! { { #check #code } }, &t, ty))
    }

    /// The caches, cache entries and wrapper objects of the memoised functions (after
    /// everything else is generated: a function used as a value was seen by then).
    pub(crate) fn memo_functions(&mut self) -> Vec<TokenStream> {
        let mut out = vec![];
        for i in 0..self.m.funcs.len() {
            if self.m.funcs[i].cache.is_some() {
                out.push(self.memo_function(FuncId(i as u32)));
            }
        }
        out
    }

    fn memo_function(&mut self, fid: FuncId) -> TokenStream {
        self.func = None;
        self.frames.clear();
        let m = self.m;
        let f = &m.funcs[fid.index()];
        let Some(spec) = f.cache else {
            return quote! {};
        };
        let escaped = self.value_funcs.contains(&fid.0);
        let body = names::func_ident(&f.rust_name);
        let entry = self.direct_fn_ident(fid);
        let memo = memo_static(f);
        let pts: Vec<Ty> = f
            .params
            .iter()
            .map(|p| self.info.locals[fid.index()][p.local.index()].clone())
            .collect();
        let ret = self.info.returns[fid.index()].clone();
        let ps: Vec<Ident> = (0..pts.len()).map(|i| format_ident!("__a{}", i)).collect();
        let decls: Vec<TokenStream> = ps
            .iter()
            .zip(&pts)
            .map(|(p, t)| {
                let rt = crate::rty::rust_type(t);
                quote! { #p: #rt }
            })
            .collect();
        // Rust tuples of up to 10 items are keys (the runtime's tuple impls).
        let typed_key = !escaped && pts.len() <= 10 && pts.iter().all(keyable);
        let (kty, key) = if typed_key {
            match ps.as_slice() {
                [] => (quote! { () }, quote! { () }),
                [p] => (crate::rty::rust_type(&pts[0]), quote! { #p.clone() }),
                _ => {
                    let t = crate::rty::rust_type(&Ty::Tuple(pts.clone()));
                    (t, quote! { (#(#ps.clone(),)*) })
                }
            }
        } else {
            let vals: Vec<TokenStream> = ps
                .iter()
                .zip(&pts)
                .map(|(p, t)| self.convert(quote! { #p.clone() }, t, &Ty::Dyn))
                .collect();
            let typed = spec.typed;
            (
                quote! { rt::Value },
                quote! { rt::modules::functools::memo::key(&[#(#vals),*], &[], #typed) },
            )
        };
        // The cache holds the results as the body returns them, or boxed when the
        // wrapper object (which deals in values) shares the cache.
        let vt = if escaped { Ty::Dyn } else { ret.clone() };
        let vty = crate::rty::rust_type(&vt);
        let rty = crate::rty::rust_type(&ret);
        let store = self.in_closure(|g| g.convert(quote! { __r }, &ret, &vt));
        let back = self.convert(quote! { __v }, &vt, &ret);
        let maxsize = match spec.maxsize {
            Some(n) => quote! { Some(#n) },
            None => quote! { None },
        };
        let typed = spec.typed;
        let doc = format!(
            " The cache of `{}` (line {}): every direct call goes through `{}`.",
            f.name,
            self.line_of(f.span),
            entry
        );
        let wrapper = if escaped {
            let vf = memo_value_ident(f);
            let plain = crate::closure::value_fn_ident(f);
            quote! {
                /// The `functools._lru_cache_wrapper` object of the function, on its cache.
                pub fn #vf() -> rt::PyResult<rt::Value> {
                    thread_local! {
                        static F: std::cell::OnceCell<rt::Value> = const { std::cell::OnceCell::new() };
                    }
                    if let Some(f) = F.with(|c| c.get().cloned()) {
                        return Ok(f);
                    }
                    let f = rt::modules::functools::wrapper(#memo.with(std::rc::Rc::clone), #plain()?)?;
                    Ok(F.with(|c| c.get_or_init(|| f).clone()))
                }
            }
        } else {
            quote! {}
        };
        // An unbounded cache of typed keys is a plain hash table (no recency to keep, no
        // object to share it with).
        let fast = typed_key && spec.maxsize.is_none();
        let table = if fast {
            quote! {
                static #memo: rt::modules::functools::memo::FastMemo<#kty, #vty> =
                    const { rt::modules::functools::memo::FastMemo::new(#typed) };
            }
        } else {
            quote! {
                static #memo: std::rc::Rc<rt::modules::functools::memo::Memo<#kty, #vty>> =
                    rt::modules::functools::memo::Memo::shared(#maxsize, #typed);
            }
        };
        let lookup = if fast {
            quote! {
                let __h = rt::modules::functools::memo::MemoKey::memo_hash(&__k);
                if let Some(__v) = #memo.with(|__m| __m.hit(&__k, __h))? {
                    return Ok(__v);
                }
                let __r = #body(#(#ps),*)?;
                #memo.with(|__m| __m.store(__k, __h, &__r))?;
                Ok(__r)
            }
        } else {
            quote! {
                let __v: #vty = #memo.with(|__m| {
                    __m.call(__k, || {
                        let __r = #body(#(#ps),*)?;
                        Ok(#store)
                    })
                })?;
                Ok(#back)
            }
        };
        quote! {
            thread_local! {
                #[doc = #doc]
                #table
            }
            #[inline]
            pub fn #entry(#(#decls),*) -> rt::PyResult<#rty> {
                // The wrapper's own call level (tp_call), before the key is even made.
                let _call = rt::rt::enter_call()?;
                let __k: #kty = #key;
                #lookup
            }
            #wrapper
        }
    }
}
