//! Functions as values: closure environments, function objects (`rt::func::Function`)
//! for nested defs, lambdas and functions passed around, and calls through values.
//!
//! A function made at run time compiles to a Rust fn taking `&Env_x` (its captured cells
//! and stored defaults) and its parameters; the function object is a Rust closure that
//! binds the call's arguments with CPython's rules (`rt::func::bind`) and calls it.

use crate::{Gen, names};
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

pub(crate) fn env_ident(f: &Function) -> Ident {
    format_ident!(
        "Env_{}",
        names::func_ident(&f.rust_name)
            .to_string()
            .trim_start_matches("r#")
    )
}

pub(crate) fn sig_ident(f: &Function) -> Ident {
    format_ident!(
        "SIG_{}",
        names::func_ident(&f.rust_name)
            .to_string()
            .trim_start_matches("r#")
    )
}

pub(crate) fn value_fn_ident(f: &Function) -> Ident {
    format_ident!(
        "{}__value",
        names::func_ident(&f.rust_name)
            .to_string()
            .trim_start_matches("r#")
    )
}

pub(crate) fn free_field(i: u32) -> Ident {
    format_ident!("f{}", i)
}

impl<'m> Gen<'m> {
    /// `static SIG_x: rt::func::Sig` for binding calls through the function's value.
    pub(crate) fn sig_decl(&self, fid: FuncId) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        let id = sig_ident(f);
        let qual = &f.qualname;
        let params = f.params.iter().map(|p| {
            let n = &p.name;
            let k = match p.kind {
                ParamKind::PositionalOnly => quote! { PositionalOnly },
                ParamKind::Normal => quote! { Normal },
                ParamKind::KeywordOnly => quote! { KeywordOnly },
                ParamKind::VarPositional => quote! { VarPositional },
                ParamKind::VarKeyword => quote! { VarKeyword },
            };
            let d = p.default.is_some();
            quote! { (#n, rt::func::ParamKind::#k, #d) }
        });
        quote! {
            static #id: rt::func::Sig = rt::func::Sig { name: #qual, params: &[#(#params),*] };
        }
    }

    /// The closure environment of a function made at run time.
    pub(crate) fn env_decl(&self, fid: FuncId) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        let id = env_ident(f);
        let fields = f.free.iter().enumerate().map(|(i, _)| {
            let name = free_field(i as u32);
            let ty = crate::rty::rust_type(&self.info.free[fid.index()][i]);
            quote! { pub #name: rt::func::Cell<#ty>, }
        });
        quote! {
            #[allow(non_camel_case_types)]
            pub struct #id {
                #(#fields)*
                /// Defaults evaluated when the `def` ran.
                pub defaults: Vec<rt::Value>,
            }
        }
    }

    /// The body of a function object's closure: binds `__args`/`__kw` to the parameters,
    /// calls the compiled function and boxes its result. `env`: whether `__env` exists.
    /// Second, the exact-arity entry (`rt::func::FastFn`) when every parameter is
    /// positional: a closure over `__a: &mut [rt::Value]`.
    fn bound_call(&mut self, fid: FuncId, env: bool) -> (TokenStream, Option<TokenStream>) {
        let f = &self.m.funcs[fid.index()];
        let name = names::func_ident(&f.rust_name);
        let sig = sig_ident(f);
        let mut binds = vec![];
        let mut fast_binds = vec![];
        let mut args = vec![];
        let n_params = f.params.len();
        // Every parameter positional: a call with exactly that many positional arguments
        // and no keywords binds them in order without rt::func::bind.
        let all_positional = f
            .params
            .iter()
            .all(|p| matches!(p.kind, ParamKind::PositionalOnly | ParamKind::Normal));
        for (i, p) in f.params.iter().enumerate() {
            let pt = self.info.locals[fid.index()][p.local.index()].clone();
            let v = format_ident!("__p{}", i);
            let conv = self.in_closure(|g| g.convert(quote! { __v }, &Ty::Dyn, &pt));
            if all_positional {
                let a = format_ident!("__a{}", i);
                if pt == Ty::Dyn {
                    fast_binds.push(quote! { let #v = #a; });
                } else {
                    fast_binds.push(quote! { let #v = { let __v = #a; #conv }; });
                }
            }
            let default = match &p.default {
                Some(Default::Const(d)) => self.in_closure(|g| g.expr_to(d, &pt)),
                Some(Default::Stored(j)) => {
                    let j = *j as usize;
                    self.in_closure(|g| {
                        g.convert(quote! { __env.defaults[#j].clone() }, &Ty::Dyn, &pt)
                    })
                }
                Some(Default::Global(g)) => {
                    let gt = self.info.globals[g.index()].clone();
                    let span = p.span;
                    self.in_closure(|cg| {
                        let r = cg.read_var(Var::Global(*g), span);
                        cg.convert(r, &gt, &pt)
                    })
                }
                // bind() reports missing required arguments itself.
                None => self.in_closure(|g| g.convert(quote! { rt::Value::None }, &Ty::Dyn, &pt)),
            };
            binds.push(quote! {
                let #v = match __it.next() { Some(Some(__v)) => #conv, _ => #default };
            });
            args.push(v);
        }
        let ret = self.info.returns[fid.index()].clone();
        let boxed = self.convert(quote! { __r }, &ret, &Ty::Dyn);
        let env_arg = if env {
            quote! { &__env, }
        } else {
            quote! {}
        };
        let entry = all_positional.then(|| {
            let arr: Vec<_> = (0..n_params).map(|i| format_ident!("__a{}", i)).collect();
            quote! {
                move |__a: &mut [rt::Value]| -> rt::PyResult<rt::Value> {
                    match __a {
                        [#(#arr),*] => {
                            #(let #arr = std::mem::take(#arr);)*
                            #(#fast_binds)*
                            let __r = #name(#env_arg #(#args),*)?;
                            Ok(#boxed)
                        }
                        _ => Err(rt::func::arity_mismatch()),
                    }
                }
            }
        });
        // An exact positional call never reaches this closure: `Function::invoke` takes
        // the exact-arity entry first.
        let body = quote! {
            let __s = rt::func::bind(&#sig, __args, __kw)?;
            let mut __it = __s.into_iter();
            #(#binds)*
            let __r = #name(#env_arg #(#args),*)?;
            Ok(#boxed)
        };
        (body, entry)
    }

    /// The `(positional, keyword)` default values for `__defaults__`/`__kwdefaults__`,
    /// when the function has any (stored ones come from `__defaults`).
    fn default_lists(&mut self, fid: FuncId) -> Option<(Vec<TokenStream>, Vec<TokenStream>)> {
        let f = &self.m.funcs[fid.index()];
        if f.params.iter().all(|p| p.default.is_none()) {
            return None;
        }
        let mut pos = vec![];
        let mut kw = vec![];
        for p in &f.params {
            let v = match &p.default {
                None => continue,
                Some(Default::Const(d)) => self.expr_to(d, &Ty::Dyn),
                Some(Default::Stored(j)) => {
                    let j = *j as usize;
                    quote! { __defaults[#j].clone() }
                }
                Some(Default::Global(g)) => {
                    let gt = self.info.globals[g.index()].clone();
                    let r = self.read_var(Var::Global(*g), p.span);
                    self.convert(r, &gt, &Ty::Dyn)
                }
            };
            if p.kind == ParamKind::KeywordOnly {
                let n = &p.name;
                kw.push(quote! { (#n, #v) });
            } else {
                pos.push(v);
            }
        }
        Some((pos, kw))
    }

    /// The `field: cell` initialisers of `f`'s closure environment, from the current body.
    pub(crate) fn env_cells(&self, f: &Function) -> Vec<TokenStream> {
        f.free
            .iter()
            .enumerate()
            .map(|(i, fv)| {
                let field = free_field(i as u32);
                let c = self.closure_cell(fv.src);
                quote! { #field: #c }
            })
            .collect()
    }

    /// Where the current body finds a variable it hands to a new closure.
    pub(crate) fn closure_cell(&self, src: FreeSrc) -> TokenStream {
        match src {
            FreeSrc::Local(l) => {
                let id = &self.local_idents[l.index()];
                quote! { #id.clone() }
            }
            // In a fused generator expression, the consumer's cell (fuse.rs).
            FreeSrc::Free(j) => {
                let c = self.free_cell(j);
                quote! { #c.clone() }
            }
        }
    }

    /// `MakeFunc`: a new function object, closing over the current body's cells.
    pub(crate) fn make_func(&mut self, fid: FuncId, defaults: &[Expr]) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        let env_ty = env_ident(f);
        let name = f.name.clone();
        let qual = f.qualname.clone();
        let cells = self.env_cells(f);
        let ds: Vec<TokenStream> = defaults.iter().map(|d| self.expr_to(d, &Ty::Dyn)).collect();
        let (call, entry) = self.bound_call(fid, true);
        let closure = quote! {
            move |__args: Vec<rt::Value>, __kw: Vec<(rt::Str, rt::Value)>| -> rt::PyResult<rt::Value> {
                #call
            }
        };
        let make = match self.default_lists(fid) {
            None => quote! { rt::func::function(#name, #qual, #closure) },
            Some((pos, kw)) => self.q(quote! {
                rt::func::function_with_defaults(#name, #qual, vec![#(#pos),*], vec![#(#kw),*], #closure)
            }),
        };
        let make = with_doc(make, &self.m.funcs[fid.index()].doc);
        let make = with_module(make, &self.m.funcs[fid.index()].module);
        let make = match entry {
            Some(e) => {
                let n = self.m.funcs[fid.index()].params.len();
                quote! {
                    {
                        let __fast = { let __env = __env.clone(); #e };
                        rt::func::with_fast(#make, #n, __fast)
                    }
                }
            }
            None => make,
        };
        quote! {
            {
                let __defaults: Vec<rt::Value> = vec![#(#ds),*];
                let __env = std::rc::Rc::new(#env_ty { #(#cells,)* defaults: __defaults.clone() });
                #make
            }
        }
    }

    /// `MakeClass`: evaluates bases and keywords, then runs the class body function,
    /// which makes the class.
    pub(crate) fn make_class(
        &mut self,
        body: FuncId,
        bases: &[Expr],
        kwargs: &[(String, Expr)],
    ) -> TokenStream {
        let f = &self.m.funcs[body.index()];
        let env_ty = env_ident(f);
        let fname = names::func_ident(&f.rust_name);
        let cells = self.env_cells(f);
        let bs: Vec<TokenStream> = bases.iter().map(|b| self.expr_to(b, &Ty::Dyn)).collect();
        let ks: Vec<TokenStream> = kwargs
            .iter()
            .map(|(k, v)| {
                let v = self.expr_to(v, &Ty::Dyn);
                quote! { (rt::Str::from(#k), #v) }
            })
            .collect();
        let call = self.q(quote! { #fname(&__env, __bases, __kw) });
        quote! {
            {
                let __bases: Vec<rt::Value> = vec![#(#bs),*];
                let __kw: Vec<(rt::Str, rt::Value)> = vec![#(#ks),*];
                let __env = std::rc::Rc::new(#env_ty { #(#cells,)* defaults: vec![] });
                #call
            }
        }
    }

    /// The end of a class body: its bound attributes become the namespace of the new
    /// class, which also fills the `__class__` cell for `super()`.
    pub(crate) fn class_body_end(&mut self, fid: FuncId) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        let mut pushes = vec![];
        // CPython's order: `__annotations__` (SETUP_ANNOTATIONS starts a body that
        // annotates), then `__doc__`, then the body's names.
        let mut ns_order: Vec<LocalId> = f.class_ns.clone();
        if let Some(p) = ns_order
            .iter()
            .position(|l| f.locals[l.index()].name == "__annotations__")
        {
            let a = ns_order.remove(p);
            ns_order.insert(0, a);
        }
        let doc = f
            .doc
            .as_ref()
            .map(|d| quote! { __ns.push((rt::Str::from("__doc__"), rt::Value::str(#d))); });
        let doc_at = usize::from(
            ns_order
                .first()
                .is_some_and(|l| f.locals[l.index()].name == "__annotations__"),
        );
        for (i, l) in ns_order.iter().enumerate() {
            if i == doc_at
                && let Some(d) = &doc
            {
                pushes.push(d.clone());
            }
            let id = &self.local_idents[l.index()];
            let name = &f.locals[l.index()].name;
            let t = self.info.locals[fid.index()][l.index()].clone();
            let boxed = self.convert(quote! { __v }, &t, &Ty::Dyn);
            let get = if self.cells.contains(&l.0) {
                quote! { #id.try_get() }
            } else if self.optional_locals.contains(&l.0) {
                quote! { #id.clone() }
            } else {
                quote! { Some(#id.clone()) }
            };
            pushes.push(quote! {
                if let Some(__v) = #get {
                    __ns.push((rt::Str::from(#name), #boxed));
                }
            });
        }
        if doc_at >= ns_order.len()
            && let Some(d) = doc
        {
            pushes.push(d);
        }
        let name = &f.name;
        let qual = &f.qualname;
        let module = &f.module;
        let make =
            self.q(quote! { rt::class::new_class(#name, #qual, #module, __bases, __ns, __kw) });
        // `__classcell__` goes in the namespace as in CPython (a metaclass sees it and
        // must pass it on to type.__new__, which fills the cell).
        let set_cell = if self.cells.contains(&0) {
            pushes.push(quote! {
                __ns.push((rt::Str::from("__classcell__"), rt::class::class_cell(&__class__)));
            });
            quote! { __class__.set(__cls.clone()); }
        } else {
            quote! {}
        };
        quote! {
            let mut __ns: Vec<(rt::Str, rt::Value)> = Vec::new();
            #(#pushes)*
            let __cls: rt::Value = #make;
            #set_cell
            Ok(__cls)
        }
    }

    /// A module-level function used as a value: one object per function (so `f is f`).
    pub(crate) fn func_ref(&mut self, fid: FuncId, ty: &Ty) -> TokenStream {
        self.value_funcs.insert(fid.0);
        let f = &self.m.funcs[fid.index()];
        let vf = value_fn_ident(f);
        let check = if f.needs_defined_flag {
            let flag = names::defined_flag(&f.name);
            let msg = format!("name '{}' is not defined", f.name);
            let r = self.raise(quote! { rt::PyErr::msg(rt::ExcKind::NameError, #msg) });
            quote! { if !#flag.with(|d| d.get()) { #r; } }
        } else {
            quote! {}
        };
        let get = self.q(quote! { #vf() });
        self.convert(quote! { { #check #get } }, &Ty::Dyn, ty)
    }

    /// The `name__value()` functions of module-level functions used as values.
    pub(crate) fn value_fns(&mut self) -> Vec<TokenStream> {
        let mut ids: Vec<u32> = self.value_funcs.iter().copied().collect();
        ids.sort();
        let mut out = vec![];
        for i in ids {
            let fid = FuncId(i);
            self.func = Some(fid);
            self.frames.clear();
            let f = &self.m.funcs[fid.index()];
            self.local_idents = names::local_idents(f);
            let vf = value_fn_ident(f);
            let name = f.name.clone();
            let qual = f.qualname.clone();
            let sig = self.sig_decl(fid);
            let (call, entry) = self.bound_call(fid, false);
            let closure = quote! {
                |__args: Vec<rt::Value>, __kw: Vec<(rt::Str, rt::Value)>| -> rt::PyResult<rt::Value> {
                    #call
                }
            };
            // Made on first use, after the `def` ran (its defaults are set by then).
            let make = match self.in_closure(|g| g.default_lists(fid)) {
                None => quote! { Ok(rt::func::function(#name, #qual, #closure)) },
                Some((pos, kw)) => quote! {
                    rt::func::function_with_defaults(#name, #qual, vec![#(#pos),*], vec![#(#kw),*], #closure)
                },
            };
            let make = match &f.doc {
                Some(d) => quote! { (#make).map(|__fo| rt::func::with_doc(__fo, #d)) },
                None => make,
            };
            let make = match f.module.as_str() {
                "__main__" => make,
                m => quote! { (#make).map(|__fo| rt::func::with_module(__fo, #m)) },
            };
            let make = match entry {
                Some(e) => {
                    let n = f.params.len();
                    quote! { (#make).map(|__fo| rt::func::with_fast(__fo, #n, #e)) }
                }
                None => make,
            };
            out.push(quote! {
                #sig
                pub fn #vf() -> rt::PyResult<rt::Value> {
                    thread_local! {
                        static F: std::cell::OnceCell<rt::Value> = const { std::cell::OnceCell::new() };
                    }
                    if let Some(f) = F.with(|c| c.get().cloned()) {
                        return Ok(f);
                    }
                    let f = (|| -> rt::PyResult<rt::Value> { #make })()?;
                    Ok(F.with(|c| c.get_or_init(|| f).clone()))
                }
            });
        }
        self.func = None;
        out
    }

    /// `CallValue`: calls any callable, with `*` and `**` arguments.
    pub(crate) fn call_value(
        &mut self,
        func: &Expr,
        args: &[Arg],
        kwargs: &[KwArg],
        ty: &Ty,
    ) -> TokenStream {
        // `obj.method(*args)`: the method is looked up on the receiver and called.
        let (fcode, method) = match &func.kind {
            ExprKind::Attr(recv, name) => (self.expr_to(recv, &Ty::Dyn), Some(name.clone())),
            _ => (self.expr_to(func, &Ty::Dyn), None),
        };
        let f = self.fresh("f");
        let starred = args.iter().any(|a| matches!(a, Arg::Star(_)));
        let arg_vals: Vec<TokenStream> = args
            .iter()
            .map(|a| match a {
                Arg::Pos(x) => {
                    let v = self.expr_to(x, &Ty::Dyn);
                    if starred {
                        quote! { (false, #v) }
                    } else {
                        v
                    }
                }
                Arg::Star(x) => {
                    let v = self.expr_to(x, &Ty::Dyn);
                    quote! { (true, #v) }
                }
            })
            .collect();
        let a = self.fresh("a");
        let args_code = if starred {
            self.q(quote! { rt::func::star_args(&#f, vec![#(#arg_vals),*]) })
        } else {
            quote! { vec![#(#arg_vals),*] }
        };
        let double = kwargs.iter().any(|k| k.name.is_none());
        let kw_vals: Vec<TokenStream> = kwargs
            .iter()
            .map(|k| {
                let v = self.expr_to(&k.value, &Ty::Dyn);
                match (&k.name, double) {
                    (Some(n), false) => quote! { (rt::Str::from(#n), #v) },
                    (Some(n), true) => quote! { (Some(rt::Str::from(#n)), #v) },
                    (None, _) => quote! { (None, #v) },
                }
            })
            .collect();
        let k = self.fresh("k");
        let kw_code = if double {
            self.q(quote! { rt::func::star_kwargs(&#f, vec![#(#kw_vals),*]) })
        } else {
            quote! { vec![#(#kw_vals),*] }
        };
        if method.is_none() && !starred && kwargs.is_empty() {
            // Positional only: the arguments stay in an array on the stack, after a free
            // slot for a bound method's self or a new instance.
            let call =
                self.q(quote! { rt::func::call_pos(&#f, &mut [rt::Value::None, #(#arg_vals),*]) });
            let code = quote! {
                {
                    let #f: rt::Value = #fcode;
                    #call
                }
            };
            return self.convert(code, &Ty::Dyn, ty);
        }
        let call = match method {
            Some(m) => self.q(quote! { rt::attr::call_method_static(&#f, #m, #a, #k) }),
            None => self.q(quote! { rt::func::call(&#f, #a, #k) }),
        };
        let code = quote! {
            {
                let #f: rt::Value = #fcode;
                let #a: Vec<rt::Value> = #args_code;
                let #k: Vec<(rt::Str, rt::Value)> = #kw_code;
                #call
            }
        };
        self.convert(code, &Ty::Dyn, ty)
    }
}

/// A function value of an imported module, with the module's name as `__module__`.
fn with_module(make: TokenStream, module: &str) -> TokenStream {
    match module {
        "__main__" => make,
        m => quote! { rt::func::with_module(#make, #m) },
    }
}

/// A function value with its docstring as `__doc__`.
fn with_doc(make: TokenStream, doc: &Option<String>) -> TokenStream {
    match doc {
        Some(d) => quote! { rt::func::with_doc(#make, #d) },
        None => make,
    }
}
