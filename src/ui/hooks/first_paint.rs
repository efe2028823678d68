//! Whether the page's first frame has been painted. On opening, the page draws
//! what a person looks at first (the header, the levers, the headlines and the
//! chart) and leaves the parts below the fold (every other input, the tables,
//! the printed inputs, the tools, Fusion's view) to the task after that first
//! frame: they are most of the page's elements, and building them in the same
//! task held the first figure back by as long again.

use super::after_paint::use_after_paint_from;
use yew::prelude::*;

/// `false` on the first render; `true` from the task after the first painted
/// frame, and from then on. The frame is waited for as `after_paint.rs` waits
/// for it, with its bound if no frame is painted (a tab opened in the
/// background has no animation frames).
#[hook]
pub fn use_first_paint() -> bool {
    use_after_paint_from(|| false, true, |shown, painted| shown == painted)
}
