//! The deal modeller: three Fusion Telecommunications contracts as models that run
//! in the browser (and on the command line).
//!
//! Three layers, one direction: [`engine`] computes, [`scenario`] turns links and
//! form fields into engine inputs and results into output, `ui` (wasm only) shows
//! them. See ARCHITECTURE.md.

pub mod engine;
pub mod scenario;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod ui;
