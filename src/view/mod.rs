//! The page's view-model: plain functions that turn a form and the engine's
//! outcome into what the page shows — formatted figures, the headline list, the
//! monthly table's cells, the chart's geometry, the controls' ranges and ids, and
//! the page's actions.
//!
//! It sits between `scenario` and `ui` and, like them, computes no money: it
//! formats the scenario layer's strings and scales figures to pixels. It has no
//! web types, so it is tested natively (`cargo test --lib view`).

pub mod actions;
pub mod axis;
pub mod chart;
pub mod chart_paths;
pub mod compare;
pub mod controls;
pub mod deal;
pub mod explain;
pub mod format;
pub mod fusion;
pub mod grid_keys;
pub mod headline;
pub mod history;
pub mod inputs_summary;
pub mod page;
pub mod plot;
pub mod risk;
pub mod risk_boxes;
pub mod risk_run;
pub mod sections;
pub mod seek;
pub mod sensitivity;
pub mod sliders;
pub mod stop_chart;
pub mod table;
pub mod words;
