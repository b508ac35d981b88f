//! Reference for binary_trees.py: the Benchmarks Game binary-trees, single-threaded, one
//! heap allocation per inner node (like the Python tuples).

struct Tree {
    children: Option<Box<(Tree, Tree)>>,
}

fn make_tree(depth: u32) -> Tree {
    if depth == 0 {
        return Tree { children: None };
    }
    Tree {
        children: Some(Box::new((make_tree(depth - 1), make_tree(depth - 1)))),
    }
}

fn check_tree(t: &Tree) -> u64 {
    match &t.children {
        None => 1,
        Some(c) => 1 + check_tree(&c.0) + check_tree(&c.1),
    }
}

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(16);
    let min_depth = 4;
    let max_depth = (min_depth + 2).max(n);
    let stretch_depth = max_depth + 1;
    println!(
        "stretch tree of depth {stretch_depth}\t check: {}",
        check_tree(&make_tree(stretch_depth))
    );
    let long_lived_tree = make_tree(max_depth);
    for depth in (min_depth..stretch_depth).step_by(2) {
        let iterations = 1u64 << (max_depth - depth + min_depth);
        let mut check = 0;
        for _ in 0..iterations {
            check += check_tree(&make_tree(depth));
        }
        println!("{iterations}\t trees of depth {depth}\t check: {check}");
    }
    println!(
        "long lived tree of depth {max_depth}\t check: {}",
        check_tree(&long_lived_tree)
    );
}
