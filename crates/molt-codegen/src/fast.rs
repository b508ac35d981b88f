//! Fast versions of pure numeric functions (see molt-runtime's fast.rs for why they are
//! exact). A function qualifies when its parameters, locals and result are ints, floats or
//! bools, it only does arithmetic and comparisons, control flow and calls to other
//! qualifying functions, and touches nothing outside its own frame except reading numeric
//! globals. Its fast version works on i64/f64 and gives up (`None`) on anything unusual
//! (overflow, a zero divisor, an int too large to meet a float exactly); the exact version
//! then runs from the start.

use crate::Gen;
use crate::stmt::lifetime;
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use std::collections::HashSet;

type Fast = Result<TokenStream, ()>;

pub(crate) fn fast_ident(name: &str) -> Ident {
    let base = crate::names::func_ident(name).to_string();
    format_ident!("{}__fast", base.trim_start_matches("r#"))
}

pub(crate) fn switch_ident(name: &str) -> Ident {
    let base = crate::names::func_ident(name).to_string();
    format_ident!("FAST_{}", base.trim_start_matches("r#"))
}

fn small(t: &Ty) -> bool {
    matches!(t, Ty::Int | Ty::Bool | Ty::Float)
}

/// State while generating fast code: a whole function, or one loop of exact code.
pub(crate) struct Ctx {
    func: Option<FuncId>,
    locals: Vec<Ident>,
    /// (continue code, break code) of the enclosing loops, innermost last.
    loops: Vec<(TokenStream, TokenStream)>,
    counter: u32,
    /// Where giving up goes: `?` (a fast function returns None) or a labeled block.
    fail: Option<syn::Lifetime>,
    /// Locals read and written by the code generated so far.
    pub(crate) used: HashSet<u32>,
    pub(crate) written: HashSet<u32>,
    /// For a fast loop: locals unbound on entry, with the flag recording that they were
    /// bound by an iteration.
    flags: std::collections::HashMap<u32, Ident>,
    /// For a fast loop: the list locals whose items (ints, floats, bools) the body may read
    /// and store, borrowed for the whole loop: bound on entry and never rebound in it.
    list_ok: HashSet<u32>,
    /// The lists the body indexes, and whether it stores into them.
    lists: std::collections::BTreeMap<u32, bool>,
    /// An item may have been stored earlier in this iteration: giving up now must undo it.
    dirty: bool,
    /// Giving up was generated after a store (see `dirty`).
    needs_undo: std::cell::Cell<bool>,
    /// Stores log the item they replace, so that giving up restores it.
    undo: bool,
    /// The code calls fast functions (which take the call depth).
    calls: bool,
}

impl Ctx {
    /// `code` is an `Option`: its value, or give up.
    fn t(&self, code: TokenStream) -> TokenStream {
        self.may_give_up();
        match &self.fail {
            None => quote! { #code? },
            Some(l) => quote! { match #code { Some(v) => v, None => break #l } },
        }
    }

    fn may_give_up(&self) {
        if self.dirty {
            self.needs_undo.set(true);
        }
    }

    fn new(func: Option<FuncId>, locals: Vec<Ident>) -> Ctx {
        Ctx {
            func,
            locals,
            loops: vec![],
            counter: 0,
            fail: None,
            used: HashSet::new(),
            written: HashSet::new(),
            flags: std::collections::HashMap::new(),
            list_ok: HashSet::new(),
            lists: std::collections::BTreeMap::new(),
            dirty: false,
            needs_undo: std::cell::Cell::new(false),
            undo: false,
            calls: false,
        }
    }

    /// Records a write of local `l`: its flag, if it has one.
    fn wrote(&mut self, l: LocalId) -> TokenStream {
        self.written.insert(l.0);
        match self.flags.get(&l.0) {
            Some(f) => quote! { #f = true; },
            None => quote! {},
        }
    }

    fn give_up(&self) -> TokenStream {
        self.may_give_up();
        match &self.fail {
            None => quote! { return None; },
            Some(l) => quote! { break #l; },
        }
    }
}

impl<'m> Gen<'m> {
    /// Decides which functions get a fast version, and generates them.
    pub(crate) fn fast_functions(&mut self) -> Vec<TokenStream> {
        let m = self.m;
        let mut set: HashSet<u32> = (0..m.funcs.len() as u32)
            .filter(|i| self.fast_signature_ok(FuncId(*i)))
            .collect();
        loop {
            let mut bad = vec![];
            for &i in &set {
                if self.fast_body(FuncId(i), &set).is_err() {
                    bad.push(i);
                }
            }
            if bad.is_empty() {
                break;
            }
            for b in bad {
                set.remove(&b);
            }
        }
        self.fast = set.clone();
        let mut out = vec![];
        let mut ids: Vec<u32> = set.into_iter().collect();
        ids.sort();
        for i in ids {
            if let Ok(code) = self.fast_body(FuncId(i), &self.fast.clone()) {
                out.push(code);
            }
        }
        out
    }

    fn local_ty(&self, cx: &Ctx, l: LocalId) -> Ty {
        self.info.var(cx.func, Var::Local(l)).clone()
    }

    fn fast_signature_ok(&self, fid: FuncId) -> bool {
        let f = &self.m.funcs[fid.index()];
        let tys = &self.info.locals[fid.index()];
        // Closures and cells live outside the i64 world.
        // A memoised function's calls go through its cache (memo.rs).
        !f.dynamic
            && f.cache.is_none()
            && !f.is_generator
            && f.cells.is_empty()
            && small(&self.info.returns[fid.index()])
            && tys.iter().all(small)
            && f.params
                .iter()
                .all(|p| !matches!(p.default, Some(Default::Global(_))))
            && crate::assign::maybe_unbound(f).is_empty()
    }

    fn fast_body(&mut self, fid: FuncId, set: &HashSet<u32>) -> Fast {
        let f = &self.m.funcs[fid.index()];
        let locals = crate::names::local_idents(f);
        let mut cx = Ctx::new(Some(fid), locals);
        let body = self.fblock(&f.body, &mut cx, set)?;
        let name = fast_ident(&f.rust_name);
        let rty = fty(&self.info.returns[fid.index()]);
        let params: Vec<TokenStream> = f
            .params
            .iter()
            .map(|p| {
                let id = &cx.locals[p.local.index()];
                let t = fty(&self.info.locals[fid.index()][p.local.index()]);
                quote! { mut #id: #t }
            })
            .collect();
        let param_set: HashSet<u32> = f.params.iter().map(|p| p.local.0).collect();
        let decls: Vec<TokenStream> = f
            .locals
            .iter()
            .enumerate()
            .filter(|(i, _)| !param_set.contains(&(*i as u32)))
            .map(|(i, _)| {
                let id = &cx.locals[i];
                let t = fty(&self.info.locals[fid.index()][i]);
                quote! { let mut #id: #t; }
            })
            .collect();
        let end = if molt_types::flow::falls_through(&f.body) {
            // Falling off the end returns None, which is not an int: not a fast function.
            return Err(());
        } else {
            quote! { None }
        };
        Ok(quote! {
            /// The i64 fast path of the function of the same name (see rt::fast).
            fn #name(#(#params,)* __depth: rt::fast::Depth) -> Option<#rty> {
                let __depth = __depth.enter()?;
                #(#decls)*
                #body
                #end
            }
        })
    }

    fn fblock(&mut self, body: &[Stmt], cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        let mut out = vec![];
        for s in body {
            out.push(self.fstmt(s, cx, set)?);
        }
        Ok(quote! { #(#out)* })
    }

    fn fstmt(&mut self, s: &Stmt, cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        Ok(match &s.kind {
            StmtKind::Pass => quote! {},
            StmtKind::Assign { targets, value } => {
                // `a, b = b, a + b`: every item first, then the targets from left to right
                // (`a[i], a[j] = a[j], a[i]`).
                if let [t] = &targets[..]
                    && let TargetKind::Tuple(ts) = &t.kind
                    && let ExprKind::Tuple(items) = &value.kind
                    && ts.len() == items.len()
                {
                    let mut lets = vec![];
                    let mut vals = vec![];
                    for (i, item) in items.iter().enumerate() {
                        let (c, ct) = self.fexpr(item, cx, set)?;
                        let tmp = format_ident!("__t{}", i);
                        lets.push(quote! { let #tmp = #c; });
                        vals.push((tmp, ct));
                    }
                    let mut sets = vec![];
                    for (t, (tmp, ct)) in ts.iter().zip(vals) {
                        sets.push(self.fstore(t, quote! { #tmp }, &ct, cx, set)?);
                    }
                    return Ok(quote! { { #(#lets)* #(#sets)* } });
                }
                let (v, vt) = self.fexpr(value, cx, set)?;
                if let [t] = &targets[..] {
                    return self.fstore(t, v, &vt, cx, set);
                }
                // Chains `a[i] = b[j] = v`: the value once, then each target in order.
                let tmp = format_ident!("__sv");
                let mut stores = vec![];
                for t in targets {
                    stores.push(self.fstore(t, quote! { #tmp }, &vt, cx, set)?);
                }
                quote! { { let #tmp = #v; #(#stores)* } }
            }
            StmtKind::AugAssign { target, op, value } => {
                if let TargetKind::Subscript { obj, index } = &target.kind {
                    return self.faug_item(obj, index, *op, value, cx, set);
                }
                let TargetKind::Var(Var::Local(l)) = &target.kind else {
                    return Err(());
                };
                let lt = self.local_ty(cx, *l);
                let id = cx.locals[l.index()].clone();
                cx.used.insert(l.0);
                let flag = cx.wrote(*l);
                let (v, vt) = self.fexpr(value, cx, set)?;
                let r = match lt {
                    Ty::Int => {
                        let v = coerce(v, &vt, &Ty::Int)?;
                        fbinop(cx, *op, quote! { #id }, v, Some(value))?
                    }
                    Ty::Float => float_binop(cx, *op, quote! { #id }, &lt, v, &vt)?,
                    _ => return Err(()),
                };
                quote! { #id = #r; #flag }
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.fcond(test, cx, set)?;
                let b = self.fblock(body, cx, set)?;
                let o = self.fblock(orelse, cx, set)?;
                quote! { if #c { #b } else { #o } }
            }
            StmtKind::While { test, body, orelse } => {
                if !orelse.is_empty() {
                    return Err(());
                }
                cx.counter += 1;
                let label = format_ident!("fast_loop_{}", cx.counter);
                let l = lifetime(&label);
                // From the second time round, the test follows the body's stores.
                cx.dirty |= stores_items(body);
                let c = self.fcond(test, cx, set)?;
                cx.loops
                    .push((quote! { continue #l; }, quote! { break #l; }));
                let b = self.fblock(body, cx, set);
                cx.loops.pop();
                let b = b?;
                quote! { #l: while #c { #b } }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                if !orelse.is_empty() {
                    return Err(());
                }
                let TargetKind::Var(Var::Local(tl)) = &target.kind else {
                    return Err(());
                };
                let ExprKind::Call {
                    callee: Callee::Builtin(b),
                    args,
                    kwargs,
                } = &iter.kind
                else {
                    return Err(());
                };
                if b != "range" || !kwargs.is_empty() || args.is_empty() || args.len() > 3 {
                    return Err(());
                }
                if self.local_ty(cx, *tl) != Ty::Int {
                    return Err(());
                }
                cx.dirty |= stores_items(body);
                let mut vals = vec![];
                for a in args {
                    let (c, t) = self.fexpr(a, cx, set)?;
                    vals.push(coerce(c, &t, &Ty::Int)?);
                }
                let (start, stop, step) = match vals.len() {
                    1 => (quote! { 0i64 }, vals[0].clone(), quote! { 1i64 }),
                    2 => (vals[0].clone(), vals[1].clone(), quote! { 1i64 }),
                    _ => (vals[0].clone(), vals[1].clone(), vals[2].clone()),
                };
                cx.counter += 1;
                let label = format_ident!("fast_loop_{}", cx.counter);
                let l = lifetime(&label);
                let id = cx.locals[tl.index()].clone();
                let tflag = cx.wrote(*tl);
                cx.loops
                    .push((quote! { continue #l; }, quote! { break #l; }));
                let b = self.fblock(body, cx, set);
                cx.loops.pop();
                let b = b?;
                let give_up = cx.give_up();
                // Python evaluates the range once; the loop counts the items.
                quote! {
                    {
                        let __start: i64 = #start;
                        let __stop: i64 = #stop;
                        let __step: i64 = #step;
                        if __step == 0 { #give_up }
                        let __n: i64 = if __step > 0 {
                            if __start < __stop { ((__stop as i128 - __start as i128 - 1) / __step as i128 + 1) as i64 } else { 0 }
                        } else if __start > __stop {
                            ((__start as i128 - __stop as i128 - 1) / (-(__step as i128)) + 1) as i64
                        } else { 0 };
                        let mut __k: i64 = 0;
                        #l: while __k < __n {
                            #id = __start + __k * __step;
                            #tflag
                            __k += 1;
                            #b
                        }
                    }
                }
            }
            StmtKind::Break => cx.loops.last().ok_or(())?.1.clone(),
            StmtKind::Continue => cx.loops.last().ok_or(())?.0.clone(),
            StmtKind::Return(Some(v)) => {
                let func = cx.func.ok_or(())?;
                if cx.fail.is_some() {
                    return Err(());
                }
                let (c, t) = self.fexpr(v, cx, set)?;
                let rt_ = self.info.returns[func.index()].clone();
                let c = coerce(c, &t, &rt_)?;
                quote! { return Some(#c); }
            }
            StmtKind::Expr(e) if matches!(e.kind, ExprKind::CallFunc { .. }) => {
                let (c, _) = self.fexpr(e, cx, set)?;
                quote! { let _ = #c; }
            }
            _ => return Err(()),
        })
    }

    /// A list local the fast loop may index: the name of its borrowed vector, and the
    /// item type.
    fn flist(&mut self, obj: &Expr, cx: &mut Ctx) -> Result<(Ident, Ty), ()> {
        let ExprKind::Name(Var::Local(l)) = obj.kind else {
            return Err(());
        };
        if !cx.list_ok.contains(&l.0) {
            return Err(());
        }
        let Ty::List(el) = self.local_ty(cx, l) else {
            return Err(());
        };
        cx.lists.entry(l.0).or_insert(false);
        Ok((list_vec_ident(&self.local_idents[l.index()]), *el))
    }

    /// Stores `val` into item `i` of list `obj` (`pre` runs first, with `__s` the item's
    /// place), logging the old item when stores must be undoable; gives up when `i` is out
    /// of range. Records that the loop stores into the list.
    fn put_item(
        &self,
        cx: &mut Ctx,
        obj: &Expr,
        el: &Ty,
        i: TokenStream,
        pre: TokenStream,
        val: TokenStream,
    ) -> Fast {
        let ExprKind::Name(Var::Local(l)) = obj.kind else {
            return Err(());
        };
        cx.lists.insert(l.0, true);
        let base = &self.local_idents[l.index()];
        let v = list_vec_ident(base);
        let x = match el {
            Ty::Int => quote! { rt::Int::Small(#val) },
            _ => val,
        };
        let give_up = cx.give_up();
        let code = if cx.undo {
            let u = list_undo_ident(base);
            quote! {
                match rt::list::norm_index(#i, #v.len()) {
                    Some(__j) => {
                        let __s = &mut #v[__j];
                        #pre
                        #u.push((__j, std::mem::replace(__s, #x)));
                    }
                    None => { #give_up }
                }
            }
        } else {
            quote! {
                match rt::list::item_mut(&mut #v, #i) {
                    Some(__s) => {
                        #pre
                        *__s = #x;
                    }
                    None => { #give_up }
                }
            }
        };
        cx.dirty = true;
        Ok(code)
    }

    /// `xs[i]` in a fast loop: the vector, the item type and the index as i64 code.
    fn fitem(
        &mut self,
        obj: &Expr,
        index: &Expr,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Result<(Ident, Ty, TokenStream), ()> {
        let (v, el) = self.flist(obj, cx)?;
        let (ic, it) = self.fexpr(index, cx, set)?;
        Ok((v, el, coerce(ic, &it, &Ty::Int)?))
    }

    /// Stores `val` (of type `vt`) into an assignment target of a fast loop.
    fn fstore(
        &mut self,
        t: &Target,
        val: TokenStream,
        vt: &Ty,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Fast {
        match &t.kind {
            TargetKind::Var(Var::Local(l)) => {
                let id = cx.locals[l.index()].clone();
                let flag = cx.wrote(*l);
                let lt = self.local_ty(cx, *l);
                let v = coerce(val, vt, &lt)?;
                Ok(quote! { #id = #v; #flag })
            }
            TargetKind::Subscript { obj, index } => {
                let (_, el, i) = self.fitem(obj, index, cx, set)?;
                // The list keeps what was stored: a bool stays a bool in a list of ints.
                if vt != &el {
                    return Err(());
                }
                let put = self.put_item(cx, obj, &el, quote! { __i }, quote! {}, quote! { __x })?;
                // The value first, as Python evaluates it (and so that it may read the
                // vector before the store borrows it).
                Ok(quote! { { let __x = #val; let __i: i64 = #i; #put } })
            }
            _ => Err(()),
        }
    }

    /// `xs[i] op= v` in a fast loop (ints with int operands, floats).
    fn faug_item(
        &mut self,
        obj: &Expr,
        index: &Expr,
        op: BinOp,
        value: &Expr,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Fast {
        let (_, el, i) = self.fitem(obj, index, cx, set)?;
        let (x, xt) = self.fexpr(value, cx, set)?;
        let cur = match el {
            Ty::Int => {
                let g = cx.give_up();
                quote! { let Some(__c) = __s.as_i64() else { #g }; }
            }
            Ty::Float => quote! { let __c = *__s; },
            _ => return Err(()),
        };
        let r = match el {
            Ty::Int => {
                let x = coerce(quote! { __x }, &xt, &Ty::Int)?;
                fbinop(cx, op, quote! { __c }, x, Some(value))?
            }
            _ => float_binop(cx, op, quote! { __c }, &el, quote! { __x }, &xt)?,
        };
        let put = self.put_item(
            cx,
            obj,
            &el,
            quote! { __i },
            quote! { #cur let __r = #r; },
            quote! { __r },
        )?;
        Ok(quote! { { let __x = #x; let __i: i64 = #i; #put } })
    }

    fn fcond(&mut self, e: &Expr, cx: &mut Ctx, set: &HashSet<u32>) -> Fast {
        let (c, t) = self.fexpr(e, cx, set)?;
        Ok(truth(c, &t))
    }

    /// An int, float or bool expression as i64/f64/bool code (with `?` giving up).
    fn fexpr(
        &mut self,
        e: &Expr,
        cx: &mut Ctx,
        set: &HashSet<u32>,
    ) -> Result<(TokenStream, Ty), ()> {
        let t = self.info.expr(e).clone();
        if !small(&t) {
            return Err(());
        }
        let code = match &e.kind {
            ExprKind::Int(v) => quote! { #v },
            ExprKind::Float(v) => crate::expr::float_lit(*v),
            ExprKind::Bool(b) => quote! { #b },
            ExprKind::Name(Var::Local(l)) => {
                cx.used.insert(l.0);
                let id = &cx.locals[l.index()];
                quote! { #id }
            }
            ExprKind::Name(Var::Global(g)) => {
                let field = crate::names::global_field(g.index(), self.m);
                let name = self.m.globals[g.index()].name.clone();
                match self.info.globals[g.index()] {
                    Ty::Int => {
                        let v = cx.t(quote! { GLOBALS.with(|g| g.#field.get(#name)).ok() });
                        cx.t(quote! { #v.as_i64() })
                    }
                    Ty::Bool | Ty::Float => {
                        cx.t(quote! { GLOBALS.with(|g| g.#field.get(#name)).ok() })
                    }
                    _ => return Err(()),
                }
            }
            ExprKind::Binary(op, l, r) => {
                let (lc, lt) = self.fexpr(l, cx, set)?;
                let (rc, rt_) = self.fexpr(r, cx, set)?;
                if lt == Ty::Bool && rt_ == Ty::Bool && t == Ty::Bool {
                    match op {
                        BinOp::BitAnd => quote! { (#lc & #rc) },
                        BinOp::BitOr => quote! { (#lc | #rc) },
                        BinOp::BitXor => quote! { (#lc ^ #rc) },
                        _ => return Err(()),
                    }
                } else if t == Ty::Float {
                    float_binop(cx, *op, lc, &lt, rc, &rt_)?
                } else {
                    if t != Ty::Int {
                        return Err(());
                    }
                    let lc = coerce(lc, &lt, &Ty::Int)?;
                    let rc = coerce(rc, &rt_, &Ty::Int)?;
                    // In a loop of exact code, value ranges may prove the operation cannot
                    // overflow (or divide by zero): then no check is needed.
                    let proven = cx.fail.is_some()
                        && [e.id, l.id, r.id].iter().all(|id| {
                            self.ranges
                                .get(id)
                                .is_some_and(|rg| crate::bounds::fits_i64(*rg))
                        });
                    let rr = self.ranges.get(&r.id).copied().unwrap_or((0, 0));
                    let lr = self.ranges.get(&l.id).copied().unwrap_or((-1, -1));
                    let nonzero = rr.0 > 0 || rr.1 < 0;
                    // Non-negative operands: Python's // and % are Rust's.
                    let both_pos = lr.0 >= 0 && rr.0 > 0;
                    match op {
                        BinOp::Add if proven => quote! { (#lc + #rc) },
                        BinOp::Sub if proven => quote! { (#lc - #rc) },
                        BinOp::Mul if proven => quote! { (#lc * #rc) },
                        BinOp::Mod if proven && both_pos => quote! { (#lc % #rc) },
                        BinOp::FloorDiv if proven && both_pos => quote! { (#lc / #rc) },
                        BinOp::Mod if proven && nonzero => quote! { rt::rt::mod_i64(#lc, #rc) },
                        BinOp::FloorDiv if proven && nonzero => {
                            quote! { rt::rt::floordiv_i64(#lc, #rc) }
                        }
                        _ => fbinop(cx, *op, lc, rc, Some(r))?,
                    }
                }
            }
            ExprKind::Unary(op, x) => {
                let (c, xt) = self.fexpr(x, cx, set)?;
                match op {
                    UnaryOp::Not => {
                        let b = truth(c, &xt);
                        quote! { !#b }
                    }
                    UnaryOp::Neg if xt == Ty::Float => quote! { (-#c) },
                    UnaryOp::Pos if xt == Ty::Float => c,
                    _ => {
                        let c = coerce(c, &xt, &Ty::Int)?;
                        match op {
                            UnaryOp::Neg => cx.t(quote! { rt::fast::neg(#c) }),
                            UnaryOp::Pos => c,
                            _ => quote! { !#c },
                        }
                    }
                }
            }
            ExprKind::Compare(first, rest) => {
                // With a float anywhere in the chain, every operand compares as a double;
                // ints only when exact (Python compares int with float exactly).
                let float = std::iter::once(&**first)
                    .chain(rest.iter().map(|(_, x)| x))
                    .any(|x| self.info.expr(x) == &Ty::Float);
                let operand = |c: TokenStream, ct: &Ty, cx: &Ctx| -> Fast {
                    match (float, ct) {
                        (true, Ty::Int) => Ok(cx.t(quote! { rt::fast::i2f_exact(#c) })),
                        (true, _) => coerce(c, ct, &Ty::Float),
                        (false, _) => coerce(c, ct, &Ty::Int),
                    }
                };
                let (fc, ft) = self.fexpr(first, cx, set)?;
                let mut prev = operand(fc, &ft, cx)?;
                let mut lets = vec![quote! { let __c0 = #prev; }];
                prev = quote! { __c0 };
                let mut tests = vec![];
                for (i, (op, x)) in rest.iter().enumerate() {
                    let (xc, xt) = self.fexpr(x, cx, set)?;
                    let xc = operand(xc, &xt, cx)?;
                    let sym = match op {
                        CmpOp::Eq => quote! { == },
                        CmpOp::NotEq => quote! { != },
                        CmpOp::Lt => quote! { < },
                        CmpOp::LtE => quote! { <= },
                        CmpOp::Gt => quote! { > },
                        CmpOp::GtE => quote! { >= },
                        _ => return Err(()),
                    };
                    let name = format_ident!("__c{}", i + 1);
                    // Later operands are evaluated only if the earlier tests passed.
                    tests.push((quote! { let #name = #xc; }, quote! { (#prev #sym #name) }));
                    prev = quote! { #name };
                }
                let mut acc = quote! { true };
                for (l, t) in tests.into_iter().rev() {
                    acc = quote! { { #l if #t { #acc } else { false } } };
                }
                let first_let = lets.remove(0);
                quote! { { #first_let #acc } }
            }
            ExprKind::BoolOp(kind, values) => {
                let mut parts = vec![];
                for v in values {
                    let (c, vt) = self.fexpr(v, cx, set)?;
                    parts.push(coerce(c, &vt, &t)?);
                }
                let mut it = parts.into_iter().rev();
                let mut acc = it.next().ok_or(())?;
                for p in it {
                    let tst = truth(quote! { __v }, &t);
                    acc = match kind {
                        BoolOpKind::And => {
                            quote! { { let __v = #p; if #tst { #acc } else { __v } } }
                        }
                        BoolOpKind::Or => {
                            quote! { { let __v = #p; if #tst { __v } else { #acc } } }
                        }
                    };
                }
                acc
            }
            ExprKind::IfExp(c, a, b) => {
                let cc = self.fcond(c, cx, set)?;
                let (ac, at) = self.fexpr(a, cx, set)?;
                let (bc, bt) = self.fexpr(b, cx, set)?;
                let ac = coerce(ac, &at, &t)?;
                let bc = coerce(bc, &bt, &t)?;
                quote! { if #cc { #ac } else { #bc } }
            }
            ExprKind::CallFunc { func, args } => {
                if !set.contains(&func.0) {
                    return Err(());
                }
                let callee = &self.m.funcs[func.index()];
                let name = fast_ident(&callee.rust_name);
                let mut vals = vec![];
                for (i, a) in args.iter().enumerate() {
                    let p = &callee.params[i];
                    let pt = self.info.locals[func.index()][p.local.index()].clone();
                    let (c, ct) = match a {
                        Some(a) => self.fexpr(a, cx, set)?,
                        None => match &p.default {
                            Some(Default::Const(d)) => self.fexpr(d, cx, set)?,
                            _ => return Err(()),
                        },
                    };
                    vals.push(coerce(c, &ct, &pt)?);
                }
                let ret = self.info.returns[func.index()].clone();
                cx.calls = true;
                let call = cx.t(quote! { #name(#(#vals,)* __depth) });
                return Ok((coerce(call, &ret, &t)?, t));
            }
            ExprKind::Subscript(obj, index) => {
                let (v, el, i) = self.fitem(obj, index, cx, set)?;
                if el != t {
                    return Err(());
                }
                let get = match el {
                    Ty::Int => quote! { .and_then(rt::Int::as_i64) },
                    _ => quote! { .copied() },
                };
                cx.t(quote! { rt::list::item(&#v, #i)#get })
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                kwargs,
            } if b == "len" && args.len() == 1 && kwargs.is_empty() => {
                let (v, _) = self.flist(&args[0], cx)?;
                quote! { (#v.len() as i64) }
            }
            ExprKind::Call {
                callee: Callee::Builtin(b),
                args,
                kwargs,
            } if kwargs.is_empty() => {
                let mut vals = vec![];
                let mut tys = vec![];
                for a in args {
                    let (c, ct) = self.fexpr(a, cx, set)?;
                    // Floats keep their type; bools count as ints, as in Python.
                    let to = if ct == Ty::Float { Ty::Float } else { Ty::Int };
                    vals.push(coerce(c, &ct, &to)?);
                    tys.push(to);
                }
                let all = |want: &Ty| tys.iter().all(|x| x == want);
                match (b.as_str(), vals.len()) {
                    ("abs", 1) if tys[0] == Ty::Float => {
                        let v = &vals[0];
                        quote! { #v.abs() }
                    }
                    ("abs", 1) => {
                        let v = &vals[0];
                        cx.t(quote! { rt::fast::abs(#v) })
                    }
                    // Mixed int/float arguments make the result a union: not fast.
                    ("min" | "max", _) if !all(&t) => return Err(()),
                    ("min", n) if n >= 2 => {
                        let first = &vals[0];
                        let rest = &vals[1..];
                        quote! { { let mut __m = #first; #( { let __x = #rest; if __x < __m { __m = __x; } } )* __m } }
                    }
                    ("max", n) if n >= 2 => {
                        let first = &vals[0];
                        let rest = &vals[1..];
                        quote! { { let mut __m = #first; #( { let __x = #rest; if __x > __m { __m = __x; } } )* __m } }
                    }
                    ("int", 1) if t == Ty::Int && tys[0] == Ty::Float => {
                        let v = &vals[0];
                        cx.t(quote! { rt::fast::f2i(#v) })
                    }
                    ("int", 1) if t == Ty::Int => vals[0].clone(),
                    ("float", 1) if t == Ty::Float => coerce(vals[0].clone(), &tys[0], &t)?,
                    _ => return Err(()),
                }
            }
            _ => return Err(()),
        };
        Ok((code, t))
    }
}

impl<'m> Gen<'m> {
    /// A call from exact code of a function with a fast version, when every argument is
    /// already a machine value (an int proven to fit an i64, a float, a bool): the fast
    /// version runs directly, without boxing the arguments for the exact function and
    /// unboxing them again. If it gives up, the exact function runs as usual.
    pub(crate) fn fast_direct_call(
        &mut self,
        fid: FuncId,
        args: &[Option<Expr>],
    ) -> Option<TokenStream> {
        let f = &self.m.funcs[fid.index()];
        if !self.fast.contains(&fid.0) || f.needs_defined_flag || args.len() != f.params.len() {
            return None;
        }
        // First decide, then generate: nothing is emitted for a call that does not qualify.
        let mut ints = vec![];
        for (i, a) in args.iter().enumerate() {
            let a = a.as_ref()?;
            let pt = &self.info.locals[fid.index()][f.params[i].local.index()];
            if self.info.expr(a) != pt {
                return None;
            }
            ints.push(match pt {
                Ty::Int => Some(self.native_expr(a)?),
                Ty::Float | Ty::Bool => None,
                _ => return None,
            });
        }
        let mut lets = vec![];
        let mut fast_args = vec![];
        let mut exact_args = vec![];
        for (a, native) in args.iter().zip(ints) {
            let tmp = self.fresh("farg");
            let code = match native {
                Some(c) => {
                    exact_args.push(quote! { rt::Int::Small(#tmp) });
                    c
                }
                None => {
                    exact_args.push(quote! { #tmp });
                    self.expr(a.as_ref()?)
                }
            };
            lets.push(quote! { let #tmp = #code; });
            fast_args.push(tmp);
        }
        let f = &self.m.funcs[fid.index()];
        let sw = switch_ident(&f.rust_name);
        let fname = fast_ident(&f.rust_name);
        let name = self.direct_fn_ident(fid);
        let exact = self.q(quote! { #name(#(#exact_args),*) });
        let r = match self.info.returns[fid.index()] {
            Ty::Int => quote! { rt::Int::Small(__r) },
            _ => quote! { __r },
        };
        self.counter += 1;
        let l = lifetime(&format_ident!("fast_call_{}", self.counter));
        Some(quote! {
            #l: {
                #(#lets)*
                if #sw.with(rt::fast::Switch::on) {
                    if let Some(__r) = #fname(#(#fast_args,)* rt::fast::Depth::current()) {
                        break #l #r;
                    }
                    #sw.with(rt::fast::Switch::off);
                }
                #exact
            }
        })
    }
}

/// The borrowed vector of list local `id` in a fast loop.
fn list_vec_ident(id: &Ident) -> Ident {
    format_ident!("{}__v", id.to_string().trim_start_matches("r#"))
}

/// The undo log of list local `id` in a fast loop: (index, item replaced).
fn list_undo_ident(id: &Ident) -> Ident {
    format_ident!("{}__u", id.to_string().trim_start_matches("r#"))
}

/// Whether a statement list stores into items (`xs[i] = v`, `xs[i] += v`), at any depth.
fn stores_items(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { targets, .. } => targets.iter().any(target_stores),
        StmtKind::AugAssign { target, .. } => target_stores(target),
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => stores_items(body) || stores_items(orelse),
        _ => false,
    })
}

fn target_stores(t: &Target) -> bool {
    match &t.kind {
        TargetKind::Var(_) => false,
        TargetKind::Tuple(ts) => ts.iter().any(target_stores),
        TargetKind::Star(t) => target_stores(t),
        _ => true,
    }
}

/// The i64/f64/bool Rust type of an int/float/bool.
fn fty(t: &Ty) -> TokenStream {
    match t {
        Ty::Bool => quote! { bool },
        Ty::Float => quote! { f64 },
        _ => quote! { i64 },
    }
}

/// Converts between representations where Python does implicitly (bool -> int, and int
/// -> float in arithmetic, which rounds to nearest-even like `as f64`).
fn coerce(code: TokenStream, from: &Ty, to: &Ty) -> Fast {
    match (from, to) {
        (a, b) if a == b => Ok(code),
        (Ty::Bool, Ty::Int) => Ok(quote! { (#code as i64) }),
        (Ty::Int, Ty::Float) => Ok(quote! { (#code as f64) }),
        (Ty::Bool, Ty::Float) => Ok(quote! { (#code as i64 as f64) }),
        _ => Err(()),
    }
}

/// Python truth of an i64/f64/bool value (NaN is true).
fn truth(c: TokenStream, t: &Ty) -> TokenStream {
    match t {
        Ty::Bool => c,
        Ty::Float => quote! { (#c != 0.0) },
        _ => quote! { (#c != 0) },
    }
}

/// A binary operation whose result is a float. Two ints meet only in `/` (and `**` with a
/// negative exponent), where Python's own rules apply; otherwise ints convert to doubles.
fn float_binop(cx: &Ctx, op: BinOp, l: TokenStream, lt: &Ty, r: TokenStream, rt_: &Ty) -> Fast {
    let ints = lt != &Ty::Float && rt_ != &Ty::Float;
    if ints && op == BinOp::Div {
        let l = coerce(l, lt, &Ty::Int)?;
        let r = coerce(r, rt_, &Ty::Int)?;
        return Ok(cx.t(quote! { rt::fast::int_truediv(#l, #r) }));
    }
    if ints && op != BinOp::Pow {
        return Err(());
    }
    let l = coerce(l, lt, &Ty::Float)?;
    let r = coerce(r, rt_, &Ty::Float)?;
    Ok(match op {
        BinOp::Add => quote! { (#l + #r) },
        BinOp::Sub => quote! { (#l - #r) },
        BinOp::Mul => quote! { (#l * #r) },
        BinOp::Div => cx.t(quote! { rt::fast::fdiv(#l, #r) }),
        BinOp::FloorDiv => cx.t(quote! { rt::fast::ffloordiv(#l, #r) }),
        BinOp::Mod => cx.t(quote! { rt::fast::fmod(#l, #r) }),
        BinOp::Pow => cx.t(quote! { rt::fast::fpow(#l, #r) }),
        _ => return Err(()),
    })
}

fn fbinop(cx: &Ctx, op: BinOp, l: TokenStream, r: TokenStream, rexpr: Option<&Expr>) -> Fast {
    Ok(match op {
        BinOp::Add => cx.t(quote! { rt::fast::add(#l, #r) }),
        BinOp::Sub => cx.t(quote! { rt::fast::sub(#l, #r) }),
        BinOp::Mul => cx.t(quote! { rt::fast::mul(#l, #r) }),
        BinOp::FloorDiv => cx.t(quote! { rt::fast::floordiv(#l, #r) }),
        BinOp::Mod => cx.t(quote! { rt::fast::modulo(#l, #r) }),
        BinOp::Pow if rexpr.is_some_and(molt_types::infer::const_nonneg_int) => {
            cx.t(quote! { rt::fast::pow(#l, #r) })
        }
        BinOp::LShift => cx.t(quote! { rt::fast::shl(#l, #r) }),
        BinOp::RShift => cx.t(quote! { rt::fast::shr(#l, #r) }),
        BinOp::BitAnd => quote! { (#l & #r) },
        BinOp::BitOr => quote! { (#l | #r) },
        BinOp::BitXor => quote! { (#l ^ #r) },
        _ => return Err(()),
    })
}

/// Whether every read of a local in `body` either follows a write earlier in the same
/// straight-line sequence of the loop body, or finds the local bound on loop entry.
fn reads_ok(body: &[Stmt], bound: &HashSet<u32>) -> bool {
    let mut w: HashSet<u32> = HashSet::new();
    for s in body {
        let mut reads = vec![];
        stmt_reads(s, &mut reads);
        if reads.iter().any(|l| !bound.contains(l) && !w.contains(l)) {
            return false;
        }
        if let StmtKind::Assign { targets, .. } = &s.kind {
            for t in targets {
                collect_target_locals(t, &mut w);
            }
        }
    }
    true
}

fn collect_target_locals(t: &Target, out: &mut HashSet<u32>) {
    match &t.kind {
        TargetKind::Var(Var::Local(l)) => {
            out.insert(l.0);
        }
        TargetKind::Tuple(ts) => ts.iter().for_each(|t| collect_target_locals(t, out)),
        TargetKind::Star(t) => collect_target_locals(t, out),
        _ => {}
    }
}

/// Locals a statement reads (conservatively: every local name in it, except plain
/// assignment targets).
fn stmt_reads(s: &Stmt, out: &mut Vec<u32>) {
    let ex = |e: &Expr, out: &mut Vec<u32>| expr_reads(e, out);
    match &s.kind {
        StmtKind::Expr(e) => ex(e, out),
        StmtKind::Assign { targets, value } => {
            ex(value, out);
            targets.iter().for_each(|t| target_reads(t, out));
        }
        StmtKind::AugAssign { target, value, .. } => {
            if let TargetKind::Var(Var::Local(l)) = target.kind {
                out.push(l.0);
            }
            target_reads(target, out);
            ex(value, out)
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            ex(test, out);
            body.iter()
                .chain(orelse.iter())
                .for_each(|s| stmt_reads(s, out));
        }
        StmtKind::For {
            iter, body, orelse, ..
        } => {
            ex(iter, out);
            body.iter()
                .chain(orelse.iter())
                .for_each(|s| stmt_reads(s, out));
        }
        StmtKind::Return(Some(e)) => ex(e, out),
        _ => {}
    }
}

/// Locals an assignment target reads: the list and index of `xs[i] = v`, not a plain name.
fn target_reads(t: &Target, out: &mut Vec<u32>) {
    struct Reads<'a>(&'a mut Vec<u32>);
    impl molt_front::hir_visit::Visitor for Reads<'_> {
        fn expr(&mut self, e: &Expr) {
            expr_reads(e, self.0)
        }
    }
    molt_front::hir_visit::walk_target(&mut Reads(out), t);
}

fn expr_reads(e: &Expr, out: &mut Vec<u32>) {
    if let ExprKind::Name(Var::Local(l)) = e.kind {
        out.push(l.0);
    }
    crate::assign::visit_children(e, &mut |c| expr_reads(c, out));
}

impl<'m> Gen<'m> {
    /// A fast attempt for `for target in range(...)` in exact code: runs iterations with
    /// i64 shadows of the int locals involved, and on anything unusual restores the
    /// iteration's starting state and leaves the rest to the exact loop (which continues
    /// from iteration `k`). Returns None when the loop does not qualify.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn fast_range_loop(
        &mut self,
        loop_span: molt_front::Span,
        target: &Target,
        body: &[Stmt],
        it: &Ident,
        k: &Ident,
        n: &Ident,
        done: &syn::Lifetime,
    ) -> Option<TokenStream> {
        let TargetKind::Var(Var::Local(tl)) = target.kind else {
            return None;
        };
        if self.info.var(self.func, Var::Local(tl)) != &Ty::Int {
            return None;
        }
        self.fast_loop(loop_span, FastKind::Range { tl, it, k, n }, body, done)
    }

    /// The same for `while test: ...` (without `else`, or with one: a loop left by its
    /// test falling false goes on to the exact loop, whose test is then false too: the
    /// test is pure, so evaluating it again is not seen).
    pub(crate) fn fast_while_loop(
        &mut self,
        loop_span: molt_front::Span,
        test: &Expr,
        body: &[Stmt],
        done: &syn::Lifetime,
    ) -> Option<TokenStream> {
        self.fast_loop(loop_span, FastKind::While(test), body, done)
    }

    fn fast_loop(
        &mut self,
        loop_span: molt_front::Span,
        kind: FastKind<'_>,
        body: &[Stmt],
        done: &syn::Lifetime,
    ) -> Option<TokenStream> {
        // The fast loop shadows locals in i64s: not for bodies with closures.
        if !self.cells.is_empty() || self.func.is_some_and(|f| self.m.funcs[f.index()].dynamic) {
            return None;
        }
        let entries = self
            .loop_entries
            .get(&(loop_span.start, loop_span.end))?
            .clone();
        let mut bound = entries.clone();
        // The loop variable (a range loop's), bound by every iteration.
        let tl = match &kind {
            FastKind::Range { tl, .. } => Some(*tl),
            FastKind::While(test) => {
                // The test runs first in every iteration: it reads only what the loop
                // finds bound.
                let mut reads = vec![];
                expr_reads(test, &mut reads);
                if reads.iter().any(|l| !entries.contains(l)) {
                    return None;
                }
                None
            }
        };
        if let Some(tl) = tl {
            bound.insert(tl.0);
        }
        if !reads_ok(body, &bound) {
            return None;
        }
        self.counter += 1;
        let id = self.counter;
        let fast_l = lifetime(&format_ident!("fast_{}", id));
        let loop_l = lifetime(&format_ident!("fast_loop_{}", id));
        let iter_l = lifetime(&format_ident!("fast_iter_{}", id));
        let n_locals = match self.func {
            Some(f) => self.m.funcs[f.index()].locals.len(),
            None => self.m.module_locals.len(),
        };
        let shadows: Vec<Ident> = (0..n_locals)
            .map(|i| {
                format_ident!(
                    "{}__f",
                    self.local_idents[i].to_string().trim_start_matches("r#")
                )
            })
            .collect();
        let broke = format_ident!("__broke_{}", id);
        // Locals that the body may write and that are unbound on entry get flags.
        let mut maybe_written = HashSet::new();
        for s in body {
            stmt_writes(s, &mut maybe_written);
        }
        let flag_map: std::collections::HashMap<u32, Ident> = maybe_written
            .iter()
            .filter(|l| !entries.contains(l) && Some(LocalId(**l)) != tl)
            .map(|l| (*l, format_ident!("{}__set", shadows[*l as usize])))
            .collect();
        // Lists whose int, float or bool items the body may read and store: bound on
        // entry, never rebound in the loop (so one borrow serves the whole loop).
        let list_ok: HashSet<u32> = entries
            .iter()
            .copied()
            .filter(|l| {
                !maybe_written.contains(l)
                    && !self.optional_locals.contains(l)
                    && matches!(self.info.var(self.func, Var::Local(LocalId(*l))),
                        Ty::List(el) if small(el))
            })
            .collect();
        let set = self.fast.clone();
        let func = self.func;
        // A range loop counts the iterations in the exact loop's `k`, which the exact loop
        // continues from.
        let step = match &kind {
            FastKind::Range { k, .. } => quote! { #k += 1; },
            FastKind::While(_) => quote! {},
        };
        let make_cx = |undo: bool| {
            let mut cx = Ctx::new(func, shadows.clone());
            cx.loops = vec![(
                quote! { { #step continue #loop_l; } },
                quote! { { #step #broke = true; break #loop_l; } },
            )];
            cx.counter = 1000 + id * 100;
            cx.fail = Some(iter_l.clone());
            cx.flags = flag_map.clone();
            cx.list_ok = list_ok.clone();
            cx.undo = undo;
            cx
        };
        let mut cx = make_cx(false);
        let mut b = self.fblock(body, &mut cx, &set).ok()?;
        if cx.needs_undo.get() {
            // Something may give up after a store of the same iteration: generate again
            // with stores that log what they replace.
            cx = make_cx(true);
            b = self.fblock(body, &mut cx, &set).ok()?;
        }
        // A while loop's test, at the start of each iteration: false ends the fast loop
        // (the exact loop then tests again, false again, and runs any `else`).
        let test = match &kind {
            FastKind::While(test) => {
                cx.dirty = false;
                let c = self.fcond(test, &mut cx, &set).ok()?;
                quote! { if !(#c) { break #loop_l; } }
            }
            FastKind::Range { .. } => quote! {},
        };
        // Shadows: locals read on entry take their current value (giving up when it is
        // not a small int); locals only written start unset.
        let mut init = vec![];
        let mut all: Vec<u32> = cx.used.union(&cx.written).copied().collect();
        all.sort();
        for &l in &all {
            if Some(LocalId(l)) == tl {
                continue;
            }
            let sh = &shadows[l as usize];
            let lid = &self.local_idents[l as usize];
            let ty = self.info.var(self.func, Var::Local(LocalId(l))).clone();
            let native = self.native.contains(&l);
            let optional = self.optional_locals.contains(&l);
            if entries.contains(&l) {
                let read = match (&ty, native, optional) {
                    (Ty::Int, true, _) => quote! { Some(#lid) },
                    (Ty::Int, false, false) => quote! { #lid.as_i64() },
                    (Ty::Int, false, true) => quote! { #lid.as_ref().and_then(rt::Int::as_i64) },
                    (Ty::Bool | Ty::Float, _, false) => quote! { Some(#lid) },
                    (Ty::Bool | Ty::Float, _, true) => quote! { #lid },
                    _ => return None,
                };
                init.push(quote! { let Some(mut #sh) = #read else { break #fast_l; }; });
            } else {
                // Written before read in every iteration (reads_ok), so any start value.
                let zero = match ty {
                    Ty::Bool => quote! { false },
                    Ty::Float => quote! { 0f64 },
                    _ => quote! { 0i64 },
                };
                init.push(quote! { let mut #sh = #zero; });
            }
        }
        let written: Vec<u32> = {
            let mut w: Vec<u32> = cx
                .written
                .iter()
                .copied()
                .filter(|l| Some(LocalId(*l)) != tl)
                .collect();
            w.sort();
            w
        };
        // Locals first bound in the loop are written back only if an iteration bound them.
        let mut flags = vec![];
        let mut writeback = vec![];
        for &l in &written {
            let sh = &shadows[l as usize];
            let lid = &self.local_idents[l as usize];
            let ty = self.info.var(self.func, Var::Local(LocalId(l))).clone();
            let value = match (&ty, self.native.contains(&l)) {
                (Ty::Int, true) => quote! { #sh },
                (Ty::Int, false) => quote! { rt::Int::Small(#sh) },
                _ => quote! { #sh },
            };
            let store = if self.optional_locals.contains(&l) {
                quote! { #lid = Some(#value); }
            } else {
                quote! { #lid = #value; }
            };
            match flag_map.get(&l) {
                None => writeback.push(store),
                Some(f) => {
                    flags.push(quote! { let mut #f = false; });
                    writeback.push(quote! { if #f { #store } });
                }
            }
        }
        // Flags roll back with the shadows when an iteration gives up.
        let mut snap_vars: Vec<Ident> = written
            .iter()
            .map(|l| shadows[*l as usize].clone())
            .collect();
        let mut flag_ids: Vec<&Ident> = flag_map.values().collect();
        flag_ids.sort();
        snap_vars.extend(flag_ids.into_iter().cloned());
        // The lists, borrowed for the whole loop. A list already borrowed (two locals
        // naming one list, one of them stored into) leaves the loop to the exact code.
        let mut borrows = vec![];
        let mut clears = vec![];
        let mut undos = vec![];
        for (&l, &stores) in &cx.lists {
            let lid = &self.local_idents[l as usize];
            let v = list_vec_ident(lid);
            if !stores {
                borrows.push(quote! { let Some(#v) = #lid.try_borrow() else { break #fast_l; }; });
                continue;
            }
            borrows
                .push(quote! { let Some(mut #v) = #lid.try_borrow_mut() else { break #fast_l; }; });
            if cx.undo {
                let u = list_undo_ident(lid);
                borrows.push(quote! { let mut #u = Vec::new(); });
                clears.push(quote! { #u.clear(); });
                undos.push(quote! {
                    while let Some((__j, __old)) = #u.pop() { #v[__j] = __old; }
                });
            }
        }
        let body = quote! {
            let __snap = (#(#snap_vars,)*);
            #(#clears)*
            #iter_l: {
                #test
                #b
                #step
                continue #loop_l;
            }
            // Gave up: this iteration starts over in the exact loop.
            #(#undos)*
            (#(#snap_vars,)*) = __snap;
            break #loop_l;
        };
        // The depth (a thread-local read) only where the loop calls fast functions.
        let depth = if cx.calls {
            quote! { let __depth = rt::fast::Depth::current(); }
        } else {
            quote! {}
        };
        let prelude = quote! {
            #depth
            #(#borrows)*
            #(#init)*
            #(#flags)*
            let mut #broke = false;
        };
        Some(match kind {
            FastKind::While(_) => quote! {
                #fast_l: {
                    #prelude
                    #loop_l: loop { #body }
                    #(#writeback)*
                    if #broke {
                        break #done;
                    }
                }
            },
            FastKind::Range { tl, it, k, n } => {
                let tshadow = &shadows[tl.index()];
                let tid = &self.local_idents[tl.index()];
                let v = if self.native.contains(&tl.0) {
                    quote! { #tshadow }
                } else {
                    quote! { rt::Int::Small(#tshadow) }
                };
                let target_store = if self.optional_locals.contains(&tl.0) {
                    quote! { #tid = Some(#v); }
                } else {
                    quote! { #tid = #v; }
                };
                quote! {
                    #fast_l: {
                        let Ok((__fs, __fst)) = #it.start_step() else { break #fast_l; };
                        #prelude
                        let mut #tshadow: i64 = 0;
                        let __k0 = #k;
                        #loop_l: while #k < #n {
                            #tshadow = __fs + #k * __fst;
                            #body
                        }
                        #(#writeback)*
                        if #broke {
                            #target_store
                            break #done;
                        }
                        if #k > __k0 {
                            #tshadow = __fs + (#k - 1) * __fst;
                            #target_store
                        }
                    }
                }
            }
        })
    }
}

/// What a fast loop iterates.
enum FastKind<'a> {
    /// `for tl in range(...)`, counting with the exact loop's `k` up to `n`.
    Range {
        tl: LocalId,
        it: &'a Ident,
        k: &'a Ident,
        n: &'a Ident,
    },
    /// `while test: ...`.
    While(&'a Expr),
}

/// Locals a statement may write (assignment targets, loop targets).
fn stmt_writes(s: &Stmt, out: &mut HashSet<u32>) {
    match &s.kind {
        StmtKind::Assign { targets, .. } => {
            targets.iter().for_each(|t| collect_target_locals(t, out))
        }
        StmtKind::AugAssign { target, .. } => collect_target_locals(target, out),
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => body
            .iter()
            .chain(orelse.iter())
            .for_each(|s| stmt_writes(s, out)),
        StmtKind::For {
            target,
            body,
            orelse,
            ..
        } => {
            collect_target_locals(target, out);
            body.iter()
                .chain(orelse.iter())
                .for_each(|s| stmt_writes(s, out))
        }
        _ => {}
    }
}
