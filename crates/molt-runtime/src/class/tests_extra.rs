//! Tests.

/// `attr::type_has` binary-searches these tables: each must stay sorted (byte order, as
/// CPython's `dir()` sorts them) and free of duplicates.
#[test]
fn type_dir_tables_are_sorted() {
    for (t, names) in super::tables::TYPE_DIRS {
        for w in names.windows(2) {
            assert!(w[0] < w[1], "dir({t}) is not sorted at {:?}", w);
        }
    }
}
