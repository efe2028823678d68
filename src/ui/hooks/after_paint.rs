//! A value as the page showed it one painted frame ago: the parts of the page a
//! person does not watch while dragging a slider (the tables below the fold,
//! the printed inputs, saved scenarios, goal seek, Fusion's view) follow the
//! scenario in the task after the frame that shows the new headlines, so that
//! the input's own task stays short and its frame is painted sooner (React's
//! `useDeferredValue`, by hand). A drag of one input a frame still updates
//! them every frame, after the paint.

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The longest the value stays behind: if no frame is painted (a hidden tab has
/// no animation frames), or inputs keep cancelling the chain after the frame
/// (on a slow machine a drag's next input can land between its two hops), the
/// newest value follows this long after the value first fell behind.
const BEHIND_AT_MOST_MS: u32 = 100;

/// What is pending until the value follows; dropping it cancels.
#[derive(Default)]
struct Pending {
    frame: Option<AnimationFrame>,
    after_frame: Option<Timeout>,
    /// Set from `after_frame`'s own callback (which must not drop itself).
    second_hop: Option<Timeout>,
}

/// `value` as of the last painted frame: the first render gets `value` itself;
/// afterwards, a new value (as `same` tells) is returned from the task after
/// the next frame, and one newer still cancels it.
#[hook]
pub fn use_after_paint<V>(value: V, same: fn(&V, &V) -> bool) -> V
where
    V: Clone + 'static,
{
    let first = value.clone();
    use_after_paint_from(move || first, value, same)
}

/// The same, but the first render gets `initial()`: `value` follows from the
/// task after the first frame (`first_paint.rs`).
#[hook]
pub fn use_after_paint_from<V, F>(initial: F, value: V, same: fn(&V, &V) -> bool) -> V
where
    V: Clone + 'static,
    F: FnOnce() -> V,
{
    let shown = use_state(initial);
    let behind = !same(&shown, &value);
    // The newest value, for the bound below to follow: the bound outlives the
    // renders that restart the chain after the frame.
    let newest = use_mut_ref(|| value.clone());
    *newest.borrow_mut() = value.clone();
    {
        let (shown, newest) = (shown.clone(), newest.clone());
        // Runs when the value falls behind, and its cleanup when it catches up.
        use_effect_with(behind, move |&behind| {
            let limit = behind.then(|| {
                Timeout::new(BEHIND_AT_MOST_MS, move || {
                    shown.set(newest.borrow().clone())
                })
            });
            move || drop(limit)
        });
    }
    {
        let (shown, value) = (shown.clone(), value.clone());
        // Runs after every render; its cleanup (the next render's, or the
        // component's end) cancels what this one scheduled.
        use_effect(move || {
            let pending = Rc::new(RefCell::new(Pending::default()));
            if behind {
                let follow = move || shown.set(value.clone());
                let frame = {
                    let pending = pending.clone();
                    // The animation frame runs just before the paint; a timeout
                    // set from it runs just after. A second hop lets the tasks
                    // that other code posted from the same frame (a measurement's
                    // "painted" mark) run first.
                    request_animation_frame(move |_| {
                        let later = pending.clone();
                        let timeout = Timeout::new(0, move || {
                            let timeout = Timeout::new(0, follow);
                            later.borrow_mut().second_hop = Some(timeout);
                        });
                        pending.borrow_mut().after_frame = Some(timeout);
                    })
                };
                pending.borrow_mut().frame = Some(frame);
            }
            move || drop(pending.take())
        });
    }
    if behind {
        (*shown).clone()
    } else {
        value
    }
}
