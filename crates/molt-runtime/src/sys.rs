//! The `sys` module's values.

use crate::list::List;
use crate::str::Str;
use std::cell::OnceCell;

thread_local! {
    static ARGV: OnceCell<List<Str>> = const { OnceCell::new() };
    static ARGV_VALUES: OnceCell<List<crate::Value>> = const { OnceCell::new() };
    static SCRIPT: std::cell::Cell<&'static str> = const { std::cell::Cell::new("") };
}

/// Records the script path the program was compiled from (`sys.argv[0]` under python3).
pub fn set_script_name(name: &'static str) {
    SCRIPT.with(|s| s.set(name));
}

/// `sys.argv` in a program where its items are dynamic (it went where any value may be
/// stored): one shared list too. Inference gives every `sys.argv` of a program the same
/// type, so a program uses either this list or `argv()`, never both.
pub fn argv_values() -> List<crate::Value> {
    ARGV_VALUES.with(|a| {
        a.get_or_init(|| {
            List::from_vec(argv().to_vec().into_iter().map(crate::Value::Str).collect())
        })
        .clone()
    })
}

/// `sys.argv`: the program's path then its arguments (one shared list, as in Python).
pub fn argv() -> List<Str> {
    ARGV.with(|a| {
        a.get_or_init(|| {
            let mut args: Vec<Str> = std::env::args().map(Str::from_string).collect();
            // Report the Python script name when molt ran the binary for a script.
            let script = std::env::var("MOLT_SCRIPT_NAME")
                .unwrap_or_else(|_| SCRIPT.with(|s| s.get()).to_string());
            if !script.is_empty()
                && let Some(first) = args.first_mut()
            {
                *first = Str::from_string(script);
            }
            List::from_vec(args)
        })
        .clone()
    })
}
