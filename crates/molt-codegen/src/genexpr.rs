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
