//! Generator expressions called directly. Lowering makes `(e for x in xs)` a generator
//! function made and called at once with `iter(xs)`; instead of a function object called
//! through the runtime (dynamic arguments, a dynamic generator), the generator function is
//! called as a Rust fn with its closure environment, so its parameter and its items keep
//! the types inference gave them (see `molt_types::genexpr_call`).

use crate::closure::env_ident;
use crate::{Gen, names};
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

impl Gen<'_> {
    /// The generator object of a generator expression, converted to `ty`.
    pub(crate) fn genexpr_call(&mut self, fid: FuncId, arg: &Expr, ty: &Ty) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        let env_ty = env_ident(f);
        let fname = names::func_ident(&f.rust_name);
        let cells = self.env_cells(f);
        let pt = self.info.locals[fid.index()][f.params[0].local.index()].clone();
        let ret = self.info.returns[fid.index()].clone();
        // The iterator is evaluated before the environment is made, as CPython evaluates
        // `iter(xs)` before the generator object exists. A list, tuple, str or range is
        // passed itself (its iterator made at the first `next()` is the same), typed.
        let a = match molt_types::genexpr_source(arg) {
            Some(xs) if molt_types::iter_late_ok_ty(self.info.expr(xs)) => self.expr_to(xs, &pt),
            _ => self.expr_to(arg, &pt),
        };
        let call = self.q(quote! { #fname(&__env, __it) });
        let code = quote! {
            {
                let __it = #a;
                let __env = std::rc::Rc::new(#env_ty { #(#cells,)* defaults: vec![] });
                #call
            }
        };
        self.convert(code, &ret, ty)
    }
}

impl Gen<'_> {
    /// `next(g)` / `next(g, default)` of a typed generator (`rt::Gen<T>`): one resumption
    /// and the item unboxed, no dynamic call. The default is evaluated before the
    /// generator is resumed, like any argument; only the generator's end (StopIteration
    /// from `next()`) gives it.
    pub(crate) fn next_typed(&mut self, args: &[Expr], ty: &Ty) -> Option<TokenStream> {
        let Ty::Gen(item) = self.info.expr(&args[0]).clone() else {
            return None;
        };
        let g = self.expr(&args[0]);
        let Some(d) = args.get(1) else {
            let q = self.q(quote! { __g.next() });
            let code = quote! { { let __g = #g; #q } };
            return Some(self.convert(code, &item, ty));
        };
        let dt = self.info.expr(d).clone();
        let dc = self.expr(d);
        let dv = self.convert(quote! { __d }, &dt, ty);
        let iv = self.convert(quote! { __v }, &item, ty);
        let q = self.q(quote! { rt::PyIter::next_item(&mut __g) });
        Some(quote! {
            {
                let mut __g = #g;
                let __d = #dc;
                match #q {
                    Some(__v) => #iv,
                    None => #dv,
                }
            }
        })
    }
}
