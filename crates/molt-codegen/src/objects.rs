//! Typed classes (molt-types' infer_class.rs): instances stay `rt::Value`s, but their
//! fields are read and written through the class layout's slots
//! (`rt::class::field_get/field_set`), `C(args)` allocates and calls the typed
//! `__init__` directly, and method calls on receivers of known classes call the methods'
//! static functions, dispatching on the class tag when several methods may answer.

use crate::Gen;
use molt_front::hir::*;
use molt_types::{MethodPlan, Ty};
use proc_macro2::TokenStream;
use quote::quote;

impl<'m> Gen<'m> {
    /// A boxed value converted to `to` (no re-boxing of what is already a `Value`).
    pub(crate) fn unbox_dyn(&self, code: TokenStream, to: &Ty) -> TokenStream {
        if to == &Ty::Dyn {
            return code;
        }
        let t = crate::rty::rust_type(to);
        self.q(quote! { rt::conv::unbox::<#t>(#code) })
    }

    /// `x.f` for a typed field: the slot of x's layout.
    pub(crate) fn field_read(&mut self, e: &Expr, obj: &Expr, ty: &Ty) -> Option<TokenStream> {
        let fid = *self.info.classes.reads.get(&e.id)?;
        let name = self.info.classes.field_names[fid as usize].clone();
        let o = self.dyn_ref(obj);
        if let Some(sv) = self.self_view(obj) {
            // `self`'s instance and layout were found at the method's entry.
            let t = match ty {
                Ty::Float | Ty::Bool | Ty::Int | Ty::Str => crate::rty::rust_type(ty),
                _ => quote! { rt::Value },
            };
            let v = self.q(quote! { rt::class::vfield_get_as::<#t>(#sv, #o, #fid, #name) });
            return Some(match ty {
                Ty::Float | Ty::Bool | Ty::Int | Ty::Str => v,
                _ => self.unbox_dyn(v, ty),
            });
        }
        Some(self.field_get(o, fid, &name, ty))
    }

    /// The read of field `fid` of the instance `o` (a `&Value`) as a `ty`: a scalar or str
    /// straight from its slot, anything else boxed, then converted.
    fn field_get(&self, o: TokenStream, fid: u32, name: &str, ty: &Ty) -> TokenStream {
        if matches!(ty, Ty::Float | Ty::Bool | Ty::Int | Ty::Str) {
            let t = crate::rty::rust_type(ty);
            return self.q(quote! { rt::class::field_get_as::<#t>(#o, #fid, #name) });
        }
        let v = self.q(quote! { rt::class::field_get(#o, #fid, #name) });
        self.unbox_dyn(v, ty)
    }

    /// `x.f = v` for a typed field (`value` is already evaluated, of type `vty`).
    pub(crate) fn field_write(
        &mut self,
        obj: &Expr,
        value: TokenStream,
        vty: &Ty,
    ) -> Option<TokenStream> {
        let fid = *self.info.classes.writes.get(&obj.id)?;
        let name = self.info.classes.field_names[fid as usize].clone();
        // Python evaluates the value before the object.
        let v = self.convert(value, vty, &Ty::Dyn);
        let o = self.dyn_ref(obj);
        let q = match self.self_view(obj) {
            Some(sv) => self.q(quote! { rt::class::vfield_set(#sv, #o, #fid, #name, __v) }),
            None => self.q(quote! { rt::class::field_set(#o, #fid, #name, __v) }),
        };
        Some(quote! { { let __v: rt::Value = #v; #q; } })
    }

    /// `object.__setattr__(x, "f", v)` for a typed field: the slot written without the
    /// class's `__setattr__` (a frozen dataclass's `__init__`). Evaluates to None.
    pub(crate) fn field_write_raw(&mut self, obj: &Expr, value: &Expr, ty: &Ty) -> TokenStream {
        let Some(&fid) = self.info.classes.writes.get(&obj.id) else {
            return quote! {};
        };
        let name = self.info.classes.field_names[fid as usize].clone();
        let o = self.expr_to(obj, &Ty::Dyn);
        let v = self.expr_to(value, &Ty::Dyn);
        let q = self.q(quote! { rt::class::field_set_raw(&__o, #fid, #name, __v) });
        let code =
            quote! { { let __o: rt::Value = #o; let __v: rt::Value = #v; #q; rt::Value::None } };
        self.convert(code, &Ty::Dyn, ty)
    }

    /// `x.f op= v` for a typed field of a scalar type: typed arithmetic between the slot
    /// reads and writes. Containers keep the dynamic in-place operation.
    pub(crate) fn field_aug(
        &mut self,
        obj: &Expr,
        op: BinOp,
        value: &Expr,
        res_ty: &Ty,
    ) -> Option<TokenStream> {
        let fid = *self.info.classes.writes.get(&obj.id)?;
        let name = self.info.classes.field_names[fid as usize].clone();
        let fty = self.info.classes.field_tys.get(fid as usize)?.clone();
        if !(fty.is_scalar() || fty == Ty::Str) || !(res_ty.is_scalar() || res_ty == &Ty::Str) {
            return None;
        }
        let o = self.expr_to(obj, &Ty::Dyn);
        let cur = self.field_get(quote! { &__o }, fid, &name, &fty);
        let vty = self.info.expr(value).clone();
        let val = self.expr(value);
        let r = self.binop_code(op, quote! { __cur }, &fty, val, &vty, res_ty, Some(value));
        let boxed = self.convert(quote! { __r }, res_ty, &Ty::Dyn);
        let set = self.q(quote! { rt::class::field_set(&__o, #fid, #name, #boxed) });
        let ct = crate::rty::rust_type(&fty);
        let rt_ = crate::rty::rust_type(res_ty);
        Some(quote! {
            {
                let __o: rt::Value = #o;
                let __cur: #ct = #cur;
                let __r: #rt_ = #r;
                #set;
            }
        })
    }

    /// The value of argument `i` of a direct call of static function `fid` (its default
    /// when not given), converted to the parameter's type.
    pub(crate) fn param_value(
        &mut self,
        fid: FuncId,
        i: usize,
        given: Option<(TokenStream, Ty)>,
    ) -> TokenStream {
        let f = &self.m.funcs[fid.index()];
        let p = &f.params[i];
        let pt = self.info.locals[fid.index()][p.local.index()].clone();
        match given {
            Some((code, t)) => self.convert(code, &t, &pt),
            None => match &p.default {
                Some(Default::Const(d)) => self.expr_to(d, &pt),
                Some(Default::Global(g)) => {
                    let gt = self.info.globals[g.index()].clone();
                    let v = self.read_var(Var::Global(*g), p.span);
                    self.convert(v, &gt, &pt)
                }
                // Static functions have no stored defaults.
                Some(Default::Stored(_)) | None => quote! { () },
            },
        }
    }

    /// A direct call of method `fid` with the instance and the evaluated arguments.
    fn method_direct(
        &mut self,
        fid: FuncId,
        this: (TokenStream, Ty),
        this_borrowed: bool,
        args: &[(TokenStream, Ty)],
        ty: &Ty,
    ) -> TokenStream {
        let n = self.m.funcs[fid.index()].params.len();
        let by_ref = self.ref_methods.contains(&fid.0);
        let this_code = this.0.clone();
        let mut vals = vec![match (by_ref, this_borrowed) {
            (true, true) => this_code,
            // An unbound call's first argument may be of any type (`C.m(None)`, `C.m(3)`):
            // boxed, as the `__ref` entry takes a `&Value`.
            (true, false) => {
                let v = self.convert(this_code, &this.1, &Ty::Dyn);
                quote! { &#v }
            }
            (false, true) => quote! { #this_code.clone() },
            (false, false) => self.param_value(fid, 0, Some(this)),
        }];
        for i in 1..n {
            let given = args.get(i - 1).cloned();
            vals.push(self.param_value(fid, i, given));
        }
        let name = if by_ref {
            ref_ident(&self.m.funcs[fid.index()].rust_name)
        } else {
            self.direct_fn_ident(fid)
        };
        let call = self.q(quote! { #name(#(#vals),*) });
        let ret = self.info.returns[fid.index()].clone();
        self.convert(call, &ret, ty)
    }

    /// `x.p` of a typed property: its getter called directly; any other receiver (None)
    /// reads the attribute dynamically, which raises like Python.
    pub(crate) fn prop_read(
        &mut self,
        e: &Expr,
        obj: &Expr,
        name: &str,
        ty: &Ty,
    ) -> Option<TokenStream> {
        let plan: MethodPlan = self.info.classes.prop_reads.get(&e.id)?.clone();
        let o = self.expr_to(obj, &Ty::Dyn);
        let dynq = self.q(quote! { rt::attr::getattr_ic(&__r, #name, rt::site!()) });
        let call = self.dispatch_or(&plan, false, &[], ty, dynq);
        Some(quote! { { let __r: rt::Value = #o; #call } })
    }

    /// A method call planned by inference.
    pub(crate) fn obj_method_call(
        &mut self,
        e: &Expr,
        recv: &Expr,
        name: &str,
        args: &[Expr],
        ty: &Ty,
    ) -> Option<TokenStream> {
        let plan: MethodPlan = self.info.classes.calls.get(&e.id)?.clone();
        if plan.unbound {
            // `C.m(obj, args)`: the function itself; the arguments include the instance.
            let (_, fid) = plan.targets.first()?.clone();
            let tmps: Vec<_> = args.iter().map(|_| self.fresh("arg")).collect();
            let mut lets = vec![];
            let mut given = vec![];
            for (t, a) in tmps.iter().zip(args) {
                let at = self.info.expr(a).clone();
                let v = self.expr_move(a);
                let rt_ = crate::rty::rust_type(&at);
                lets.push(quote! { let #t: #rt_ = #v; });
                given.push((quote! { #t }, at));
            }
            let (this, rest) = given.split_first()?;
            let call = self.method_direct(fid, this.clone(), false, rest, ty);
            return Some(quote! { { #(#lets)* #call } });
        }
        // `super().m(...)`: the method found after the class, called on the instance.
        let recv = match &recv.kind {
            ExprKind::Super(_, o) => o.as_ref(),
            _ => recv,
        };
        // A plain dynamic local (or a borrowed `self`) is lent to the call rather than
        // cloned, when no argument can rebind it first.
        let lent = match &recv.kind {
            ExprKind::Name(Var::Local(l)) if args.iter().all(crate::call::cannot_rebind) => {
                self.dyn_local(*l)
            }
            _ => None,
        };
        let r = match &lent {
            Some(id) => quote! { &#id },
            None => self.expr_to(recv, &Ty::Dyn),
        };
        let tmps: Vec<_> = args.iter().map(|_| self.fresh("arg")).collect();
        let atys: Vec<Ty> = args.iter().map(|a| self.info.expr(a).clone()).collect();
        let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_move(a)).collect();
        let given: Vec<(TokenStream, Ty)> = tmps
            .iter()
            .zip(&atys)
            .map(|(t, at)| (quote! { #t }, at.clone()))
            .collect();
        let lets: Vec<TokenStream> = tmps
            .iter()
            .zip(&vals)
            .zip(&atys)
            .map(|((t, v), at)| {
                let rt_ = crate::rty::rust_type(at);
                quote! { let #t: #rt_ = #v; }
            })
            .collect();
        self.recv_view = if lent.is_some() {
            self.self_view(recv)
        } else {
            None
        };
        let call = self.dispatch(&plan, name, lent.is_some(), &given, ty);
        let rty = if lent.is_some() {
            quote! { &rt::Value }
        } else {
            quote! { rt::Value }
        };
        Some(quote! { { let __r: #rty = #r; #(#lets)* #call } })
    }

    /// Calls the method of `plan` on the instance in `__r`, on the class tag when several
    /// methods may answer; any other receiver (None) takes the dynamic call, which
    /// raises like Python. `borrowed`: `__r` is a `&rt::Value` lent by the caller.
    fn dispatch(
        &mut self,
        plan: &MethodPlan,
        name: &str,
        borrowed: bool,
        given: &[(TokenStream, Ty)],
        ty: &Ty,
    ) -> TokenStream {
        let boxed: Vec<TokenStream> = given
            .iter()
            .map(|(c, t)| self.convert(c.clone(), t, &Ty::Dyn))
            .collect();
        let dynq = self.q(quote! {
            rt::attr::call_method_ic_pos(&__r, #name, &mut [rt::Value::None, #(#boxed),*], rt::site!())
        });
        self.dispatch_or(plan, borrowed, given, ty, dynq)
    }

    /// `dispatch` with `dynq` (a `Value`, from `__r`) for the receivers no target takes.
    fn dispatch_or(
        &mut self,
        plan: &MethodPlan,
        borrowed: bool,
        given: &[(TokenStream, Ty)],
        ty: &Ty,
        dynq: TokenStream,
    ) -> TokenStream {
        // Taken first, so that it never outlives the call it was set for.
        let view = self.recv_view.take();
        if plan.targets.len() == 1 && !plan.optional {
            return self.method_direct(
                plan.targets[0].1,
                (quote! { __r }, Ty::Dyn),
                borrowed,
                given,
                ty,
            );
        }
        let mut arms = vec![];
        for (tags, fid) in &plan.targets {
            let call = self.method_direct(*fid, (quote! { __r }, Ty::Dyn), borrowed, given, ty);
            arms.push(quote! { #(#tags)|* => #call, });
        }
        let fallback = self.convert(dynq, &Ty::Dyn, ty);
        let tag = match view {
            Some(sv) => quote! { rt::class::vtag(#sv) },
            None => quote! { rt::class::tag(&__r) },
        };
        quote! {
            match #tag {
                #(#arms)*
                _ => #fallback,
            }
        }
    }

    /// A binary operator inference resolved to an operand's special method, called
    /// directly unless a method may return NotImplemented (a dynamic result).
    pub(crate) fn obj_binop(
        &mut self,
        e: &Expr,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        ty: &Ty,
    ) -> Option<TokenStream> {
        let plan = self.info.classes.binops.get(&e.id)?.clone();
        if plan.targets.iter().any(|(_, f)| {
            self.info.returns[f.index()] == Ty::Dyn && !self.info.classes.obj_returns.contains(f)
        }) {
            return None;
        }
        let (name, rname) = molt_types::op_methods(op);
        let (lt, rt_) = (self.info.expr(l).clone(), self.info.expr(r).clone());
        let lv = self.expr(l);
        let rv = self.expr(r);
        let (lr, rr) = (crate::rty::rust_type(&lt), crate::rty::rust_type(&rt_));
        // Operands in Python's order; the instance whose method runs is the receiver.
        let (call, recv) = if plan.unbound {
            let c = self.dispatch(&plan, rname, false, &[(quote! { __a }, lt)], ty);
            (c, quote! { __b })
        } else {
            let c = self.dispatch(&plan, name, false, &[(quote! { __b }, rt_)], ty);
            (c, quote! { __a })
        };
        Some(quote! {
            {
                let __a: #lr = #lv;
                let __b: #rr = #rv;
                let __r: rt::Value = #recv;
                #call
            }
        })
    }

    /// `C(args)` of a typed class: allocation, then the typed `__init__`.
    pub(crate) fn obj_ctor(
        &mut self,
        e: &Expr,
        func: &Expr,
        args: &[Arg],
        ty: &Ty,
    ) -> Option<TokenStream> {
        let (_, init) = *self.info.classes.ctors.get(&e.id)?;
        let cls = self.expr_to(func, &Ty::Dyn);
        let mut lets = vec![];
        let mut given = vec![];
        for a in args {
            let Arg::Pos(x) = a else { return None };
            let t = self.fresh("arg");
            let at = self.info.expr(x).clone();
            let v = self.expr(x);
            let rt_ = crate::rty::rust_type(&at);
            lets.push(quote! { let #t: #rt_ = #v; });
            given.push((quote! { #t }, at));
        }
        let init_call = match init {
            Some(fid) => {
                let ret = self.info.returns[fid.index()].clone();
                let call =
                    self.method_direct(fid, (quote! { (&__o) }, Ty::Dyn), true, &given, &ret);
                if ret == Ty::None {
                    quote! { let _ = #call; }
                } else {
                    let b = self.convert(call, &ret, &Ty::Dyn);
                    let err = self.raise(quote! {
                        rt::PyErr::msg(rt::ExcKind::TypeError, format!(
                            "__init__() should return None, not '{}'", __ret.class_name()))
                    });
                    quote! { let __ret: rt::Value = #b; if !matches!(__ret, rt::Value::None) { #err; } }
                }
            }
            None => quote! {},
        };
        let code = quote! {
            {
                let __cls: rt::Value = #cls;
                #(#lets)*
                let __o: rt::Value = rt::class::alloc(&__cls);
                #init_call
                __o
            }
        };
        Some(self.convert(code, &Ty::Dyn, ty))
    }

    /// Registers a typed class's layout right after the class is made.
    pub(crate) fn with_layout(&self, body: FuncId, class: TokenStream) -> TokenStream {
        let Some(k) = self.info.classes.class_of_body(self.m, body) else {
            return class;
        };
        let Some(Some(fields)) = self.info.classes.layouts.get(k) else {
            return class;
        };
        let tag = k as u32;
        let names: Vec<&String> = fields
            .iter()
            .map(|f| &self.info.classes.field_names[*f as usize])
            .collect();
        quote! {
            {
                let __c: rt::Value = #class;
                rt::class::set_layout(&__c, #tag, &[#((#fields, #names)),*]);
                __c
            }
        }
    }
}

/// The entry of a method that borrows `self`.
pub(crate) fn ref_ident(rust_name: &str) -> proc_macro2::Ident {
    let base = crate::names::func_ident(rust_name).to_string();
    quote::format_ident!("{}__ref", base.trim_start_matches("r#"))
}

impl<'m> Gen<'m> {
    /// Methods (targets of typed method calls) that can take `self` by reference: plain
    /// functions whose `self` is a dynamic value the body never rebinds, deletes or
    /// captures. Their callers then lend a receiver they hold instead of cloning it.
    pub(crate) fn ref_self_methods(&self) -> std::collections::HashSet<u32> {
        let c = &self.info.classes;
        let mut out = std::collections::HashSet::new();
        for plan in c
            .calls
            .values()
            .chain(c.binops.values())
            .chain(c.prop_reads.values())
        {
            for (_, fid) in &plan.targets {
                if self.ref_self_ok(*fid) {
                    out.insert(fid.0);
                }
            }
        }
        // A constructor lends the new instance to its `__init__`.
        for (_, init) in c.ctors.values() {
            if let Some(fid) = init
                && self.ref_self_ok(*fid)
            {
                out.insert(fid.0);
            }
        }
        out
    }

    fn ref_self_ok(&self, fid: FuncId) -> bool {
        let f = &self.m.funcs[fid.index()];
        let Some(p) = f.params.first() else {
            return false;
        };
        let l = p.local;
        !f.dynamic
            && !f.is_generator
            && !f.class_body
            && f.cache.is_none()
            && !self.fast.contains(&fid.0)
            && !f.cells.contains(&l)
            && self.info.locals[fid.index()][l.index()] == Ty::Dyn
            && !crate::assign::maybe_unbound(f).contains(&l.0)
            && !stores_local(&f.body, l)
    }
}

/// Whether any statement of `body` (or expression in it) may bind or unbind local `l`.
fn stores_local(body: &[Stmt], l: LocalId) -> bool {
    fn target(t: &Target, l: LocalId) -> bool {
        match &t.kind {
            TargetKind::Var(Var::Local(x)) => *x == l,
            TargetKind::Tuple(ts) => ts.iter().any(|t| target(t, l)),
            TargetKind::Star(t) => target(t, l),
            _ => false,
        }
    }
    fn expr(e: &Expr, l: LocalId) -> bool {
        match &e.kind {
            ExprKind::Named(t, _) if target(t, l) => return true,
            // A comprehension's body: `:=` in it binds in this function.
            ExprKind::Comp { body, .. } if stores_local(body, l) => return true,
            _ => {}
        }
        let mut found = false;
        crate::assign::visit_children(e, &mut |c| found |= expr(c, l));
        found
    }
    body.iter().any(|s| match &s.kind {
        StmtKind::Expr(e) | StmtKind::Return(Some(e)) => expr(e, l),
        StmtKind::Assign { targets, value } => {
            targets.iter().any(|t| target(t, l)) || expr(value, l)
        }
        StmtKind::AugAssign {
            target: t, value, ..
        } => target(t, l) || expr(value, l),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(test, l) || stores_local(body, l) || stores_local(orelse, l)
        }
        StmtKind::For {
            target: t,
            iter,
            body,
            orelse,
        } => target(t, l) || expr(iter, l) || stores_local(body, l) || stores_local(orelse, l),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stores_local(body, l)
                || handlers
                    .iter()
                    .any(|h| h.name == Some(Var::Local(l)) || stores_local(&h.body, l))
                || stores_local(orelse, l)
                || stores_local(finalbody, l)
        }
        StmtKind::Delete(ts) => ts.iter().any(|t| target(t, l)),
        StmtKind::Raise { exc, cause } => {
            exc.as_ref().is_some_and(|e| expr(e, l)) || cause.as_ref().is_some_and(|e| expr(e, l))
        }
        StmtKind::Assert { test, msg } => expr(test, l) || msg.as_ref().is_some_and(|e| expr(e, l)),
        StmtKind::CompAppend { value, key, .. } => {
            expr(value, l) || key.as_ref().is_some_and(|e| expr(e, l))
        }
        StmtKind::FuncDef { defaults, .. } => defaults.iter().any(|(_, e)| expr(e, l)),
        StmtKind::Break | StmtKind::Continue | StmtKind::Pass | StmtKind::Return(None) => false,
    })
}
