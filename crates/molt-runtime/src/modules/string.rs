//! `string`: the character-class constants and `capwords` (Lib/string.py).

use super::stdc_util::{bind, s, unknown};
use crate::exc::PyResult;
use crate::str::Str;
use crate::value::Value;

pub fn call(name: &str, args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> PyResult<Value> {
    match name {
        "capwords" => {
            let a = bind("capwords", &["s", "sep"], 1, args, kwargs)?;
            let text = a[0].clone().unwrap_or_default();
            let sep = a[1].clone().unwrap_or_default();
            // (sep or ' ').join(map(str.capitalize, s.split(sep)))
            let words = crate::methods::call_method(&text, "split", vec![sep.clone()], vec![])?;
            let mut caps = Vec::new();
            for w in words.to_vec()? {
                caps.push(crate::methods::call_method(
                    &w,
                    "capitalize",
                    vec![],
                    vec![],
                )?);
            }
            let joiner = if sep.try_truthy()? { sep } else { s(" ") };
            crate::methods::call_method(&joiner, "join", vec![super::stdc_util::list(caps)], vec![])
        }
        _ => Err(unknown("string", name)),
    }
}

pub fn attr(name: &str) -> PyResult<Value> {
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
    const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const PUNCT: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    const WS: &str = " \t\n\r\x0b\x0c";
    Ok(match name {
        "ascii_letters" => s(&format!("{LOWER}{UPPER}")),
        "ascii_lowercase" => s(LOWER),
        "ascii_uppercase" => s(UPPER),
        "digits" => s("0123456789"),
        "hexdigits" => s("0123456789abcdefABCDEF"),
        "octdigits" => s("01234567"),
        "punctuation" => s(PUNCT),
        "printable" => s(&format!("0123456789{LOWER}{UPPER}{PUNCT}{WS}")),
        "whitespace" => s(WS),
        "capwords" => return Err(unknown("string", name)),
        _ => return Err(unknown("string", name)),
    })
}
