//! Expressions. Each produces an owned Rust value of the expression's inferred type.

use crate::{Gen, rty};
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl<'m> Gen<'m> {
    /// The value of `e`, converted to `to`.
    pub(crate) fn expr_to(&mut self, e: &Expr, to: &Ty) -> TokenStream {
        let from = self.info.expr(e).clone();
        let code = self.expr(e);
        self.convert_owned(code, &from, to)
    }

    /// `convert` of a freshly computed (owned) value: boxing moves what it holds rather
    /// than cloning it and dropping the original.
    pub(crate) fn convert_owned(&self, code: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
        match (from, to) {
            (Ty::Tuple(_) | Ty::Optional(_), Ty::Dyn) => quote! { rt::PyObj::into_value(#code) },
            _ => self.convert(code, from, to),
        }
    }

    /// Converts a value between representations. Inference only lets a value flow into a
    /// wider type (Dyn, Optional), so these are boxing conversions; the last arm keeps
    /// code that can never run (values of unreachable expressions) well-typed.
    pub(crate) fn convert(&self, code: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
        if from == to {
            return code;
        }
        match (from, to) {
            (_, Ty::Dyn) => quote! { rt::PyObj::to_value(&#code) },
            (Ty::None, Ty::Optional(_)) => quote! { { let _ = #code; None } },
            (f, Ty::Optional(inner)) if f == &**inner => quote! { Some(#code) },
            // A local read where a test proved it is not None (inference's narrowing).
            (Ty::Optional(inner), t) if t == &**inner => {
                self.q(quote! { rt::conv::unwrap_narrowed(#code) })
            }
            (Ty::Bool, Ty::Int) => quote! { rt::Int::from(#code) },
            (Ty::Bool, Ty::Float) => quote! { (#code as i64 as f64) },
            _ => {
                let t = rty::rust_type(to);

                self.q(quote! { rt::conv::unbox::<#t>(rt::PyObj::to_value(&#code)) })
            }
        }
    }

    /// Generates code that runs inside a closure returning PyResult.
    pub(crate) fn in_closure<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.frames.push(crate::Frame::Closure);
        let r = f(self);
        self.frames.pop();
        r
    }

    /// A value that implements `IntoPyIter`: fixed-size tuples become `Tup`s of their joined
    /// item type; optional values go through the dynamic path.
    pub(crate) fn iter_src(&self, code: TokenStream, t: &Ty) -> TokenStream {
        match t {
            Ty::Tuple(items) => {
                let el = t.elem().unwrap_or(Ty::Dyn);
                let parts: Vec<TokenStream> = items
                    .iter()
                    .enumerate()
                    .map(|(i, it)| {
                        let idx = syn::Index::from(i);
                        self.convert(quote! { __t.#idx }, it, &el)
                    })
                    .collect();
                // The item type is spelled out: `()` has no items to infer it from.
                let elt = crate::rty::rust_type(&el);
                quote! { { let __t = #code; rt::Tup::<#elt>::from_vec(vec![#(#parts),*]) } }
            }
            t if t.elem().is_none() || matches!(t, Ty::Optional(_)) => {
                quote! { rt::PyObj::to_value(&#code) }
            }
            _ => code,
        }
    }

    /// `zip(*x)` typed by inference (`Infer::zip_star`): x a list or tuple of sequences.
    fn zip_star(&mut self, x: &Expr, ty: &Ty) -> Option<TokenStream> {
        let Ty::Iter(item) = ty else { return None };
        let Ty::TupleVar(el) = &**item else {
            return None;
        };
        let xt = self.info.expr(x).clone();
        let row = match &xt {
            Ty::List(r) | Ty::TupleVar(r) => (**r).clone(),
            _ => return None,
        };
        let row_el = match &row {
            Ty::List(_) | Ty::TupleVar(_) | Ty::Str | Ty::Range => row.elem()?,
            _ => return None,
        };
        let xc = self.expr(x);
        let conv = self.in_closure(|g| g.convert(quote! { __x }, &row_el, el));
        let rt_el = crate::rty::rust_type(&row_el);
        let q = self.q(quote! { rt::iter::zip_star(&__rows, |__x: #rt_el| Ok(#conv)) });
        Some(quote! { { let __rows = #xc; #q } })
    }

    /// `e` evaluated into a value the caller owns and uses once: a local's last use
    /// (moves.rs) gives the variable's value away instead of a clone.
    pub(crate) fn expr_move(&mut self, e: &Expr) -> TokenStream {
        let ty = self.info.expr(e).clone();
        self.expr_move_to(e, &ty)
    }

    /// `expr_move`, converted to `ty`.
    pub(crate) fn expr_move_to(&mut self, e: &Expr, ty: &Ty) -> TokenStream {
        match self.moved_local(e) {
            Some((id, vt)) => self.convert_owned(id, &vt, ty),
            None => self.expr_to(e, ty),
        }
    }

    /// The variable of a local read that may give its value away here (see `expr_move`),
    /// with the variable's type.
    pub(crate) fn moved_local(&self, e: &Expr) -> Option<(TokenStream, Ty)> {
        if let ExprKind::Name(Var::Local(l)) = e.kind
            && self.moves.contains(&e.id)
            && self.frames.is_empty()
            && !self.is_borrowed_self(l)
            && !self.fused
        {
            let id = self.plain_local(l)?;
            return Some((id, self.var_ty(Var::Local(l))));
        }
        None
    }

    /// An operand that the operation only borrows: a plain local is used in place (no
    /// clone); anything else is evaluated to a temporary.
    pub(crate) fn operand(&mut self, e: &Expr) -> TokenStream {
        if let ExprKind::Name(Var::Local(l)) = e.kind
            && !self.is_deferred(l)
            && !self.optional_locals.contains(&l.0)
            && !self.native.contains(&l.0)
            && !self.cells.contains(&l.0)
            && self.info.expr(e) == &self.var_ty(Var::Local(l))
        {
            return self.local_place(l);
        }
        self.expr(e)
    }

    /// The expression as i64 code, when it provably fits in an i64 and so do all the
    /// intermediate values (see bounds.rs); None otherwise.
    pub(crate) fn native_expr(&mut self, e: &Expr) -> Option<TokenStream> {
        if self.info.expr(e) != &Ty::Int {
            return None;
        }
        let r = self.ranges.get(&e.id).copied()?;
        if !crate::bounds::fits_i64(r) {
            return None;
        }
        Some(match &e.kind {
            ExprKind::Int(v) => quote! { #v },
            ExprKind::Name(Var::Local(l)) if self.native.contains(&l.0) => {
                let id = &self.local_idents[l.index()];
                quote! { #id }
            }
            ExprKind::Binary(op, a, b) => {
                // Operands must fit too, and a divisor must exclude zero.
                let bi = self.ranges.get(&b.id).copied()?;
                let ai = self.ranges.get(&a.id).copied()?;
                let ac = self.native_expr(a)?;
                let bc = self.native_expr(b)?;
                // Non-negative operands: Python's // and % are Rust's.
                let both_pos = ai.0 >= 0 && bi.0 > 0;
                match op {
                    BinOp::FloorDiv if both_pos => quote! { (#ac / #bc) },
                    BinOp::Mod if both_pos => quote! { (#ac % #bc) },
                    BinOp::Add => quote! { (#ac + #bc) },
                    BinOp::Sub => quote! { (#ac - #bc) },
                    BinOp::Mul => quote! { (#ac * #bc) },
                    BinOp::FloorDiv if bi.0 > 0 || bi.1 < 0 => {
                        quote! { rt::rt::floordiv_i64(#ac, #bc) }
                    }
                    BinOp::Mod if bi.0 > 0 || bi.1 < 0 => quote! { rt::rt::mod_i64(#ac, #bc) },
                    BinOp::BitAnd => quote! { (#ac & #bc) },
                    BinOp::BitOr => quote! { (#ac | #bc) },
                    BinOp::BitXor => quote! { (#ac ^ #bc) },
                    BinOp::RShift if bi.0 >= 0 => quote! { (#ac >> (#bc).min(63)) },
                    _ => return None,
                }
            }
            ExprKind::Unary(UnaryOp::Neg, x) => {
                let c = self.native_expr(x)?;
                quote! { (-#c) }
            }
            ExprKind::Unary(UnaryOp::Pos, x) => self.native_expr(x)?,
            ExprKind::Unary(UnaryOp::Invert, x) => {
                let c = self.native_expr(x)?;
                quote! { (!#c) }
            }
            _ => return None,
        })
    }

    /// A copy of an already evaluated value (Rc clone for shared objects).
    pub(crate) fn clone_of(&self, code: TokenStream, t: &Ty) -> TokenStream {
        if rty::is_copy(t) {
            code
        } else {
            quote! { #code.clone() }
        }
    }

    /// `e` as a `&rt::Value`: a dynamic local is borrowed rather than cloned.
    pub(crate) fn dyn_ref(&mut self, e: &Expr) -> TokenStream {
        if let ExprKind::Name(Var::Local(l)) = &e.kind
            && let Some(id) = self.dyn_local(*l)
        {
            return quote! { &#id };
        }
        let v = self.expr_to(e, &Ty::Dyn);
        quote! { &#v }
    }

    /// The variable itself, when `l` is a plain dynamic local (not a cell, not unboxed,
    /// always bound) that can be borrowed instead of cloned.
    pub(crate) fn dyn_local(&self, l: LocalId) -> Option<TokenStream> {
        if self.var_ty(Var::Local(l)) != Ty::Dyn {
            return None;
        }
        self.plain_local(l)
    }

    /// The variable itself, when `l` is a local held in a Rust variable of its own type
    /// (not a cell, not unboxed, always bound), so it can be borrowed.
    pub(crate) fn plain_local(&self, l: LocalId) -> Option<TokenStream> {
        if self.is_deferred(l)
            || self.cells.contains(&l.0)
            || self.native.contains(&l.0)
            || self.optional_locals.contains(&l.0)
        {
            return None;
        }
        Some(self.local_place(l))
    }

    /// Whether `l` is the borrowed `self` of the method being emitted (not a local of a
    /// fused generator's body numbered alike).
    pub(crate) fn is_borrowed_self(&self, l: LocalId) -> bool {
        self.borrowed_self == Some(l.0) && self.func == self.self_func
    }

    /// `__sv`, the view of the borrowed `self`, when `e` is that `self`.
    pub(crate) fn self_view(&mut self, e: &Expr) -> Option<TokenStream> {
        if let ExprKind::Name(Var::Local(l)) = &e.kind
            && self.is_borrowed_self(*l)
        {
            self.self_view_used = true;
            return Some(quote! { __sv });
        }
        None
    }

    /// A plain local as a place expression of its own type (a borrowed `self` is
    /// dereferenced), to borrow or call methods on.
    pub(crate) fn local_place(&self, l: LocalId) -> TokenStream {
        let id = &self.local_idents[l.index()];
        if self.is_borrowed_self(l) {
            quote! { (*#id) }
        } else {
            quote! { #id }
        }
    }

    /// `obj` as a reference, for a runtime method that only reads its receiver: a plain
    /// local is borrowed instead of cloned (a reference count up and down per `xs[i]`),
    /// unless evaluating `later` (what runs before the method) could rebind it.
    pub(crate) fn recv_ref(&mut self, obj: &Expr, later: &[&Expr]) -> TokenStream {
        // The variable's own type, not a narrowed one (an Optional local tested not None
        // holds an `Option` in Rust).
        if let ExprKind::Name(Var::Local(l)) = &obj.kind
            && self.var_ty(Var::Local(*l)) == *self.info.expr(obj)
            && let Some(id) = self.plain_local(*l)
            && later.iter().all(|e| crate::call::cannot_rebind(e))
        {
            return quote! { &#id };
        }
        let o = self.expr(obj);
        quote! { &#o }
    }

    /// `.map_err(...)` adding the front end's "Did you mean" to the NameError of reading
    /// a module variable at `span` that is unbound (none when there is no suggestion).
    fn name_hint(&self, span: molt_front::Span) -> TokenStream {
        match self.m.name_hints.get(&(span.start, span.end)) {
            Some(h) => quote! { .map_err(|e| e.with_name_hint(#h)) },
            None => quote! {},
        }
    }

    pub(crate) fn read_var(&mut self, v: Var, span: molt_front::Span) -> TokenStream {
        match v {
            Var::Local(l) => {
                let id = self.local_idents[l.index()].clone();
                let t = self.var_ty(v);
                if self.cells.contains(&l.0) {
                    let name = match self.func {
                        Some(f) => &self.m.funcs[f.index()].locals[l.index()].name,
                        None => &self.m.module_locals[l.index()].name,
                    };
                    self.q(quote! { #id.get(#name) })
                } else if self.native.contains(&l.0) {
                    quote! { rt::Int::Small(#id) }
                } else if self.optional_locals.contains(&l.0) {
                    match self.func {
                        // A class body reads with LOAD_NAME: unbound is a NameError.
                        Some(f) if self.m.funcs[f.index()].class_body => {
                            let name = &self.m.funcs[f.index()].locals[l.index()].name;
                            let hint = self.name_hint(span);
                            self.q(quote! { rt::rt::bound_global(&#id, #name)#hint })
                        }
                        Some(f) => {
                            let name = &self.m.funcs[f.index()].locals[l.index()].name;
                            self.q(quote! { rt::rt::bound(&#id, #name) })
                        }
                        // Module code: an unbound name is a NameError.
                        None => {
                            let name = &self.m.module_locals[l.index()].name;
                            let hint = self.name_hint(span);
                            self.q(quote! { rt::rt::bound_global(&#id, #name)#hint })
                        }
                    }
                } else {
                    self.clone_of(quote! { #id }, &t)
                }
            }
            Var::Global(g) => {
                let field = crate::names::global_field(g.index(), self.m);
                let name = self.m.globals[g.index()].name.clone();
                let hint = self.name_hint(span);
                self.q(quote! { GLOBALS.with(|g| g.#field.get(#name))#hint })
            }
            Var::Free(i) => {
                let cell = self.free_cell(i);
                let name = match self.func {
                    Some(f) => self.m.funcs[f.index()].free[i as usize].name.clone(),
                    None => String::new(),
                };
                self.q(quote! { #cell.get_free(#name) })
            }
        }
    }

    /// A Python truth test, as a Rust bool.
    pub(crate) fn cond(&mut self, e: &Expr) -> TokenStream {
        let t = self.info.expr(e).clone();
        // Comparisons and `not` are already bools.
        let code = self.expr(e);
        self.truthy(code, &t)
    }

    pub(crate) fn truthy(&self, code: TokenStream, t: &Ty) -> TokenStream {
        match t {
            Ty::Bool => code,
            Ty::Int => quote! { !#code.is_zero() },
            Ty::Float => quote! { (#code != 0.0) },
            Ty::None => quote! { { let _ = #code; false } },
            Ty::Str => quote! { (#code.char_len() != 0) },
            Ty::Dyn => self.q(quote! { #code.try_truthy() }),
            Ty::Optional(inner) => {
                let inner_t = self.truthy(quote! { __x }, inner);
                quote! { match #code { Some(__x) => #inner_t, None => false } }
            }
            _ => self.q(quote! { rt::PyObj::py_truthy(&#code) }),
        }
    }

    /// An int-valued argument (bools and dynamic values converted like `operator.index`).
    pub(crate) fn int_arg(&mut self, e: &Expr) -> TokenStream {
        let t = self.info.expr(e).clone();
        let code = self.expr(e);
        match t {
            Ty::Int => code,
            Ty::Bool => quote! { rt::Int::from(#code) },
            _ => {
                let b = self.convert(code, &t, &Ty::Dyn);
                self.q(quote! { rt::conv::to_int(&#b) })
            }
        }
    }

    /// An index (`xs[i]`): ints and bools; others raise TypeError like Python.
    pub(crate) fn index_arg(&mut self, e: &Expr) -> TokenStream {
        let t = self.info.expr(e).clone();
        let code = self.expr(e);
        match t {
            Ty::Int => code,
            Ty::Bool => quote! { rt::Int::from(#code) },
            _ => self.index_from_dyn(code, &t),
        }
    }

    pub(crate) fn index_from_dyn(&self, code: TokenStream, t: &Ty) -> TokenStream {
        let b = self.convert(code, t, &Ty::Dyn);
        self.q(quote! { rt::conv::to_index(&#b) })
    }

    /// `lower, upper, step` as `Option<i64>` arguments.
    pub(crate) fn slice_bounds(
        &mut self,
        lower: Option<&Expr>,
        upper: Option<&Expr>,
        step: Option<&Expr>,
    ) -> TokenStream {
        let mut parts = vec![];
        for b in [lower, upper, step] {
            parts.push(match b {
                None => quote! { None },
                Some(e) => {
                    let t = self.info.expr(e).clone();
                    let code = self.expr(e);
                    match t {
                        Ty::Int => quote! { Some(rt::slice::bound(&#code)) },
                        Ty::Bool => quote! { Some(#code as i64) },
                        Ty::None => quote! { { let _ = #code; None } },
                        _ => {
                            let b = self.convert(code, &t, &Ty::Dyn);
                            self.q(quote! { rt::conv::slice_bound(&#b) })
                        }
                    }
                }
            });
        }
        quote! { #(#parts),* }
    }

    /// The bounds of a slice of a dynamic value, as evaluated (`rt::Value`s, None for a
    /// missing one): only the builtin sequences clamp them (`rt::value::slice_get`).
    pub(crate) fn slice_values(
        &mut self,
        lower: Option<&Expr>,
        upper: Option<&Expr>,
        step: Option<&Expr>,
    ) -> TokenStream {
        let parts: Vec<TokenStream> = [lower, upper, step]
            .into_iter()
            .map(|b| match b {
                None => quote! { rt::Value::None },
                Some(e) => self.expr_to(e, &Ty::Dyn),
            })
            .collect();
        quote! { #(#parts),* }
    }

    pub(crate) fn expr(&mut self, e: &Expr) -> TokenStream {
        let ty = self.info.expr(e).clone();
        match &e.kind {
            ExprKind::Int(v) => {
                let code = quote! { rt::Int::Small(#v) };
                self.convert(code, &Ty::Int, &ty)
            }
            ExprKind::BigInt(s) => {
                let code = quote! { rt::Int::from_literal(#s) };
                self.convert(code, &Ty::Int, &ty)
            }
            ExprKind::Float(f) => {
                let code = float_lit(*f);
                self.convert(code, &Ty::Float, &ty)
            }
            ExprKind::Str(s) => {
                let code = self.str_const(s);
                self.convert(code, &Ty::Str, &ty)
            }
            ExprKind::Bool(b) => self.convert(quote! { #b }, &Ty::Bool, &ty),
            ExprKind::None => self.convert(quote! { () }, &Ty::None, &ty),
            ExprKind::Name(Var::Local(l)) if let Some(code) = self.materialize(*l, &ty) => code,
            ExprKind::Name(v) => {
                let vt = self.var_ty(*v);
                let code = self.read_var(*v, e.span);
                self.convert(code, &vt, &ty)
            }
            ExprKind::CycleAttr { checks, value } => {
                let checks: Vec<TokenStream> = checks
                    .iter()
                    .map(|c| {
                        let present = crate::names::global_field(c.present.index(), self.m);
                        let partial = match c.owner_init {
                            Some(f) => {
                                let f = crate::names::global_field(f.index(), self.m);
                                quote! { !GLOBALS.with(|g| g.#f.is_set()) }
                            }
                            None => quote! { false },
                        };
                        let (owner, attr, sub) = (&c.owner, &c.attr, c.submodule);
                        let path = match &c.import_path {
                            Some(p) => quote! { Some(#p) },
                            None => quote! { None },
                        };
                        quote! {
                            if !GLOBALS.with(|g| g.#present.is_set()) {
                                return Err(rt::rt::module_attr_error(#owner, #attr, #partial, #sub, #path));
                            }
                        }
                    })
                    .collect();
                let field = crate::names::global_field(value.index(), self.m);
                let name = self.m.globals[value.index()].name.clone();
                let vt = self.var_ty(Var::Global(*value));
                let code = self.q(quote! {
                    (|| { #(#checks)* GLOBALS.with(|g| g.#field.get(#name)) })()
                });
                self.convert(code, &vt, &ty)
            }
            ExprKind::FuncRef(f) => match self.memo_ref(*f, &ty) {
                Some(code) => code,
                None => self.func_ref(*f, &ty),
            },
            ExprKind::MakeClass {
                body,
                bases,
                kwargs,
            } => {
                let code = self.make_class(*body, bases, kwargs);
                let code = self.with_layout(*body, code);
                self.convert(code, &Ty::Dyn, &ty)
            }
            ExprKind::Super(c, o) => {
                let cv = self.expr_to(c, &Ty::Dyn);
                let ov = self.expr_to(o, &Ty::Dyn);
                let q = self.q(quote! { rt::class::super_(&__c, &__o) });
                let code = quote! { { let __c: rt::Value = #cv; let __o: rt::Value = #ov; #q } };
                self.convert(code, &Ty::Dyn, &ty)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_)
                if self
                    .frames
                    .iter()
                    .any(|f| matches!(f, crate::Frame::Closure)) =>
            {
                self.error(
                    e.span,
                    "`yield` inside this expression is not supported yet",
                    "yield from a statement of its own: `x = yield v`",
                );
                quote! { rt::Value::None }
            }
            ExprKind::Yield(v) => {
                // Converted to the generator's item type first (what its consumers unbox),
                // then boxed into the channel.
                let yt = self.yield_ty.clone();
                let v = match v {
                    Some(v) => self.expr_to(v, &yt),
                    None => self.convert(quote! { () }, &Ty::None, &yt),
                };
                let yr = rty::rust_type(&yt);
                let v = self.convert(quote! { { let __v: #yr = #v; __v } }, &yt, &Ty::Dyn);
                let q = self.q(quote! { __co.yield_(__y).await });
                let code = quote! { { let __y: rt::Value = #v; #q } };
                self.convert(code, &Ty::Dyn, &ty)
            }
            ExprKind::YieldFrom(x) => {
                let v = self.expr_to(x, &Ty::Dyn);
                let q = self.q(quote! { __co.yield_from(__y).await });
                let code = quote! { { let __y: rt::Value = #v; #q } };
                self.convert(code, &Ty::Dyn, &ty)
            }
            ExprKind::MakeFunc { func, defaults } => {
                let code = self.make_func(*func, defaults);
                self.convert(code, &Ty::Dyn, &ty)
            }
            ExprKind::CallValue { func, args, kwargs }
                if let Some((fid, arg)) = molt_types::genexpr_call(self.m, func, args, kwargs) =>
            {
                self.genexpr_call(fid, arg, &ty)
            }
            ExprKind::CallValue { func, args, .. }
                if self.info.classes.ctors.contains_key(&e.id) =>
            {
                self.obj_ctor(e, func, args, &ty).unwrap_or_default()
            }
            ExprKind::CallValue { func, args, kwargs }
                if kwargs.is_empty()
                    && matches!(&func.kind, ExprKind::BuiltinRef(b) if b == "zip")
                    && let [Arg::Star(x)] = args.as_slice()
                    && let Some(code) = self.zip_star(x, &ty) =>
            {
                code
            }
            ExprKind::CallValue { func, args, kwargs } => self.call_value(func, args, kwargs, &ty),
            ExprKind::BuiltinRef(b) => {
                if !molt_front::catalog::builtin_value_supported(b)
                    && !molt_front::catalog::is_exception(b)
                {
                    self.error(
                        e.span,
                        format!("`{b}` used as a value is not supported yet"),
                        "call it directly, or wrap it in a lambda",
                    );
                    return quote! { rt::Value::None };
                }
                let code = if molt_front::catalog::is_exception(b) {
                    let k = quote::format_ident!("{}", b);
                    quote! { rt::class::exc_type(rt::ExcKind::#k) }
                } else if b == "NotImplemented" {
                    quote! { rt::class::not_implemented() }
                } else if b == "Ellipsis" {
                    quote! { rt::class::ellipsis() }
                } else if matches!(b.as_str(), "object" | "type") {
                    self.q(quote! { rt::class::builtin_class(#b) })
                } else {
                    self.q(quote! { rt::modules::builtin_ref(#b) })
                };
                self.convert(code, &Ty::Dyn, &ty)
            }
            ExprKind::MethodRef(t, m) => {
                if !molt_front::catalog::method_value_supported(t, m) {
                    self.error(
                        e.span,
                        format!("`{t}.{m}` used as a value is not supported yet"),
                        "wrap it in a lambda",
                    );
                    return quote! { rt::Value::None };
                }
                let code = self.q(quote! { rt::modules::method_ref(#t, #m) });
                self.convert(code, &Ty::Dyn, &ty)
            }
            // sys.argv whose items inference made dynamic: the runtime's list of values.
            ExprKind::ModuleAttr(m, a)
                if m == "sys" && a == "argv" && ty == Ty::List(Box::new(Ty::Dyn)) =>
            {
                quote! { rt::sys::argv_values() }
            }
            ExprKind::ModuleAttr(m, a) => self.module_attr(m, a),
            ExprKind::Binary(_, _, _) if ty == Ty::Int && self.native_expr(e).is_some() => {
                let n = self.native_expr(e).unwrap_or_default();
                quote! { rt::Int::Small(#n) }
            }
            ExprKind::Binary(op, l, r) if let Some(code) = self.obj_binop(e, *op, l, r, &ty) => {
                code
            }
            ExprKind::Binary(op, l, r) => {
                let lt = self.info.expr(l).clone();
                let rt_ = self.info.expr(r).clone();
                // Numbers and strings are only borrowed by their operations: read locals
                // without cloning them.
                let borrow = |t: &Ty| matches!(t, Ty::Int | Ty::Float | Ty::Bool | Ty::Str);
                let lc = if borrow(&lt) && borrow(&rt_) {
                    self.operand(l)
                } else {
                    self.expr(l)
                };
                let rc = if borrow(&lt) && borrow(&rt_) {
                    self.operand(r)
                } else {
                    self.expr(r)
                };
                self.binop_code(*op, lc, &lt, rc, &rt_, &ty, Some(r))
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, &ty),
            // Only truth-tested (inference's `truth_test` made it a bool whatever its
            // operands are): their truths, short-circuited.
            ExprKind::BoolOp(kind, values)
                if ty == Ty::Bool && values.iter().any(|v| *self.info.expr(v) != Ty::Bool) =>
            {
                let parts: Vec<TokenStream> = values.iter().map(|v| self.cond(v)).collect();
                match kind {
                    BoolOpKind::And => quote! { (#((#parts))&&*) },
                    BoolOpKind::Or => quote! { (#((#parts))||*) },
                }
            }
            ExprKind::BoolOp(kind, values) => {
                // Evaluate left to right; the result is the first operand that decides.
                let mut iter = values.iter().rev();
                let Some(last) = iter.next() else {
                    return quote! { () };
                };
                let mut acc = self.expr_to(last, &ty);
                for v in iter {
                    let vt = self.info.expr(v).clone();
                    let vc = self.expr(v);
                    let tmp = self.fresh("operand");
                    // Truth tests borrow their operand, except `Option`'s match.
                    let probe = match vt {
                        Ty::Optional(_) | Ty::None => self.clone_of(quote! { #tmp }, &vt),
                        _ => quote! { #tmp },
                    };
                    let test = self.truthy(probe, &vt);
                    let as_result = self.convert(quote! { #tmp }, &vt, &ty);
                    acc = match kind {
                        BoolOpKind::Or => {
                            quote! { { let #tmp = #vc; if #test { #as_result } else { #acc } } }
                        }
                        BoolOpKind::And => {
                            quote! { { let #tmp = #vc; if #test { #acc } else { #as_result } } }
                        }
                    };
                }
                acc
            }
            // Rich comparisons of dynamic values keep what __eq__/__lt__ returned; a chain
            // `a < b < c` is the first false result or the last one.
            ExprKind::Compare(first, rest) if ty == Ty::Dyn => self.compare_values(first, rest),
            ExprKind::Compare(first, rest) => self.compare(first, rest),
            ExprKind::Named(target, value) => {
                let vt = self.info.expr(value).clone();
                let v = self.expr(value);
                let w = self.fresh("named");
                let store = self.assign(target, self.clone_of(quote! { #w }, &vt), &vt);
                let out = self.convert(quote! { #w }, &vt, &ty);
                quote! { { let #w = #v; #store #out } }
            }
            ExprKind::IfExp(c, a, b) => {
                let cc = self.cond(c);
                let ac = self.expr_to(a, &ty);
                let bc = self.expr_to(b, &ty);
                quote! { if #cc { #ac } else { #bc } }
            }
            ExprKind::CallFunc { func, args } => self.call_func(*func, args, &ty, e.span),
            ExprKind::Call {
                callee,
                args,
                kwargs,
            } => self.call(e, callee, args, kwargs),
            ExprKind::Subscript(obj, idx) => self.subscript(obj, idx, &ty),
            ExprKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                let ot = self.info.expr(obj).clone();
                let o = self.expr(obj);
                let (lower, upper, step) = (lower.as_deref(), upper.as_deref(), step.as_deref());
                match &ot {
                    // Sliced typed, then converted: converting the whole sequence first
                    // (to slice it dynamically) would copy it at every slice. A range's
                    // step is kept exactly (big ints too): the dynamic path.
                    Ty::List(_) | Ty::Str | Ty::TupleVar(_) | Ty::Range
                        if ot != Ty::Range || step.is_none() =>
                    {
                        let bounds = self.slice_bounds(lower, upper, step);
                        let v = self.q(quote! { #o.slice(#bounds) });
                        self.convert(v, &ot, &ty)
                    }
                    Ty::Tuple(items) => {
                        if let Some(idx) =
                            molt_types::infer::tuple_slice(items.len(), lower, upper, step)
                            && let Ty::Tuple(out) = &ty
                            && out.len() == idx.len()
                        {
                            let parts = idx.iter().map(|i| {
                                let i = syn::Index::from(*i);
                                quote! { __t.#i.clone() }
                            });
                            if idx.is_empty() {
                                return quote! { { let _ = #o; rt::EmptyTuple } };
                            }
                            return quote! { { let __t = #o; (#(#parts,)*) } };
                        }
                        let bounds = self.slice_bounds(lower, upper, step);
                        let b = self.convert(o, &ot, &Ty::Dyn);
                        let v = self.q(quote! { #b.getslice(#bounds) });
                        self.convert(v, &Ty::Dyn, &ty)
                    }
                    _ => {
                        let b = self.convert(o, &ot, &Ty::Dyn);
                        let bounds = self.slice_values(lower, upper, step);
                        let v = self.q(quote! { rt::value::slice_get(&#b, #bounds) });
                        self.convert(v, &Ty::Dyn, &ty)
                    }
                }
            }
            ExprKind::List(items) => {
                let el = match &ty {
                    Ty::List(el) => (**el).clone(),
                    _ => Ty::Dyn,
                };
                let vals: Vec<TokenStream> = items.iter().map(|x| self.expr_to(x, &el)).collect();
                let elr = rty::rust_type(&el);
                let code = quote! { rt::List::<#elr>::from_vec(vec![#(#vals),*]) };
                let lt = Ty::List(Box::new(el));
                self.convert(code, &lt, &ty)
            }
            ExprKind::Set(items) => {
                let el = match &ty {
                    Ty::Set(el) => (**el).clone(),
                    _ => Ty::Dyn,
                };
                let vals: Vec<TokenStream> = items.iter().map(|x| self.expr_to(x, &el)).collect();
                let elr = rty::rust_type(&el);
                // CPython builds a display of three or more constants from a frozenset
                // constant, which can leave a different iteration order.
                let ctor = if items.len() >= 3 && items.iter().all(is_constant) {
                    quote! { from_const_display }
                } else {
                    quote! { from_vec }
                };
                let q = self.q(quote! { rt::Set::<#elr>::#ctor(vec![#(#vals),*]) });
                let st = Ty::Set(Box::new(el));
                self.convert(q, &st, &ty)
            }
            ExprKind::Tuple(items) => match &ty {
                Ty::Tuple(tys) if tys.len() == items.len() => {
                    if items.is_empty() {
                        return quote! { rt::EmptyTuple };
                    }
                    let vals: Vec<TokenStream> = items
                        .iter()
                        .zip(tys.iter())
                        .map(|(x, t)| self.expr_move_to(x, t))
                        .collect();
                    quote! { (#(#vals,)*) }
                }
                _ => {
                    let vals: Vec<TokenStream> = items
                        .iter()
                        .map(|x| self.expr_move_to(x, &Ty::Dyn))
                        .collect();
                    let code = quote! { rt::Value::Tuple(rt::Tup::from_vec(vec![#(#vals),*])) };
                    self.convert(code, &Ty::Dyn, &ty)
                }
            },
            ExprKind::Dict(items) => {
                let (kt, vt) = match &ty {
                    Ty::Dict(k, v) => ((**k).clone(), (**v).clone()),
                    _ => (Ty::Dyn, Ty::Dyn),
                };
                let sets: Vec<TokenStream> = items
                    .iter()
                    .map(|(k, v)| {
                        let kc = self.expr_to(k, &kt);
                        let vc = self.expr_to(v, &vt);
                        let q = self.q(quote! { __d.setitem(#kc, #vc) });
                        quote! { #q; }
                    })
                    .collect();
                let (kr, vr) = (rty::rust_type(&kt), rty::rust_type(&vt));
                let code = quote! { { let __d = rt::Dict::<#kr, #vr>::new(); #(#sets)* __d } };
                let dt = Ty::Dict(Box::new(kt), Box::new(vt));
                self.convert(code, &dt, &ty)
            }
            ExprKind::FString(parts) => {
                let body = self.fparts(parts, quote! { __s });
                let code =
                    quote! { { let mut __s = String::new(); #body rt::Str::from_string(__s) } };
                self.convert(code, &Ty::Str, &ty)
            }
            ExprKind::TypeName(x) => {
                let xt = self.info.expr(x).clone();
                let xc = self.expr(x);
                let code = match &xt {
                    Ty::Dyn => quote! { rt::Str::from(#xc.type_name_attr()) },
                    Ty::Optional(inner) => {
                        let n = inner.py_name();
                        quote! { rt::Str::from(match #xc { Some(_) => #n, None => "NoneType" }) }
                    }
                    Ty::Exc => quote! { rt::Str::from(#xc.class_name()) },
                    t => {
                        let n = t.py_name();
                        quote! { { let _ = #xc; rt::Str::from(#n) } }
                    }
                };
                self.convert(code, &Ty::Str, &ty)
            }
            ExprKind::Attr(obj, _) if self.info.classes.reads.contains_key(&e.id) => {
                self.field_read(e, obj, &ty).unwrap_or_default()
            }
            ExprKind::Attr(obj, name) if self.info.classes.prop_reads.contains_key(&e.id) => {
                self.prop_read(e, obj, name, &ty).unwrap_or_default()
            }
            ExprKind::Attr(obj, name) => {
                let ot = self.info.expr(obj).clone();
                // The object is generated inside each arm: the dynamic path borrows it.
                match (&ot, name.as_str(), &ty) {
                    (Ty::Exc, "args", Ty::TupleVar(_)) => {
                        let o = self.expr(obj);
                        quote! { rt::Tup::from_vec(#o.visible_args().to_vec()) }
                    }
                    (Ty::Int, "real" | "numerator", Ty::Int) | (Ty::Float, "real", Ty::Float) => {
                        self.expr(obj)
                    }
                    (Ty::Bool, "real" | "numerator", Ty::Int) => {
                        let o = self.expr(obj);
                        quote! { rt::Int::from(#o) }
                    }
                    (Ty::Int | Ty::Bool, "imag", Ty::Int) => {
                        let o = self.expr(obj);
                        quote! { { let _ = #o; rt::Int::ZERO } }
                    }
                    (Ty::Int | Ty::Bool, "denominator", Ty::Int) => {
                        let o = self.expr(obj);
                        quote! { { let _ = #o; rt::Int::ONE } }
                    }
                    (Ty::Float, "imag", Ty::Float) => {
                        let o = self.expr(obj);
                        quote! { { let _ = #o; 0.0f64 } }
                    }
                    _ => {
                        let b = self.dyn_ref(obj);
                        let v = self.q(quote! { rt::attr::getattr_ic(#b, #name, rt::site!()) });
                        self.convert(v, &Ty::Dyn, &ty)
                    }
                }
            }
            ExprKind::Comp { acc, body, .. } => {
                let at = self.var_ty(*acc);
                let init = match &at {
                    Ty::List(_) | Ty::Set(_) | Ty::Dict(..) => {
                        let r = rty::rust_type(&at);
                        quote! { <#r>::default() }
                    }
                    _ => quote! { rt::Value::None },
                };
                let store = self.store_var(*acc, init);
                let b = self.block(body);
                let read = self.read_var(*acc, e.span);
                let v = self.convert(read, &at, &ty);
                quote! { { #store #b #v } }
            }
            ExprKind::Raise { kind, msg, effects } => {
                let effs: Vec<TokenStream> = effects
                    .iter()
                    .map(|x| {
                        let c = self.expr(x);
                        quote! { let _ = #c; }
                    })
                    .collect();
                let k = format_ident!("{}", kind);
                let name_err = (kind == "NameError")
                    .then(|| msg.strip_prefix("name '")?.strip_suffix("' is not defined"))
                    .flatten();
                let err = match crate::names::import_error_parts(kind, msg) {
                    Some((name, path)) => {
                        quote! { rt::PyErr::import_error(rt::ExcKind::#k, #msg, #name, #path) }
                    }
                    None if let Some(name) = name_err => {
                        let hint = match self.m.name_hints.get(&(e.span.start, e.span.end)) {
                            Some(h) => quote! { Some(#h) },
                            None => quote! { None },
                        };
                        quote! { rt::PyErr::name_error(#msg, #name, #hint) }
                    }
                    None => quote! { rt::PyErr::msg(rt::ExcKind::#k, #msg) },
                };
                let r = self.raise(err);
                // The raise diverges; naming the type keeps the block usable as a value of
                // the expression's type (an untyped `let` would infer `!`).
                let rty = rty::rust_type(&ty);
                quote! { { #(#effs)* let __never: #rty = #r; #[allow(unreachable_code)] __never } }
            }
        }
    }

    /// Appends each f-string part to the String `buf`.
    fn fparts(&mut self, parts: &[FPart], buf: TokenStream) -> TokenStream {
        let mut out = vec![];
        for p in parts {
            match p {
                FPart::Lit(s) => out.push(quote! { #buf.push_str(#s); }),
                FPart::Value {
                    expr,
                    conversion,
                    spec,
                } => {
                    let t = self.info.expr(expr).clone();
                    let v = self.expr(expr);
                    let (v, t) = match conversion {
                        Some('r') => (self.q(quote! { rt::builtins::repr(&#v) }), Ty::Str),
                        Some('s') => (self.q(quote! { rt::builtins::str_of(&#v) }), Ty::Str),
                        Some('a') => {
                            let b = self.convert(v, &t, &Ty::Dyn);
                            (self.q(quote! { rt::builtins::ascii(&#b) }), Ty::Str)
                        }
                        _ => (v, t),
                    };
                    // A dynamic value may be an object with its own __format__, which an
                    // empty spec still calls.
                    if spec.is_empty() && t != Ty::Dyn {
                        let q = self.q(quote! { rt::PyObj::py_str(&#v, &mut #buf) });
                        out.push(quote! { #q; });
                    } else {
                        let spec_code = if let [FPart::Lit(s)] = spec.as_slice() {
                            quote! { #s }
                        } else {
                            let inner = self.fparts(spec, quote! { __spec });
                            quote! { &{ let mut __spec = String::new(); #inner __spec } }
                        };
                        let f = self.format_call(v, &t, spec_code);
                        out.push(quote! { #buf.push_str(&#f); });
                    }
                }
            }
        }
        quote! { #(#out)* }
    }

    /// `format(v, spec)` for a value of type `t`, as a String.
    pub(crate) fn format_call(&self, v: TokenStream, t: &Ty, spec: TokenStream) -> TokenStream {
        match t {
            Ty::Int => self.q(quote! { rt::format::format_int(&#v, #spec) }),
            Ty::Float => self.q(quote! { rt::format::format_float(#v, #spec) }),
            Ty::Str => self.q(quote! { rt::format::format_str(#v.as_str(), #spec) }),
            _ => {
                let b = self.convert(v, t, &Ty::Dyn);
                self.q(quote! { rt::format::format_value(&#b, #spec) })
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, x: &Expr, ty: &Ty) -> TokenStream {
        let xt = self.info.expr(x).clone();
        if op == UnaryOp::Not {
            let c = self.cond(x);
            return self.convert(quote! { !(#c) }, &Ty::Bool, ty);
        }
        let xc = self.expr(x);
        let (code, rt_) = match (op, &xt) {
            (UnaryOp::Neg, Ty::Int) => (quote! { #xc.neg() }, Ty::Int),
            (UnaryOp::Pos, Ty::Int) => (xc, Ty::Int),
            (UnaryOp::Invert, Ty::Int) => (quote! { #xc.invert() }, Ty::Int),
            (UnaryOp::Neg, Ty::Bool) => (quote! { rt::Int::from(-(#xc as i64)) }, Ty::Int),
            (UnaryOp::Pos, Ty::Bool) => (quote! { rt::Int::from(#xc) }, Ty::Int),
            (UnaryOp::Invert, Ty::Bool) => (quote! { rt::Int::from(!(#xc as i64)) }, Ty::Int),
            (UnaryOp::Neg, Ty::Float) => (quote! { (-#xc) }, Ty::Float),
            (UnaryOp::Pos, Ty::Float) => (xc, Ty::Float),
            _ => {
                let b = self.convert(xc, &xt, &Ty::Dyn);
                let m = match op {
                    UnaryOp::Neg => quote! { neg },
                    UnaryOp::Pos => quote! { pos },
                    _ => quote! { invert },
                };
                (self.q(quote! { #b.#m() }), Ty::Dyn)
            }
        };
        self.convert(code, &rt_, ty)
    }

    /// `l op r` with the operands already evaluated (in order) as `lc` and `rc`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn binop_code(
        &mut self,
        op: BinOp,
        lc: TokenStream,
        lt: &Ty,
        rc: TokenStream,
        rt_: &Ty,
        res: &Ty,
        rexpr: Option<&Expr>,
    ) -> TokenStream {
        use BinOp::*;
        if op == MatMul {
            return self.dyn_binop(op, lc, lt, rc, rt_, res);
        }
        let (code, out_ty): (TokenStream, Ty) = match (lt, rt_) {
            (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool)
                if !(matches!((lt, rt_), (Ty::Bool, Ty::Bool))
                    && matches!(op, BitAnd | BitOr | BitXor)) =>
            {
                let l = self.convert(lc, lt, &Ty::Int);
                let r = self.convert(rc, rt_, &Ty::Int);
                match op {
                    Add => (quote! { rt::Int::add(&#l, &#r) }, Ty::Int),
                    Sub => (quote! { rt::Int::sub(&#l, &#r) }, Ty::Int),
                    Mul => (quote! { rt::Int::mul(&#l, &#r) }, Ty::Int),
                    FloorDiv => (self.q(quote! { rt::Int::floordiv(&#l, &#r) }), Ty::Int),
                    Mod => (self.q(quote! { rt::Int::modulo(&#l, &#r) }), Ty::Int),
                    Div => (self.q(quote! { rt::Int::truediv(&#l, &#r) }), Ty::Float),
                    Pow => {
                        if res == &Ty::Int && rexpr.is_some_and(molt_types::infer::const_nonneg_int)
                        {
                            (self.q(quote! { rt::Int::pow(&#l, &#r) }), Ty::Int)
                        } else {
                            (self.q(quote! { rt::ops::int_pow(&#l, &#r) }), Ty::Dyn)
                        }
                    }
                    LShift => (self.q(quote! { rt::Int::shl(&#l, &#r) }), Ty::Int),
                    RShift => (self.q(quote! { rt::Int::shr(&#l, &#r) }), Ty::Int),
                    BitAnd => (quote! { rt::Int::bitand(&#l, &#r) }, Ty::Int),
                    BitOr => (quote! { rt::Int::bitor(&#l, &#r) }, Ty::Int),
                    BitXor => (quote! { rt::Int::bitxor(&#l, &#r) }, Ty::Int),
                    MatMul => unreachable_matmul(),
                }
            }
            (Ty::Bool, Ty::Bool) => match op {
                BitAnd => (quote! { (#lc & #rc) }, Ty::Bool),
                BitOr => (quote! { (#lc | #rc) }, Ty::Bool),
                _ => (quote! { (#lc ^ #rc) }, Ty::Bool),
            },
            (Ty::Int | Ty::Bool | Ty::Float, Ty::Int | Ty::Bool | Ty::Float)
                if matches!(op, Add | Sub | Mul | Div | FloorDiv | Mod | Pow) =>
            {
                let l = self.to_float(lc, lt);
                let r = self.to_float(rc, rt_);
                match op {
                    Add => (quote! { (#l + #r) }, Ty::Float),
                    Sub => (quote! { (#l - #r) }, Ty::Float),
                    Mul => (quote! { (#l * #r) }, Ty::Float),
                    Div => (self.q(quote! { rt::float::truediv(#l, #r) }), Ty::Float),
                    FloorDiv => (self.q(quote! { rt::float::floordiv(#l, #r) }), Ty::Float),
                    Mod => (self.q(quote! { rt::float::modulo(#l, #r) }), Ty::Float),
                    // Inference gives a float only where the result cannot be complex.
                    _ if res == &Ty::Float => {
                        (self.q(quote! { rt::float::pow(#l, #r) }), Ty::Float)
                    }
                    _ => (self.q(quote! { rt::ops::float_pow(#l, #r) }), Ty::Dyn),
                }
            }
            (Ty::Str, Ty::Str) if op == Add => (quote! { rt::Str::concat(&#lc, &#rc) }, Ty::Str),
            (Ty::Str, Ty::Int | Ty::Bool) if op == Mul => {
                let r = self.convert(rc, rt_, &Ty::Int);
                (self.q(quote! { #lc.repeat(&#r) }), Ty::Str)
            }
            (Ty::Int | Ty::Bool, Ty::Str) if op == Mul => {
                let l = self.convert(lc, lt, &Ty::Int);
                (
                    self.q(quote! { { let __n = #l; #rc.repeat(&__n) } }),
                    Ty::Str,
                )
            }
            (Ty::Str, _) if op == Mod => {
                let b = self.convert(rc, rt_, &Ty::Dyn);
                (
                    self.q(quote! { rt::format::percent_format(#lc.as_str(), &#b) }),
                    Ty::Str,
                )
            }
            (Ty::List(a), Ty::List(b)) if op == Add && a == b && res == lt => {
                (quote! { #lc.concat(&#rc) }, lt.clone())
            }
            (Ty::List(_), Ty::Int | Ty::Bool) if op == Mul && res == lt => {
                let r = self.convert(rc, rt_, &Ty::Int);
                (self.q(quote! { #lc.repeat(&#r) }), lt.clone())
            }
            (Ty::Int | Ty::Bool, Ty::List(_)) if op == Mul && res == rt_ => {
                let l = self.convert(lc, lt, &Ty::Int);
                (
                    self.q(quote! { { let __n = #l; #rc.repeat(&__n) } }),
                    rt_.clone(),
                )
            }
            (Ty::TupleVar(a), Ty::TupleVar(b)) if op == Add && a == b && res == lt => {
                (quote! { #lc.concat(&#rc) }, lt.clone())
            }
            (Ty::Tuple(a), Ty::Tuple(b)) if op == Add => {
                let mut items = vec![];
                for i in 0..a.len() {
                    let idx = syn::Index::from(i);
                    items.push(quote! { __a.#idx });
                }
                for i in 0..b.len() {
                    let idx = syn::Index::from(i);
                    items.push(quote! { __b.#idx });
                }
                let mut all = a.clone();
                all.extend(b.iter().cloned());
                if all.is_empty() {
                    (
                        quote! { { let _ = (#lc, #rc); rt::EmptyTuple } },
                        Ty::Tuple(all),
                    )
                } else {
                    (
                        quote! { { let __a = #lc; let __b = #rc; (#(#items,)*) } },
                        Ty::Tuple(all),
                    )
                }
            }
            (Ty::Set(a) | Ty::FrozenSet(a), Ty::Set(b) | Ty::FrozenSet(b))
                if a == b
                    && matches!(op, BitOr | BitAnd | Sub | BitXor)
                    && matches!(res, Ty::Set(_) | Ty::FrozenSet(_)) =>
            {
                let f = match op {
                    BitOr => quote! { union },
                    BitAnd => quote! { intersection },
                    Sub => quote! { difference },
                    _ => quote! { symmetric_difference },
                };
                let lt_tab = table_of(lt, quote! { __a });
                let rt_tab = table_of(rt_, quote! { __b });
                let mk = match res {
                    Ty::Set(_) => quote! { rt::Set::from_table },
                    _ => quote! { rt::FrozenSet::from_table },
                };
                let q = self.q(quote! { rt::setops::#f(&#lt_tab, &#rt_tab) });
                (
                    quote! { { let __a = #lc; let __b = #rc; #mk(#q) } },
                    res.clone(),
                )
            }
            (Ty::Dict(..), Ty::Dict(..)) if op == BitOr && res == lt && lt == rt_ => {
                let q = self.q(quote! { __d.update(&__b) });
                (
                    quote! { { let __d = #lc.copy(); let __b = #rc; #q; __d } },
                    lt.clone(),
                )
            }
            _ => return self.dyn_binop(op, lc, lt, rc, rt_, res),
        };
        self.convert(code, &out_ty, res)
    }

    /// `a op= b` on a dynamic target: the runtime's in-place operation.
    pub(crate) fn dyn_inplace(
        &mut self,
        op: BinOp,
        lc: TokenStream,
        rc: TokenStream,
        rt_: &Ty,
    ) -> TokenStream {
        let r = self.convert(rc, rt_, &Ty::Dyn);
        let o = dyn_op(op);
        self.q(quote! { rt::modules::inplace_binop(rt::value::BinOp::#o, &#lc, &#r) })
    }

    fn dyn_binop(
        &mut self,
        op: BinOp,
        lc: TokenStream,
        lt: &Ty,
        rc: TokenStream,
        rt_: &Ty,
        res: &Ty,
    ) -> TokenStream {
        let l = self.convert(lc, lt, &Ty::Dyn);
        let r = self.convert(rc, rt_, &Ty::Dyn);
        let o = dyn_op(op);
        let v = self.q(quote! { rt::value::binop(rt::value::BinOp::#o, &#l, &#r) });
        self.convert(v, &Ty::Dyn, res)
    }

    pub(crate) fn to_float(&self, code: TokenStream, t: &Ty) -> TokenStream {
        match t {
            Ty::Float => code,
            Ty::Int => self.q(quote! { #code.to_f64() }),
            Ty::Bool => quote! { (#code as i64 as f64) },
            _ => {
                let b = self.convert(code, t, &Ty::Dyn);
                self.q(quote! { rt::conv::to_f64(&#b) })
            }
        }
    }

    fn compare(&mut self, first: &Expr, rest: &[(CmpOp, Expr)]) -> TokenStream {
        let ft = self.info.expr(first).clone();
        if rest.len() == 1
            && let (op, r) = &rest[0]
            && matches!(
                op,
                CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
            )
            && let Some(a) = self.native_expr(first)
            && let Some(b) = self.native_expr(r)
        {
            let sym = match op {
                CmpOp::Eq => quote! { == },
                CmpOp::NotEq => quote! { != },
                CmpOp::Lt => quote! { < },
                CmpOp::LtE => quote! { <= },
                CmpOp::Gt => quote! { > },
                _ => quote! { >= },
            };
            return quote! { (#a #sym #b) };
        }
        if rest.len() == 1 {
            let (op, r) = &rest[0];
            let rt_ = self.info.expr(r).clone();
            let borrow = |t: &Ty| matches!(t, Ty::Int | Ty::Float | Ty::Bool | Ty::Str);
            let by_ref = !matches!(op, CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot)
                && borrow(&ft)
                && borrow(&rt_);
            // `x is None` borrows x (`identity` takes a reference); the literal cannot
            // rebind it in between.
            let none_test = matches!(op, CmpOp::Is | CmpOp::IsNot)
                && matches!(r.kind, ExprKind::None)
                && matches!(ft, Ty::Dyn | Ty::Optional(_));
            let fc = if by_ref || none_test {
                self.operand(first)
            } else {
                self.expr(first)
            };
            let rc = if by_ref {
                self.operand(r)
            } else {
                self.expr(r)
            };
            return self.compare_pair(*op, fc, &ft, rc, &rt_);
        }
        let fc = self.expr(first);
        // a < b < c: each operand evaluated at most once, stopping at the first false.
        let names: Vec<proc_macro2::Ident> = (0..=rest.len()).map(|_| self.fresh("cmp")).collect();
        let mut acc = quote! { true };
        for i in (0..rest.len()).rev() {
            let (op, r) = &rest[i];
            let rt_ = self.info.expr(r).clone();
            let lt = if i == 0 {
                ft.clone()
            } else {
                self.info.expr(&rest[i - 1].1).clone()
            };
            let rc = self.expr(r);
            let (ln, rn) = (&names[i], &names[i + 1]);
            let lv = self.clone_of(quote! { #ln }, &lt);
            let rv = self.clone_of(quote! { #rn }, &rt_);
            let test = self.compare_pair(*op, lv, &lt, rv, &rt_);
            acc = quote! { { let #rn = #rc; if #test { #acc } else { false } } };
        }
        let n0 = &names[0];
        quote! { { let #n0 = #fc; #acc } }
    }

    /// A comparison (chain) as a `Value`, with Python's result: `a op b` for the rich
    /// operators is whatever the special method returned.
    fn compare_values(&mut self, first: &Expr, rest: &[(CmpOp, Expr)]) -> TokenStream {
        let names: Vec<proc_macro2::Ident> = (0..=rest.len()).map(|_| self.fresh("cmp")).collect();
        let mut acc: Option<TokenStream> = None;
        for i in (0..rest.len()).rev() {
            let (op, r) = &rest[i];
            let rc = self.expr_to(r, &Ty::Dyn);
            let (ln, rn) = (&names[i], &names[i + 1]);
            let o = match op {
                CmpOp::Eq => Some(quote! { Eq }),
                CmpOp::NotEq => Some(quote! { Ne }),
                CmpOp::Lt => Some(quote! { Lt }),
                CmpOp::LtE => Some(quote! { Le }),
                CmpOp::Gt => Some(quote! { Gt }),
                CmpOp::GtE => Some(quote! { Ge }),
                _ => None,
            };
            let value = match o {
                Some(o) => self.q(quote! { rt::class::compare_op(&#ln, &#rn, rt::class::Cmp::#o) }),
                None => {
                    let t = self.compare_pair(
                        *op,
                        quote! { #ln.clone() },
                        &Ty::Dyn,
                        quote! { #rn.clone() },
                        &Ty::Dyn,
                    );
                    quote! { rt::Value::Bool(#t) }
                }
            };
            acc = Some(match acc {
                None => quote! { { let #rn = #rc; #value } },
                Some(next) => {
                    let test = self.q(quote! { __r.try_truthy() });
                    quote! { { let #rn = #rc; let __r = #value; if #test { #next } else { __r } } }
                }
            });
        }
        let fc = self.expr_to(first, &Ty::Dyn);
        let n0 = &names[0];
        let acc = acc.unwrap_or_else(|| quote! { rt::Value::Bool(true) });
        quote! { { let #n0 = #fc; #acc } }
    }

    pub(crate) fn compare_pair(
        &mut self,
        op: CmpOp,
        lc: TokenStream,
        lt: &Ty,
        rc: TokenStream,
        rt_: &Ty,
    ) -> TokenStream {
        use CmpOp::*;
        match op {
            Is | IsNot => {
                let t = self.identity(lc, lt, rc, rt_);
                if op == Is {
                    t
                } else {
                    quote! { !(#t) }
                }
            }
            In | NotIn => {
                let t = self.contains(rc, rt_, lc, lt);
                if op == In {
                    t
                } else {
                    quote! { !(#t) }
                }
            }
            Eq | NotEq => {
                let t = self.equals(lc, lt, rc, rt_);
                if op == Eq {
                    t
                } else {
                    quote! { !(#t) }
                }
            }
            _ => {
                let o = match op {
                    Lt => quote! { Lt },
                    LtE => quote! { Le },
                    Gt => quote! { Gt },
                    _ => quote! { Ge },
                };
                let sym = match op {
                    Lt => quote! { < },
                    LtE => quote! { <= },
                    Gt => quote! { > },
                    _ => quote! { >= },
                };
                match (lt, rt_) {
                    (Ty::Int, Ty::Int) => {
                        quote! { (rt::Int::cmp_int(&#lc, &#rc) #sym std::cmp::Ordering::Equal) }
                    }
                    (Ty::Float, Ty::Float) => quote! { (#lc #sym #rc) },
                    (Ty::Bool, Ty::Bool) => quote! { (#lc #sym #rc) },
                    (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool) => {
                        let l = self.convert(lc, lt, &Ty::Int);
                        let r = self.convert(rc, rt_, &Ty::Int);
                        quote! { (rt::Int::cmp_int(&#l, &#r) #sym std::cmp::Ordering::Equal) }
                    }
                    (Ty::Int | Ty::Bool, Ty::Float) => {
                        let l = self.convert(lc, lt, &Ty::Int);
                        quote! { rt::ops::int_cmp_float(&#l, #rc, rt::CmpOp::#o) }
                    }
                    (Ty::Float, Ty::Int | Ty::Bool) => {
                        let r = self.convert(rc, rt_, &Ty::Int);
                        quote! { rt::ops::float_cmp_int(#lc, &#r, rt::CmpOp::#o) }
                    }
                    (Ty::Str, Ty::Str) => quote! { (#lc.as_str() #sym #rc.as_str()) },
                    (a, b) if a == b && !matches!(a, Ty::Dyn) => {
                        self.q(quote! { rt::PyObj::py_cmp(&#lc, &#rc, rt::CmpOp::#o) })
                    }
                    _ => {
                        let l = self.convert(lc, lt, &Ty::Dyn);
                        let r = self.convert(rc, rt_, &Ty::Dyn);
                        self.q(quote! { #l.compare(&#r, rt::CmpOp::#o) })
                    }
                }
            }
        }
    }

    fn equals(&mut self, lc: TokenStream, lt: &Ty, rc: TokenStream, rt_: &Ty) -> TokenStream {
        match (lt, rt_) {
            (Ty::Int, Ty::Int) => quote! { rt::Int::eq_int(&#lc, &#rc) },
            (Ty::Float, Ty::Float) | (Ty::Bool, Ty::Bool) => quote! { (#lc == #rc) },
            (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool) => {
                let l = self.convert(lc, lt, &Ty::Int);
                let r = self.convert(rc, rt_, &Ty::Int);
                quote! { rt::Int::eq_int(&#l, &#r) }
            }
            (Ty::Int | Ty::Bool, Ty::Float) => {
                let l = self.convert(lc, lt, &Ty::Int);
                quote! { rt::ops::int_eq_float(&#l, #rc) }
            }
            (Ty::Float, Ty::Int | Ty::Bool) => {
                let r = self.convert(rc, rt_, &Ty::Int);
                quote! { rt::ops::int_eq_float(&#r, #lc) }
            }
            (Ty::Str, Ty::Str) => quote! { (#lc == #rc) },
            (Ty::None, Ty::None) => quote! { { let _ = (#lc, #rc); true } },
            (Ty::Optional(_), Ty::None) => quote! { { let _ = #rc; #lc.is_none() } },
            (Ty::None, Ty::Optional(_)) => quote! { { let _ = #lc; #rc.is_none() } },
            (a, b) if a == b && !matches!(a, Ty::Dyn) => {
                self.q(quote! { rt::PyObj::py_eq(&#lc, &#rc) })
            }
            _ => {
                let l = self.convert(lc, lt, &Ty::Dyn);
                let r = self.convert(rc, rt_, &Ty::Dyn);
                self.q(quote! { #l.eq(&#r) })
            }
        }
    }

    fn identity(&mut self, lc: TokenStream, lt: &Ty, rc: TokenStream, rt_: &Ty) -> TokenStream {
        match (lt, rt_) {
            (Ty::None, Ty::None) => quote! { { let _ = (#lc, #rc); true } },
            (Ty::Optional(_), Ty::None) => {
                quote! { { let __x = &#lc; let _ = #rc; __x.is_none() } }
            }
            (Ty::None, Ty::Optional(_)) => quote! { { let _ = #lc; #rc.is_none() } },
            (Ty::Dyn, Ty::None) => quote! { { let __x = &#lc; let _ = #rc; __x.is_none() } },
            (Ty::None, Ty::Dyn) => quote! { { let _ = #lc; #rc.is_none() } },
            (_, Ty::None) | (Ty::None, _) => quote! { { let _ = (#lc, #rc); false } },
            (a, b) if a == b => quote! { rt::PyObj::py_is(&#lc, &#rc) },
            _ => {
                let l = self.convert(lc, lt, &Ty::Dyn);
                let r = self.convert(rc, rt_, &Ty::Dyn);
                quote! { rt::PyObj::py_is(&#l, &#r) }
            }
        }
    }

    /// `x in container`.
    fn contains(&mut self, cc: TokenStream, ct: &Ty, xc: TokenStream, xt: &Ty) -> TokenStream {
        match ct {
            Ty::Str if xt == &Ty::Str => quote! { #cc.contains(&#xc) },
            Ty::List(el) | Ty::TupleVar(el) | Ty::Set(el) | Ty::FrozenSet(el)
                if (**el == *xt || **el == Ty::Dyn) =>
            {
                let x = self.convert(xc, xt, el);
                let q = self.q(quote! { __c.contains(&__x) });
                quote! { { let __x = #x; let __c = #cc; #q } }
            }
            Ty::Dict(k, _) | Ty::DefaultDict(k, _) | Ty::Counter(k, _) | Ty::KeysView(k, _)
                if (**k == *xt || **k == Ty::Dyn) =>
            {
                let x = self.convert(xc, xt, k);
                let q = self.q(quote! { __c.contains(&__x) });
                quote! { { let __x = #x; let __c = #cc; #q } }
            }
            Ty::Range if xt.is_intlike() => {
                let x = self.convert(xc, xt, &Ty::Int);
                quote! { { let __x = #x; #cc.contains(&__x) } }
            }
            _ => {
                let c = self.convert(cc, ct, &Ty::Dyn);
                let x = self.convert(xc, xt, &Ty::Dyn);
                self.q(quote! { { let __x = #x; #c.contains(&__x) } })
            }
        }
    }

    fn subscript(&mut self, obj: &Expr, idx: &Expr, ty: &Ty) -> TokenStream {
        let ot = self.info.expr(obj).clone();
        let it = self.info.expr(idx).clone();
        let o = self.recv_ref(obj, &[idx]);
        let (code, out) = match &ot {
            // A dynamic index may be a slice (`list(self)[i]` in a `__getitem__` that takes
            // both): such subscripts take the dynamic path at the end.
            Ty::List(el) | Ty::TupleVar(el) | Ty::Deque(el) if it.is_intlike() => {
                let i = self.index_arg(idx);
                (
                    self.q(quote! { { let __o = #o; __o.getitem(&#i) } }),
                    (**el).clone(),
                )
            }
            Ty::Str if it.is_intlike() => {
                let i = self.index_arg(idx);
                (
                    self.q(quote! { { let __o = #o; __o.getitem(&#i) } }),
                    Ty::Str,
                )
            }
            Ty::Range if it.is_intlike() => {
                let i = self.index_arg(idx);
                (
                    self.q(quote! { { let __o = #o; __o.getitem(&#i) } }),
                    Ty::Int,
                )
            }
            // A defaultdict's `getitem` (its own, not the dict's) stores a missing key.
            Ty::Dict(k, v) | Ty::DefaultDict(k, v) | Ty::Counter(k, v)
                if **k == it || **k == Ty::Dyn =>
            {
                let kc = self.expr_to(idx, k);
                (
                    self.q(quote! { { let __o = #o; __o.getitem(&#kc) } }),
                    (**v).clone(),
                )
            }
            Ty::Tuple(items) if it.is_intlike() => {
                if let ExprKind::Int(i) = idx.kind {
                    let n = items.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        let jj = syn::Index::from(j as usize);
                        let v = self.clone_of(quote! { (#o).#jj }, &items[j as usize]);
                        return self.convert(v, &items[j as usize], ty);
                    }
                }
                // A computed index into a fixed tuple: pick the item at run time.
                let i = self.index_arg(idx);
                let arms = items.iter().enumerate().map(|(j, t)| {
                    let jj = syn::Index::from(j);
                    let v = self.convert(quote! { __t.#jj.clone() }, t, ty);
                    quote! { Some(#j) => #v, }
                });
                let n = items.len();
                let r = self.raise(
                    quote! { rt::PyErr::msg(rt::ExcKind::IndexError, "tuple index out of range") },
                );
                let q = self.q(quote! { #i.to_index() });
                return quote! {
                    {
                        let __t = #o;
                        match rt::list::norm_index(#q, #n) {
                            #(#arms)*
                            _ => #r,
                        }
                    }
                };
            }
            // A typed container and a key of unknown type: looked up without boxing the
            // container (which would copy it).
            Ty::Dict(_, v) | Ty::DefaultDict(_, v) | Ty::Counter(_, v) => {
                let k = self.expr_to(idx, &Ty::Dyn);
                let v = (**v).clone();
                (self.q(quote! { { let __o = #o; __o.getitem_dyn(&#k) } }), v)
            }
            Ty::List(_) | Ty::TupleVar(_) => {
                let k = self.expr_to(idx, &Ty::Dyn);
                (
                    self.q(quote! { { let __o = #o; __o.getitem_dyn(&#k) } }),
                    Ty::Dyn,
                )
            }
            _ => {
                let b = self.convert(quote! { (#o).clone() }, &ot, &Ty::Dyn);
                let k = self.expr_to(idx, &Ty::Dyn);
                (self.q(quote! { #b.getitem(&#k) }), Ty::Dyn)
            }
        };
        self.convert(code, &out, ty)
    }

    fn module_attr(&mut self, m: &str, a: &str) -> TokenStream {
        match (m, a) {
            ("math", "pi") => quote! { std::f64::consts::PI },
            ("math", "e") => quote! { std::f64::consts::E },
            ("math", "tau") => quote! { std::f64::consts::TAU },
            ("math", "inf") => quote! { f64::INFINITY },
            ("math", "nan") => quote! { f64::NAN },
            ("sys", "argv") => quote! { rt::sys::argv() },
            ("sys", "maxsize") => quote! { rt::Int::Small(i64::MAX) },
            ("sys", "stdin") => quote! { rt::io::Stream::Stdin },
            ("sys", "stdout") => quote! { rt::io::Stream::Stdout },
            ("sys", "stderr") => quote! { rt::io::Stream::Stderr },
            ("sys", "platform") => self.str_const("linux"),
            ("sys", "byteorder") => self.str_const("little"),
            // The other values and the functions of sys as values (`f = sys.exit`):
            // the runtime's module attributes (modules/sysmod.rs).
            _ => self.q(quote! { rt::modules::attr(#m, #a) }),
        }
    }
}

/// MatMul is handled before the typed paths.
fn unreachable_matmul() -> (TokenStream, Ty) {
    (quote! { () }, Ty::None)
}

pub(crate) fn dyn_op(op: BinOp) -> proc_macro2::Ident {
    let s = match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mul => "Mul",
        BinOp::MatMul => "MatMul",
        BinOp::Div => "TrueDiv",
        BinOp::FloorDiv => "FloorDiv",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitAnd => "BitAnd",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
    };
    format_ident!("{}", s)
}

/// The set table of a set or frozenset value named `v`.
fn table_of(t: &Ty, v: TokenStream) -> TokenStream {
    match t {
        Ty::Set(_) => quote! { #v.snapshot() },
        _ => quote! { #v.table().clone() },
    }
}

pub(crate) fn float_lit(f: f64) -> TokenStream {
    if f.is_infinite() {
        if f > 0.0 {
            quote! { f64::INFINITY }
        } else {
            quote! { f64::NEG_INFINITY }
        }
    } else if f.is_nan() {
        quote! { f64::NAN }
    } else {
        let lit = proc_macro2::Literal::f64_suffixed(f);
        quote! { #lit }
    }
}

/// A literal the AST optimizer treats as a constant (numbers, strings, bools, None, and
/// tuples of those).
pub(crate) fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None => true,
        ExprKind::Unary(UnaryOp::Neg, x) => matches!(
            x.kind,
            ExprKind::Int(_) | ExprKind::BigInt(_) | ExprKind::Float(_)
        ),
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        // A bytes literal (lowered to the internal builtin `__molt_bytes`).
        ExprKind::Call {
            callee: Callee::Builtin(b),
            ..
        } => b == "__molt_bytes",
        _ => false,
    }
}
