//! Statements: assignment, control flow, exceptions.
//!
//! Exceptions are Rust `Err`s. Outside `try` they propagate with `?`; inside a `try` body
//! they `break` out of a labeled block to the handlers. A `try` with `finally` makes its
//! block evaluate to `rt::Completion`, so that return/break/continue/raise all pass through
//! the finally code before they continue.

use crate::{Frame, Gen, rty};
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

impl<'m> Gen<'m> {
    pub(crate) fn block(&mut self, body: &[Stmt]) -> TokenStream {
        let stmts: Vec<TokenStream> = body.iter().map(|s| self.stmt(s)).collect();
        quote! { #(#stmts)* }
    }

    /// Propagates the error of a `PyResult` expression to wherever errors go here.
    pub(crate) fn q(&self, code: TokenStream) -> TokenStream {
        // An error leaving an except handler's body gets the handled exception as its
        // `__context__`, as CPython sets it when raising while handling (from any depth).
        // With the handled exceptions tracked, a runtime error gets its context from
        // them where compiled code first sees it (rt::exc_state::fresh).
        let code = if self.exc_state {
            quote! { (#code).map_err(rt::exc_state::fresh) }
        } else {
            match self.leaving_handler() {
                Some(c) => quote! { (#code).map_err(|e| e.with_context(#c)) },
                None => code,
            }
        };
        let code = if self.pep479() {
            quote! { (#code).map_err(rt::genobj::pep479) }
        } else {
            code
        };
        for f in self.frames.iter().rev() {
            if let Frame::Closure = f {
                break;
            }
            if let Frame::Catch { label, completion } = f {
                let l = lifetime(label);
                return if *completion {
                    quote! { match #code { Ok(v) => v, Err(e) => break #l rt::Completion::Raise(e) } }
                } else {
                    quote! { match #code { Ok(v) => v, Err(e) => break #l e } }
                };
            }
        }
        quote! { #code? }
    }

    /// A diverging expression that raises the `PyErr` `err`.
    pub(crate) fn raise(&self, err: TokenStream) -> TokenStream {
        let err = if self.exc_state {
            quote! { rt::exc_state::fresh(#err) }
        } else {
            match self.leaving_handler() {
                Some(c) => quote! { (#err).with_context(#c) },
                None => err,
            }
        };
        self.raise_as_is(err)
    }

    /// `raise(err)` without giving err a context: the bare `raise` of the exception
    /// being handled, which keeps the context it had.
    fn raise_as_is(&self, err: TokenStream) -> TokenStream {
        let err = if self.pep479() {
            quote! { rt::genobj::pep479(#err) }
        } else {
            err
        };
        for f in self.frames.iter().rev() {
            if let Frame::Closure = f {
                break;
            }
            if let Frame::Catch { label, completion } = f {
                let l = lifetime(label);
                return if *completion {
                    quote! { break #l rt::Completion::Raise(#err) }
                } else {
                    quote! { break #l #err }
                };
            }
        }
        quote! { return Err(#err) }
    }

    /// The context (an `Option<PyErr>` expression) of an error raised here that leaves
    /// an except handler's body (the exception handled) or a finally block run while an
    /// exception propagates (that exception), when no try or closure is nearer.
    fn leaving_handler(&self) -> Option<TokenStream> {
        for f in self.frames.iter().rev() {
            match f {
                Frame::Handling { exc, .. } => return Some(quote! { Some(#exc.clone()) }),
                Frame::Finally { pending } => return Some(quote! { #pending.clone() }),
                Frame::Closure | Frame::Catch { .. } => return None,
                _ => {}
            }
        }
        None
    }

    /// Whether an error raised here leaves a fused generator's body before any handler.
    fn pep479(&self) -> bool {
        for f in self.frames.iter().rev() {
            match f {
                Frame::Pep479 => return true,
                Frame::Closure | Frame::Catch { .. } => return false,
                _ => {}
            }
        }
        false
    }

    fn ret(&self, value: TokenStream) -> TokenStream {
        for f in self.frames.iter().rev() {
            match f {
                Frame::Catch {
                    label,
                    completion: true,
                } => {
                    let l = lifetime(label);
                    return quote! { break #l rt::Completion::Return(#value) };
                }
                Frame::Inline { label } => {
                    let l = lifetime(label);
                    return quote! { break #l #value };
                }
                _ => {}
            }
        }
        quote! { return Ok(#value) }
    }

    /// `break` (is_break) or `continue` of the innermost loop.
    fn loop_jump(&self, is_break: bool) -> TokenStream {
        // The names of the handlers the jump leaves are unbound first, as Python does.
        let mut unbinds = vec![];
        for f in self.frames.iter().rev() {
            match f {
                Frame::Handling { unbind, .. } => unbinds.push(unbind.clone()),
                Frame::Loop {
                    label,
                    break_label,
                    cont_block,
                    ..
                } => {
                    let l = lifetime(if is_break { break_label } else { label });
                    return if is_break || *cont_block {
                        with_unbinds(&unbinds, quote! { break #l })
                    } else {
                        with_unbinds(&unbinds, quote! { continue #l })
                    };
                }
                Frame::Catch {
                    label,
                    completion: true,
                } => {
                    let Some(id) = self.innermost_loop_id() else {
                        break;
                    };
                    let l = lifetime(label);
                    return if is_break {
                        with_unbinds(&unbinds, quote! { break #l rt::Completion::Break(#id) })
                    } else {
                        with_unbinds(&unbinds, quote! { break #l rt::Completion::Continue(#id) })
                    };
                }
                _ => {}
            }
        }
        quote! {}
    }

    fn innermost_loop_id(&self) -> Option<u32> {
        self.frames.iter().rev().find_map(|f| match f {
            Frame::Loop { id, .. } => Some(*id),
            _ => None,
        })
    }

    fn handled_exc(&self) -> Option<Ident> {
        self.frames.iter().rev().find_map(|f| match f {
            Frame::Handling { exc, .. } => Some(exc.clone()),
            _ => None,
        })
    }

    fn stmt(&mut self, s: &Stmt) -> TokenStream {
        let code = self.stmt_code(s);
        match &s.kind {
            StmtKind::Assign { value, .. } => {
                let drops = self.releases(value.id);
                quote! { #code #drops }
            }
            _ => code,
        }
    }

    /// Drops the webs of a name that the assignment with value `value` binds again
    /// (split.rs `Module::releases`): CPython releases the old value there, which a
    /// generator's `finally` or a file's flush makes visible. Values that nothing can
    /// observe the release of (numbers, strings) stay until the end of the scope, as do
    /// variables that are not plain Rust locals, or never set (a deferred generator call).
    fn releases(&self, value: ExprId) -> TokenStream {
        let Some(ls) = self.m.releases.get(&value) else {
            return quote! {};
        };
        if self.frames.iter().any(|f| matches!(f, Frame::Closure)) {
            return quote! {};
        }
        let mut out = vec![];
        for l in ls {
            let quiet = matches!(
                self.var_ty(Var::Local(*l)),
                Ty::Int | Ty::Float | Ty::Bool | Ty::None | Ty::Str | Ty::Range
            );
            if quiet
                || self.is_borrowed_self(*l)
                || self.deferred_locals.contains(&(self.func, l.0))
            {
                continue;
            }
            if let Some(id) = self.plain_local(*l) {
                out.push(quote! { drop(#id); });
            }
        }
        quote! { #(#out)* }
    }

    fn stmt_code(&mut self, s: &Stmt) -> TokenStream {
        // In a fused generator's body (fuse.rs), a yield is the consumer's code for the
        // item and `return` ends the iteration.
        if self.fused {
            match &s.kind {
                StmtKind::Expr(Expr {
                    kind: ExprKind::Yield(v),
                    ..
                }) => return self.fused_yield(v.as_deref()),
                StmtKind::Return(v) => return self.fused_return(v.as_ref()),
                _ => {}
            }
        }
        match &s.kind {
            StmtKind::Expr(e) => {
                let code = self.expr(e);
                quote! { let _ = #code; }
            }
            StmtKind::Assign { targets, value } => {
                // A generator call whose local is read once later: fused there (fuse.rs).
                if let [t] = targets.as_slice()
                    && let TargetKind::Var(Var::Local(l)) = t.kind
                    && let Some(code) = self.defer_assign(s, l, value)
                {
                    return code;
                }
                // A native i64 local assigned a native expression: plain Rust arithmetic.
                if let [t] = targets.as_slice()
                    && let TargetKind::Var(Var::Local(l)) = t.kind
                    && self.native.contains(&l.0)
                    && let Some(n) = self.native_expr(value)
                {
                    let id = &self.local_idents[l.index()];
                    return quote! { #id = #n; };
                }
                let vty = self.info.expr(value).clone();
                // `a, b = node` with a dynamic local: at node's last use an unshared tuple
                // gives its items away; otherwise unpacking only borrows its source.
                if let [t] = targets.as_slice()
                    && let TargetKind::Tuple(ts) = &t.kind
                    && !ts.iter().any(|t| matches!(t.kind, TargetKind::Star(_)))
                    && vty == Ty::Dyn
                    && let ExprKind::Name(Var::Local(l)) = value.kind
                {
                    if let Some((id, _)) = self.moved_local(value) {
                        self.owned_unpack = true;
                        let code = self.assign(t, id, &vty);
                        self.owned_unpack = false;
                        return code;
                    }
                    if let Some(id) = self.dyn_local(l) {
                        return self.assign(t, id, &vty);
                    }
                }
                let v = self.expr_move(value);
                if targets.len() == 1 {
                    // A computed value (a call's result, ...) is a temporary: unpacking it
                    // may take the items of a tuple no one else holds.
                    self.owned_unpack = !matches!(value.kind, ExprKind::Name(_));
                    let code = self.assign(&targets[0], v, &vty);
                    self.owned_unpack = false;
                    return code;
                }
                let tmp = self.fresh("value");
                let assigns: Vec<TokenStream> = targets
                    .iter()
                    .map(|t| {
                        let c = self.clone_of(quote! { #tmp }, &vty);
                        self.assign(t, c, &vty)
                    })
                    .collect();
                quote! { let #tmp = #v; #(#assigns)* }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::If { test, body, orelse } => {
                let c = self.cond(test);
                let b = self.block(body);
                if orelse.is_empty() {
                    quote! { if #c { #b } }
                } else {
                    let o = self.block(orelse);
                    quote! { if #c { #b } else { #o } }
                }
            }
            StmtKind::While { test, body, orelse } => {
                let infinite = matches!(test.kind, ExprKind::Bool(true))
                    || matches!(test.kind, ExprKind::Int(i) if i != 0);
                let (label, break_label, id) = self.new_loop(!orelse.is_empty());
                self.frames.push(Frame::Loop {
                    label: label.clone(),
                    break_label: break_label.clone(),
                    id,
                    cont_block: false,
                });
                let c = self.cond(test);
                let b = self.block(body);
                self.frames.pop();
                let l = lifetime(&label);
                let lp = if infinite {
                    quote! { #l: loop { #b } }
                } else {
                    quote! { #l: while #c { #b } }
                };
                // Numeric loops first try machine arithmetic (see fast.rs); the exact loop
                // continues from wherever that stops.
                self.counter += 1;
                let done = lifetime(&format_ident!("done_{}", self.counter));
                match self.fast_while_loop(s.span, test, body, &done) {
                    Some(fast) => {
                        let lp = self.wrap_else(lp, orelse, &label, &break_label);
                        quote! { { #done: { #fast #lp } } }
                    }
                    None => self.wrap_else(lp, orelse, &label, &break_label),
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(s.span, target, iter, body, orelse),
            StmtKind::Break => {
                let j = self.loop_jump(true);
                quote! { #j; }
            }
            StmtKind::Continue => {
                let j = self.loop_jump(false);
                quote! { #j; }
            }
            StmtKind::Pass => quote! {},
            StmtKind::Return(v) => {
                let rt_ty = self.ret_ty.clone();
                let code = match v {
                    // `return x` outside loops and try blocks is x's last use: it moves
                    // instead of cloning (nothing can read x afterwards, nothing borrows it).
                    Some(v)
                        if self.frames.is_empty()
                            && let ExprKind::Name(Var::Local(l)) = v.kind
                            && !self.is_deferred(l)
                            && !self.cells.contains(&l.0)
                            && !self.native.contains(&l.0)
                            && !self.optional_locals.contains(&l.0)
                            && !self.is_borrowed_self(l) =>
                    {
                        let vt = self.var_ty(Var::Local(l));
                        let id = self.local_idents[l.index()].clone();
                        self.convert(quote! { #id }, &vt, &rt_ty)
                    }
                    Some(v) => self.expr_to(v, &rt_ty),
                    None => self.convert(quote! { () }, &Ty::None, &rt_ty),
                };
                let r = self.ret(code);
                quote! { #r; }
            }
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Assert { test, msg } => {
                let c = self.cond(test);
                let err = match msg {
                    Some(m) => {
                        let mt = self.info.expr(m).clone();
                        let mv = self.expr(m);
                        let boxed = self.convert(mv, &mt, &Ty::Dyn);
                        quote! { rt::PyErr::new(rt::ExcKind::AssertionError, vec![#boxed]) }
                    }
                    None => quote! { rt::PyErr::new(rt::ExcKind::AssertionError, vec![]) },
                };
                let r = self.raise(err);
                quote! { if !(#c) { #r; } }
            }
            StmtKind::FuncDef { func, defaults } => {
                let mut out = vec![];
                for (g, e) in defaults {
                    let gt = self.info.globals[g.index()].clone();
                    let v = self.expr_to(e, &gt);
                    let field = crate::names::global_field(g.index(), self.m);
                    out.push(quote! { { let v = #v; GLOBALS.with(|g| g.#field.set(v)); } });
                }
                let f = &self.m.funcs[func.index()];
                if f.needs_defined_flag {
                    let flag = crate::names::defined_flag(&f.name);
                    out.push(quote! { #flag.with(|d| d.set(true)); });
                }
                quote! { #(#out)* }
            }
            StmtKind::CompAppend {
                acc,
                kind,
                value,
                key,
            } => {
                let at = self.var_ty(*acc);
                let a = self.read_var(*acc, s.span);
                match (&at, kind, key) {
                    (Ty::List(el), CompKind::List, None) => {
                        let v = self.expr_to(value, el);
                        quote! { { let __v = #v; #a.append(__v); } }
                    }
                    (Ty::Set(el), CompKind::Set, None) => {
                        let v = self.expr_to(value, el);
                        let q = self.q(quote! { __a.add(__v) });
                        quote! { { let __v = #v; let __a = #a; #q; } }
                    }
                    (Ty::Dict(kt, vt), CompKind::Dict, Some(k)) => {
                        let kc = self.expr_to(k, kt);
                        let vc = self.expr_to(value, vt);
                        let q = self.q(quote! { __a.setitem(__k, __v) });
                        quote! { { let __k = #kc; let __v = #vc; let __a = #a; #q; } }
                    }
                    _ => {
                        // An accumulator inference could not type (never happens for a
                        // fresh one); go through the dynamic methods.
                        let v = self.expr_to(value, &Ty::Dyn);
                        let (m, args) = match key {
                            Some(k) => {
                                let kc = self.expr_to(k, &Ty::Dyn);
                                ("__setitem__", quote! { vec![#kc, #v] })
                            }
                            None => (
                                if *kind == CompKind::Set {
                                    "add"
                                } else {
                                    "append"
                                },
                                quote! { vec![#v] },
                            ),
                        };
                        let ab = self.convert(a, &at, &Ty::Dyn);
                        if m == "__setitem__" {
                            let q = self.q(quote! { { let __args: Vec<rt::Value> = #args; let mut __it = __args.into_iter(); match (__it.next(), __it.next()) { (Some(k), Some(v)) => #ab.setitem(k, v), _ => Ok(()) } } });
                            quote! { #q; }
                        } else {
                            let q = self.q(
                                quote! { rt::attr::call_method_static(&#ab, #m, #args, vec![]) },
                            );
                            quote! { #q; }
                        }
                    }
                }
            }
            StmtKind::Delete(targets) => {
                let parts: Vec<TokenStream> = targets.iter().map(|t| self.delete(t)).collect();
                quote! { #(#parts)* }
            }
        }
    }

    fn new_loop(&mut self, has_else: bool) -> (Ident, Ident, u32) {
        self.counter += 1;
        let id = self.counter;
        let label = format_ident!("loop_{}", id);
        let break_label = if has_else {
            format_ident!("loop_{}_else", id)
        } else {
            label.clone()
        };
        (label, break_label, id)
    }

    /// Wraps a loop with its `else` block: `break` leaves the outer labeled block, so the
    /// else code runs only when the loop ends normally.
    fn wrap_else(
        &mut self,
        lp: TokenStream,
        orelse: &[Stmt],
        label: &Ident,
        break_label: &Ident,
    ) -> TokenStream {
        if orelse.is_empty() {
            return lp;
        }
        let e = self.block(orelse);
        let bl = lifetime(break_label);
        let _ = label;
        quote! { #bl: { #lp #e } }
    }

    fn for_loop(
        &mut self,
        loop_span: molt_front::Span,
        target: &Target,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
    ) -> TokenStream {
        if let Some(code) = self.fused_for(target, iter, body, orelse) {
            return code;
        }
        let (label, break_label, id) = self.new_loop(!orelse.is_empty());
        // An instance with a static generator `__iter__`: the loop iterates what a direct
        // call of it returns (inference typed the items from its yields).
        let via_iter = self.info.classes.iters.get(&iter.id).copied();
        let iter_ty = match via_iter {
            Some(fid) => self.info.returns[fid.index()].clone(),
            None => self.info.expr(iter).clone(),
        };
        let elem_ty = self.info.aux(iter.id, molt_types::SLOT_ELEM);
        let elem_ty = iter_ty.elem().unwrap_or(elem_ty);
        let item = self.fresh("item");
        let it = self.fresh("iter");
        let l = lifetime(&label);
        // `for i in range(...)`: count with an i64 and compute the item from it, so the loop
        // keeps no iterator state and LLVM sees plain integer arithmetic.
        if let ExprKind::Call {
            callee: Callee::Builtin(b),
            args,
            kwargs,
        } = &iter.kind
            && b == "range"
            && kwargs.is_empty()
            && (1..=3).contains(&args.len())
        {
            let r = self.range_args(args);
            let q = self.q(quote! { rt::RangeIter::new(#r) });
            let k = self.fresh("k");
            let n = self.fresh("n");
            self.frames.push(Frame::Loop {
                label: label.clone(),
                break_label: break_label.clone(),
                id,
                cont_block: false,
            });
            // A native i64 loop variable: start + k * step, no Int at all.
            let native_target = match target.kind {
                TargetKind::Var(Var::Local(tl)) if self.native.contains(&tl.0) => {
                    Some(self.local_idents[tl.index()].clone())
                }
                _ => None,
            };
            let (setup, assign) = match &native_target {
                Some(id) => {
                    let q2 = self.q(quote! { #it.start_step() });
                    (
                        quote! { let (__start, __step) = #q2; },
                        quote! { #id = __start + #k * __step; },
                    )
                }
                None => (
                    quote! {},
                    self.assign(target, quote! { #it.item(#k) }, &Ty::Int),
                ),
            };
            let b = self.block(body);
            self.frames.pop();
            // Integer loops first try machine arithmetic (see fast.rs); the exact loop
            // continues from wherever that stops.
            self.counter += 1;
            let done = lifetime(&format_ident!("done_{}", self.counter));
            let fast = self
                .fast_range_loop(loop_span, target, body, &it, &k, &n, &done)
                .unwrap_or_default();
            let lp = quote! {
                let #it = #q;
                let #n = #it.remaining();
                #setup
                let mut #k: i64 = 0;
                #fast
                #l: while #k < #n {
                    #assign
                    #k += 1;
                    #b
                }
            };
            let lp = self.wrap_else(lp, orelse, &label, &break_label);
            return quote! { { #done: { #lp } } };
        }
        let head = if let ExprKind::Set(items) = &iter.kind
            && !items.is_empty()
            && items.iter().all(crate::expr::is_constant)
            && let Ty::Set(el) = &iter_ty
        {
            // `for x in {1, 2, 3}` iterates a frozenset constant in CPython.
            let vals: Vec<TokenStream> = items.iter().map(|x| self.expr_to(x, el)).collect();
            let elr = rty::rust_type(el);
            let fs = self.q(quote! { rt::FrozenSet::<#elr>::from_const(vec![#(#vals),*]) });
            let q = self.q(quote! { rt::IntoPyIter::py_iter(&#fs) });
            quote! { let mut #it = #q; }
        } else {
            let src = match via_iter {
                Some(fid) => {
                    let o = self.expr_to(iter, &Ty::Dyn);
                    let name = self.direct_fn_ident(fid);
                    self.q(quote! { #name(#o) })
                }
                None => self.expr(iter),
            };
            let src = self.iter_src(src, &iter_ty);
            let q = self.q(quote! { rt::IntoPyIter::py_iter(&#src) });
            quote! { let mut #it = #q; }
        };
        let next = self.q(quote! { #it.next_item() });
        self.frames.push(Frame::Loop {
            label: label.clone(),
            break_label: break_label.clone(),
            id,
            cont_block: false,
        });
        let assign = self.assign(target, quote! { #item }, &elem_ty);
        let b = self.block(body);
        self.frames.pop();
        let lp = quote! {
            #head
            #l: while let Some(#item) = #next {
                #assign
                #b
            }
        };
        let lp = self.wrap_else(lp, orelse, &label, &break_label);
        quote! { { #lp } }
    }

    /// The three `Int` arguments of a `range(...)` call, for `RangeIter::new`.
    pub(crate) fn range_args(&mut self, args: &[Expr]) -> TokenStream {
        let mut vals: Vec<TokenStream> = args.iter().map(|a| self.int_arg(a)).collect();
        match vals.len() {
            1 => {
                let stop = vals.remove(0);
                quote! { &rt::Int::ZERO, &#stop, &rt::Int::ONE }
            }
            2 => {
                let stop = vals.remove(1);
                let start = vals.remove(0);
                quote! { &#start, &#stop, &rt::Int::ONE }
            }
            _ => {
                let step = vals.remove(2);
                let stop = vals.remove(1);
                let start = vals.remove(0);
                quote! { &#start, &#stop, &#step }
            }
        }
    }

    /// Stores `value` (of type `vty`) into a target.
    pub(crate) fn assign(&mut self, t: &Target, value: TokenStream, vty: &Ty) -> TokenStream {
        // Only this target's own unpacking may take the value's items (see `owned_unpack`).
        let owned = std::mem::take(&mut self.owned_unpack);
        match &t.kind {
            TargetKind::Var(v) => {
                let vt = self.var_ty(*v);
                let value = self.convert(value, vty, &vt);
                self.store_var(*v, value)
            }
            TargetKind::Subscript { obj, index } => {
                let oty = self.info.expr(obj).as_dict();
                let ity = self.info.expr(index).clone();
                let o = match &oty {
                    Ty::List(_) | Ty::Dict(..) => self.recv_ref(obj, &[index]),
                    _ => self.expr(obj),
                };
                match &oty {
                    // A dynamic index may be a slice: a list of dynamic items takes the
                    // dynamic path (boxing shares it).
                    Ty::List(el) if ity.is_intlike() || **el != Ty::Dyn => {
                        let i = self.index_arg(index);
                        let v = self.convert(value, vty, el);
                        let q = self.q(quote! { __o.setitem(&__i, __v) });
                        quote! { { let __v = #v; let __o = #o; let __i = #i; #q; } }
                    }
                    Ty::Dict(k, vt) => {
                        let kv = self.expr(index);
                        let kv = self.convert(kv, &ity, k);
                        let v = self.convert(value, vty, vt);
                        let q = self.q(quote! { __o.setitem(__k, __v) });
                        quote! { { let __v = #v; let __o = #o; let __k = #kv; #q; } }
                    }
                    _ => {
                        let o = match &oty {
                            Ty::List(_) | Ty::Dict(..) => quote! { (#o).clone() },
                            _ => o,
                        };
                        let ob = self.convert(o, &oty, &Ty::Dyn);
                        let kv = self.expr(index);
                        let kb = self.convert(kv, &ity, &Ty::Dyn);
                        let vb = self.convert(value, vty, &Ty::Dyn);
                        let q = self.q(quote! { __o.setitem(__k, __v) });
                        quote! { { let __v = #vb; let __o = #ob; let __k = #kb; #q; } }
                    }
                }
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                let oty = self.info.expr(obj).clone();
                let o = self.expr(obj);
                let (lower, upper, step) = (lower.as_ref(), upper.as_ref(), step.as_ref());
                match &oty {
                    Ty::List(el) => {
                        let bounds = self.slice_bounds(lower, upper, step);
                        let items = self.collect_items_sized(value, vty, el);
                        let q = self.q(quote! { __o.set_slice(#bounds, __items) });
                        quote! { { let __items = #items; let __o = #o; #q; } }
                    }
                    _ => {
                        let ob = self.convert(o, &oty, &Ty::Dyn);
                        let bounds = self.slice_values(lower, upper, step);
                        let vb = self.convert(value, vty, &Ty::Dyn);
                        let q = self.q(quote! { rt::value::slice_set(&__o, #bounds, &__v) });
                        quote! { { let __v = #vb; let __o = #ob; #q; } }
                    }
                }
            }
            TargetKind::Attr { obj, .. } if self.info.classes.writes.contains_key(&obj.id) => {
                self.field_write(obj, value, vty).unwrap_or_default()
            }
            TargetKind::Attr { obj, name } => {
                // Python evaluates the value before the object.
                let v = self.convert(value, vty, &Ty::Dyn);
                let o = self.dyn_ref(obj);
                let q = self.q(quote! { rt::attr::setattr_ic(#o, #name, __v, rt::site!()) });
                quote! { { let __v: rt::Value = #v; #q; } }
            }
            TargetKind::Star(inner) => {
                // The middle of a starred unpacking: a list of dynamic values.
                let lt = Ty::List(Box::new(Ty::Dyn));
                self.assign(inner, value, &lt)
            }
            TargetKind::Tuple(targets)
                if targets
                    .iter()
                    .any(|t| matches!(t.kind, TargetKind::Star(_))) =>
            {
                let star = targets
                    .iter()
                    .position(|t| matches!(t.kind, TargetKind::Star(_)))
                    .unwrap_or(0);
                let before = star;
                let after = targets.len() - star - 1;
                let boxed = self.convert(value, vty, &Ty::Dyn);
                let q = self.q(quote! { rt::iter::unpack_star(&#boxed, #before, #after) });
                let mut parts = vec![];
                for (i, t) in targets.iter().enumerate() {
                    let code = if i < star {
                        quote! { __head[#i].clone() }
                    } else if i == star {
                        quote! { __mid.clone() }
                    } else {
                        let j = i - star - 1;
                        quote! { __tail[#j].clone() }
                    };
                    let ty = if i == star {
                        Ty::List(Box::new(Ty::Dyn))
                    } else {
                        Ty::Dyn
                    };
                    parts.push(self.assign(t, code, &ty));
                }
                quote! { { let (__head, __mid, __tail) = #q; #(#parts)* } }
            }
            TargetKind::Tuple(targets) => {
                let n = targets.len();
                match vty {
                    Ty::Tuple(items) if items.len() == n => {
                        let tmp = self.fresh("tuple");
                        let parts: Vec<TokenStream> = targets
                            .iter()
                            .zip(items.iter())
                            .enumerate()
                            .map(|(i, (t, ity))| {
                                let idx = syn::Index::from(i);
                                self.assign(t, quote! { #tmp.#idx }, ity)
                            })
                            .collect();
                        quote! { { let #tmp = #value; #(#parts)* } }
                    }
                    _ => {
                        // Unpack by iterating, with Python's errors for a wrong count.
                        let el = vty.elem().unwrap_or(Ty::Dyn);
                        let names: Vec<Ident> = (0..n).map(|_| self.fresh("part")).collect();
                        let src = self.convert(value, vty, vty);
                        let unpack = if owned && *vty == Ty::Dyn {
                            self.q(quote! { rt::iter::unpack_value_owned::<#n>(#src) })
                        } else if matches!(vty, Ty::Tuple(_) | Ty::Dyn)
                            || vty.elem().is_none()
                            || matches!(vty, Ty::Optional(_))
                        {
                            let boxed = self.convert(src, vty, &Ty::Dyn);
                            self.q(quote! { rt::iter::unpack_value::<#n>(&#boxed) })
                        } else {
                            let elr = rty::rust_type(&el);
                            self.q(quote! { rt::unpack::<#elr, #n>(&#src) })
                        };
                        let el = if matches!(vty, Ty::Tuple(_))
                            || vty.elem().is_none()
                            || matches!(vty, Ty::Optional(_))
                        {
                            Ty::Dyn
                        } else {
                            el
                        };
                        let parts: Vec<TokenStream> = targets
                            .iter()
                            .zip(names.iter())
                            .map(|(t, nm)| self.assign(t, quote! { #nm }, &el))
                            .collect();
                        quote! { { let [#(#names),*] = #unpack; #(#parts)* } }
                    }
                }
            }
        }
    }

    pub(crate) fn store_var(&mut self, v: Var, value: TokenStream) -> TokenStream {
        match v {
            Var::Local(l) => {
                let id = &self.local_idents[l.index()];
                if self.cells.contains(&l.0) {
                    quote! { #id.set(#value); }
                } else if self.native.contains(&l.0) {
                    let q = self.q(quote! { rt::rt::to_native(#value) });
                    quote! { #id = #q; }
                } else if self.optional_locals.contains(&l.0) {
                    quote! { #id = Some(#value); }
                } else {
                    quote! { #id = #value; }
                }
            }
            Var::Global(g) => {
                let field = crate::names::global_field(g.index(), self.m);
                quote! { { let __v = #value; GLOBALS.with(|g| g.#field.set(__v)); } }
            }
            Var::Free(i) => {
                let cell = self.free_cell(i);
                quote! { { let __v = #value; #cell.set(__v); } }
            }
        }
    }

    /// The items of an iterable value as a `Vec` of `el`.
    pub(crate) fn collect_items(&mut self, value: TokenStream, vty: &Ty, el: &Ty) -> TokenStream {
        self.collect_items_as(value, vty, el, false)
    }

    /// `collect_items` as list(x), tuple(x), sorted(x), list.extend(x) and `l += x` take
    /// the items (list_extend): a user object's `__len__` runs after its `__iter__`.
    pub(crate) fn collect_items_sized(
        &mut self,
        value: TokenStream,
        vty: &Ty,
        el: &Ty,
    ) -> TokenStream {
        self.collect_items_as(value, vty, el, true)
    }

    fn collect_items_as(
        &mut self,
        value: TokenStream,
        vty: &Ty,
        el: &Ty,
        sized: bool,
    ) -> TokenStream {
        let src_el = vty.elem().unwrap_or(Ty::Dyn);
        if matches!(vty, Ty::List(_)) && &src_el == el {
            return quote! { rt::List::into_vec(#value) };
        }
        let conv = self.in_closure(|g| g.convert(quote! { x }, &src_el, el));
        let value = self.iter_src(value, vty);
        // Only a dynamic value can be a user object with a length hint to run.
        let q = if sized && matches!(vty, Ty::Dyn | Ty::Optional(_)) {
            self.q(quote! { rt::collect_vec_sized(&#value) })
        } else {
            self.q(quote! { rt::collect_vec(&#value) })
        };
        if &src_el == el {
            q
        } else {
            self.q(quote! { #q.into_iter().map(|x| -> rt::PyResult<_> { Ok(#conv) }).collect::<rt::PyResult<Vec<_>>>() })
        }
    }

    /// `cur op= val` for a typed list, set or dict (see `inplace_kind`): the object
    /// itself changes, as CPython's in-place slots change it, so every alias sees the
    /// change; the expression's value is that same object.
    fn typed_inplace(
        &mut self,
        op: BinOp,
        cur: TokenStream,
        vt: &Ty,
        val: TokenStream,
        vty: &Ty,
    ) -> TokenStream {
        match (op, vt) {
            (BinOp::Add, Ty::List(el)) => {
                let items = self.collect_items_sized(val, vty, el);
                quote! { { let __l = #cur; let __items = #items; __l.extend_vec(__items); __l } }
            }
            (BinOp::Mul, Ty::List(_)) => {
                let n = self.convert(val, vty, &Ty::Int);
                let q = self.q(quote! { __l.irepeat(&__n) });
                quote! { { let __l = #cur; let __n = #n; #q; __l } }
            }
            (_, Ty::Dict(..)) => {
                let val = self.convert(val, vty, vt);
                let q = self.q(quote! { __d.ior(&__o) });
                quote! { { let __d = #cur; let __o = #val; #q; __d } }
            }
            _ => {
                let el = vt.elem().unwrap_or(Ty::Dyn);
                let (arg, val) = match vty {
                    Ty::FrozenSet(_) => (
                        quote! { rt::setops::SetArg::Frozen(&__o) },
                        self.convert(val, vty, &Ty::FrozenSet(Box::new(el))),
                    ),
                    _ => (
                        quote! { rt::setops::SetArg::Set(&__o) },
                        self.convert(val, vty, &Ty::Set(Box::new(el))),
                    ),
                };
                let m = match op {
                    BinOp::BitOr => quote! { ior },
                    BinOp::BitAnd => quote! { iand },
                    BinOp::Sub => quote! { isub },
                    _ => quote! { ixor },
                };
                let q = self.q(quote! { __s.#m(&#arg) });
                quote! { { let __s = #cur; let __o = #val; #q; __s } }
            }
        }
    }

    fn aug_assign(&mut self, target: &Target, op: BinOp, value: &Expr) -> TokenStream {
        let res_ty = self.info.aux(value.id, molt_types::SLOT_AUG);
        match &target.kind {
            TargetKind::Var(v) => {
                let vt = self.var_ty(*v);
                let cur = self.read_var(*v, target.span);
                let vty = self.info.expr(value).clone();
                if inplace_kind(op, &vt, &vty, &res_ty) {
                    let val = self.expr(value);
                    let r = self.typed_inplace(op, cur, &vt, val, &vty);
                    return quote! { let _ = #r; };
                }
                // A native i64 local: the result fits too (its range covers it).
                // (Both in-place forms read the target after the value; CPython reads it
                // first, which differs only when the value rebinds it: `n += (n := 1)`.)
                let in_place_ok = crate::call::cannot_rebind(value);
                if let Var::Local(l) = v
                    && in_place_ok
                    && self.native.contains(&l.0)
                    && let Some(n) = self.native_expr(value)
                    && let Some(r) = self.native_binop(op, *l, n, value)
                {
                    return r;
                }
                // int += int on a plain local: update in place (no clone of the old value,
                // no drop, and the big-int buffer is reused when possible).
                if let Var::Local(l) = v
                    && in_place_ok
                    && vt == Ty::Int
                    && res_ty == Ty::Int
                    && vty.is_intlike()
                    && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul)
                    && !self.optional_locals.contains(&l.0)
                    && !self.cells.contains(&l.0)
                {
                    let id = self.local_idents[l.index()].clone();
                    let m = match op {
                        BinOp::Add => quote! { add_assign },
                        BinOp::Sub => quote! { sub_assign },
                        _ => quote! { mul_assign },
                    };
                    // A value read from another local is borrowed; `x *= x` needs a copy.
                    if let ExprKind::Name(Var::Local(src)) = value.kind
                        && src != *l
                        && vty == Ty::Int
                    {
                        let s = self.operand(value);
                        return quote! { #id.#m(&#s); };
                    }
                    let val = self.expr(value);
                    let val = self.convert(val, &vty, &Ty::Int);
                    return quote! { { let __v = #val; #id.#m(&__v); } };
                }
                // str += str on a plain local: appended in place while the local holds
                // the only reference (CPython's unicode_concatenate does the same), so
                // `s += piece` in a loop is linear, not quadratic.
                if let Var::Local(l) = v
                    && in_place_ok
                    && op == BinOp::Add
                    && vt == Ty::Str
                    && vty == Ty::Str
                    && res_ty == Ty::Str
                    && !self.optional_locals.contains(&l.0)
                    && !self.cells.contains(&l.0)
                {
                    let id = self.local_idents[l.index()].clone();
                    let val = self.expr(value);
                    return quote! { { let __v: rt::Str = #val; #id.iadd(&__v); } };
                }
                // A plain dynamic local is borrowed rather than cloned, when the value
                // cannot rebind it while the borrow is held.
                let cur = match v {
                    Var::Local(l)
                        if vt == Ty::Dyn
                            && res_ty == Ty::Dyn
                            && crate::call::cannot_rebind(value) =>
                    {
                        self.dyn_local(*l).unwrap_or(cur)
                    }
                    _ => cur,
                };
                let val = self.expr(value);
                let r = if vt == Ty::Dyn && res_ty == Ty::Dyn {
                    // A dynamic target updates in place when its type does (list +=,
                    // deque +=, Counter -=, set |=, ...).
                    self.dyn_inplace(op, cur, val, &vty)
                } else {
                    self.binop_code(op, cur, &vt, val, &vty, &res_ty, Some(value))
                };
                let r = self.convert(r, &res_ty, &vt);
                self.store_var(*v, r)
            }
            TargetKind::Subscript { obj, index } => {
                let oty = self.info.expr(obj).as_dict();
                let o = match &oty {
                    Ty::List(_) | Ty::Dict(..) => self.recv_ref(obj, &[index, value]),
                    _ => self.expr(obj),
                };
                let ity = self.info.expr(index).clone();
                let k = self.expr(index);
                let (item_ty, getitem) = match &oty {
                    Ty::List(el) => {
                        let kk = if ity.is_intlike() {
                            self.convert(quote! { __k }, &ity, &Ty::Int)
                        } else {
                            self.index_from_dyn(quote! { __k.clone() }, &ity)
                        };
                        ((**el).clone(), self.q(quote! { __o.getitem(&#kk) }))
                    }
                    Ty::Dict(kt, vt) => {
                        // getitem borrows its key: a key of the dict's own type needs no copy.
                        let kk = if ity == **kt {
                            quote! { __k }
                        } else {
                            self.convert(quote! { __k.clone() }, &ity, kt)
                        };
                        ((**vt).clone(), self.q(quote! { __o.getitem(&#kk) }))
                    }
                    _ => {
                        let kb = self.convert(quote! { __k.clone() }, &ity, &Ty::Dyn);
                        let ob = self.convert(quote! { __o.clone() }, &oty, &Ty::Dyn);
                        (Ty::Dyn, self.q(quote! { #ob.getitem(&#kb) }))
                    }
                };
                let vty = self.info.expr(value).clone();
                let val = self.expr(value);
                let r = if item_ty == Ty::Dyn && res_ty == Ty::Dyn {
                    self.dyn_inplace(op, quote! { __cur }, val, &vty)
                } else if inplace_kind(op, &item_ty, &vty, &res_ty) {
                    self.typed_inplace(op, quote! { __cur.clone() }, &item_ty, val, &vty)
                } else {
                    self.binop_code(
                        op,
                        quote! { __cur },
                        &item_ty,
                        val,
                        &vty,
                        &res_ty,
                        Some(value),
                    )
                };
                let store = {
                    match &oty {
                        Ty::List(el) => {
                            let v = self.convert(quote! { __r }, &res_ty, el);
                            let kk = if ity.is_intlike() {
                                self.convert(quote! { __k }, &ity, &Ty::Int)
                            } else {
                                self.index_from_dyn(quote! { __k }, &ity)
                            };
                            self.q(quote! { __o.setitem(&#kk, #v) })
                        }
                        Ty::Dict(kt, vt) => {
                            let v = self.convert(quote! { __r }, &res_ty, vt);
                            let kk = self.convert(quote! { __k }, &ity, kt);
                            self.q(quote! { __o.setitem(#kk, #v) })
                        }
                        _ => {
                            let v = self.convert(quote! { __r }, &res_ty, &Ty::Dyn);
                            let kb = self.convert(quote! { __k }, &ity, &Ty::Dyn);
                            let ob = self.convert(quote! { __o }, &oty, &Ty::Dyn);
                            self.q(quote! { #ob.setitem(#kb, #v) })
                        }
                    }
                };
                quote! {
                    {
                        let __o = #o;
                        let __k = #k;
                        let __cur = #getitem;
                        let __r = #r;
                        #store;
                    }
                }
            }
            TargetKind::Attr { obj, .. }
                if let Some(code) = self.field_aug(obj, op, value, &res_ty) =>
            {
                code
            }
            TargetKind::Attr { obj, name } => {
                // obj.name op= value: one evaluation of obj, then get, in-place op, set.
                let o = self.expr_to(obj, &Ty::Dyn);
                let get = self.q(quote! { rt::attr::getattr_ic(&__o, #name, rt::site!()) });
                let vty = self.info.expr(value).clone();
                let val = self.expr(value);
                let r = self.dyn_inplace(op, quote! { __cur }, val, &vty);
                let set = self.q(quote! { rt::attr::setattr_ic(&__o, #name, __r, rt::site!()) });
                quote! {
                    {
                        let __o: rt::Value = #o;
                        let __cur: rt::Value = #get;
                        let __r: rt::Value = #r;
                        #set;
                    }
                }
            }
            _ => {
                self.error(
                    target.span,
                    "this augmented assignment target is not supported",
                    "write the assignment out in full",
                );
                quote! {}
            }
        }
    }

    /// `x op= v` on a native local, when the operation is one of the native ones.
    fn native_binop(
        &self,
        op: BinOp,
        l: LocalId,
        v: TokenStream,
        value: &Expr,
    ) -> Option<TokenStream> {
        let id = &self.local_idents[l.index()];
        let vr = self.ranges.get(&value.id).copied()?;
        let nonzero = vr.0 > 0 || vr.1 < 0;
        Some(match op {
            BinOp::Add => quote! { #id += #v; },
            BinOp::Sub => quote! { #id -= #v; },
            BinOp::Mul => quote! { #id *= #v; },
            BinOp::FloorDiv if nonzero => quote! { #id = rt::rt::floordiv_i64(#id, #v); },
            BinOp::Mod if nonzero => quote! { #id = rt::rt::mod_i64(#id, #v); },
            BinOp::BitAnd => quote! { #id &= #v; },
            BinOp::BitOr => quote! { #id |= #v; },
            BinOp::BitXor => quote! { #id ^= #v; },
            _ => return None,
        })
    }

    fn delete(&mut self, t: &Target) -> TokenStream {
        match &t.kind {
            TargetKind::Subscript { obj, index } => {
                let oty = self.info.expr(obj).as_dict();
                let o = self.expr(obj);
                let ity = self.info.expr(index).clone();
                let k = self.expr(index);
                match &oty {
                    Ty::List(el) if ity.is_intlike() || **el != Ty::Dyn => {
                        let kk = if ity.is_intlike() {
                            self.convert(k, &ity, &Ty::Int)
                        } else {
                            self.index_from_dyn(k, &ity)
                        };
                        let q = self.q(quote! { #o.delitem(&#kk) });
                        quote! { #q; }
                    }
                    Ty::Dict(kt, _) => {
                        let kk = self.convert(k, &ity, kt);
                        let q = self.q(quote! { #o.delitem(&#kk) });
                        quote! { #q; }
                    }
                    _ => {
                        let ob = self.convert(o, &oty, &Ty::Dyn);
                        let kb = self.convert(k, &ity, &Ty::Dyn);
                        let q = self.q(quote! { #ob.delitem(&#kb) });
                        quote! { #q; }
                    }
                }
            }
            TargetKind::Slice {
                obj,
                lower,
                upper,
                step,
            } => {
                let oty = self.info.expr(obj).clone();
                let o = self.expr(obj);
                let (lower, upper, step) = (lower.as_ref(), upper.as_ref(), step.as_ref());
                match &oty {
                    Ty::List(_) => {
                        let bounds = self.slice_bounds(lower, upper, step);
                        let q = self.q(quote! { #o.del_slice(#bounds) });
                        quote! { #q; }
                    }
                    _ => {
                        let ob = self.convert(o, &oty, &Ty::Dyn);
                        let bounds = self.slice_values(lower, upper, step);
                        let q = self.q(quote! { rt::value::slice_del(&#ob, #bounds) });
                        quote! { #q; }
                    }
                }
            }
            TargetKind::Tuple(ts) => {
                let parts: Vec<TokenStream> = ts.iter().map(|t| self.delete(t)).collect();
                quote! { #(#parts)* }
            }
            TargetKind::Star(t) => self.delete(t),
            TargetKind::Var(v) => self.delete_var(*v),
            TargetKind::Attr { obj, name } => {
                let o = self.expr_to(obj, &Ty::Dyn);
                let q = self.q(quote! { rt::attr::delattr(&__o, #name) });
                quote! { { let __o: rt::Value = #o; #q; } }
            }
        }
    }

    /// `del name`: the variable must be bound, and is unbound afterwards.
    fn delete_var(&mut self, v: Var) -> TokenStream {
        match v {
            Var::Local(l) => {
                let id = self.local_idents[l.index()].clone();
                // DELETE_NAME in a class body: unbound is a NameError, as at module level.
                let (name, module) = match self.func {
                    Some(f) => (
                        self.m.funcs[f.index()].locals[l.index()].name.clone(),
                        self.m.funcs[f.index()].class_body,
                    ),
                    None => (self.m.module_locals[l.index()].name.clone(), true),
                };
                if self.cells.contains(&l.0) {
                    let q = self.q(quote! { #id.get(#name) });
                    quote! { { let _ = #q; #id.unset(); } }
                } else if self.optional_locals.contains(&l.0) {
                    let check = if module {
                        self.q(quote! { rt::rt::bound_global(&#id, #name) })
                    } else {
                        self.q(quote! { rt::rt::bound(&#id, #name) })
                    };
                    quote! { { let _ = #check; #id = None; } }
                } else {
                    quote! {}
                }
            }
            Var::Global(g) => {
                let field = crate::names::global_field(g.index(), self.m);
                let name = self.m.globals[g.index()].name.clone();
                let q = self.q(quote! { GLOBALS.with(|g| g.#field.del(#name)) });
                quote! { #q; }
            }
            Var::Free(i) => {
                let cell = self.free_cell(i);
                let name = match self.func {
                    Some(f) => self.m.funcs[f.index()].free[i as usize].name.clone(),
                    None => String::new(),
                };
                let q = self.q(quote! { #cell.get_free(#name) });
                quote! { { let _ = #q; #cell.unset(); } }
            }
        }
    }

    fn raise_stmt(&mut self, exc: Option<&Expr>, cause: Option<&Expr>) -> TokenStream {
        let handled = self.handled_exc();
        let Some(exc) = exc else {
            // Bare `raise`: re-raise the exception being handled.
            return match handled {
                Some(h) => {
                    let r = self.raise_as_is(quote! { #h.clone() });
                    quote! { #r; }
                }
                // Outside a handler of this function: the exception a caller handles,
                // when the program tracks them (it does when it has such a `raise`).
                None if self.exc_state => {
                    let again = self.raise_as_is(quote! { e });
                    let r = self.raise(quote! { rt::PyErr::msg(rt::ExcKind::RuntimeError, "No active exception to reraise") });
                    quote! {
                        match rt::exc_state::current() {
                            Some(e) => { #again; }
                            None => { #r; }
                        }
                    }
                }
                None => {
                    let r = self.raise(quote! { rt::PyErr::msg(rt::ExcKind::RuntimeError, "No active exception to reraise") });
                    quote! { #r; }
                }
            };
        };
        let err = self.exception_value(exc);
        let with_cause = match cause {
            None => err,
            Some(c) => {
                if matches!(c.kind, ExprKind::None) {
                    quote! { #err.with_cause(None) }
                } else if matches!(c.kind, ExprKind::BuiltinRef(_)) || self.info.expr(c) == &Ty::Exc
                {
                    let ce = self.exception_value(c);
                    quote! { #err.with_cause(Some(#ce)) }
                } else {
                    // Any value: None, an exception, a class (instantiated), or a TypeError.
                    let t = self.info.expr(c).clone();
                    let v = self.expr(c);
                    let b = self.convert(v, &t, &Ty::Dyn);
                    let ce = self.q(quote! { rt::class::exc_cause(#b) });
                    quote! { #err.with_cause(#ce) }
                }
            }
        };
        if self.exc_state {
            // CPython's rule: the handled exception of whatever frame becomes the context.
            let r = self.raise_as_is(quote! { rt::exc_state::raised(#with_cause) });
            return quote! { #r; };
        }
        let with_ctx = match handled {
            Some(h) => quote! { #with_cause.with_context(Some(#h.clone())) },
            None => with_cause,
        };
        let r = self.raise(with_ctx);
        quote! { #r; }
    }

    /// The `PyErr` for `raise X`: an exception instance, or a class (instantiated).
    fn exception_value(&mut self, e: &Expr) -> TokenStream {
        match &e.kind {
            ExprKind::BuiltinRef(name) if molt_front::catalog::is_exception(name) => {
                let k = format_ident!("{}", name);
                quote! { rt::PyErr::new(rt::ExcKind::#k, vec![]) }
            }
            _ => {
                let t = self.info.expr(e).clone();
                let v = self.expr(e);
                match t {
                    Ty::Exc => v,
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        self.q(quote! { rt::exc::to_exception(#b) })
                    }
                }
            }
        }
    }

    /// try/except/else/finally. The body is a labeled block that evaluates to the raised
    /// exception (normal completion jumps past the handlers), so rustc's initialisation
    /// analysis sees the same paths as Python. With a finally, the whole statement is a
    /// block evaluating to `rt::Completion`; the normal path runs the finally code inline and
    /// continues, every other path runs it (a second copy) and then jumps, returns or raises.
    fn try_stmt(
        &mut self,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> TokenStream {
        let has_finally = !finalbody.is_empty();
        self.counter += 1;
        let n = self.counter;
        let try_l = lifetime(&format_ident!("try_{}", n));
        let done_l = lifetime(&format_ident!("done_{}", n));
        let fin_label = format_ident!("finally_{}", n);
        let fin_l = lifetime(&fin_label);
        let after_l = lifetime(&format_ident!("after_{}", n));
        let ret_ty = rty::rust_type(&self.ret_ty);
        if has_finally {
            self.frames.push(Frame::Catch {
                label: fin_label.clone(),
                completion: true,
            });
        }
        self.frames.push(Frame::Catch {
            label: format_ident!("try_{}", n),
            completion: false,
        });
        let b = self.block(body);
        self.frames.pop();
        let else_code = self.block(orelse);
        let exc = self.fresh("exc");
        let mut chain = self.raise(quote! { #exc });
        chain = quote! { { #chain; } };
        for h in handlers.iter().rev() {
            let test = if h.types.is_empty() {
                quote! { true }
            } else {
                let mut tests = vec![];
                for t in &h.types {
                    tests.push(match t {
                        ExcClass::Builtin(name) => {
                            let k = format_ident!("{}", name);
                            quote! { #exc.matches(rt::ExcKind::#k) }
                        }
                        // Evaluated only when an exception reaches this clause, like Python.
                        ExcClass::Value(c) => {
                            let cv = self.expr_to(c, &Ty::Dyn);
                            let q = self.q(quote! { rt::class::exc_matches(&#exc, &#cv) });
                            quote! { (#q) }
                        }
                    });
                }
                quote! { #(#tests)||* }
            };
            let bind = match h.name {
                Some(v) => {
                    let vt = self.var_ty(v);
                    let val = self.convert(quote! { #exc.clone() }, &Ty::Exc, &vt);
                    self.store_var(v, val)
                }
                None => quote! {},
            };
            let unbind = match h.name {
                Some(Var::Local(l)) if self.optional_locals.contains(&l.0) => {
                    let id = &self.local_idents[l.index()];
                    quote! { #id = None; }
                }
                Some(Var::Local(l)) if self.cells.contains(&l.0) => {
                    let id = &self.local_idents[l.index()];
                    quote! { #id.unset(); }
                }
                Some(Var::Free(i)) => {
                    let field = crate::closure::free_field(i);
                    quote! { __env.#field.unset(); }
                }
                Some(Var::Global(g)) => {
                    let field = crate::names::global_field(g.index(), self.m);
                    quote! { GLOBALS.with(|g| g.#field.unset()); }
                }
                _ => quote! {},
            };
            self.frames.push(Frame::Handling {
                exc: exc.clone(),
                unbind: unbind.clone(),
            });
            let hb = self.block(&h.body);
            self.frames.pop();
            // `sys.exc_info()` answers this exception until the handler is left.
            let enter = if self.exc_state {
                quote! { let _handling = rt::exc_state::handling(&#exc); }
            } else {
                quote! {}
            };
            chain = quote! { if #test { #enter #bind #hb #unbind } else #chain };
        }
        // Caught inside an enclosing handler: the exception was raised while that one was
        // being handled, so it is its context (an error leaving the handler gets it in `q`).
        let outer_ctx = match self.handled_exc() {
            Some(h) if !self.exc_state => {
                quote! { let #exc = #exc.with_context(Some(#h.clone())); }
            }
            _ => quote! {},
        };
        let core = quote! {
            #done_l: {
                let #exc: rt::PyErr = #try_l: {
                    #b
                    #else_code
                    break #done_l;
                };
                #outer_ctx
                #chain
            }
        };
        if !has_finally {
            return core;
        }
        self.frames.pop(); // the finally's Catch frame
        let f1 = self.block(finalbody);
        let pending = self.fresh("_pending");
        self.frames.push(Frame::Finally {
            pending: pending.clone(),
        });
        let f2 = self.block(finalbody);
        self.frames.pop();
        // A finally block run while an exception propagates handles it meanwhile.
        let enter_fin = if self.exc_state {
            quote! { let _handling = #pending.as_ref().map(rt::exc_state::handling); }
        } else {
            quote! {}
        };
        let ret = self.ret(quote! { v });
        let raise = self.raise(quote! { e });
        let loops: Vec<(u32, TokenStream, TokenStream)> = self
            .frames
            .iter()
            .filter_map(|fr| match fr {
                Frame::Loop { id, .. } => Some(*id),
                _ => None,
            })
            .map(|id| {
                (
                    id,
                    self.jump_to_loop(id, true),
                    self.jump_to_loop(id, false),
                )
            })
            .collect();
        let break_arms = loops.iter().map(|(id, brk, cont)| {
            quote! {
                rt::Completion::Break(#id) => { #brk; }
                rt::Completion::Continue(#id) => { #cont; }
            }
        });
        let _ = fin_l.clone();
        quote! {
            #after_l: {
                let __c: rt::Completion<#ret_ty> = #fin_l: {
                    #core
                    #f1
                    break #after_l;
                };
                let #pending: Option<rt::PyErr> = match &__c {
                    rt::Completion::Raise(e) => Some(e.clone()),
                    _ => None,
                };
                #enter_fin
                #f2
                match __c {
                    rt::Completion::Return(v) => { #ret; }
                    rt::Completion::Raise(e) => { #raise; }
                    #(#break_arms)*
                    _ => return rt::rt::unreachable_end(),
                }
            }
        }
    }

    /// `break`/`continue` of loop `id` from the current position.
    fn jump_to_loop(&self, id: u32, is_break: bool) -> TokenStream {
        // The names of the handlers the jump leaves are unbound first, as Python does.
        let mut unbinds = vec![];
        for f in self.frames.iter().rev() {
            match f {
                Frame::Handling { unbind, .. } => unbinds.push(unbind.clone()),
                Frame::Loop {
                    label,
                    break_label,
                    id: lid,
                    cont_block,
                } if *lid == id => {
                    let l = lifetime(if is_break { break_label } else { label });
                    return if is_break || *cont_block {
                        with_unbinds(&unbinds, quote! { break #l })
                    } else {
                        with_unbinds(&unbinds, quote! { continue #l })
                    };
                }
                Frame::Catch {
                    label,
                    completion: true,
                } => {
                    let l = lifetime(label);
                    return if is_break {
                        with_unbinds(&unbinds, quote! { break #l rt::Completion::Break(#id) })
                    } else {
                        with_unbinds(&unbinds, quote! { break #l rt::Completion::Continue(#id) })
                    };
                }
                _ => {}
            }
        }
        quote! {}
    }
}

/// A loop jump preceded by the unbinding of the handler names it leaves.
fn with_unbinds(unbinds: &[TokenStream], jump: TokenStream) -> TokenStream {
    if unbinds.iter().all(|u| u.is_empty()) {
        jump
    } else {
        quote! { { #(#unbinds)* #jump } }
    }
}

pub(crate) fn lifetime(id: &Ident) -> syn::Lifetime {
    syn::Lifetime::new(&format!("'{id}"), proc_macro2::Span::call_site())
}

/// Whether `x op= value` on a typed container is one of the in-place operations
/// `typed_inplace` emits: list `+=` any iterable and `*=` an int, set `|= &= -= ^=` and
/// dict `|=` with an operand of the same type. The result type must be the target's.
fn inplace_kind(op: BinOp, vt: &Ty, vty: &Ty, res_ty: &Ty) -> bool {
    match (op, vt) {
        (BinOp::Add, Ty::List(_)) => true,
        (BinOp::Mul, Ty::List(_)) => vty.is_intlike(),
        // An operand of other item types is converted to the target's boxed items.
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Ty::Set(el)) => {
            res_ty == vt
                && matches!(vty, Ty::Set(e) | Ty::FrozenSet(e) if e == el || **el == Ty::Dyn)
        }
        (BinOp::BitOr, Ty::Dict(k, v)) => {
            res_ty == vt
                && matches!(vty, Ty::Dict(k2, v2)
                    if (k2 == k || **k == Ty::Dyn) && (v2 == v || **v == Ty::Dyn))
        }
        _ => false,
    }
}
