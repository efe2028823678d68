//! The deal modeller: three Fusion Telecommunications contracts as models that run
//! in the browser (and on the command line).
//!
//! Three layers, one direction: [`engine`] computes, [`scenario`] turns links and
//! form fields into engine inputs and results into output, `ui` (wasm only) shows
//! them. See ARCHITECTURE.md.

/// The engine is its own crate (`crates/engine`), so the compiler keeps it pure:
/// it cannot name serde, the web, the link or anything of this crate.
pub use deal_engine as engine;
pub mod scenario;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod ui;
