//! The regular expression compiler: a port of CPython 3.11's Lib/re/_compiler.py. It turns
//! the parser's tree into the SRE code that Modules/_sre/sre_lib.h runs (re_engine.rs),
//! word for word what CPython produces (the tests compare with `_compiler._code`).

use super::re_parse::{
    FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_UNICODE, Node, Parsed, ReErr,
    RepeatKind, SetItem, at, cat, getwidth,
};

/// SRE opcodes (Lib/re/_constants.py OPCODES, MAGIC 20220615).
pub mod op {
    pub const FAILURE: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANY_ALL: u32 = 3;
    pub const ASSERT: u32 = 4;
    pub const ASSERT_NOT: u32 = 5;
    pub const AT: u32 = 6;
    pub const BRANCH: u32 = 7;
    pub const CATEGORY: u32 = 8;
    pub const CHARSET: u32 = 9;
    pub const BIGCHARSET: u32 = 10;
    pub const GROUPREF: u32 = 11;
    pub const GROUPREF_EXISTS: u32 = 12;
    pub const IN: u32 = 13;
    pub const INFO: u32 = 14;
    pub const JUMP: u32 = 15;
    pub const LITERAL: u32 = 16;
    pub const MARK: u32 = 17;
    pub const MAX_UNTIL: u32 = 18;
    pub const MIN_UNTIL: u32 = 19;
    pub const NOT_LITERAL: u32 = 20;
    pub const NEGATE: u32 = 21;
    pub const RANGE: u32 = 22;
    pub const REPEAT: u32 = 23;
    pub const REPEAT_ONE: u32 = 24;
    #[allow(dead_code)] // only in the parser's output, never in code
    pub const SUBPATTERN: u32 = 25;
    pub const MIN_REPEAT_ONE: u32 = 26;
    pub const ATOMIC_GROUP: u32 = 27;
    pub const POSSESSIVE_REPEAT: u32 = 28;
    pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
    pub const GROUPREF_IGNORE: u32 = 30;
    pub const IN_IGNORE: u32 = 31;
    pub const LITERAL_IGNORE: u32 = 32;
    pub const NOT_LITERAL_IGNORE: u32 = 33;
    pub const GROUPREF_LOC_IGNORE: u32 = 34;
    pub const IN_LOC_IGNORE: u32 = 35;
    pub const LITERAL_LOC_IGNORE: u32 = 36;
    pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
    pub const GROUPREF_UNI_IGNORE: u32 = 38;
    pub const IN_UNI_IGNORE: u32 = 39;
    pub const LITERAL_UNI_IGNORE: u32 = 40;
    pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
    pub const RANGE_UNI_IGNORE: u32 = 42;
}

pub const INFO_PREFIX: u32 = 1;
pub const INFO_LITERAL: u32 = 2;
pub const INFO_CHARSET: u32 = 4;

// ---------------------------------------------------------------- case helpers (_sre.c)

/// sre_lower_unicode: CPython's _PyUnicode_ToLowercase, the first character of the full
/// lowercase mapping (checked against `_sre.unicode_tolower` for every code point).
pub fn lower_unicode(ch: u32) -> u32 {
    match char::from_u32(ch) {
        Some(c) => match crate::unicode::to_lower_full(c) {
            crate::unicode::CaseMap::One(l) => l as u32,
            crate::unicode::CaseMap::Many(s) => s.chars().next().map_or(ch, |l| l as u32),
        },
        None => ch,
    }
}

/// sre_upper_unicode: the first character of the full uppercase mapping.
pub fn upper_unicode(ch: u32) -> u32 {
    match char::from_u32(ch) {
        Some(c) => match crate::unicode::to_upper_full(c) {
            crate::unicode::CaseMap::One(u) => u as u32,
            crate::unicode::CaseMap::Many(s) => s.chars().next().map_or(ch, |u| u as u32),
        },
        None => ch,
    }
}

pub fn lower_ascii(ch: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

fn unicode_iscased(ch: u32) -> bool {
    ch != lower_unicode(ch) || ch != upper_unicode(ch)
}

fn ascii_iscased(ch: u32) -> bool {
    ch < 128 && (ch as u8).is_ascii_alphabetic()
}

/// _EXTRA_CASES of Lib/re/_casefix.py: lowercase characters that have the same uppercase
/// as other lowercase characters.
fn extra_cases(lo: u32) -> Option<&'static [u32]> {
    const T: &[(u32, &[u32])] = &[
        (0x69, &[0x131]),
        (0x73, &[0x17f]),
        (0xb5, &[0x3bc]),
        (0x131, &[0x69]),
        (0x17f, &[0x73]),
        (0x345, &[0x3b9, 0x1fbe]),
        (0x390, &[0x1fd3]),
        (0x3b0, &[0x1fe3]),
        (0x3b2, &[0x3d0]),
        (0x3b5, &[0x3f5]),
        (0x3b8, &[0x3d1]),
        (0x3b9, &[0x345, 0x1fbe]),
        (0x3ba, &[0x3f0]),
        (0x3bc, &[0xb5]),
        (0x3c0, &[0x3d6]),
        (0x3c1, &[0x3f1]),
        (0x3c2, &[0x3c3]),
        (0x3c3, &[0x3c2]),
        (0x3c6, &[0x3d5]),
        (0x3d0, &[0x3b2]),
        (0x3d1, &[0x3b8]),
        (0x3d5, &[0x3c6]),
        (0x3d6, &[0x3c0]),
        (0x3f0, &[0x3ba]),
        (0x3f1, &[0x3c1]),
        (0x3f5, &[0x3b5]),
        (0x432, &[0x1c80]),
        (0x434, &[0x1c81]),
        (0x43e, &[0x1c82]),
        (0x441, &[0x1c83]),
        (0x442, &[0x1c84, 0x1c85]),
        (0x44a, &[0x1c86]),
        (0x463, &[0x1c87]),
        (0x1c80, &[0x432]),
        (0x1c81, &[0x434]),
        (0x1c82, &[0x43e]),
        (0x1c83, &[0x441]),
        (0x1c84, &[0x442, 0x1c85]),
        (0x1c85, &[0x442, 0x1c84]),
        (0x1c86, &[0x44a]),
        (0x1c87, &[0x463]),
        (0x1c88, &[0xa64b]),
        (0x1e61, &[0x1e9b]),
        (0x1e9b, &[0x1e61]),
        (0x1fbe, &[0x345, 0x3b9]),
        (0x1fd3, &[0x390]),
        (0x1fe3, &[0x3b0]),
        (0xa64b, &[0x1c88]),
        (0xfb05, &[0xfb06]),
        (0xfb06, &[0xfb05]),
    ];
    T.binary_search_by_key(&lo, |(k, _)| *k)
        .ok()
        .map(|i| T[i].1)
}

/// The case helpers a compilation uses (None outside IGNORECASE).
#[derive(Clone, Copy)]
struct Case {
    iscased: fn(u32) -> bool,
    tolower: fn(u32) -> u32,
    unicode: bool,
}

fn case_of(flags: u32) -> Option<Case> {
    if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE == 0 {
        if flags & FLAG_UNICODE != 0 {
            Some(Case {
                iscased: unicode_iscased,
                tolower: lower_unicode,
                unicode: true,
            })
        } else {
            Some(Case {
                iscased: ascii_iscased,
                tolower: lower_ascii,
                unicode: false,
            })
        }
    } else {
        None
    }
}

fn fixes(case: Option<Case>, lo: u32) -> Option<&'static [u32]> {
    match case {
        Some(c) if c.unicode => extra_cases(lo),
        _ => None,
    }
}

fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let type_flags = super::re_parse::FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    let flags = if add & type_flags != 0 {
        flags & !type_flags
    } else {
        flags
    };
    (flags | add) & !del
}

fn ch_unicode(c: u32) -> u32 {
    match c {
        cat::DIGIT => cat::UNI_DIGIT,
        cat::NOT_DIGIT => cat::UNI_NOT_DIGIT,
        cat::SPACE => cat::UNI_SPACE,
        cat::NOT_SPACE => cat::UNI_NOT_SPACE,
        cat::WORD => cat::UNI_WORD,
        cat::NOT_WORD => cat::UNI_NOT_WORD,
        cat::LINEBREAK => cat::UNI_LINEBREAK,
        cat::NOT_LINEBREAK => cat::UNI_NOT_LINEBREAK,
        c => c,
    }
}

fn ch_locale(c: u32) -> u32 {
    match c {
        cat::WORD => cat::LOC_WORD,
        cat::NOT_WORD => cat::LOC_NOT_WORD,
        c => c,
    }
}

struct Compiler {
    code: Vec<u32>,
    groupwidths: Vec<Option<(u32, u32)>>,
}

impl Compiler {
    fn emit(&mut self, v: u32) {
        self.code.push(v);
    }

    fn skip(&mut self) -> usize {
        self.code.push(0);
        self.code.len() - 1
    }

    fn patch(&mut self, at: usize) {
        let v = (self.code.len() - at) as u32;
        self.code[at] = v;
    }

    /// _compile.
    fn compile(&mut self, pattern: &[Node], flags: u32) -> Result<(), ReErr> {
        let case = case_of(flags);
        for node in pattern {
            match node {
                Node::Literal(av) | Node::NotLiteral(av) => {
                    let is_not = matches!(node, Node::NotLiteral(_));
                    let plain = if is_not { op::NOT_LITERAL } else { op::LITERAL };
                    let av = *av;
                    if flags & FLAG_IGNORECASE == 0 {
                        self.emit(plain);
                        self.emit(av);
                    } else if flags & FLAG_LOCALE != 0 {
                        self.emit(if is_not {
                            op::NOT_LITERAL_LOC_IGNORE
                        } else {
                            op::LITERAL_LOC_IGNORE
                        });
                        self.emit(av);
                    } else if let Some(c) = case
                        && (c.iscased)(av)
                    {
                        let lo = (c.tolower)(av);
                        if !c.unicode {
                            self.emit(if is_not {
                                op::NOT_LITERAL_IGNORE
                            } else {
                                op::LITERAL_IGNORE
                            });
                            self.emit(lo);
                        } else if let Some(fx) = extra_cases(lo) {
                            self.emit(op::IN_UNI_IGNORE);
                            let skip = self.skip();
                            if is_not {
                                self.emit(op::NEGATE);
                            }
                            self.emit(op::LITERAL);
                            self.emit(lo);
                            for k in fx {
                                self.emit(op::LITERAL);
                                self.emit(*k);
                            }
                            self.emit(op::FAILURE);
                            self.patch(skip);
                        } else {
                            self.emit(if is_not {
                                op::NOT_LITERAL_UNI_IGNORE
                            } else {
                                op::LITERAL_UNI_IGNORE
                            });
                            self.emit(lo);
                        }
                    } else {
                        self.emit(plain);
                        self.emit(av);
                    }
                }
                Node::In(av) => {
                    let (charset, hascased) = optimize_charset(av, case);
                    if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0 {
                        self.emit(op::IN_LOC_IGNORE);
                    } else if !hascased {
                        self.emit(op::IN);
                    } else if !case.is_some_and(|c| c.unicode) {
                        self.emit(op::IN_IGNORE);
                    } else {
                        self.emit(op::IN_UNI_IGNORE);
                    }
                    let skip = self.skip();
                    compile_charset(&charset, flags, &mut self.code);
                    self.patch(skip);
                }
                Node::Any => self.emit(if flags & FLAG_DOTALL != 0 {
                    op::ANY_ALL
                } else {
                    op::ANY
                }),
                Node::Repeat {
                    kind,
                    min,
                    max,
                    item,
                } => {
                    let (rep, until, one) = match kind {
                        RepeatKind::Max => (op::REPEAT, op::MAX_UNTIL, op::REPEAT_ONE),
                        RepeatKind::Min => (op::REPEAT, op::MIN_UNTIL, op::MIN_REPEAT_ONE),
                        RepeatKind::Possessive => (
                            op::POSSESSIVE_REPEAT,
                            op::SUCCESS,
                            op::POSSESSIVE_REPEAT_ONE,
                        ),
                    };
                    if simple(item) {
                        self.emit(one);
                        let skip = self.skip();
                        self.emit(*min);
                        self.emit(*max);
                        self.compile(item, flags)?;
                        self.emit(op::SUCCESS);
                        self.patch(skip);
                    } else {
                        self.emit(rep);
                        let skip = self.skip();
                        self.emit(*min);
                        self.emit(*max);
                        self.compile(item, flags)?;
                        self.patch(skip);
                        self.emit(until);
                    }
                }
                Node::Subpattern {
                    group,
                    add_flags,
                    del_flags,
                    p,
                } => {
                    if let Some(g) = group
                        && *g > 0
                    {
                        self.emit(op::MARK);
                        self.emit(((g - 1) * 2) as u32);
                    }
                    self.compile(p, combine_flags(flags, *add_flags, *del_flags))?;
                    if let Some(g) = group
                        && *g > 0
                    {
                        self.emit(op::MARK);
                        self.emit(((g - 1) * 2 + 1) as u32);
                    }
                }
                Node::AtomicGroup(p) => {
                    self.emit(op::ATOMIC_GROUP);
                    let skip = self.skip();
                    self.compile(p, flags)?;
                    self.emit(op::SUCCESS);
                    self.patch(skip);
                }
                Node::Assert { negate, behind, p } => {
                    self.emit(if *negate { op::ASSERT_NOT } else { op::ASSERT });
                    let skip = self.skip();
                    if !*behind {
                        self.emit(0);
                    } else {
                        let (lo, hi) = getwidth(p, &self.groupwidths);
                        if lo != hi {
                            return Err(ReErr::Error {
                                msg: "look-behind requires fixed-width pattern".into(),
                                pos: None,
                            });
                        }
                        self.emit(lo);
                    }
                    self.compile(p, flags)?;
                    self.emit(op::SUCCESS);
                    self.patch(skip);
                }
                Node::At(av) => {
                    self.emit(op::AT);
                    let mut av = *av;
                    if flags & FLAG_MULTILINE != 0 {
                        av = match av {
                            at::BEGINNING => at::BEGINNING_LINE,
                            at::END => at::END_LINE,
                            a => a,
                        };
                    }
                    if flags & FLAG_LOCALE != 0 {
                        av = match av {
                            at::BOUNDARY => at::LOC_BOUNDARY,
                            at::NON_BOUNDARY => at::LOC_NON_BOUNDARY,
                            a => a,
                        };
                    } else if flags & FLAG_UNICODE != 0 {
                        av = match av {
                            at::BOUNDARY => at::UNI_BOUNDARY,
                            at::NON_BOUNDARY => at::UNI_NON_BOUNDARY,
                            a => a,
                        };
                    }
                    self.emit(av);
                }
                Node::Branch(items) => {
                    self.emit(op::BRANCH);
                    let mut tails = Vec::new();
                    for item in items {
                        let skip = self.skip();
                        self.compile(item, flags)?;
                        self.emit(op::JUMP);
                        tails.push(self.skip());
                        self.patch(skip);
                    }
                    self.emit(op::FAILURE);
                    for t in tails {
                        self.patch(t);
                    }
                }
                Node::GroupRef(g) => {
                    let opc = if flags & FLAG_IGNORECASE == 0 {
                        op::GROUPREF
                    } else if flags & FLAG_LOCALE != 0 {
                        op::GROUPREF_LOC_IGNORE
                    } else if !case.is_some_and(|c| c.unicode) {
                        op::GROUPREF_IGNORE
                    } else {
                        op::GROUPREF_UNI_IGNORE
                    };
                    self.emit(opc);
                    self.emit((*g as u32).wrapping_sub(1));
                }
                Node::GroupRefExists { group, yes, no } => {
                    self.emit(op::GROUPREF_EXISTS);
                    self.emit((*group as u32).wrapping_sub(1));
                    let skipyes = self.skip();
                    self.compile(yes, flags)?;
                    match no {
                        Some(no) if !no.is_empty() => {
                            self.emit(op::JUMP);
                            let skipno = self.skip();
                            self.code[skipyes] = (self.code.len() - skipyes + 1) as u32;
                            self.compile(no, flags)?;
                            self.patch(skipno);
                        }
                        _ => {
                            self.code[skipyes] = (self.code.len() - skipyes + 1) as u32;
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

/// _simple: a single-character item (REPEAT_ONE and friends can repeat it).
fn simple(p: &[Node]) -> bool {
    if p.len() != 1 {
        return false;
    }
    match &p[0] {
        Node::Subpattern { group, p, .. } => group.is_none() && simple(p),
        Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_) => true,
        _ => false,
    }
}

/// _compile_charset.
fn compile_charset(charset: &[SetItem], flags: u32, code: &mut Vec<u32>) {
    for item in charset {
        match item {
            SetItem::Negate => code.push(op::NEGATE),
            SetItem::Literal(v) => {
                code.push(op::LITERAL);
                code.push(*v);
            }
            SetItem::Range(a, b) => {
                code.extend([op::RANGE, *a, *b]);
            }
            SetItem::RangeUniIgnore(a, b) => {
                code.extend([op::RANGE_UNI_IGNORE, *a, *b]);
            }
            SetItem::Charset(d) => {
                code.push(op::CHARSET);
                code.extend(d);
            }
            SetItem::BigCharset(d) => {
                code.push(op::BIGCHARSET);
                code.extend(d);
            }
            SetItem::Category(c) => {
                code.push(op::CATEGORY);
                code.push(if flags & FLAG_LOCALE != 0 {
                    ch_locale(*c)
                } else if flags & FLAG_UNICODE != 0 {
                    ch_unicode(*c)
                } else {
                    *c
                });
            }
        }
    }
    code.push(op::FAILURE);
}

/// _mk_bitmap: one bit per byte of `bits`, 32 to a word, least significant first.
fn mk_bitmap(bits: &[u8]) -> Vec<u32> {
    bits.chunks(32)
        .map(|chunk| {
            chunk
                .iter()
                .enumerate()
                .fold(0u32, |w, (j, b)| if *b != 0 { w | (1 << j) } else { w })
        })
        .collect()
}

/// _optimize_charset: a set as literals/ranges, a 256-bit map or a big charset.
fn optimize_charset(charset: &[SetItem], case: Option<Case>) -> (Vec<SetItem>, bool) {
    let mut out: Vec<SetItem> = Vec::new();
    let mut tail: Vec<SetItem> = Vec::new();
    let mut charmap: Vec<u8> = vec![0; 256];
    let mut hascased = false;
    for item in charset {
        let mut item = item.clone();
        loop {
            // Ok(()) done; Err(()) an index past the charmap (Python's IndexError).
            let r: Result<(), ()> = (|| {
                match &item {
                    SetItem::Literal(av) => {
                        if let Some(c) = case {
                            let lo = (c.tolower)(*av);
                            *charmap.get_mut(lo as usize).ok_or(())? = 1;
                            if let Some(fx) = fixes(case, lo) {
                                for k in fx {
                                    *charmap.get_mut(*k as usize).ok_or(())? = 1;
                                }
                            }
                            if !hascased && (c.iscased)(*av) {
                                hascased = true;
                            }
                        } else {
                            *charmap.get_mut(*av as usize).ok_or(())? = 1;
                        }
                    }
                    SetItem::Range(a, b) => {
                        if let Some(c) = case {
                            for i in *a..=*b {
                                let l = (c.tolower)(i);
                                *charmap.get_mut(l as usize).ok_or(())? = 1;
                                if let Some(fx) = fixes(case, l) {
                                    for k in fx {
                                        *charmap.get_mut(*k as usize).ok_or(())? = 1;
                                    }
                                }
                            }
                            if !hascased {
                                hascased = (*a..=*b).any(c.iscased);
                            }
                        } else {
                            for i in *a..=*b {
                                *charmap.get_mut(i as usize).ok_or(())? = 1;
                            }
                        }
                    }
                    SetItem::Negate => out.push(SetItem::Negate),
                    other => tail.push(other.clone()),
                }
                Ok(())
            })();
            if r.is_err() {
                if charmap.len() == 256 {
                    charmap.resize(65536, 0);
                    continue;
                }
                if case.is_some() {
                    hascased = true;
                    if let SetItem::Range(a, b) = item {
                        item = SetItem::RangeUniIgnore(a, b);
                    }
                }
                tail.push(item);
            }
            break;
        }
    }
    // Compress the map into at most two runs.
    let mut runs: Option<Vec<(usize, usize)>> = Some(Vec::new());
    let mut q = 0usize;
    while let Some(p) = charmap
        .get(q..)
        .and_then(|rest| rest.iter().position(|b| *b != 0))
        .map(|i| i + q)
    {
        if runs.as_ref().is_some_and(|r| r.len() >= 2) {
            runs = None;
            break;
        }
        match charmap[p..].iter().position(|b| *b == 0).map(|i| i + p) {
            None => {
                if let Some(r) = runs.as_mut() {
                    r.push((p, charmap.len()));
                }
                break;
            }
            Some(z) => {
                q = z;
                if let Some(r) = runs.as_mut() {
                    r.push((p, z));
                }
            }
        }
    }
    if let Some(runs) = runs {
        for (p, q) in runs {
            if q - p == 1 {
                out.push(SetItem::Literal(p as u32));
            } else {
                out.push(SetItem::Range(p as u32, (q - 1) as u32));
            }
        }
        out.extend(tail);
        if hascased || out.len() < charset.len() {
            return (out, hascased);
        }
        return (charset.to_vec(), hascased);
    }
    if charmap.len() == 256 {
        out.push(SetItem::Charset(mk_bitmap(&charmap)));
        out.extend(tail);
        return (out, hascased);
    }
    // A big charset: 256-character chunks, deduplicated, with a block index per chunk.
    let mut comps: Vec<&[u8]> = Vec::new();
    let mut mapping = [0u8; 256];
    let mut data: Vec<u8> = Vec::new();
    for (i, chunk) in charmap.chunks(256).enumerate() {
        match comps.iter().position(|c| *c == chunk) {
            Some(b) => mapping[i] = b as u8,
            None => {
                mapping[i] = comps.len() as u8;
                comps.push(chunk);
                data.extend_from_slice(chunk);
            }
        }
    }
    let mut words = vec![comps.len() as u32];
    words.extend(
        mapping
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
    );
    words.extend(mk_bitmap(&data));
    out.push(SetItem::BigCharset(words));
    out.extend(tail);
    (out, hascased)
}

/// _generate_overlap_table.
fn overlap_table(prefix: &[u32]) -> Vec<u32> {
    let mut table = vec![0u32; prefix.len()];
    for i in 1..prefix.len() {
        let mut idx = table[i - 1] as usize;
        loop {
            if prefix[i] == prefix[idx] {
                table[i] = idx as u32 + 1;
                break;
            }
            if idx == 0 {
                table[i] = 0;
                break;
            }
            idx = table[idx - 1] as usize;
        }
    }
    table
}

fn get_iscased(flags: u32) -> Option<fn(u32) -> bool> {
    if flags & FLAG_IGNORECASE == 0 {
        None
    } else if flags & FLAG_UNICODE != 0 {
        Some(unicode_iscased)
    } else {
        Some(ascii_iscased)
    }
}

/// _get_literal_prefix: (prefix, prefix_skip, got_all).
fn get_literal_prefix(pattern: &[Node], flags: u32) -> (Vec<u32>, Option<usize>, bool) {
    let mut prefix = Vec::new();
    let mut prefix_skip: Option<usize> = None;
    let iscased = get_iscased(flags);
    for node in pattern {
        match node {
            Node::Literal(av) => {
                if iscased.is_some_and(|f| f(*av)) {
                    return (prefix, prefix_skip, false);
                }
                prefix.push(*av);
            }
            Node::Subpattern {
                group,
                add_flags,
                del_flags,
                p,
            } => {
                let flags1 = combine_flags(flags, *add_flags, *del_flags);
                if flags1 & FLAG_IGNORECASE != 0 && flags1 & FLAG_LOCALE != 0 {
                    return (prefix, prefix_skip, false);
                }
                let (prefix1, prefix_skip1, got_all) = get_literal_prefix(p, flags1);
                if prefix_skip.is_none() {
                    if group.is_some() {
                        prefix_skip = Some(prefix.len());
                    } else if let Some(s1) = prefix_skip1 {
                        prefix_skip = Some(prefix.len() + s1);
                    }
                }
                prefix.extend(prefix1);
                if !got_all {
                    return (prefix, prefix_skip, false);
                }
            }
            _ => return (prefix, prefix_skip, false),
        }
    }
    (prefix, prefix_skip, true)
}

/// _get_charset_prefix.
fn get_charset_prefix(pattern: &[Node], flags: u32) -> Option<Vec<SetItem>> {
    let mut pattern = pattern;
    let mut flags = flags;
    let first = loop {
        let first = pattern.first()?;
        match first {
            Node::Subpattern {
                add_flags,
                del_flags,
                p,
                ..
            } => {
                flags = combine_flags(flags, *add_flags, *del_flags);
                if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0 {
                    return None;
                }
                pattern = p;
            }
            other => break other,
        }
    };
    let iscased = get_iscased(flags);
    let cased = |c: u32| iscased.is_some_and(|f| f(c));
    match first {
        Node::Literal(av) => {
            if cased(*av) {
                return None;
            }
            Some(vec![SetItem::Literal(*av)])
        }
        Node::Branch(items) => {
            let mut charset = Vec::new();
            for p in items {
                match p.first() {
                    Some(Node::Literal(av)) if !cased(*av) => charset.push(SetItem::Literal(*av)),
                    _ => return None,
                }
            }
            Some(charset)
        }
        Node::In(charset) => {
            if iscased.is_some() {
                for item in charset {
                    match item {
                        SetItem::Literal(av) if cased(*av) => return None,
                        SetItem::Range(a, b) => {
                            if *b > 0xffff {
                                return None;
                            }
                            if (*a..=*b).any(cased) {
                                return None;
                            }
                        }
                        _ => {}
                    }
                }
            }
            Some(charset.clone())
        }
        _ => None,
    }
}

/// The ASCII characters a match of `pattern` can start with, as a 128-bit set, when every
/// match consumes at least one character and its first one is known to be in the set;
/// None when the analysis cannot tell (case-insensitive or locale matching, anchors,
/// lookarounds, back references, anything that may match the empty string). A
/// non-ASCII character may always start a match. The search skips the positions whose
/// character is outside the set instead of running the pattern there (molt's addition,
/// for patterns CPython's INFO block gives no prefix or charset for, such as
/// `[A-Za-z]+|\d+`): the set only has to contain every possible first character.
pub fn first_chars(pattern: &[Node], flags: u32) -> Option<u128> {
    if flags & (FLAG_IGNORECASE | FLAG_LOCALE) != 0 {
        return None;
    }
    let ascii_set = |items: &[SetItem], flags: u32| -> u128 {
        let mut code = Vec::new();
        compile_charset(items, flags, &mut code);
        (0..128u32)
            .filter(|&c| super::re_engine::State::<u32>::charset(&code, 0, c))
            .fold(0u128, |m, c| m | (1u128 << c))
    };
    let (first, rest) = pattern.split_first()?;
    match first {
        Node::Literal(c) => Some(if *c < 128 { 1u128 << c } else { 0 }),
        Node::NotLiteral(c) => Some(if *c < 128 { !(1u128 << c) } else { !0 }),
        Node::In(items) => Some(ascii_set(items, flags)),
        Node::Branch(alts) => alts
            .iter()
            .try_fold(0u128, |m, alt| Some(m | first_chars(alt, flags)?)),
        Node::Subpattern {
            add_flags,
            del_flags,
            p,
            ..
        } => first_chars(p, combine_flags(flags, *add_flags, *del_flags)),
        Node::AtomicGroup(p) => first_chars(p, flags),
        Node::Repeat { min, item, .. } => {
            let head = first_chars(item, flags)?;
            if *min > 0 {
                Some(head)
            } else {
                Some(head | first_chars(rest, flags)?)
            }
        }
        _ => None,
    }
}

/// _compile_info.
fn compile_info(code: &mut Vec<u32>, pattern: &[Node], flags: u32, gw: &[Option<(u32, u32)>]) {
    let (lo, hi) = getwidth(pattern, gw);
    if lo == 0 {
        code.extend([op::INFO, 4, 0, lo, hi]);
        return;
    }
    let mut prefix = Vec::new();
    let mut prefix_skip = None;
    let mut got_all = false;
    let mut charset = None;
    if !(flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0) {
        let r = get_literal_prefix(pattern, flags);
        prefix = r.0;
        prefix_skip = r.1;
        got_all = r.2;
        if prefix.is_empty() {
            charset = get_charset_prefix(pattern, flags);
        }
    }
    code.push(op::INFO);
    let skip = code.len();
    code.push(0);
    let mut mask = 0;
    if !prefix.is_empty() {
        mask = INFO_PREFIX;
        if prefix_skip.is_none() && got_all {
            mask |= INFO_LITERAL;
        }
    } else if charset.as_ref().is_some_and(|c| !c.is_empty()) {
        mask |= INFO_CHARSET;
    }
    code.push(mask);
    code.push(lo);
    code.push(hi);
    if !prefix.is_empty() {
        code.push(prefix.len() as u32);
        let ps = prefix_skip.unwrap_or(prefix.len());
        code.push(ps as u32);
        code.extend(&prefix);
        code.extend(overlap_table(&prefix));
    } else if let Some(cs) = charset
        && !cs.is_empty()
    {
        let (cs, _) = optimize_charset(&cs, None);
        compile_charset(&cs, flags, code);
    }
    code[skip] = (code.len() - skip) as u32;
}

/// _code(p, flags): the full program for a parsed pattern.
pub fn code(p: &Parsed, flags: u32) -> Result<Vec<u32>, ReErr> {
    let flags = p.state.flags | flags;
    let mut c = Compiler {
        code: Vec::new(),
        groupwidths: p.state.groupwidths.clone(),
    };
    compile_info(&mut c.code, &p.nodes, flags, &p.state.groupwidths);
    c.compile(&p.nodes, flags)?;
    c.code.push(op::SUCCESS);
    Ok(c.code)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::re::{compile_code, error_text};
    use super::*;

    /// Patterns of every construct, and invalid ones (shared with the engine tests).
    pub(crate) const PATTERNS: &[&str] = &[
        r#"abc"#,
        r#"a|b|c"#,
        r#"a|ab|abc"#,
        r#"(a)(b)?"#,
        r#"(?P<x>a+)(?P=x)"#,
        r#"\d+\.\d*"#,
        r#"[a-z]+"#,
        r#"[^a-z0-9_]"#,
        r#"[\w.-]+@[\w-]+\.\w+"#,
        r#"^\s*$"#,
        r#"(?i)hello"#,
        r#"(?i)[a-z]"#,
        r#"(?i)straße"#,
        r#"(?i)[k]"#,
        r#"(?i)k"#,
        r#"(?i)\u212a"#,
        r#"x*"#,
        r#"a|"#,
        r#"(a*)*b"#,
        r#"(a|b)*c"#,
        r#"(?:ab)+"#,
        r#"(?:ab)+?"#,
        r#"a{2,5}"#,
        r#"a{,3}"#,
        r#"a{3}"#,
        r#"a{3,}?"#,
        r#"(?s).*"#,
        r#".*"#,
        r#"(?m)^a$"#,
        r#"\Aabc\Z"#,
        r#"\bfoo\b"#,
        r#"\Bx"#,
        r#"(?=a)a"#,
        r#"(?!a)b"#,
        r#"(?<=a)b"#,
        r#"(?<!ab)c"#,
        r#"(a)(?(1)b|c)"#,
        r#"(?(1)a)"#,
        r#"(?>a+)b"#,
        r#"a++b"#,
        r#"a*+"#,
        r#"a?+"#,
        r#"(?:ab)++"#,
        r#"[\d\s]"#,
        r#"[^\D]"#,
        r#"[.]"#,
        r#"[]]"#,
        r#"[]-a]"#,
        r#"[a-]"#,
        r#"[-a]"#,
        r#"\x41\u0042\U00000043"#,
        r#"\0\01\012\101"#,
        r#"\n\t\\"#,
        r#"(a)\1"#,
        r#"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10"#,
        r#"[α-ω]+"#,
        r#"[\u0100-\u2000]"#,
        r#"[a-z\u0400-\u04ff]"#,
        r#"[😀-😂]"#,
        r#"😀+"#,
        r#"(?i)[😀-😂a]"#,
        r#"(?i)[\u0100-\u0200]"#,
        r#"(?i)ǅ"#,
        r#"(?i)[ǅ]"#,
        r#"(?a)\w+"#,
        r#"(?a:\w)\w"#,
        r#"(?-i:a)"#,
        r#"(?i:a)b"#,
        r#"(?x) a b # c"#,
        r#"(?x)[ a ]"#,
        r#"a{"#,
        r#"a{1"#,
        r#"a{1,"#,
        r#"{"#,
        r#"a{}"#,
        r#"x{2}{"#,
        r#"(a|b|c)d"#,
        r#"(?:a|b|c)d"#,
        r#"ab|ac|ad"#,
        r#"(?:x|y)+"#,
        r#"[abc]|d"#,
        r#"a.c"#,
        r#"(?s:a.c)"#,
        r#"\w+\s\w+"#,
        r#"(\w+)\s(\w+)"#,
        r#"(?P<first>\w+) (?P<last>\w+)"#,
        r#"^(\d{3})-(\d{4})$"#,
        r#"(?i)(?P<a>x)(?P=a)"#,
        r#"\$\d+(\.\d\d)?"#,
        r#"[^\n]*\n"#,
        r#"(.*?),"#,
        r#"<.*?>"#,
        r#"<[^>]+>"#,
        r#"(ab|a)(bc|c)"#,
        r#"(a+)+b"#,
        r#"()"#,
        r#"(|a)"#,
        r#"(a|)"#,
        r#"(?:)"#,
        r#"a*"#,
        r#"[\s\S]"#,
        r#"[\w\W]"#,
        r#"(?i)[^a]"#,
        r#"(?i)[^ı]"#,
        r#"(?i)[is]"#,
        r#"(?i)σ"#,
        r#"(?i)[σ-ϕ]"#,
        r#"\d{2,}"#,
        r#"(\d+)(?:px|em|%)"#,
        r#"(?:(a)|b)+"#,
        r#"(?:(a)|(b))+"#,
        r#"(a)|(b)"#,
        r#"(a)?(b)?"#,
        r#"((a)|(b))*"#,
        r#"(?:a(?=b)|.)*"#,
        r#"[\x00-\x7f]"#,
        r#"[\x00-\xff]"#,
        r#"[^\x00-\xff]"#,
        r#"[\u0000-\uffff]"#,
        r#"[a-zA-Z0-9]"#,
        r#"[a-fA-F0-9]{2}"#,
        r#"(?i)[a-f0-9]{2}"#,
        r#"("#,
        r#")"#,
        r#"["#,
        r#"[a"#,
        r#"a**"#,
        r#"*a"#,
        r#"a{2,1}"#,
        r#"\1"#,
        r#"(a)\2"#,
        r#"(?P<1a>x)"#,
        r#"(?P<a>x)(?P<a>y)"#,
        r#"(?P=b)"#,
        r#"\q"#,
        r#"[z-a]"#,
        r#"\x4"#,
        r#"\u12"#,
        r#"(?<=a+)b"#,
        r#"(?#abc"#,
        r#"(?z)"#,
        r#"(?i"#,
        r#"(?-)"#,
        r#"(?i-i:a)"#,
        r#"a(?i)b"#,
        r#"(?P"#,
        r#"(?Px)"#,
        r#"(?<x)"#,
        r#"\\"#,
        r#"\"#,
        r#"(?(2)a|b)"#,
        r#"(?(a)b)"#,
        r#"(?(1)a|b|c)"#,
        r#"x{99999999999}"#,
        r#"(?a)(?u)"#,
        r#"(?L)a"#,
        r#"[\w-z]"#,
        r#"\8"#,
        r#"\777"#,
        r#"(?P<a>"#,
        r#"(?P<>a)"#,
        r#"(?(0)a)"#,
        r#"(?(-1)a)"#,
        r#"(a)(?<=\1)"#,
        "a\n(",
        r#"(?i-a:x)"#,
        r#"[\d-z]"#,
        r#"\N{DIGIT ONE}"#,
    ];

    /// A Python expression for a str.
    pub(crate) fn py_str(s: &str) -> String {
        let mut r = String::new();
        crate::str::repr_str_into(s, &mut r);
        r
    }

    /// Runs a script under python3 (fed on stdin: scripts can be long) and returns its
    /// stdout.
    pub(crate) fn python(script: &str) -> String {
        use std::io::Write;
        let mut child = std::process::Command::new("python3")
            .arg("-")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 must be installed to run the tests");
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(script.as_bytes())
                .expect("writing the script to python3");
        }
        let out = child.wait_with_output().expect("python3 failed");
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    /// The compiled code of every pattern, under several flags, equals CPython's
    /// `_compiler._code` (or the error is the same).
    #[test]
    fn code_matches_cpython() {
        let flags = [0u32, 2, 8 | 16, 256, 64];
        let mut script = String::from("import re\nfrom re import _parser, _compiler\nfor p in [");
        for p in PATTERNS {
            script.push_str(&py_str(p));
            script.push_str(", ");
        }
        script.push_str("]:\n    for f in (0, 2, 24, 256, 64):\n        try:\n            print(repr([int(x) for x in _compiler._code(_parser.parse(p, f), f)]))\n        except re.error as e:\n            print('error', e)\n        except Exception as e:\n            print(type(e).__name__, e)\n");
        let expected = python(&script);
        let mut expected = expected.lines();
        let mut mismatches = Vec::new();
        for p in PATTERNS {
            for f in flags {
                let want = expected.next().unwrap_or("").to_string();
                let got = match compile_code(p, f) {
                    Ok(c) => format!("{c:?}"),
                    Err(e) => error_line(&e, p),
                };
                if got == "UNSUPPORTED" {
                    continue;
                }
                if got != want {
                    mismatches.push(format!(
                        "{p:?} flags={f}:\n  molt:    {got}\n  cpython: {want}"
                    ));
                }
            }
        }
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    fn error_line(e: &ReErr, p: &str) -> String {
        match e {
            ReErr::Error { msg, pos } => format!("error {}", error_text(msg, *pos, p)),
            ReErr::Overflow(m) => format!("OverflowError {m}"),
            ReErr::Value(m) => format!("ValueError {m}"),
            ReErr::Unsupported(_) => "UNSUPPORTED".to_string(),
        }
    }
}
