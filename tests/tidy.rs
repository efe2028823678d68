//! Architecture invariants, enforced by an ordinary test (see ARCHITECTURE.md).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

fn src(sub: &str) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if sub == "engine" {
        // The engine is its own crate: its Cargo.toml is what keeps it pure; these
        // checks catch what a dependency list cannot (std's clock, I/O, f64).
        return root.join("crates/engine/src");
    }
    root.join("src").join(sub)
}

/// Code lines only: `//` comments may name what the layer does not use.
fn code(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_engine_has_no_web_serde_clock_or_io() {
    let forbidden = [
        "yew",
        "web_sys",
        "wasm_bindgen",
        "gloo",
        "serde",
        "std::time",
        "SystemTime",
        "std::fs",
        "std::io",
        "std::env",
        "println!",
        "f32",
    ];
    for file in rust_files(&src("engine")) {
        let text = code(&file);
        for word in forbidden {
            assert!(!text.contains(word), "{} names `{word}`", file.display());
        }
    }
}

#[test]
fn the_scenario_layer_has_no_browser() {
    for file in rust_files(&src("scenario")) {
        let text = code(&file);
        for word in [
            "yew",
            "web_sys",
            "wasm_bindgen",
            "gloo",
            "std::fs",
            "std::time",
        ] {
            assert!(!text.contains(word), "{} names `{word}`", file.display());
        }
    }
}

#[test]
fn the_ui_names_nothing_of_the_engine() {
    // Components render what `view` made; a computation that needs the engine
    // is a view function, tested natively.
    for path in rust_files(&src("ui")) {
        let text = code(&path);
        for banned in ["crate::engine", "deal_engine", "dealmodel::engine"] {
            assert!(
                !text.contains(banned),
                "{} names the engine ({banned}): move the computation into view",
                path.display()
            );
        }
    }
}

#[test]
fn the_engine_names_inputs_by_typed_id_not_link_key() {
    for path in rust_files(&src("engine")) {
        assert!(
            !code(&path).contains("TermSource::Input(\""),
            "{} names an input by its link key",
            path.display()
        );
    }
}

#[test]
fn no_f64_near_money_outside_charts_and_irr() {
    // f64 is allowed for the IRR (computed in measures.rs, held in mod.rs's results)
    // and for drawing (money.rs's lossy conversion for charts), and for the risk
    // view's triangular draw (risk/sampler.rs), which picks a grid value, never money.
    for file in rust_files(&src("engine")) {
        if file.ends_with("measures.rs")
            || file.ends_with("money.rs")
            || file.ends_with("venture/mod.rs")
            || file.ends_with("risk/sampler.rs")
        {
            continue;
        }
        assert!(!code(&file).contains("f64"), "{} uses f64", file.display());
    }
}

#[test]
fn every_module_says_what_it_owns() {
    for file in rust_files(&src(""))
        .into_iter()
        .chain(rust_files(&src("engine")))
    {
        let text = fs::read_to_string(&file).unwrap_or_default();
        assert!(
            text.trim_start().starts_with("//!"),
            "{} has no //! doc",
            file.display()
        );
    }
}

#[test]
fn no_panicking_shortcuts_outside_tests() {
    // A panic in wasm kills the page: no layer may take the shortcut.
    for layer in ["engine", "scenario", "view", "ui"] {
        for file in rust_files(&src(layer)) {
            let text = fs::read_to_string(&file).unwrap_or_default();
            // Unit tests at the end of a file may unwrap.
            let body = text.split("#[cfg(test)]").next().unwrap_or("");
            for word in [
                ".unwrap()",
                ".expect(",
                "panic!(",
                "unreachable!(",
                "todo!(",
            ] {
                assert!(!body.contains(word), "{} uses {word}", file.display());
            }
        }
    }
}

#[test]
fn split_modules_stay_small() {
    // Issue 10: small files with one job. These modules were split so that no
    // file is over 400 lines; a file that grows past it is split again.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in [
        "crates/engine/src/explain",
        "crates/engine/src/venture/explain",
        "crates/engine/src/msa/explain",
        "crates/engine/src/note/explain",
        "src/scenario/fusion",
    ] {
        let files = rust_files(&root.join(dir));
        assert!(!files.is_empty(), "{dir} has no files");
        for file in files {
            let lines = fs::read_to_string(&file)
                .unwrap_or_default()
                .lines()
                .count();
            assert!(lines <= 400, "{} has {lines} lines", file.display());
        }
    }
}
