//! Calls: user functions, builtins, methods of builtin types, stdlib module functions.

use crate::{Gen, rty};
use molt_front::Span;
use molt_front::hir::*;
use molt_types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

impl<'m> Gen<'m> {
    pub(crate) fn call_func(
        &mut self,
        fid: FuncId,
        args: &[Option<Expr>],
        ty: &Ty,
        span: Span,
    ) -> TokenStream {
        let _ = span;
        let ret = self.info.returns[fid.index()].clone();
        if let Some(code) = self.inline_consumer(fid, args) {
            return self.convert_owned(code, &ret, ty);
        }
        if let Some(code) = self.fast_direct_call(fid, args) {
            return self.convert(code, &ret, ty);
        }
        let f = &self.m.funcs[fid.index()];
        let name = self.direct_fn_ident(fid);
        let mut vals = vec![];
        for (i, a) in args.iter().enumerate() {
            let given = a.as_ref().map(|a| {
                let t = self.info.expr(a).clone();
                (self.expr_move(a), t)
            });
            vals.push(self.param_value(fid, i, given));
        }
        // Arguments are evaluated first, then the call (Python's order).
        let tmps: Vec<proc_macro2::Ident> = (0..vals.len()).map(|_| self.fresh("arg")).collect();
        let call = match self.direct_env(fid) {
            Some(env) => self.q(quote! { #name(#env, #(#tmps),*) }),
            None => self.q(quote! { #name(#(#tmps),*) }),
        };
        let check = if f.needs_defined_flag {
            let flag = crate::names::defined_flag(&f.name);
            let (msg, fname) = (format!("name '{}' is not defined", f.name), &f.name);
            let r = self.raise(quote! { rt::PyErr::name_error(#msg, #fname, None) });
            quote! { if !#flag.with(|d| d.get()) { #r; } }
        } else {
            quote! {}
        };
        let code = quote! { { #check #(let #tmps = #vals;)* #call } };
        self.convert_owned(code, &ret, ty)
    }

    /// `d.keys()` / `d.values()` / `d.items()`: a typed view over the dict `d` (code giving
    /// an `rt::Dict<K, V>`).
    fn dict_view(&mut self, name: &str, d: TokenStream, k: &Ty, v: &Ty, ty: &Ty) -> TokenStream {
        let (k, v) = (Box::new(k.clone()), Box::new(v.clone()));
        let (view, vt) = match name {
            "keys" => (quote! { rt::KeysView }, Ty::KeysView(k, v)),
            "values" => (quote! { rt::ValuesView }, Ty::ValuesView(k, v)),
            _ => (quote! { rt::ItemsView }, Ty::ItemsView(k, v)),
        };
        self.convert(quote! { #view::new(#d) }, &vt, ty)
    }

    /// `__c.count_iter(...)`: the items of `src` (of type `at`) counted into the Counter
    /// `__c` with keys of type `kt`.
    fn count_items(&mut self, src: TokenStream, at: &Ty, kt: &Ty) -> TokenStream {
        let el = at.elem().unwrap_or(Ty::Dyn);
        let src = self.iter_src(src, at);
        let it = self.q(quote! { rt::IntoPyIter::py_iter(&__src) });
        let key = self.in_closure(|g| g.convert(quote! { __x }, &el, kt));
        let elt = crate::rty::rust_type(&el);
        let q = self.q(quote! { __c.count_iter(#it, |__x: #elt| Ok(#key)) });
        quote! { { let __src = #src; #q } }
    }

    /// The environment argument of a direct call of a nested def (`direct_only`): its own
    /// when it calls itself, else one made from the same cells as its function object's
    /// (the call is in the body that made it, with no stored defaults).
    fn direct_env(&self, fid: FuncId) -> Option<TokenStream> {
        let f = &self.m.funcs[fid.index()];
        if !f.dynamic {
            return None;
        }
        if self.func == Some(fid) {
            return Some(quote! { __env });
        }
        let env_ty = crate::closure::env_ident(f);
        let cells = match self.func {
            // A sibling reaches the callee's cells through its own free variables of the
            // same names (the front end made it capture them).
            Some(cur) if self.func != f.parent => {
                let own = &self.m.funcs[cur.index()].free;
                f.free
                    .iter()
                    .enumerate()
                    .map(|(i, fv)| {
                        let field = crate::closure::free_field(i as u32);
                        let j = own
                            .iter()
                            .position(|o| o.name == fv.name)
                            .unwrap_or(usize::MAX);
                        let c = self.free_cell(j as u32);
                        quote! { #field: #c.clone() }
                    })
                    .collect()
            }
            _ => self.env_cells(f),
        };
        Some(quote! { &#env_ty { #(#cells,)* defaults: Vec::new() } })
    }

    pub(crate) fn call(
        &mut self,
        e: &Expr,
        callee: &Callee,
        args: &[Expr],
        kwargs: &[(String, Expr)],
    ) -> TokenStream {
        let ty = self.info.expr(e).clone();
        if let Some(code) = self.memo_method_call(callee, args, kwargs, &ty) {
            return code;
        }
        match callee {
            Callee::Func(_) => quote! { () },
            // `str.lower(s)` of an exact str: `s.lower()` (other receivers take the
            // runtime's `__molt_type_call`, which applies str's method or raises).
            Callee::Builtin(b)
                if b == molt_front::hir::TYPE_CALL
                    && let [t, name, recv, rest @ ..] = args
                    && let (ExprKind::Str(t), ExprKind::Str(name)) = (&t.kind, &name.kind)
                    && molt_types::infer::ty_is_exactly(t, self.info.expr(recv)) =>
            {
                self.method_call(e, recv, name, rest, kwargs, &ty)
            }
            Callee::Builtin(b)
                if b == "__molt_object_setattr"
                    && let [obj, _, value] = args
                    && self.info.classes.writes.contains_key(&obj.id) =>
            {
                self.field_write_raw(obj, value, &ty)
            }
            Callee::Builtin(b) => self.builtin(e, b, args, kwargs, &ty),
            Callee::Module(m, f) => self.module_call(e, m, f, args, kwargs, &ty),
            Callee::Method(recv, name) => self.method_call(e, recv, name, args, kwargs, &ty),
        }
    }

    pub(crate) fn kwarg<'a>(&self, kwargs: &'a [(String, Expr)], name: &str) -> Option<&'a Expr> {
        kwargs.iter().find(|(n, _)| n == name).map(|(_, e)| e)
    }

    /// Evaluates all arguments into `Value`s (for the dynamic call paths).
    fn dyn_args(&mut self, args: &[Expr]) -> TokenStream {
        let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_to(a, &Ty::Dyn)).collect();
        quote! { vec![#(#vals),*] }
    }

    fn dyn_kwargs(&mut self, kwargs: &[(String, Expr)]) -> TokenStream {
        let vals: Vec<TokenStream> = kwargs
            .iter()
            .map(|(n, a)| {
                let v = self.expr_to(a, &Ty::Dyn);
                quote! { (rt::Str::from(#n), #v) }
            })
            .collect();
        quote! { vec![#(#vals),*] }
    }

    /// An argument of a stdlib module function, as a dynamic value; a builtin function or
    /// type (or `str.lower` and the like) becomes a callable value.
    fn module_arg(&mut self, a: &Expr) -> TokenStream {
        match &a.kind {
            ExprKind::BuiltinRef(b) if molt_front::catalog::builtin_value_supported(b) => {
                quote! { rt::modules::builtin_ref(#b)? }
            }
            ExprKind::MethodRef(t, n) if molt_front::catalog::method_value_supported(t, n) => {
                quote! { rt::modules::method_ref(#t, #n)? }
            }
            _ => self.expr_to(a, &Ty::Dyn),
        }
    }

    fn bad_kwargs(
        &mut self,
        name: &str,
        kwargs: &[(String, Expr)],
        allowed: &[&str],
    ) -> Option<TokenStream> {
        for (k, _) in kwargs {
            if !allowed.contains(&k.as_str()) {
                let msg = format!("'{k}' is an invalid keyword argument for {name}()");
                let r = self.raise(quote! { rt::PyErr::msg(rt::ExcKind::TypeError, #msg) });
                return Some(quote! { { #r } });
            }
        }
        None
    }

    /// Whether a direct call of `fid` with `n` positional arguments binds them to its
    /// first `n` parameters and fills the rest from their defaults. Otherwise (`*args`, a
    /// required parameter left over, too few parameters) the function is called as a
    /// value, which binds the arguments and raises CPython's TypeError.
    fn takes_positional(&self, fid: FuncId, n: usize) -> bool {
        let f = &self.m.funcs[fid.index()];
        let positional = |k: ParamKind| matches!(k, ParamKind::PositionalOnly | ParamKind::Normal);
        f.params.len() >= n
            && f.params[..n].iter().all(|p| positional(p.kind))
            && f.params[n..].iter().all(|q| {
                matches!(q.default, Some(Default::Const(_) | Default::Global(_)))
                    && (positional(q.kind) || q.kind == ParamKind::KeywordOnly)
            })
    }

    /// A key function (`key=`) applied to a value named `x` of type `xt`: returns the
    /// closure expression and the key type.
    fn key_fn(&mut self, key: &Expr, xt: &Ty) -> Option<(TokenStream, Ty)> {
        match &key.kind {
            // `key=lambda x: ...`: its environment made once, its Rust function called
            // directly with each item (inference typed its parameter from the items).
            ExprKind::MakeFunc { func, .. } if self.typed_lambda(key, *func, 1) => {
                let fid = *func;
                let (env, name) = self.lambda_env(fid);
                let p = &self.m.funcs[fid.index()].params[0];
                let pt = self.info.locals[fid.index()][p.local.index()].clone();
                let arg = self.in_closure(|g| g.convert(quote! { x.clone() }, xt, &pt));
                let ret = self.info.returns[fid.index()].clone();
                let xr = rty::rust_type(xt);
                let rr = rty::rust_type(&ret);
                Some((
                    quote! {
                        {
                            let __kenv = #env;
                            move |x: &#xr| -> rt::PyResult<#rr> { #name(&__kenv, #arg) }
                        }
                    },
                    ret,
                ))
            }
            ExprKind::FuncRef(fid) => {
                if !self.takes_positional(*fid, 1) {
                    return self.dyn_key_fn(key, xt);
                }
                let f = &self.m.funcs[fid.index()];
                let p = f.params.first()?;
                let nparams = f.params.len();
                let name = self.direct_fn_ident(*fid);
                let pt = self.info.locals[fid.index()][p.local.index()].clone();
                let fid = *fid;
                let args = self.in_closure(|g| {
                    let mut args = vec![g.convert(quote! { x.clone() }, xt, &pt)];
                    args.extend((1..nparams).map(|i| g.param_value(fid, i, None)));
                    args
                });
                let ret = self.info.returns[fid.index()].clone();
                let xr = rty::rust_type(xt);
                let rr = rty::rust_type(&ret);
                Some((
                    quote! { |x: &#xr| -> rt::PyResult<#rr> { #name(#(#args),*) } },
                    ret,
                ))
            }
            ExprKind::BuiltinRef(b) if self.builtin_on(b, quote! { x }, xt).is_some() => {
                let (code, t) = self.builtin_on(b, quote! { x }, xt)?;
                let xr = rty::rust_type(xt);
                let rr = rty::rust_type(&t);
                Some((quote! { |x: &#xr| -> rt::PyResult<#rr> { Ok(#code) } }, t))
            }
            ExprKind::MethodRef(t, m) if t == "str" && xt == &Ty::Str => {
                let m = m.as_str();
                let v = quote! { rt::value::call_method(&rt::Value::Str(x.clone()), #m, vec![], vec![]) };
                let out = match m {
                    "lower" | "upper" | "strip" | "lstrip" | "rstrip" | "title" | "capitalize"
                    | "casefold" | "swapcase" => Ty::Str,
                    _ => Ty::Dyn,
                };
                let rtype = rty::rust_type(&out);
                Some((
                    quote! { |x: &rt::Str| -> rt::PyResult<#rtype> { rt::conv::unbox::<#rtype>(#v?) } },
                    out,
                ))
            }
            // `key=d.get` of a typed dict whose keys are the items' type: the dict's own
            // `get` (inference's `apply_callable`), the dict evaluated once.
            ExprKind::Attr(obj, m)
                if m == "get"
                    && matches!(self.info.expr(obj).as_dict(), Ty::Dict(k, _) if *k == *xt) =>
            {
                let Ty::Dict(_, v) = self.info.expr(obj).as_dict() else {
                    return None;
                };
                let d = self.expr(obj);
                let xr = rty::rust_type(xt);
                let vr = rty::rust_type(&v);
                Some((
                    quote! {
                        {
                            let __d = #d;
                            move |x: &#xr| -> rt::PyResult<Option<#vr>> { __d.get(x) }
                        }
                    },
                    Ty::Optional(v),
                ))
            }
            // A dynamic callable (operator.itemgetter(1), a stdlib function): evaluated
            // once, called through the runtime for each item.
            k @ (ExprKind::ModuleAttr(..)
            | ExprKind::Call { .. }
            | ExprKind::CallFunc { .. }
            | ExprKind::Name(_)
            | ExprKind::MakeFunc { .. }
            | ExprKind::CallValue { .. }
            | ExprKind::Subscript(..)
            | ExprKind::Attr(..))
                if self.info.expr(key) == &Ty::Dyn || computed_fn(k) =>
            {
                self.dyn_key_fn(key, xt)
            }
            // A builtin or method the typed paths cannot apply to these items
            // (`key=str.lower` over dynamic items): the callable as a value, which checks
            // its argument as CPython's descriptor does.
            ExprKind::BuiltinRef(b) if molt_front::catalog::builtin_value_supported(b) => {
                self.dyn_key_fn(key, xt)
            }
            ExprKind::MethodRef(t, m) if molt_front::catalog::method_value_supported(t, m) => {
                self.dyn_key_fn(key, xt)
            }
            _ => None,
        }
    }

    /// A key function that is a dynamic value, evaluated once and called through the
    /// runtime for each item.
    fn dyn_key_fn(&mut self, key: &Expr, xt: &Ty) -> Option<(TokenStream, Ty)> {
        {
            {
                let k = self.expr_to(key, &Ty::Dyn);
                let xr = rty::rust_type(xt);
                let arg = self.in_closure(|g| g.convert(quote! { x.clone() }, xt, &Ty::Dyn));
                Some((
                    quote! {
                        {
                            let __key: rt::Value = #k;
                            // key=None (a parameter's default, say) means no key.
                            move |x: &#xr| -> rt::PyResult<rt::Value> {
                                let __x = #arg;
                                if __key.is_none() {
                                    Ok(__x)
                                } else {
                                    rt::modules::call_value(&__key, vec![__x])
                                }
                            }
                        }
                    },
                    Ty::Dyn,
                ))
            }
        }
    }

    /// A builtin applied to one already-evaluated value `x` of type `xt` (for key= and
    /// map()); returns the code and result type. The code may use `?`.
    fn builtin_on(&mut self, b: &str, x: TokenStream, xt: &Ty) -> Option<(TokenStream, Ty)> {
        Some(match (b, xt) {
            ("len", _) => (quote! { rt::Int::from(rt::PyLen::py_len(#x)?) }, Ty::Int),
            ("abs", Ty::Int) => (quote! { #x.abs() }, Ty::Int),
            ("abs", Ty::Float) => (quote! { #x.abs() }, Ty::Float),
            ("abs", Ty::Bool) => (quote! { rt::Int::from(*#x) }, Ty::Int),
            ("str", _) => (quote! { rt::builtins::str_of(#x)? }, Ty::Str),
            ("repr", _) => (quote! { rt::builtins::repr(#x)? }, Ty::Str),
            ("int", Ty::Str) => (quote! { rt::Int::parse(#x.as_str(), 10)? }, Ty::Int),
            ("int", Ty::Int) => (quote! { #x.clone() }, Ty::Int),
            ("int", Ty::Float) => (quote! { rt::Int::from_f64(*#x)? }, Ty::Int),
            ("int", Ty::Bool) => (quote! { rt::Int::from(*#x) }, Ty::Int),
            ("int", _) => (
                quote! { rt::builtins::int_of(&rt::PyObj::to_value(#x))? },
                Ty::Int,
            ),
            ("float", Ty::Str) => (quote! { rt::float::parse(#x.as_str())? }, Ty::Float),
            ("float", Ty::Float) => (quote! { *#x }, Ty::Float),
            ("float", Ty::Int) => (quote! { #x.to_f64()? }, Ty::Float),
            ("float", _) => (
                quote! { rt::builtins::float_of(&rt::PyObj::to_value(#x))? },
                Ty::Float,
            ),
            ("bool", _) => (quote! { rt::PyObj::py_truthy(#x)? }, Ty::Bool),
            ("ord", Ty::Str) => (quote! { rt::builtins::ord(#x)? }, Ty::Int),
            ("chr", Ty::Int) => (quote! { rt::builtins::chr(#x)? }, Ty::Str),
            ("hash", _) => (quote! { rt::Int::from(rt::PyObj::py_hash(#x)?) }, Ty::Int),
            ("hex", Ty::Int) => (quote! { rt::builtins::hex(#x)? }, Ty::Str),
            ("oct", Ty::Int) => (quote! { rt::builtins::oct(#x)? }, Ty::Str),
            ("bin", Ty::Int) => (quote! { rt::builtins::bin(#x)? }, Ty::Str),
            ("chr" | "hex" | "oct" | "bin" | "ord" | "abs" | "bytes" | "bytearray", _) => {
                let bname = b.to_string();
                (
                    quote! { rt::builtins::call_builtin(#bname, vec![rt::PyObj::to_value(#x)])? },
                    Ty::Dyn,
                )
            }
            // Any other builtin value (`map(sum, rows)`, `key=max`): called as the object
            // `builtin_ref` gives, which checks its arity as CPython does.
            _ if molt_front::catalog::builtin_value_supported(b) => (
                quote! {
                    rt::modules::call_value(
                        &rt::modules::builtin_ref(#b)?,
                        vec![rt::PyObj::to_value(#x)],
                    )?
                },
                Ty::Dyn,
            ),
            _ => return None,
        })
    }

    fn builtin(
        &mut self,
        e: &Expr,
        b: &str,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> TokenStream {
        let n = args.len();
        let arg_ty = |g: &Self, i: usize| g.info.expr(&args[i]).clone();
        match b {
            // A generator expression's iterator over a dict, set, view or deque (inference
            // typed it): the container's own iterator, typed.
            "iter"
                if n == 1
                    && kwargs.is_empty()
                    && matches!(ty, Ty::Iter(_))
                    && molt_types::infer::typed_iter_name(self.info.expr(&args[0])).is_some() =>
            {
                let at = arg_ty(self, 0);
                let name = molt_types::infer::typed_iter_name(&at).unwrap_or("iterator");
                let el = at.elem().unwrap_or(Ty::Dyn);
                let x = self.expr(&args[0]);
                let q = self.q(quote! { rt::IntoPyIter::py_iter(&__x) });
                let code = quote! { { let __x = #x; rt::Iter::from_iter(#name, #q) } };
                self.convert(code, &Ty::Iter(Box::new(el)), ty)
            }
            "next" if (1..=2).contains(&n) && kwargs.is_empty() => {
                if let Some(code) = self.next_typed(args, ty) {
                    return code;
                }
                let a = self.dyn_args(args);
                let k = self.dyn_kwargs(kwargs);
                let q = self.q(quote! { rt::builtins::call_builtin_kw(#b, #a, #k) });
                self.convert(q, &Ty::Dyn, ty)
            }
            "print" => {
                if let Some(err) =
                    self.bad_kwargs("print", kwargs, &["sep", "end", "file", "flush"])
                {
                    return err;
                }
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr(a)).collect();
                let tys: Vec<Ty> = (0..n).map(|i| arg_ty(self, i)).collect();
                let sep = self.str_or_none_kw(kwargs, "sep", " ");
                let end = self.str_or_none_kw(kwargs, "end", "\n");
                let file = match self.kwarg(kwargs, "file") {
                    None => quote! { rt::io::Stream::Stdout },
                    Some(f) => {
                        let ft = self.info.expr(f).clone();
                        let fc = self.expr(f);
                        match ft {
                            Ty::Stream => fc,
                            Ty::None => quote! { { let _ = #fc; rt::io::Stream::Stdout } },
                            _ => {
                                let b = self.convert(fc, &ft, &Ty::Dyn);
                                self.q(quote! { rt::io::stream_of(&#b) })
                            }
                        }
                    }
                };
                let flush = match self.kwarg(kwargs, "flush") {
                    None => quote! { false },
                    Some(f) => self.cond(f),
                };
                let tmps: Vec<proc_macro2::Ident> = (0..n).map(|_| self.fresh("p")).collect();
                let mut parts = vec![];
                for (i, (t, ty)) in tmps.iter().zip(tys.iter()).enumerate() {
                    if i > 0 {
                        parts.push(quote! { __s.push_str(__sep.as_str()); });
                    }
                    let w = match ty {
                        Ty::Str => quote! { __s.push_str(#t.as_str()); },
                        _ => {
                            let q = self.q(quote! { rt::io::print_part(&#t, &mut __s, __file) });
                            quote! { #q; }
                        }
                    };
                    parts.push(w);
                }
                let code = quote! {
                    {
                        #(let #tmps = #vals;)*
                        let __sep: rt::Str = #sep;
                        let __end: rt::Str = #end;
                        let __file = #file;
                        let __flush: bool = #flush;
                        let mut __s = String::new();
                        #(#parts)*
                        __s.push_str(__end.as_str());
                        rt::io::write_stream(__file, &__s);
                        if __flush { rt::io::flush_stream(__file); }
                    }
                };
                self.convert(code, &Ty::None, ty)
            }
            "input" => {
                let code = if n == 0 {
                    self.q(quote! { rt::io::input(None) })
                } else {
                    let p = self.expr(&args[0]);
                    let pt = arg_ty(self, 0);
                    let s = match pt {
                        Ty::Str => p,
                        _ => self.q(quote! { rt::builtins::str_of(&#p) }),
                    };
                    self.q(quote! { rt::io::input(Some(#s.as_str())) })
                };
                self.convert(code, &Ty::Str, ty)
            }
            "len" if n == 1 => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let code = match t {
                    Ty::Str => quote! { rt::Int::from(#v.char_len()) },
                    Ty::List(_)
                    | Ty::Dict(..)
                    | Ty::DefaultDict(..)
                    | Ty::Counter(..)
                    | Ty::Set(_)
                    | Ty::FrozenSet(_)
                    | Ty::TupleVar(_)
                    | Ty::KeysView(..)
                    | Ty::ValuesView(..)
                    | Ty::ItemsView(..) => {
                        quote! { rt::Int::from(#v.len()) }
                    }
                    Ty::Range => self.q(quote! { #v.len_checked().map(rt::Int::from) }),
                    Ty::Tuple(items) => {
                        let k = items.len() as i64;
                        quote! { { let _ = #v; rt::Int::Small(#k) } }
                    }
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        self.q(quote! { #b.len().map(rt::Int::from) })
                    }
                };
                self.convert(code, &Ty::Int, ty)
            }
            "range" if (1..=3).contains(&n) => {
                let r = self.range_args(args);
                let code = self.q(quote! { rt::Range::new(#r) });
                self.convert(code, &Ty::Range, ty)
            }
            "abs" if n == 1 => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                match self.builtin_on("abs", quote! { (&__x) }, &t) {
                    Some((code, rt_)) if !matches!(rt_, Ty::Dyn) => {
                        let code = self.wrap_q(code);
                        let code = quote! { { let __x = #v; #code } };
                        self.convert(code, &rt_, ty)
                    }
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        let code = self.q(quote! { #b.abs() });
                        self.convert(code, &Ty::Dyn, ty)
                    }
                }
            }
            "int" | "float" | "str" | "repr" | "bool" | "ord" | "chr" | "hex" | "oct" | "bin"
            | "hash"
                if n == 1 && kwargs.is_empty() =>
            {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                match self.builtin_on(b, quote! { (&__x) }, &t) {
                    Some((code, rt_)) => {
                        let code = self.wrap_q(code);
                        let code = quote! { { let __x = #v; #code } };
                        self.convert(code, &rt_, ty)
                    }
                    None => {
                        let bv = self.convert(v, &t, &Ty::Dyn);
                        let code = self.q(quote! { rt::builtins::call_builtin(#b, vec![#bv]) });
                        self.convert(code, &Ty::Dyn, ty)
                    }
                }
            }
            "int" if n == 2 || (n == 1 && self.kwarg(kwargs, "base").is_some()) => {
                let s = self.expr_to(&args[0], &Ty::Dyn);
                let base = if n == 2 {
                    self.int_arg(&args[1])
                } else {
                    let Some(bk) = self.kwarg(kwargs, "base") else {
                        return quote! { () };
                    };
                    self.int_arg(bk)
                };
                let code = self.q(quote! { rt::builtins::int_with_base(&#s, &#base) });
                self.convert(code, &Ty::Int, ty)
            }
            "int" | "float" | "str" | "bool" | "list" | "tuple" | "set" | "frozenset" | "dict"
                if n == 0 && kwargs.is_empty() =>
            {
                let code = match b {
                    "int" => quote! { rt::Int::ZERO },
                    "float" => quote! { 0.0f64 },
                    "str" => quote! { rt::Str::from("") },
                    "bool" => quote! { false },
                    _ => {
                        let t = rty::rust_type(ty);
                        return match ty {
                            Ty::Tuple(items) if items.is_empty() => quote! { rt::EmptyTuple },
                            Ty::TupleVar(_) => quote! { <#t>::from_vec(vec![]) },
                            Ty::Dyn => quote! { rt::builtins::call_builtin(#b, vec![])? },
                            _ => quote! { <#t>::default() },
                        };
                    }
                };
                let bt = match b {
                    "int" => Ty::Int,
                    "float" => Ty::Float,
                    "str" => Ty::Str,
                    _ => Ty::Bool,
                };
                self.convert(code, &bt, ty)
            }
            "list" | "tuple" | "set" | "frozenset" if n == 1 && kwargs.is_empty() => {
                let t = arg_ty(self, 0);
                let el = match ty {
                    Ty::List(el) | Ty::TupleVar(el) | Ty::Set(el) | Ty::FrozenSet(el) => {
                        (**el).clone()
                    }
                    _ => Ty::Dyn,
                };
                // A generator consumed here is fused (fuse.rs): into the set item by item
                // (an unhashable item stops the generator there), else into the items' Vec.
                if b == "set"
                    && matches!(ty, Ty::Set(_))
                    && let Some(code) = self.fused_set(&args[0], &el)
                {
                    return code;
                }
                let fused = match ty {
                    Ty::Dyn => None,
                    _ => self.fused_vec(&args[0], &el),
                };
                let v = match fused {
                    Some(_) => quote! {},
                    None => self.expr(&args[0]),
                };
                if matches!(ty, Ty::Dyn) {
                    let bv = self.convert(v, &t, &Ty::Dyn);
                    return self.q(quote! { rt::builtins::call_builtin(#b, vec![#bv]) });
                }
                // set(set) copies the table like CPython (same iteration order).
                if matches!(b, "set" | "frozenset")
                    && matches!(&t, Ty::Set(e) | Ty::FrozenSet(e) if **e == el)
                {
                    let tab = match t {
                        Ty::Set(_) => quote! { __x.snapshot() },
                        _ => quote! { __x.table().clone() },
                    };
                    let mk = if b == "set" {
                        quote! { rt::Set::from_table }
                    } else {
                        quote! { rt::FrozenSet::from_table }
                    };
                    let q = self.q(quote! { rt::set::copy_table(&#tab) });
                    return quote! { { let __x = #v; #mk(#q) } };
                }
                let items = match fused {
                    Some(items) => items,
                    None if matches!(b, "list" | "tuple") => self.collect_items_sized(v, &t, &el),
                    None => self.collect_items(v, &t, &el),
                };
                match b {
                    "list" => quote! { rt::List::from_vec(#items) },
                    "tuple" => quote! { rt::Tup::from_vec(#items) },
                    "set" => self.q(quote! { rt::Set::from_vec(#items) }),
                    _ => self.q(quote! { rt::FrozenSet::from_vec(#items) }),
                }
            }
            "dict" if n <= 1 => {
                let Ty::Dict(kt, vt) = ty.clone() else {
                    let a = self.dyn_args(args);
                    let k = self.dyn_kwargs(kwargs);
                    return self.q(quote! { rt::builtins::call_builtin_kw("dict", #a, #k) });
                };
                let mut parts = vec![];
                if n == 1 {
                    let t = arg_ty(self, 0);
                    let v = self.expr(&args[0]);
                    match &t.as_dict() {
                        Ty::Dict(k2, v2) => {
                            let kc = self.convert(quote! { k }, k2, &kt);
                            let vc = self.convert(quote! { v }, v2, &vt);
                            let q = self.q(quote! { __d.setitem(#kc, #vc) });
                            parts.push(quote! { for (k, v) in #v.items_vec() { #q; } });
                        }
                        _ => {
                            let el = t.elem().unwrap_or(Ty::Dyn);
                            match el {
                                Ty::Tuple(p) if p.len() == 2 => {
                                    let kc = self.convert(quote! { __p.0 }, &p[0], &kt);
                                    let vc = self.convert(quote! { __p.1 }, &p[1], &vt);
                                    let v = self.iter_src(v, &t);
                                    let it = self.q(quote! { rt::IntoPyIter::py_iter(&#v) });
                                    let nx = self.q(quote! { __it.next_item() });
                                    let q = self.q(quote! { __d.setitem(#kc, #vc) });
                                    parts.push(quote! { let mut __it = #it; while let Some(__p) = #nx { #q; } });
                                }
                                _ => {
                                    let bv = self.convert(v, &t, &Ty::Dyn);
                                    let q = self
                                        .q(quote! { rt::builtins::dict_update_from(&__dv, &#bv) });
                                    let kc = self.convert(quote! { k }, &Ty::Dyn, &kt);
                                    let vc = self.convert(quote! { v }, &Ty::Dyn, &vt);
                                    let q2 = self.q(quote! { __d.setitem(#kc, #vc) });
                                    parts.push(quote! { let __dv = rt::Dict::<rt::Value, rt::Value>::new(); #q; for (k, v) in __dv.items_vec() { #q2; } });
                                }
                            }
                        }
                    }
                }
                for (k, v) in kwargs {
                    let kc = self.str_const(k);
                    let kc = self.convert(kc, &Ty::Str, &kt);
                    let vc = self.expr_to(v, &vt);
                    let q = self.q(quote! { __d.setitem(#kc, #vc) });
                    parts.push(quote! { #q; });
                }
                quote! { { let __d = rt::Dict::new(); #(#parts)* __d } }
            }
            "dict.fromkeys" if (1..=2).contains(&n) => {
                let Ty::Dict(kt, vt) = ty.clone() else {
                    // Not typed as a dict: the runtime's dynamic dict.fromkeys.
                    let vals: Vec<TokenStream> =
                        args.iter().map(|a| self.expr_to(a, &Ty::Dyn)).collect();
                    return self.q(quote! { rt::builtins::call_builtin("__molt_type_method", vec![rt::Value::Str(rt::Str::from("dict")), rt::Value::Str(rt::Str::from("fromkeys")), #(#vals),*]) });
                };
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let keys = self.collect_items(quote! { __src }, &t, &kt);
                let val = if n == 2 {
                    self.expr_to(&args[1], &vt)
                } else {
                    self.convert(quote! { () }, &Ty::None, &vt)
                };
                let q = self.q(quote! { __d.setitem(k, __v.clone()) });
                // Both arguments are evaluated before the keys are iterated.
                quote! { { let __src = #v; let __v = #val; let __keys = #keys; let __d = rt::Dict::new(); for k in __keys { #q; } __d } }
            }
            "sorted" if n == 1 => {
                // sorted() hands its keywords to list.sort (bltinmodule.c builtin_sorted).
                if let Some(err) = self.bad_kwargs("sort", kwargs, &["key", "reverse"]) {
                    return err;
                }
                let t = arg_ty(self, 0);
                let el = match ty {
                    Ty::List(el) => (**el).clone(),
                    _ => Ty::Dyn,
                };
                // CPython evaluates `reverse=` before sorted() consumes the iterable: after
                // a generator is made (its arguments), before its body runs.
                let rev = match self.kwarg(kwargs, "reverse") {
                    Some(r) => self.reverse_flag(r),
                    None => quote! { false },
                };
                let set_rev = quote! { __rev = #rev; };
                let items = match self.fused_vec_then(&args[0], &el, set_rev.clone()) {
                    Some(items) => items,
                    None => {
                        let v = self.expr(&args[0]);
                        let c = self.collect_items_sized(quote! { __src }, &t, &el);
                        quote! { { let __src = #v; #set_rev #c } }
                    }
                };
                let sort = self.sort_call(
                    quote! { __l },
                    &el,
                    self.kwarg(kwargs, "key"),
                    quote! { __rev },
                );
                let code = quote! { { let __rev: bool; let __l = rt::List::from_vec(#items); #sort; __l } };
                self.convert(code, &Ty::List(Box::new(el)), ty)
            }
            "reversed" if n == 1 => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                match (&t, ty) {
                    (
                        Ty::List(_) | Ty::Str | Ty::TupleVar(_) | Ty::Range | Ty::Dict(..),
                        Ty::Iter(_),
                    ) => self.q(quote! { rt::builtins::reversed(&#v) }),
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        let q = self.q(quote! { rt::builtins::call_builtin("reversed", vec![#b]) });
                        self.convert(q, &Ty::Dyn, ty)
                    }
                }
            }
            "enumerate" if n == 1 || n == 2 => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let start = match args.get(1).or(self.kwarg(kwargs, "start")) {
                    Some(s) => self.int_arg(s),
                    None => quote! { rt::Int::ZERO },
                };
                match ty {
                    // Items that became dynamic (the iterator escaped to a stdlib call)
                    // take the runtime's enumerate.
                    Ty::Iter(item) if matches!(&**item, Ty::Tuple(_)) => {
                        let Ty::Tuple(parts) = &**item else {
                            return quote! { () };
                        };
                        let el = t.elem().unwrap_or(Ty::Dyn);
                        let conv = self.in_closure(|g| g.convert(quote! { x }, &el, &parts[1]));
                        let v = self.iter_src(v, &t);
                        let it = self.q(quote! { rt::IntoPyIter::py_iter(&#v) });
                        quote! { rt::Iter::enumerate(#it, #start, |x| -> rt::PyResult<_> { Ok(#conv) }) }
                    }
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        let q = self.q(quote! { rt::builtins::call_builtin("enumerate", vec![#b, rt::Value::Int(#start)]) });
                        self.convert(q, &Ty::Dyn, ty)
                    }
                }
            }
            // With `strict=`, the runtime's zip (the default case below).
            "zip" if n >= 1 && kwargs.is_empty() => {
                let tys: Vec<Ty> = (0..n).map(|i| arg_ty(self, i)).collect();
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr(a)).collect();
                match ty {
                    // An iterator of tuples gets the typed zip; one whose items became
                    // dynamic (it escaped to a stdlib call) the runtime's.
                    Ty::Iter(item) if n <= 6 && matches!(&**item, Ty::Tuple(_)) => {
                        let Ty::Tuple(parts) = &**item else {
                            return quote! { () };
                        };
                        let its: Vec<TokenStream> = vals
                            .iter()
                            .zip(tys.iter())
                            .zip(parts.iter())
                            .map(|((v, t), p)| {
                                let el = t.elem().unwrap_or(Ty::Dyn);
                                let v = self.iter_src(v.clone(), t);
                                let it = self.q(quote! { rt::IntoPyIter::py_iter(&#v) });
                                let conv = self.in_closure(|g| g.convert(quote! { x }, &el, p));
                                quote! { rt::iter::mapped(#it, |x| -> rt::PyResult<_> { Ok(#conv) }) }
                            })
                            .collect();
                        let f = format_ident!("zip{}", n);
                        quote! { rt::Iter::#f(#(#its),*) }
                    }
                    _ => {
                        let bs: Vec<TokenStream> = vals
                            .into_iter()
                            .zip(tys.iter())
                            .map(|(v, t)| self.convert(v, t, &Ty::Dyn))
                            .collect();
                        let q =
                            self.q(quote! { rt::builtins::call_builtin("zip", vec![#(#bs),*]) });
                        self.convert(q, &Ty::Dyn, ty)
                    }
                }
            }
            "map" if n >= 2 => self.map_call(e, args, ty),
            "filter" if n == 2 => self.filter_call(args, ty),
            "min" | "max" if n >= 1 => self.minmax(b == "max", args, kwargs, ty),
            "sum" if (1..=2).contains(&n) => {
                if let Some(code) = self.fused_sum(args, kwargs, ty) {
                    return code;
                }
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let el = t.elem().unwrap_or(Ty::Dyn);
                let start = args.get(1).or(self.kwarg(kwargs, "start"));
                match ty {
                    Ty::Int => {
                        let s = match start {
                            Some(s) => self.int_arg(s),
                            None => quote! { rt::Int::ZERO },
                        };
                        let conv = self.in_closure(|g| g.convert(quote! { x }, &el, &Ty::Int));
                        let v = self.iter_src(v, &t);
                        self.q(quote! { rt::builtins::sum_int(&#v, #s, |x| -> rt::PyResult<_> { Ok(#conv) }) })
                    }
                    Ty::Float => {
                        let s = match start {
                            Some(s) => {
                                let st = self.info.expr(s).clone();
                                let sc = self.expr(s);
                                let f = self.to_float(sc, &st);
                                if st == Ty::Float {
                                    quote! { rt::builtins::SumStart::Float(#f) }
                                } else {
                                    let ic = self.convert(quote! { __st }, &st, &Ty::Int);
                                    let sc2 = self.expr(s);
                                    let _ = f;
                                    quote! { { let __st = #sc2; rt::builtins::SumStart::Int(#ic) } }
                                }
                            }
                            None => quote! { rt::builtins::SumStart::Int(rt::Int::ZERO) },
                        };
                        let conv = match el {
                            Ty::Float => quote! { rt::builtins::Num::F(x) },
                            Ty::Int => quote! { rt::builtins::Num::I(x) },
                            Ty::Bool => quote! { rt::builtins::Num::I(rt::Int::from(x)) },
                            _ => {
                                quote! { rt::builtins::Num::from_value(&rt::PyObj::to_value(&x))? }
                            }
                        };
                        let v = self.iter_src(v, &t);
                        self.q(quote! { rt::builtins::sum_float(&#v, #s, |x| Ok(#conv)) })
                    }
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        let s = match start {
                            Some(s) => self.expr_to(s, &Ty::Dyn),
                            None => quote! { rt::Value::Int(rt::Int::ZERO) },
                        };
                        let q = self.q(quote! { rt::builtins::sum_dyn(&#b, #s) });
                        self.convert(q, &Ty::Dyn, ty)
                    }
                }
            }
            "any" | "all" if n == 1 => {
                if let Some(code) = self.fused_any_all(b == "any", &args[0], ty) {
                    return code;
                }
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let f = format_ident!("{}", b);
                let v = self.iter_src(v, &t);
                let code = self.q(quote! { rt::builtins::#f(&#v) });
                let _ = t;
                self.convert(code, &Ty::Bool, ty)
            }
            "round" if (1..=2).contains(&n) => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let nd = args.get(1).or(self.kwarg(kwargs, "ndigits"));
                let nd = nd.filter(|x| !matches!(x.kind, ExprKind::None));
                match (&t, nd) {
                    (Ty::Float, None) => {
                        let c = self.q(quote! { rt::float::round_to_int(#v) });
                        self.convert(c, &Ty::Int, ty)
                    }
                    (Ty::Float, Some(d)) => {
                        let dc = self.int_arg(d);
                        let c =
                            self.q(quote! { rt::float::round_ndigits(#v, rt::slice::bound(&#dc)) });
                        self.convert(c, &Ty::Float, ty)
                    }
                    (Ty::Int | Ty::Bool, None) => {
                        let c = self.convert(v, &t, &Ty::Int);
                        self.convert(c, &Ty::Int, ty)
                    }
                    (Ty::Int | Ty::Bool, Some(d)) => {
                        let c = self.convert(v, &t, &Ty::Int);
                        let dc = self.int_arg(d);
                        let q = self.q(quote! { rt::builtins::round_int(&#c, &#dc) });
                        self.convert(q, &Ty::Int, ty)
                    }
                    _ => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        let mut a = vec![b];
                        if let Some(d) = nd {
                            a.push(self.expr_to(d, &Ty::Dyn));
                        }
                        let q =
                            self.q(quote! { rt::builtins::call_builtin("round", vec![#(#a),*]) });
                        self.convert(q, &Ty::Dyn, ty)
                    }
                }
            }
            "divmod" if n == 2 => {
                let (lt, rt_) = (arg_ty(self, 0), arg_ty(self, 1));
                let l = self.expr(&args[0]);
                let r = self.expr(&args[1]);
                match (&lt, &rt_) {
                    (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool) => {
                        let (l, r) = (
                            self.convert(l, &lt, &Ty::Int),
                            self.convert(r, &rt_, &Ty::Int),
                        );
                        let q = self.q(quote! { rt::Int::divmod(&#l, &#r) });
                        self.convert(q, &Ty::Tuple(vec![Ty::Int, Ty::Int]), ty)
                    }
                    (a, b) if a.is_numeric() && b.is_numeric() => {
                        let (l, r) = (self.to_float(l, &lt), self.to_float(r, &rt_));
                        let q = self.q(quote! { rt::float::divmod(#l, #r) });
                        self.convert(q, &Ty::Tuple(vec![Ty::Float, Ty::Float]), ty)
                    }
                    _ => {
                        let (l, r) = (
                            self.convert(l, &lt, &Ty::Dyn),
                            self.convert(r, &rt_, &Ty::Dyn),
                        );
                        let q =
                            self.q(quote! { rt::builtins::call_builtin("divmod", vec![#l, #r]) });
                        self.convert(q, &Ty::Dyn, ty)
                    }
                }
            }
            "pow" if n == 3 && (0..3).all(|i| arg_ty(self, i).is_intlike()) => {
                let (a, bb, c) = (
                    self.int_arg(&args[0]),
                    self.int_arg(&args[1]),
                    self.int_arg(&args[2]),
                );
                let q = self.q(quote! { { let __a = #a; let __b = #bb; let __c = #c; __a.pow_mod(&__b, &__c) } });
                self.convert(q, &Ty::Int, ty)
            }
            "pow" if n == 2 => {
                let (lt, rt_) = (arg_ty(self, 0), arg_ty(self, 1));
                let l = self.expr(&args[0]);
                let r = self.expr(&args[1]);
                self.binop_code(BinOp::Pow, l, &lt, r, &rt_, ty, Some(&args[1]))
            }
            "isinstance" if n == 2 => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let classes = class_names(&args[1]);
                let Some(classes) = classes else {
                    let b = self.convert(v, &t, &Ty::Dyn);
                    let c = self.expr_to(&args[1], &Ty::Dyn);
                    let q = self.q(quote! { rt::class::isinstance(&#b, &#c) });
                    return self.convert(q, &Ty::Bool, ty);
                };
                let code = match static_isinstance(&t, &classes) {
                    Some(r) => quote! { { let _ = #v; #r } },
                    None => {
                        let b = self.convert(v, &t, &Ty::Dyn);
                        let names = classes.iter().map(|c| quote! { #c });
                        quote! { rt::builtins::isinstance(&#b, &[#(#names),*]) }
                    }
                };
                self.convert(code, &Ty::Bool, ty)
            }
            // A spec not typed str takes the dynamic call, whose TypeError names format()'s
            // second argument as CPython's does.
            "format" if n == 1 || (n == 2 && arg_ty(self, 1) == Ty::Str) => {
                let t = arg_ty(self, 0);
                let v = self.expr(&args[0]);
                let spec = if n == 2 {
                    let s = self.expr_to(&args[1], &Ty::Str);
                    let f = self.format_call(quote! { __v }, &t, quote! { __spec.as_str() });
                    return self.convert(
                        quote! { { let __v = #v; let __spec = #s; rt::Str::from_string(#f) } },
                        &Ty::Str,
                        ty,
                    );
                } else {
                    quote! { "" }
                };
                let f = self.format_call(v, &t, spec);
                self.convert(quote! { rt::Str::from_string(#f) }, &Ty::Str, ty)
            }
            "ascii" if n == 1 => {
                let b = self.expr_to(&args[0], &Ty::Dyn);
                let q = self.q(quote! { rt::builtins::ascii(&#b) });
                self.convert(q, &Ty::Str, ty)
            }
            // A typed list, dict or set is the object itself: its id is its address
            // (boxing a typed container makes a new object).
            "id" if n == 1
                && matches!(
                    self.info.expr(&args[0]),
                    Ty::List(_)
                        | Ty::Dict(..)
                        | Ty::DefaultDict(..)
                        | Ty::Counter(..)
                        | Ty::Set(_)
                        | Ty::FrozenSet(_)
                ) =>
            {
                let b = self.expr(&args[0]);
                self.convert(quote! { rt::Int::from((#b).id()) }, &Ty::Int, ty)
            }
            "id" if n == 1 => {
                let b = self.expr_to(&args[0], &Ty::Dyn);
                self.convert(quote! { rt::builtins::id(&#b) }, &Ty::Int, ty)
            }
            "exit" | "quit" => {
                let a = if n == 0 {
                    quote! { rt::Value::None }
                } else {
                    self.expr_to(&args[0], &Ty::Dyn)
                };
                let r = self.raise(quote! { rt::rt::sys_exit(#a) });
                quote! { { #r } }
            }
            name if molt_front::catalog::is_exception(name) => {
                let k = format_ident!("{}", name);
                let vals: Vec<TokenStream> =
                    args.iter().map(|a| self.expr_to(a, &Ty::Dyn)).collect();
                let code = quote! { rt::PyErr::new(rt::ExcKind::#k, vec![#(#vals),*]) };
                self.convert(code, &Ty::Exc, ty)
            }
            _ => {
                let a = self.dyn_args(args);
                let k = self.dyn_kwargs(kwargs);
                let q = self.q(quote! { rt::builtins::call_builtin_kw(#b, #a, #k) });
                self.convert(q, &Ty::Dyn, ty)
            }
        }
    }

    /// Whether a method of a typed builtin receiver may take keyword arguments (CPython
    /// 3.11's signatures); all other methods of these types take none.
    fn typed_method_takes_keywords(recv: &Ty, name: &str) -> bool {
        match recv {
            Ty::List(_) => name == "sort",
            Ty::Dict(_, _) | Ty::DefaultDict(..) => name == "update",
            Ty::Str => matches!(
                name,
                "split" | "rsplit" | "splitlines" | "encode" | "expandtabs" | "format"
            ),
            Ty::Int | Ty::Bool => matches!(name, "to_bytes" | "from_bytes"),
            Ty::Set(_) | Ty::FrozenSet(_) | Ty::Tuple(_) | Ty::TupleVar(_) | Ty::Float => false,
            _ => true,
        }
    }

    /// Code that uses `?` inside a closure-free block: route through the error frame.
    fn wrap_q(&self, code: TokenStream) -> TokenStream {
        let inner = quote! { (|| -> rt::PyResult<_> { Ok(#code) })() };
        self.q(inner)
    }

    fn str_or_none_kw(
        &mut self,
        kwargs: &[(String, Expr)],
        name: &str,
        default: &str,
    ) -> TokenStream {
        match self.kwarg(kwargs, name) {
            None => self.str_const(default),
            Some(v) => {
                let t = self.info.expr(v).clone();
                let c = self.expr(v);
                let d = self.str_const(default);
                match t {
                    Ty::Str => c,
                    Ty::None => quote! { { let _ = #c; #d } },
                    _ => {
                        let b = self.convert(c, &t, &Ty::Dyn);
                        let msg = format!("{name} must be None or a string, not ");
                        self.q(quote! { rt::builtins::str_or_none(&#b, #d, #msg) })
                    }
                }
            }
        }
    }

    /// Sorts the list named `l` in place (`list.sort` semantics).
    fn sort_call(
        &mut self,
        l: TokenStream,
        el: &Ty,
        key: Option<&Expr>,
        rev: TokenStream,
    ) -> TokenStream {
        match key {
            None => self.q(quote! { #l.sort(#rev) }),
            Some(k) if matches!(k.kind, ExprKind::None) => self.q(quote! { #l.sort(#rev) }),
            Some(k) => match self.key_fn(k, el) {
                Some((f, _)) => self.q(quote! { #l.sort_by_key(#f, #rev) }),
                None => {
                    self.error(
                        k.span,
                        "this key function is not supported yet",
                        "pass a function defined with `def`, or a builtin such as len",
                    );
                    quote! { () }
                }
            },
        }
    }

    fn map_call(&mut self, _e: &Expr, args: &[Expr], ty: &Ty) -> TokenStream {
        let Ty::Iter(out) = ty else {
            self.error(
                args[0].span,
                "this map() call is not supported yet",
                "use a for loop",
            );
            return quote! { () };
        };
        let out = (**out).clone();
        let n = args.len() - 1;
        let tys: Vec<Ty> = args[1..]
            .iter()
            .map(|a| self.info.expr(a).clone())
            .collect();
        let vals: Vec<TokenStream> = args[1..].iter().map(|a| self.expr(a)).collect();
        let its: Vec<TokenStream> = vals
            .iter()
            .zip(tys.iter())
            .map(|(v, t)| {
                let v = self.iter_src(v.clone(), t);
                self.q(quote! { rt::IntoPyIter::py_iter(&#v) })
            })
            .collect();
        let els: Vec<Ty> = tys.iter().map(|t| t.elem().unwrap_or(Ty::Dyn)).collect();
        // A dynamic callable (operator.itemgetter(1), a stdlib function), evaluated before
        // the iterables as Python does, called through the runtime.
        let mut dyn_fn = None;
        // A method reference the typed path cannot call (`map(str.upper, dyn_items)`) is
        // called as a value too.
        let method_dyn = match &args[0].kind {
            ExprKind::MethodRef(t, m) if molt_front::catalog::method_value_supported(t, m) => {
                n > 1 || self.key_fn(&args[0], &els[0]).is_none()
            }
            _ => false,
        };
        // A function a direct call of n arguments does not fit is called as a value too.
        let func_dyn =
            matches!(&args[0].kind, ExprKind::FuncRef(fid) if !self.takes_positional(*fid, n));
        // A lambda made for this call: its environment, made before the iterables.
        let mut lam_env = None;
        let dyn_builtin = |k: &ExprKind| {
            method_dyn
                || func_dyn
                || matches!(k, ExprKind::BuiltinRef(b)
                if n > 1 && molt_front::catalog::builtin_value_supported(b))
        };
        let (call, rt_) = match &args[0].kind {
            ExprKind::MakeFunc { func, .. } if self.typed_lambda(&args[0], *func, n) => {
                let fid = *func;
                let (env, name) = self.lambda_env(fid);
                lam_env = Some(env);
                let ps = self.map_item_args(fid, &els);
                (
                    quote! { #name(&__lenv, #(#ps),*) },
                    self.info.returns[fid.index()].clone(),
                )
            }
            k if dyn_builtin(k) => {
                // `map(pow, xs, ys)`, `map(str.upper, items)`: the callable as a value.
                dyn_fn = Some(self.expr_to(&args[0], &Ty::Dyn));
                let ps: Vec<TokenStream> = (0..n)
                    .map(|i| {
                        let idx = syn::Index::from(i);
                        let src = if n == 1 {
                            quote! { x }
                        } else {
                            quote! { x.#idx }
                        };
                        self.in_closure(|g| g.convert(src, &els[i], &Ty::Dyn))
                    })
                    .collect();
                (
                    quote! { rt::modules::call_value(&__f, vec![#(#ps),*]) },
                    Ty::Dyn,
                )
            }
            // A function computed by an expression (`map(make(2), xs)`) is a value whatever
            // its inferred type; a name or a lambda only when dynamic (else typed below).
            k @ (ExprKind::ModuleAttr(..)
            | ExprKind::Call { .. }
            | ExprKind::CallFunc { .. }
            | ExprKind::Name(_)
            | ExprKind::MakeFunc { .. }
            | ExprKind::CallValue { .. }
            | ExprKind::Subscript(..)
            | ExprKind::Attr(..))
                if self.info.expr(&args[0]) == &Ty::Dyn || computed_fn(k) =>
            {
                dyn_fn = Some(self.expr_to(&args[0], &Ty::Dyn));
                let ps: Vec<TokenStream> = (0..n)
                    .map(|i| {
                        let idx = syn::Index::from(i);
                        let src = if n == 1 {
                            quote! { x }
                        } else {
                            quote! { x.#idx }
                        };
                        self.in_closure(|g| g.convert(src, &els[i], &Ty::Dyn))
                    })
                    .collect();
                (
                    quote! { rt::modules::call_value(&__f, vec![#(#ps),*]) },
                    Ty::Dyn,
                )
            }
            ExprKind::FuncRef(fid) => {
                let f = &self.m.funcs[fid.index()];
                let name = self.direct_fn_ident(*fid);
                let nparams = f.params.len();
                let fid = *fid;
                let mut ps = self.map_item_args(fid, &els);
                ps.extend((n..nparams).map(|i| self.in_closure(|g| g.param_value(fid, i, None))));
                (
                    quote! { #name(#(#ps),*) },
                    self.info.returns[fid.index()].clone(),
                )
            }
            ExprKind::BuiltinRef(b) if n == 1 => match self.builtin_on(b, quote! { (&x) }, &els[0])
            {
                Some((c, t)) => (quote! { (|| -> rt::PyResult<_> { Ok(#c) })() }, t),
                None => {
                    self.error(
                        args[0].span,
                        format!("map() with `{b}` is not supported yet"),
                        "use a for loop",
                    );
                    return quote! { () };
                }
            },
            ExprKind::MethodRef(_, _) if n == 1 => match self.key_fn(&args[0], &els[0]) {
                Some((f, t)) => (quote! { (#f)(&x) }, t),
                None => {
                    self.error(
                        args[0].span,
                        "this method is not supported in map() yet",
                        "use a for loop",
                    );
                    return quote! { () };
                }
            },
            _ => {
                self.error(
                    args[0].span,
                    "map() needs a function defined with `def` or a builtin here",
                    "use a for loop",
                );
                return quote! { () };
            }
        };
        let conv = self.in_closure(|g| g.convert(quote! { __r }, &rt_, &out));
        let m = if n == 1 {
            let it = &its[0];
            quote! { rt::Iter::map(#it, move |x| { let __r = #call?; Ok(#conv) }) }
        } else {
            let zips: Vec<TokenStream> = its
                .iter()
                .map(|it| quote! { rt::iter::mapped(#it, Ok) })
                .collect();
            let f = format_ident!("zip{}", n);
            quote! { rt::Iter::map(rt::Iter::#f(#(#zips),*).into_iter_box(), move |x| { let __r = #call?; Ok(#conv) }) }
        };
        match (dyn_fn, lam_env) {
            (Some(f), _) => quote! { { let __f: rt::Value = #f; #m } },
            (None, Some(env)) => quote! { { let __lenv = #env; #m } },
            (None, None) => m,
        }
    }

    /// The arguments of map's function `fid` from the item `x` (a tuple of the
    /// iterables' items when there are several), converted to its parameters' types.
    fn map_item_args(&mut self, fid: FuncId, els: &[Ty]) -> Vec<TokenStream> {
        let n = els.len();
        (0..n)
            .map(|i| {
                let p = &self.m.funcs[fid.index()].params[i];
                let pt = self.info.locals[fid.index()][p.local.index()].clone();
                let idx = syn::Index::from(i);
                let src = if n == 1 {
                    quote! { x }
                } else {
                    quote! { x.#idx }
                };
                self.in_closure(|g| g.convert(src, &els[i], &pt))
            })
            .collect()
    }

    /// Whether `e`, making lambda `fid`, is one inference types where it is passed
    /// (`molt_types::callable_lambda`) with `n` arguments, made with an environment.
    fn typed_lambda(&self, e: &Expr, fid: FuncId, n: usize) -> bool {
        let f = &self.m.funcs[fid.index()];
        molt_types::callable_lambda(self.m, e) && f.dynamic && f.params.len() == n
    }

    /// The environment of lambda `fid` (an `Rc` of its cells, no stored defaults) and its
    /// Rust function, which takes `&env` first.
    fn lambda_env(&mut self, fid: FuncId) -> (TokenStream, Ident) {
        let f = &self.m.funcs[fid.index()];
        let env_ty = crate::closure::env_ident(f);
        let cells = self.env_cells(f);
        let name = crate::names::func_ident(&f.rust_name);
        (
            quote! { std::rc::Rc::new(#env_ty { #(#cells,)* defaults: vec![] }) },
            name,
        )
    }

    fn filter_call(&mut self, args: &[Expr], ty: &Ty) -> TokenStream {
        let Ty::Iter(out) = ty else {
            self.error(
                args[0].span,
                "this filter() call is not supported yet",
                "use a for loop",
            );
            return quote! { () };
        };
        let out = (**out).clone();
        let t = self.info.expr(&args[1]).clone();
        let el = t.elem().unwrap_or(Ty::Dyn);
        let v = self.expr(&args[1]);
        let v = self.iter_src(v, &t);
        let it = self.q(quote! { rt::IntoPyIter::py_iter(&#v) });
        let conv = self.in_closure(|g| g.convert(quote! { x }, &el, &out));
        let pred = match &args[0].kind {
            ExprKind::None => {
                let xr = rty::rust_type(&el);
                quote! { |x: &#xr| rt::PyObj::py_truthy(x) }
            }
            // Any other function value (`filter(make_pred(5), xs)`): called through the
            // runtime.
            _ => match self
                .key_fn(&args[0], &el)
                .or_else(|| self.dyn_key_fn(&args[0], &el))
            {
                Some((f, rt_)) => {
                    let tr = self.truthy(quote! { __k }, &rt_);
                    let xr = rty::rust_type(&el);
                    // The function is evaluated once, before the iterable (as Python
                    // evaluates the arguments), and the iterator owns it: it may outlive
                    // the function that made it.
                    return quote! { {
                        let __pf = #f;
                        rt::Iter::filter(
                            #it,
                            move |x: &#xr| -> rt::PyResult<bool> { let __k = __pf(x)?; Ok(#tr) },
                            |x| -> rt::PyResult<_> { Ok(#conv) },
                        )
                    } };
                }
                None => {
                    self.error(
                        args[0].span,
                        "this filter() function is not supported yet",
                        "use a for loop",
                    );
                    return quote! { () };
                }
            },
        };
        quote! { rt::Iter::filter(#it, #pred, |x| -> rt::PyResult<_> { Ok(#conv) }) }
    }

    /// `reverse=` of sorted()/list.sort(): a bool, or an int read as a C int
    /// (rt::builtins::sort_reverse_flag).
    fn reverse_flag(&mut self, r: &Expr) -> TokenStream {
        if matches!(self.info.expr(r), Ty::Bool) {
            return self.cond(r);
        }
        let v = self.expr_to(r, &Ty::Dyn);
        self.q(quote! { rt::builtins::sort_reverse_flag(&#v) })
    }

    /// `min(a, b, ...)` / `max(a, b, ...)` of ints, floats, bools or strs, none converted:
    /// the arguments evaluated in order, then each compared with the best so far, which
    /// a later one replaces only when strictly smaller (larger), as bltinmodule.c's
    /// min_max does. These comparisons can neither fail nor run Python code, so the
    /// order of evaluation and comparison is unobservable; no vector is built.
    fn minmax_scalars(&mut self, is_max: bool, args: &[Expr], ty: &Ty) -> TokenStream {
        let rt_ = rty::rust_type(ty);
        let ids: Vec<Ident> = args.iter().map(|_| self.fresh("mm")).collect();
        let mut lets = vec![];
        for (id, a) in ids.iter().zip(args) {
            let v = self.expr(a);
            lets.push(quote! { let #id: #rt_ = #v; });
        }
        let op = if is_max {
            quote! { rt::CmpOp::Gt }
        } else {
            quote! { rt::CmpOp::Lt }
        };
        let first = &ids[0];
        let mut steps = vec![];
        for id in &ids[1..] {
            let test = self.q(quote! { rt::PyObj::py_cmp(&#id, &__best, #op) });
            steps.push(quote! { if #test { __best = #id; } });
        }
        quote! { { #(#lets)* let mut __best: #rt_ = #first; #(#steps)* __best } }
    }

    fn minmax(
        &mut self,
        is_max: bool,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> TokenStream {
        let fname = if is_max { "max" } else { "min" };
        if let Some(err) = self.bad_kwargs(fname, kwargs, &["key", "default"]) {
            return err;
        }
        if args.len() > 1 && self.kwarg(kwargs, "default").is_some() {
            // bltinmodule.c min_max, after the arguments are evaluated.
            let effs: Vec<TokenStream> = args
                .iter()
                .chain(kwargs.iter().map(|(_, v)| v))
                .map(|x| {
                    let c = self.expr(x);
                    quote! { let _ = #c; }
                })
                .collect();
            let msg = format!(
                "Cannot specify a default for {fname}() with multiple positional arguments"
            );
            let r = self.raise(quote! { rt::PyErr::msg(rt::ExcKind::TypeError, #msg) });
            let rty = rty::rust_type(ty);
            return quote! { { #(#effs)* let __never: #rty = #r; #[allow(unreachable_code)] __never } };
        }
        if kwargs.is_empty()
            && (2..=8).contains(&args.len())
            && matches!(ty, Ty::Int | Ty::Float | Ty::Bool | Ty::Str)
            && args.iter().all(|a| self.info.expr(a) == ty)
        {
            return self.minmax_scalars(is_max, args, ty);
        }
        let key = self
            .kwarg(kwargs, "key")
            .filter(|k| !matches!(k.kind, ExprKind::None));
        // The key applies to the items as they are; when the result's type (joined with
        // `default=`) is narrower than the items' own (`min((), key=len, default=-1)`:
        // unknown items, an int result), work on boxed values and convert the result.
        let item_ty = match args {
            [a] => self.info.expr(a).elem().unwrap_or(Ty::Dyn),
            _ => ty.clone(),
        };
        if key.is_some() && item_ty != *ty && *ty != Ty::Dyn {
            let r = self.minmax(is_max, args, kwargs, &Ty::Dyn);
            return self.convert(r, &Ty::Dyn, ty);
        }
        // CPython evaluates `default=` before min()/max() consume the iterable: after a
        // generator is made (its arguments), before its body runs.
        let default = match self.kwarg(kwargs, "default") {
            Some(d) => {
                let dc = self.expr_to(d, ty);
                quote! { Some(#dc) }
            }
            None => quote! { None },
        };
        let set_default = quote! { __default = #default; };
        let fused = match args {
            [a] => self.fused_vec_then(a, ty, set_default.clone()),
            _ => None,
        };
        let (items, el) = if let Some(items) = fused {
            (items, ty.clone())
        } else if args.len() == 1 {
            let t = self.info.expr(&args[0]).clone();
            let v = self.expr(&args[0]);
            let el = t.elem().unwrap_or(Ty::Dyn);
            let conv = if &el == ty {
                None
            } else {
                Some(self.in_closure(|g| g.convert(quote! { x }, &el, ty)))
            };
            let v = quote! { { let __src = #v; #set_default __src } };
            let v = self.iter_src(v, &t);
            let items = match conv {
                None => self.q(quote! { rt::collect_vec(&#v) }),
                Some(c) => {
                    let q = self.q(quote! { rt::collect_vec(&#v) });
                    self.q(quote! { #q.into_iter().map(|x| -> rt::PyResult<_> { Ok(#c) }).collect::<rt::PyResult<Vec<_>>>() })
                }
            };
            (items, ty.clone())
        } else {
            let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_to(a, ty)).collect();
            (
                quote! { { let __v = vec![#(#vals),*]; #set_default __v } },
                ty.clone(),
            )
        };
        let empty_msg = format!("{fname}() arg is an empty sequence");
        let code = match key {
            None => {
                quote! { rt::builtins::minmax(__items, |x| Ok(x.clone()), #is_max, __default, #empty_msg) }
            }
            Some(k) => match self.key_fn(k, &el) {
                Some((f, _)) => {
                    quote! { rt::builtins::minmax(__items, #f, #is_max, __default, #empty_msg) }
                }
                None => {
                    self.error(
                        k.span,
                        "this key function is not supported yet",
                        "pass a function defined with `def`, or a builtin such as len",
                    );
                    return quote! { () };
                }
            },
        };
        let q = self.q(code);
        quote! { { let __default; let __items = #items; #q } }
    }

    fn module_call(
        &mut self,
        e: &Expr,
        m: &str,
        f: &str,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> TokenStream {
        let _ = e;
        match (m, f) {
            ("sys", "exit") => {
                let a = if args.is_empty() {
                    quote! { rt::Value::None }
                } else {
                    self.expr_to(&args[0], &Ty::Dyn)
                };
                let r = self.raise(quote! { rt::rt::sys_exit(#a) });
                quote! { { #r } }
            }
            ("sys", "setrecursionlimit") if args.len() == 1 => {
                let a = self.int_arg(&args[0]);
                let q = self.q(quote! { rt::rt::setrecursionlimit(&#a) });
                self.convert(q, &Ty::None, ty)
            }
            ("sys", "exc_info") => {
                let q = self.q(quote! { rt::exc_state::exc_info() });
                self.convert(q, &Ty::Dyn, ty)
            }
            ("sys", "getrecursionlimit") => self.convert(
                quote! { rt::Int::from(rt::rt::getrecursionlimit()) },
                &Ty::Int,
                ty,
            ),
            ("sys", "set_int_max_str_digits") if args.len() == 1 => {
                let a = self.int_arg(&args[0]);
                let q = self.q(quote! { rt::int_ops::set_max_str_digits(&#a) });
                self.convert(q, &Ty::None, ty)
            }
            ("sys", "get_int_max_str_digits") => self.convert(
                quote! { rt::Int::from(rt::int_ops::max_str_digits()) },
                &Ty::Int,
                ty,
            ),
            ("math", _)
                if kwargs.is_empty()
                    && args.len() == 1
                    && *self.info.expr(&args[0]) == Ty::Float
                    && let Some((func, kind)) = math_float_fn(f) =>
            {
                let x = self.expr_to(&args[0], &Ty::Float);
                match kind {
                    MathKind::Float(of) => {
                        let q = self.q(quote! { rt::math::math_1(#x, #func, #of) });
                        self.convert(q, &Ty::Float, ty)
                    }
                    MathKind::Int => {
                        // float.__floor__ and friends: OverflowError for an infinity,
                        // ValueError for NaN, as Int::from_f64 raises.
                        let q = self.q(quote! { rt::Int::from_f64(#func(#x)) });
                        self.convert(q, &Ty::Int, ty)
                    }
                }
            }
            // A typed defaultdict (inference's `defaultdict_new`): the factory is kept as
            // the value `default_factory` gives, and called on a missing key.
            ("collections", "defaultdict")
                if args.len() == 1
                    && kwargs.is_empty()
                    && let Ty::DefaultDict(k, v) = self.info.expr(e).clone() =>
            {
                let f = self.module_arg(&args[0]);
                let (k, v) = (crate::rty::rust_type(&k), crate::rty::rust_type(&v));
                let q = self.q(quote! { rt::DefaultDictT::<#k, #v>::new(#f) });
                self.convert(q, self.info.expr(e), ty)
            }
            // A typed Counter (inference's `counter_new`): the items of an iterable that is
            // not a mapping, counted.
            ("collections", "Counter")
                if args.len() <= 1
                    && kwargs.is_empty()
                    && let Ty::Counter(k, v) = self.info.expr(e).clone() =>
            {
                let count = match args.first() {
                    None => quote! {},
                    Some(a) => {
                        let at = self.info.expr(a).clone();
                        let src = self.expr(a);
                        let q = self.count_items(src, &at, &k);
                        quote! { #q; }
                    }
                };
                let (k, v) = (crate::rty::rust_type(&k), crate::rty::rust_type(&v));
                let q = quote! { { let __c = rt::CounterT::<#k, #v>::counter(); #count __c } };
                self.convert(q, self.info.expr(e), ty)
            }
            ("math", _) => {
                let a = self.dyn_args(args);
                let k = self.dyn_kwargs(kwargs);
                let q = self.q(quote! { rt::math::call(#f, #a, #k) });
                self.convert(q, &Ty::Dyn, ty)
            }
            _ if kwargs.is_empty()
                && molt_front::catalog::list_module_arity(m, f)
                    .is_some_and(|r| r.contains(&args.len()))
                && let Ty::List(el) = self.info.expr(&args[0]).clone() =>
            {
                self.list_module_call(f, args, &el, ty)
            }
            ("sys", _) => {
                self.error(
                    e.span,
                    format!("{m}.{f}() is not supported yet"),
                    "see the README for supported functions",
                );
                quote! { () }
            }
            _ => {
                // Other stdlib modules: the runtime's module dispatch (the front end only
                // lets through the functions the runtime implements). Builtins passed as
                // arguments (`defaultdict(list)`, `key=len`) become callable values.
                let vals: Vec<TokenStream> = args.iter().map(|a| self.module_arg(a)).collect();
                let a = quote! { vec![#(#vals),*] };
                let kvals: Vec<TokenStream> = kwargs
                    .iter()
                    .map(|(n, a)| {
                        let v = self.module_arg(a);
                        quote! { (rt::Str::from(#n), #v) }
                    })
                    .collect();
                let k = quote! { vec![#(#kvals),*] };
                let q = self.q(quote! { rt::modules::call(#m, #f, #a, #k) });
                self.convert(q, &Ty::Dyn, ty)
            }
        }
    }

    /// A `bisect` or `heapq` function on a typed list (inference's `list_module_call`):
    /// the runtime's functions run on the list itself, its items unboxed. Arguments are
    /// evaluated in order, as for any call.
    fn list_module_call(&mut self, f: &str, args: &[Expr], el: &Ty, ty: &Ty) -> TokenStream {
        let l = self.expr_to(&args[0], &Ty::List(Box::new(el.clone())));
        let x = args.get(1).map(|a| self.expr_to(a, el));
        let bound = |g: &mut Self, i: usize| match args.get(i) {
            Some(a) => {
                let v = g.expr_to(a, &Ty::Dyn);
                quote! { Some(#v) }
            }
            None => quote! { None },
        };
        let lo = bound(self, 2);
        let hi = bound(self, 3);
        let x = x.unwrap_or_else(|| quote! { () });
        let right = !f.ends_with("_left");
        let (call, out) = match f {
            "bisect_left" | "bisect_right" | "bisect" => (
                quote! { rt::modules::bisect::bisect_list(&__l, &__x, __lo.as_ref(), __hi.as_ref(), #right) },
                Ty::Int,
            ),
            "insort_left" | "insort_right" | "insort" => (
                quote! { rt::modules::bisect::insort_list(&__l, __x, __lo.as_ref(), __hi.as_ref(), #right) },
                Ty::None,
            ),
            "heappush" => (quote! { rt::modules::heapq::heappush(&__l, __x) }, Ty::None),
            "heappushpop" => (
                quote! { rt::modules::heapq::heappushpop(&__l, __x) },
                el.clone(),
            ),
            "heapreplace" => (
                quote! { rt::modules::heapq::heapreplace(&__l, __x, false) },
                el.clone(),
            ),
            "heappop" => (
                quote! { rt::modules::heapq::heappop(&__l, false) },
                el.clone(),
            ),
            _ => (
                quote! { rt::modules::heapq::heapify(&__l, false) },
                Ty::None,
            ),
        };
        let q = self.q(call);
        let code = quote! {{
            let __l = #l;
            let __x = #x;
            let __lo: Option<rt::Value> = #lo;
            let __hi: Option<rt::Value> = #hi;
            #q
        }};
        self.convert(code, &out, ty)
    }

    /// A method of a str called with positional arguments of the types it takes (strs,
    /// ints, a list of strs for join): the runtime's `Str` method directly, as the
    /// dynamic dispatch (`str_dispatch::call_method`) would call it after checking and
    /// unboxing the arguments. Other argument types take the dynamic path, whose
    /// TypeErrors are CPython's.
    fn typed_str_method(
        &mut self,
        recv: &Expr,
        name: &str,
        args: &[Expr],
        ty: &Ty,
    ) -> Option<TokenStream> {
        #[derive(PartialEq)]
        enum A {
            S,
            I,
            B,
            StrList,
        }
        let arg_ty = |g: &Self, i: usize| -> Option<A> {
            match g.info.expr(args.get(i)?) {
                Ty::Str => Some(A::S),
                Ty::Int => Some(A::I),
                Ty::Bool => Some(A::B),
                Ty::List(el) if **el == Ty::Str => Some(A::StrList),
                _ => None,
            }
        };
        let kinds: Vec<Option<A>> = (0..args.len()).map(|i| arg_ty(self, i)).collect();
        let is = |want: &[A]| {
            kinds.len() == want.len() && kinds.iter().zip(want).all(|(k, w)| k.as_ref() == Some(w))
        };
        let m = format_ident!("{}", name);
        // (call on `__o` with the arguments `__a0`.., result type, fallible)
        let (call, out, fallible) = match name {
            "upper" | "lower" | "casefold" | "capitalize" | "title" | "swapcase" if is(&[]) => {
                (quote! { __o.#m() }, Ty::Str, false)
            }
            "isalpha" | "isalnum" | "isdecimal" | "isdigit" | "isnumeric" | "isspace"
            | "isupper" | "islower" | "istitle" | "isidentifier" | "isprintable" | "isascii"
                if is(&[]) =>
            {
                (quote! { __o.#m() }, Ty::Bool, false)
            }
            "strip" | "lstrip" | "rstrip" if is(&[]) => (quote! { __o.#m(None) }, Ty::Str, false),
            "strip" | "lstrip" | "rstrip" if is(&[A::S]) => {
                (quote! { __o.#m(Some(&__a0)) }, Ty::Str, false)
            }
            "split" | "rsplit" if is(&[]) => (
                quote! { __o.#m(None, None).map(rt::List::from_vec) },
                Ty::List(Box::new(Ty::Str)),
                true,
            ),
            "split" | "rsplit" if is(&[A::S]) => (
                quote! { __o.#m(Some(&__a0), None).map(rt::List::from_vec) },
                Ty::List(Box::new(Ty::Str)),
                true,
            ),
            "split" | "rsplit" if is(&[A::S, A::I]) => (
                quote! { __o.#m(Some(&__a0), Some(&__a1)).map(rt::List::from_vec) },
                Ty::List(Box::new(Ty::Str)),
                true,
            ),
            "splitlines" if is(&[]) => (
                quote! { rt::List::from_vec(__o.splitlines(false)) },
                Ty::List(Box::new(Ty::Str)),
                false,
            ),
            "splitlines" if is(&[A::B]) => (
                quote! { rt::List::from_vec(__o.splitlines(__a0)) },
                Ty::List(Box::new(Ty::Str)),
                false,
            ),
            "find" | "rfind" | "count" if is(&[A::S]) => {
                (quote! { __o.#m(&__a0, None, None) }, Ty::Int, false)
            }
            "find" | "rfind" | "count" if is(&[A::S, A::I]) => {
                (quote! { __o.#m(&__a0, Some(&__a1), None) }, Ty::Int, false)
            }
            "find" | "rfind" | "count" if is(&[A::S, A::I, A::I]) => (
                quote! { __o.#m(&__a0, Some(&__a1), Some(&__a2)) },
                Ty::Int,
                false,
            ),
            "index" | "rindex" if is(&[A::S]) => {
                (quote! { __o.#m(&__a0, None, None) }, Ty::Int, true)
            }
            "startswith" | "endswith" if is(&[A::S]) => {
                (quote! { __o.#m(&__a0, None, None) }, Ty::Bool, false)
            }
            "replace" if is(&[A::S, A::S]) => {
                (quote! { __o.replace(&__a0, &__a1, None) }, Ty::Str, true)
            }
            "replace" if is(&[A::S, A::S, A::I]) => (
                quote! { __o.replace(&__a0, &__a1, Some(&__a2)) },
                Ty::Str,
                true,
            ),
            "removeprefix" | "removesuffix" if is(&[A::S]) => {
                (quote! { __o.#m(&__a0) }, Ty::Str, false)
            }
            "center" | "ljust" | "rjust" if is(&[A::I]) => {
                (quote! { __o.#m(&__a0, None) }, Ty::Str, true)
            }
            "center" | "ljust" | "rjust" if is(&[A::I, A::S]) => {
                (quote! { __o.#m(&__a0, Some(&__a1)) }, Ty::Str, true)
            }
            "zfill" if is(&[A::I]) => (quote! { __o.zfill(&__a0) }, Ty::Str, true),
            "partition" | "rpartition" if is(&[A::S]) => (
                quote! { __o.#m(&__a0) },
                Ty::Tuple(vec![Ty::Str, Ty::Str, Ty::Str]),
                true,
            ),
            "join" if is(&[A::StrList]) => (quote! { __o.join(&__a0.borrow()) }, Ty::Str, false),
            _ => return None,
        };
        let later: Vec<&Expr> = args.iter().collect();
        let o = self.recv_ref(recv, &later);
        let binds: Vec<TokenStream> = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let id = format_ident!("__a{}", i);
                let t = self.info.expr(a).clone();
                let v = self.expr_to(a, &t);
                quote! { let #id = #v; }
            })
            .collect();
        let call = if fallible { self.q(call) } else { call };
        let code = quote! {{ let __o = #o; #(#binds)* #call }};
        Some(self.convert(code, &out, ty))
    }

    fn method_call(
        &mut self,
        e: &Expr,
        recv: &Expr,
        name: &str,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> TokenStream {
        if let Some(code) = self.obj_method_call(e, recv, name, args, ty) {
            return code;
        }
        let rt_ = self.info.expr(recv).clone();
        if let Some(code) = self.typed_method(e, recv, &rt_, name, args, kwargs, ty) {
            return code;
        }
        // The dynamic path: Value's method dispatch. Receivers that are mutable containers
        // are boxed without copying (inference made their items dynamic).
        // The receiver is borrowed when no argument can rebind it; the first argument slot
        // is left free for it (rt::attr::call_method_ic).
        let r = if args
            .iter()
            .chain(kwargs.iter().map(|(_, a)| a))
            .all(cannot_rebind)
        {
            self.dyn_ref(recv)
        } else {
            let r = self.expr_to(recv, &Ty::Dyn);
            quote! { &#r }
        };
        let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_to(a, &Ty::Dyn)).collect();
        let q = if kwargs.is_empty() {
            // Positional only: the arguments stay in an array on the stack.
            self.q(quote! {
                rt::attr::call_method_ic_pos(#r, #name, &mut [rt::Value::None, #(#vals),*], rt::site!())
            })
        } else {
            let k = self.dyn_kwargs(kwargs);
            self.q(quote! {
                rt::attr::call_method_ic(#r, #name, vec![rt::Value::None, #(#vals),*], #k, rt::site!())
            })
        };
        self.convert(q, &Ty::Dyn, ty)
    }

    #[allow(clippy::too_many_arguments)]
    fn typed_method(
        &mut self,
        e: &Expr,
        recv: &Expr,
        rt_: &Ty,
        name: &str,
        args: &[Expr],
        kwargs: &[(String, Expr)],
        ty: &Ty,
    ) -> Option<TokenStream> {
        let _ = e;
        // Keywords a builtin method does not take: the dynamic path raises CPython's
        // TypeError (the typed arms below read positional arguments only).
        if !kwargs.is_empty() && !Self::typed_method_takes_keywords(rt_, name) {
            return None;
        }
        let n = args.len();
        if let Ty::DefaultDict(k, v) | Ty::Counter(k, v) = rt_ {
            // Inference typed these (`method`); the rest reached dynamic code, which made
            // the keys and values `Value`s (the defaultdict boxes sharing). A Counter's
            // `update` counts: with keywords it is the runtime's.
            if matches!(rt_, Ty::Counter(..)) && !kwargs.is_empty() {
                return None;
            }
            return match name {
                "copy" if n == 0 => {
                    let o = self.expr(recv);
                    Some(self.convert(quote! { #o.dd_copy() }, rt_, ty))
                }
                "keys" | "values" | "items" if n == 0 => {
                    let o = self.expr(recv);
                    Some(self.dict_view(name, quote! { #o.dict().clone() }, k, v, ty))
                }
                // As inference's `counter_items`: an iterable that is not a mapping.
                "update"
                    if n == 1
                        && matches!(rt_, Ty::Counter(..))
                        && molt_types::counts_items_ty(self.info.expr(&args[0])) =>
                {
                    let o = self.expr(recv);
                    let at = self.info.expr(&args[0]).clone();
                    let src = self.expr(&args[0]);
                    let q = self.count_items(src, &at, k);
                    let code = quote! { { let __c = #o; #q; } };
                    Some(self.convert(code, &Ty::None, ty))
                }
                "most_common" if n <= 1 && matches!(rt_, Ty::Counter(..)) => {
                    let o = self.expr(recv);
                    let arg = match args.first() {
                        Some(a) => {
                            let a = self.expr_to(a, &Ty::Dyn);
                            quote! { Some(&#a) }
                        }
                        None => quote! { None },
                    };
                    let q = self.q(quote! { #o.most_common_typed(#arg) });
                    let lt = Ty::List(Box::new(Ty::Tuple(vec![(**k).clone(), (**v).clone()])));
                    Some(self.convert(q, &lt, ty))
                }
                // Counter.update of a mapping adds counts: the runtime's.
                "update" if matches!(rt_, Ty::Counter(..)) => None,
                // Called on the dict through Deref.
                _ => self.typed_method(e, recv, &rt_.as_dict(), name, args, kwargs, ty),
            };
        }
        // The arguments run after the receiver is taken: a borrowed receiver needs them
        // not to rebind it.
        let later: Vec<&Expr> = args.iter().collect();
        if *rt_ == Ty::Str
            && kwargs.is_empty()
            && let Some(code) = self.typed_str_method(recv, name, args, ty)
        {
            return Some(code);
        }
        Some(match (rt_, name) {
            // `sep.join(g(...))` with a generator fused into the list of items (fuse.rs).
            (Ty::Str, "join") if n == 1 && kwargs.is_empty() && self.can_fuse(&args[0]) => {
                let o = self.expr(recv);
                let code = self.fused_join(o, &args[0])?;
                self.convert(code, &Ty::Str, ty)
            }
            // `g.send(v)` of a typed generator: one resumption, the item unboxed.
            (Ty::Gen(item), "send") if n == 1 && kwargs.is_empty() => {
                let o = self.expr(recv);
                let x = self.expr_to(&args[0], &Ty::Dyn);
                let q = self.q(quote! { __g.send(__x) });
                let code = quote! { { let __g = #o; let __x = #x; #q } };
                self.convert(code, item, ty)
            }
            // collections.deque (inference's `method` has the same arms).
            (Ty::Deque(el), "append" | "appendleft") if n == 1 => {
                let o = self.recv_ref(recv, &later);
                let x = self.expr_to(&args[0], el);
                let m = format_ident!("{}", name);
                self.convert(
                    quote! { { let __o = #o; let __x = #x; __o.#m(__x) } },
                    &Ty::None,
                    ty,
                )
            }
            (Ty::Deque(el), "pop" | "popleft") if n == 0 => {
                let o = self.recv_ref(recv, &later);
                let m = format_ident!("{}", name);
                let q = self.q(quote! { __o.#m() });
                self.convert(quote! { { let __o = #o; #q } }, el, ty)
            }
            // Items that no user code produces are collected first, as deque_extend
            // iterates a copy when a deque extends itself.
            (Ty::Deque(el), "extend" | "extendleft")
                if n == 1
                    && matches!(
                        self.info.expr(&args[0]),
                        Ty::List(_)
                            | Ty::Tuple(_)
                            | Ty::TupleVar(_)
                            | Ty::Range
                            | Ty::Str
                            | Ty::Deque(_)
                    ) =>
            {
                let o = self.expr(recv);
                let at = self.info.expr(&args[0]).clone();
                let v = self.expr(&args[0]);
                let items = self.collect_items(v, &at, el);
                let left = name == "extendleft";
                self.convert(
                    quote! { { let __o = #o; let __items = #items; __o.extend_vec(__items, #left) } },
                    &Ty::None,
                    ty,
                )
            }
            (Ty::Deque(_), "clear") if n == 0 => {
                let o = self.recv_ref(recv, &later);
                self.convert(quote! { { let __o = #o; __o.clear() } }, &Ty::None, ty)
            }
            (Ty::Deque(_), "rotate") if n == 0 || *self.info.expr(&args[0]) == Ty::Int => {
                let o = self.recv_ref(recv, &later);
                let k = match args.first() {
                    Some(a) => self.expr(a),
                    None => quote! { rt::Int::ONE },
                };
                let q = self.q(quote! { __o.rotate(&__k) });
                self.convert(quote! { { let __o = #o; let __k = #k; #q } }, &Ty::None, ty)
            }
            (Ty::List(el), "append") if n == 1 && kwargs.is_empty() => {
                let o = self.recv_ref(recv, &later);
                let x = self.expr_to(&args[0], el);
                self.convert(
                    quote! { { let __o = #o; let __x = #x; __o.append(__x) } },
                    &Ty::None,
                    ty,
                )
            }
            (Ty::List(el), "insert") if n == 2 => {
                let o = self.recv_ref(recv, &later);
                let i = self.int_arg(&args[0]);
                let x = self.expr_to(&args[1], el);
                let q = self.q(quote! { __o.insert(&__i, __x) });
                self.convert(
                    quote! { { let __o = #o; let __i = #i; let __x = #x; #q } },
                    &Ty::None,
                    ty,
                )
            }
            (Ty::List(el), "extend") if n == 1 => {
                let o = self.expr(recv);
                let at = self.info.expr(&args[0]).clone();
                let v = self.expr(&args[0]);
                let items = self.collect_items_sized(v, &at, el);
                self.convert(
                    quote! { { let __o = #o; let __items = #items; __o.extend_vec(__items) } },
                    &Ty::None,
                    ty,
                )
            }
            (Ty::List(el), "pop") if n <= 1 => {
                let o = self.recv_ref(recv, &later);
                let code = if n == 0 {
                    self.q(quote! { (#o).pop(None) })
                } else {
                    let i = self.int_arg(&args[0]);
                    self.q(quote! { { let __o = #o; let __i = #i; __o.pop(Some(&__i)) } })
                };
                self.convert(code, el, ty)
            }
            (Ty::List(el), "remove" | "count")
                if n == 1 && (**el == Ty::Dyn || self.info.expr(&args[0]) == &**el) =>
            {
                let o = self.recv_ref(recv, &later);
                let x = self.expr_to(&args[0], el);
                let m = format_ident!("{}", name);
                let q = self.q(quote! { { let __o = #o; let __x = #x; __o.#m(&__x) } });
                let out = if name == "count" { Ty::Int } else { Ty::None };
                self.convert(q, &out, ty)
            }
            (Ty::List(el), "index")
                if (1..=3).contains(&n)
                    && (self.info.expr(&args[0]) == &**el || **el == Ty::Dyn) =>
            {
                let o = self.recv_ref(recv, &later);
                let x = self.expr_to(&args[0], el);
                let start = if n >= 2 {
                    let s = self.int_arg(&args[1]);
                    quote! { Some(&#s) }
                } else {
                    quote! { None }
                };
                let stop = if n >= 3 {
                    let s = self.int_arg(&args[2]);
                    quote! { Some(&#s) }
                } else {
                    quote! { None }
                };
                let q = self
                    .q(quote! { { let __o = #o; let __x = #x; __o.index(&__x, #start, #stop) } });
                self.convert(q, &Ty::Int, ty)
            }
            (Ty::List(_), "reverse" | "clear") if n == 0 => {
                let o = self.expr(recv);
                let m = format_ident!("{}", name);
                self.convert(quote! { #o.#m() }, &Ty::None, ty)
            }
            (Ty::List(_), "copy") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { #o.copy() }, rt_, ty)
            }
            (Ty::List(el), "sort") if n == 0 => {
                if let Some(err) = self.bad_kwargs("sort", kwargs, &["key", "reverse"]) {
                    return Some(err);
                }
                let o = self.expr(recv);
                let rev = match self.kwarg(kwargs, "reverse") {
                    Some(r) => self.reverse_flag(r),
                    None => quote! { false },
                };
                let el = (**el).clone();
                let sort = self.sort_call(quote! { __l }, &el, self.kwarg(kwargs, "key"), rev);
                self.convert(quote! { { let __l = #o; #sort } }, &Ty::None, ty)
            }
            (Ty::Tuple(_) | Ty::TupleVar(_) | Ty::Range, "index" | "count") if n == 1 => {
                // Rarely hot: the dynamic implementation (tuples are immutable, so boxing
                // a copy is harmless).
                return None;
            }
            (Ty::Dict(kt, vt), "get")
                if (1..=2).contains(&n)
                    && (self.info.expr(&args[0]) == &**kt || **kt == Ty::Dyn) =>
            {
                let o = self.recv_ref(recv, &later);
                let k = self.expr_to(&args[0], kt);
                let (dflt, dty) = if n == 2 {
                    (self.expr(&args[1]), self.info.expr(&args[1]).clone())
                } else {
                    (quote! { () }, Ty::None)
                };
                let some = self.convert(quote! { v }, vt, ty);
                let none = self.convert(quote! { __d }, &dty, ty);
                let q = self.q(quote! { __o.get(&__k) });
                quote! { { let __o = #o; let __k = #k; let __d = #dflt; match #q { Some(v) => #some, None => #none } } }
            }
            (Ty::Dict(k, v), "keys" | "values" | "items") if n == 0 => {
                let o = self.expr(recv);
                self.dict_view(name, o, k, v, ty)
            }
            (Ty::Dict(kt, vt), "pop")
                if (1..=2).contains(&n)
                    && (self.info.expr(&args[0]) == &**kt || **kt == Ty::Dyn) =>
            {
                let o = self.recv_ref(recv, &later);
                let k = self.expr_to(&args[0], kt);
                let q = self.q(quote! { __o.remove(&__k) });
                if n == 2 {
                    let dty = self.info.expr(&args[1]).clone();
                    let d = self.expr(&args[1]);
                    let some = self.convert(quote! { v }, vt, ty);
                    let none = self.convert(quote! { __d }, &dty, ty);
                    quote! { { let __o = #o; let __k = #k; let __d = #d; match #q { Some((_, v)) => #some, None => #none } } }
                } else {
                    let some = self.convert(quote! { v }, vt, ty);
                    let r = self.raise(quote! { rt::PyErr::new(rt::ExcKind::KeyError, vec![rt::PyObj::to_value(&__k)]) });
                    quote! { { let __o = #o; let __k = #k; match #q { Some((_, v)) => #some, None => #r } } }
                }
            }
            (Ty::Dict(kt, vt), "popitem") if n == 0 => {
                let o = self.expr(recv);
                let q = self.q(quote! { #o.popitem() });
                let tt = Ty::Tuple(vec![(**kt).clone(), (**vt).clone()]);
                self.convert(q, &tt, ty)
            }
            (Ty::Dict(kt, vt), "setdefault") if (1..=2).contains(&n) => {
                let o = self.recv_ref(recv, &later);
                let k = self.expr_to(&args[0], kt);
                let d = if n == 2 {
                    self.expr_to(&args[1], vt)
                } else {
                    self.convert(quote! { () }, &Ty::None, vt)
                };
                let q = self.q(quote! { { let __o = #o; let __k = #k; let __d = #d; __o.setdefault(__k, __d) } });
                self.convert(q, vt, ty)
            }
            (Ty::Dict(kt, vt), "update") if n <= 1 => {
                let o = self.expr(recv);
                let mut parts = vec![];
                if n == 1 {
                    let at = self.info.expr(&args[0]).clone();
                    let v = self.expr(&args[0]);
                    match &at.as_dict() {
                        Ty::Dict(k2, v2) => {
                            let kc = self.convert(quote! { k }, k2, kt);
                            let vc = self.convert(quote! { v }, v2, vt);
                            let q = self.q(quote! { __o.setitem(#kc, #vc) });
                            parts.push(quote! { for (k, v) in #v.items_vec() { #q; } });
                        }
                        _ => match at.elem() {
                            Some(Ty::Tuple(p)) if p.len() == 2 => {
                                let kc = self.convert(quote! { __p.0 }, &p[0], kt);
                                let vc = self.convert(quote! { __p.1 }, &p[1], vt);
                                let v = self.iter_src(v, &at);
                                let it = self.q(quote! { rt::IntoPyIter::py_iter(&#v) });
                                let nx = self.q(quote! { __it.next_item() });
                                let q = self.q(quote! { __o.setitem(#kc, #vc) });
                                parts.push(quote! { let mut __it = #it; while let Some(__p) = #nx { #q; } });
                            }
                            _ => return None,
                        },
                    }
                }
                for (k, v) in kwargs {
                    let kc = self.str_const(k);
                    let kc = self.convert(kc, &Ty::Str, kt);
                    let vc = self.expr_to(v, vt);
                    let q = self.q(quote! { __o.setitem(#kc, #vc) });
                    parts.push(quote! { #q; });
                }
                self.convert(quote! { { let __o = #o; #(#parts)* } }, &Ty::None, ty)
            }
            (Ty::Dict(..), "copy") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { #o.copy() }, rt_, ty)
            }
            (Ty::Dict(..) | Ty::Set(_), "clear") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { #o.clear() }, &Ty::None, ty)
            }
            (Ty::Set(el), "add") if n == 1 => {
                let o = self.recv_ref(recv, &later);
                let x = self.expr_to(&args[0], el);
                let q = self.q(quote! { { let __o = #o; let __x = #x; __o.add(__x) } });
                self.convert(q, &Ty::None, ty)
            }
            (Ty::Set(el), "remove" | "discard")
                if n == 1 && (self.info.expr(&args[0]) == &**el || **el == Ty::Dyn) =>
            {
                let o = self.recv_ref(recv, &later);
                let x = self.expr_to(&args[0], el);
                let m = format_ident!("{}", name);
                let q = self.q(quote! { { let __o = #o; let __x = #x; __o.#m(&__x) } });
                let q = if name == "discard" {
                    quote! { { let _ = #q; } }
                } else {
                    q
                };
                self.convert(q, &Ty::None, ty)
            }
            (
                Ty::Set(el) | Ty::FrozenSet(el),
                "union"
                | "intersection"
                | "difference"
                | "symmetric_difference"
                | "update"
                | "intersection_update"
                | "difference_update"
                | "symmetric_difference_update"
                | "issubset"
                | "issuperset"
                | "isdisjoint",
            ) if kwargs.is_empty()
                && (n >= 1
                    || matches!(
                        name,
                        "union"
                            | "intersection"
                            | "difference"
                            | "update"
                            | "intersection_update"
                            | "difference_update"
                    ))
                && (matches!(rt_, Ty::Set(_)) || !name.ends_with("update")) =>
            {
                let el = (**el).clone();
                let o = self.expr(recv);
                let mut lets = vec![];
                let mut set_args = vec![];
                for (i, a) in args.iter().enumerate() {
                    let at = self.info.expr(a).clone();
                    let v = self.expr(a);
                    let tmp = format_ident!("__a{}", i);
                    let arg = match &at {
                        Ty::Set(e2) if **e2 == el => quote! { rt::setops::SetArg::Set(&#tmp) },
                        Ty::FrozenSet(e2) if **e2 == el => {
                            quote! { rt::setops::SetArg::Frozen(&#tmp) }
                        }
                        Ty::Dict(k, _) if **k == el => quote! { rt::setops::SetArg::Dict(&#tmp) },
                        _ => {
                            let items = self.collect_items(quote! { #tmp }, &at, &el);
                            quote! { rt::setops::SetArg::Iter(#items) }
                        }
                    };
                    lets.push(quote! { let #tmp = #v; });
                    set_args.push(arg);
                }
                let m = format_ident!("{}", name);
                let single = matches!(
                    name,
                    "symmetric_difference"
                        | "symmetric_difference_update"
                        | "issubset"
                        | "issuperset"
                        | "isdisjoint"
                );
                let call = if single {
                    let a = &set_args[0];
                    self.q(quote! { __o.#m(&#a) })
                } else {
                    self.q(quote! { __o.#m(&[#(#set_args),*]) })
                };
                let out = match name {
                    "union" | "intersection" | "difference" | "symmetric_difference" => rt_.clone(),
                    "issubset" | "issuperset" | "isdisjoint" => Ty::Bool,
                    _ => Ty::None,
                };
                self.convert(quote! { { let __o = #o; #(#lets)* #call } }, &out, ty)
            }
            (Ty::Set(el), "pop") if n == 0 => {
                let o = self.expr(recv);
                let q = self.q(quote! { #o.pop() });
                self.convert(q, el, ty)
            }
            (Ty::Set(_), "copy") if n == 0 => {
                let o = self.expr(recv);
                let q = self.q(quote! { #o.copy() });
                self.convert(q, rt_, ty)
            }
            (Ty::Int, "bit_length") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { rt::Int::from(#o.bit_length()) }, &Ty::Int, ty)
            }
            (Ty::Int, "bit_count") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { rt::Int::from(#o.bit_count()) }, &Ty::Int, ty)
            }
            (Ty::Float, "is_integer") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { rt::float::is_integer(#o) }, &Ty::Bool, ty)
            }
            (Ty::Stream, "write") if n == 1 => {
                let o = self.expr(recv);
                let q = if *self.info.expr(&args[0]) == Ty::Str {
                    let s = self.expr_to(&args[0], &Ty::Str);
                    self.q(quote! { rt::io::stream_write(#o, &#s) })
                } else {
                    // Anything else raises write()'s own TypeError, not an unboxing one.
                    let v = self.expr_to(&args[0], &Ty::Dyn);
                    self.q(quote! { rt::io::stream_write_value(#o, &#v) })
                };
                self.convert(q, &Ty::Int, ty)
            }
            (Ty::Stream, "flush") if n == 0 => {
                let o = self.expr(recv);
                self.convert(quote! { rt::io::flush_stream(#o) }, &Ty::None, ty)
            }
            (Ty::Stream, "readline" | "read" | "readlines") if n == 0 => {
                let o = self.expr(recv);
                let f = format_ident!("stream_{}", name);
                let q = self.q(quote! { rt::io::#f(#o) });
                let out = if name == "readlines" {
                    Ty::List(Box::new(Ty::Str))
                } else {
                    Ty::Str
                };
                self.convert(q, &out, ty)
            }
            (Ty::Str, _) => {
                // str methods return new values, so the dynamic implementation is exact;
                // the result is unboxed into the type inference gave it.
                let o = self.expr(recv);
                let a = self.dyn_args(args);
                let k = self.dyn_kwargs(kwargs);
                let q =
                    self.q(quote! { rt::value::call_method(&rt::Value::Str(#o), #name, #a, #k) });
                self.convert(q, &Ty::Dyn, ty)
            }
            _ => return None,
        })
    }
}

/// The class names of an isinstance() second argument (a name or a tuple of names).
fn class_names(e: &Expr) -> Option<Vec<String>> {
    match &e.kind {
        ExprKind::BuiltinRef(n) => Some(vec![n.clone()]),
        ExprKind::Tuple(items) => {
            let mut out = vec![];
            for i in items {
                out.extend(class_names(i)?);
            }
            Some(out)
        }
        _ => None,
    }
}

/// isinstance() decided at compile time from a static type.
fn static_isinstance(t: &Ty, classes: &[String]) -> Option<bool> {
    let names: &[&str] = match t {
        Ty::Int => &["int", "object"],
        Ty::Bool => &["bool", "int", "object"],
        Ty::Float => &["float", "object"],
        Ty::Str => &["str", "object"],
        Ty::None => &["object"],
        Ty::List(_) => &["list", "object"],
        Ty::Dict(..) | Ty::DefaultDict(..) | Ty::Counter(..) => &["dict", "object"],
        Ty::Set(_) => &["set", "object"],
        Ty::FrozenSet(_) => &["frozenset", "object"],
        Ty::Tuple(_) | Ty::TupleVar(_) => &["tuple", "object"],
        Ty::Range => &["range", "object"],
        _ => return None,
    };
    Some(classes.iter().any(|c| names.contains(&c.as_str())))
}

/// Whether evaluating `e` cannot assign a local of the running function (only `:=` and
/// `yield` can, among what is listed; anything else counts as possible).
pub(crate) fn cannot_rebind(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Name(_)
        | ExprKind::FuncRef(_)
        | ExprKind::BuiltinRef(_)
        | ExprKind::ModuleAttr(..) => true,
        ExprKind::Attr(o, _) | ExprKind::Unary(_, o) | ExprKind::TypeName(o) => cannot_rebind(o),
        ExprKind::Binary(_, a, b) | ExprKind::Subscript(a, b) => {
            cannot_rebind(a) && cannot_rebind(b)
        }
        ExprKind::List(xs) | ExprKind::Tuple(xs) => xs.iter().all(cannot_rebind),
        ExprKind::Call {
            callee,
            args,
            kwargs,
        } => {
            let recv_ok = match callee {
                Callee::Method(r, _) => cannot_rebind(r),
                Callee::Func(_) | Callee::Builtin(_) | Callee::Module(..) => true,
            };
            recv_ok
                && args.iter().all(cannot_rebind)
                && kwargs.iter().all(|(_, a)| cannot_rebind(a))
        }
        ExprKind::CallFunc { args, .. } => args.iter().flatten().all(cannot_rebind),
        _ => false,
    }
}

/// What a math function of one float gives: a float (and whether a finite argument can
/// overflow, OverflowError rather than ValueError) or an int.
enum MathKind {
    Float(bool),
    Int,
}

/// The Rust function behind a math function of one float argument, for the typed path
/// (`rt::math::math_1` applies the domain and range checks, as `call` does).
fn math_float_fn(name: &str) -> Option<(TokenStream, MathKind)> {
    use MathKind::{Float, Int};
    Some(match name {
        "sqrt" => (quote! { f64::sqrt }, Float(false)),
        "exp" => (quote! { f64::exp }, Float(true)),
        "exp2" => (quote! { f64::exp2 }, Float(true)),
        "expm1" => (quote! { f64::exp_m1 }, Float(true)),
        "sin" => (quote! { f64::sin }, Float(false)),
        "cos" => (quote! { f64::cos }, Float(false)),
        "tan" => (quote! { f64::tan }, Float(false)),
        "asin" => (quote! { f64::asin }, Float(false)),
        "acos" => (quote! { f64::acos }, Float(false)),
        "atan" => (quote! { f64::atan }, Float(false)),
        "sinh" => (quote! { f64::sinh }, Float(true)),
        "cosh" => (quote! { f64::cosh }, Float(true)),
        "tanh" => (quote! { f64::tanh }, Float(false)),
        "fabs" => (quote! { f64::abs }, Float(false)),
        "erf" => (quote! { rt::math::erf }, Float(false)),
        "erfc" => (quote! { rt::math::erfc }, Float(false)),
        "floor" => (quote! { f64::floor }, Int),
        "ceil" => (quote! { f64::ceil }, Int),
        "trunc" => (quote! { f64::trunc }, Int),
        _ => return None,
    })
}

/// A function value computed by an expression (a call, an item, an attribute): whatever
/// its inferred type, it is called through the runtime as a value.
fn computed_fn(k: &ExprKind) -> bool {
    matches!(
        k,
        ExprKind::Call { .. }
            | ExprKind::CallFunc { .. }
            | ExprKind::CallValue { .. }
            | ExprKind::Subscript(..)
            | ExprKind::Attr(..)
    )
}
