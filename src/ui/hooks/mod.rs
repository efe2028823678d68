//! The page's browser effects, each in a hook that runs after rendering.

mod address;
mod after_paint;
mod chunked_grid;
mod chunked_risk;
mod copy;
mod first_paint;
mod history;
mod markers;
mod slices;
pub mod storage;

pub use address::use_address_bar;
pub use after_paint::use_after_paint;
pub use chunked_grid::{use_chunked_grid, GridProgress};
pub use chunked_risk::use_chunked_risk;
pub use copy::use_copy_link;
pub use first_paint::use_first_paint;
pub use history::use_history;
pub use markers::use_rendered_markers;
