//! The page's browser effects, each in a hook that runs after rendering.

mod address;
mod copy;
mod history;
mod markers;
pub mod storage;

pub use address::{use_address_bar, use_address_listener};
pub use copy::use_copy_link;
pub use history::use_history;
pub use markers::use_rendered_markers;
