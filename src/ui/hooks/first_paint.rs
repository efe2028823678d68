//! Whether the page's first frame has been painted. On opening, the page draws
//! what a person looks at first (the header, the levers, the headlines and the
//! chart) and leaves the parts below the fold (every other input, the tables,
//! the printed inputs, the tools, Fusion's view) to the task after that first
//! frame: they are most of the page's elements, and building them in the same
//! task held the first figure back by as long again.

use gloo::render::request_animation_frame;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The longest the parts below wait if no frame is painted (a tab opened in
/// the background has no animation frames; there the browser may also hold
/// this timer back, to about a second, which costs nothing: nobody is looking).
const FIRST_PAINT_AT_MOST_MS: u32 = 100;

/// `false` on the first render; `true` from the task after the first painted
/// frame (or after the bound above), and from then on.
#[hook]
pub fn use_first_paint() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            let show = Rc::new(move || painted.set(true));
            // The animation frame runs just before the paint; a timeout set
            // from it runs just after.
            let after_frame = Rc::new(RefCell::new(None::<Timeout>));
            let frame = {
                let (show, after_frame) = (show.clone(), after_frame.clone());
                request_animation_frame(move |_| {
                    let timeout = Timeout::new(0, move || show());
                    *after_frame.borrow_mut() = Some(timeout);
                })
            };
            let bound = Timeout::new(FIRST_PAINT_AT_MOST_MS, move || show());
            move || {
                drop((frame, bound));
                after_frame.take();
            }
        });
    }
    *painted
}
