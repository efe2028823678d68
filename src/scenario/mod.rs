//! Scenarios: the inputs a person gives, checked once at the boundary.
//!
//! A link (`links.md`) or a form field arrives as text; this layer turns it into
//! engine inputs that can only hold valid values, collecting *every* field error
//! with a message naming the parameter, its value and what is allowed. It also
//! writes the canonical link and the command line's JSON and CSV. The engine never
//! sees a string; this layer never computes a figure itself.

pub mod catalogue;
pub mod compare;
pub mod deal;
pub mod deal_form;
pub mod explain;
pub mod fields;
pub mod fixed;
pub mod fusion;
pub mod grid;
pub mod link;
pub mod msa;
pub mod note;
pub mod output;
pub mod query;
pub mod risk;
pub mod risk_draws;
pub mod risk_output;
pub mod run;
pub mod saved;
pub mod seek;
pub mod sensitivity;
pub mod values;
pub mod venture;
pub mod venture_form;

pub use link::{read_link, Link, LinkScenario};
