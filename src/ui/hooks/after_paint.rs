//! A value as the page showed it one painted frame ago: the parts of the page a
//! person does not watch while dragging a slider (the tables below the fold,
//! the printed inputs, saved scenarios, goal seek, Fusion's view) follow the
//! scenario in the task after the frame that shows the new headlines, so that
//! the input's own task stays short and its frame is painted sooner (React's
//! `useDeferredValue`, by hand). A drag of one input a frame still updates
//! them every frame, after the paint.

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// The longest the value stays behind: if no frame is painted (a hidden tab has
/// no animation frames), or inputs keep cancelling the chain after the frame
/// (on a slow machine a drag's next input can land between its two hops), the
/// newest value follows this long after the value first fell behind.
const BEHIND_AT_MOST_MS: u32 = 100;

/// What is pending until the value follows; dropping it cancels. A chain
/// once started runs to its end however many renders come meanwhile (each
/// render only updates `newest`): restarted at every render, a drag faster
/// than a frame's two hops would hold the value behind until it stopped.
#[derive(Default)]
struct Pending {
    frame: Option<AnimationFrame>,
    after_frame: Option<Timeout>,
    /// Set from `after_frame`'s own callback (which must not drop itself).
    second_hop: Option<Timeout>,
    /// Whether the frame chain is under way (its handles are kept until the
    /// next start replaces them: a callback never drops its own).
    chain_running: bool,
    /// The bound: follows `newest` if the chain has not within this long.
    limit: Option<Timeout>,
    limit_running: bool,
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
    // The newest value, which a chain or the bound follows when it ends: both
    // outlive the renders that come while they run.
    let newest = use_mut_ref(|| value.clone());
    *newest.borrow_mut() = value.clone();
    let pending = use_mut_ref(Pending::default);
    {
        let (shown, newest, pending) = (shown.clone(), newest.clone(), pending.clone());
        // Runs after every render: starts what is not already running while
        // the value is behind, and cancels everything once it has caught up.
        use_effect(move || {
            if !behind {
                *pending.borrow_mut() = Pending::default();
                return;
            }
            let mut now = pending.borrow_mut();
            if !now.chain_running {
                now.chain_running = true;
                let (shown, newest, chain) = (shown.clone(), newest.clone(), pending.clone());
                // The animation frame runs just before the paint; a timeout
                // set from it runs just after. A second hop lets the tasks
                // that other code posted from the same frame (a measurement's
                // "painted" mark) run first.
                now.frame = Some(request_animation_frame(move |_| {
                    let later = chain.clone();
                    let timeout = Timeout::new(0, move || {
                        let last = later.clone();
                        let timeout = Timeout::new(0, move || {
                            last.borrow_mut().chain_running = false;
                            shown.set(newest.borrow().clone());
                        });
                        later.borrow_mut().second_hop = Some(timeout);
                    });
                    chain.borrow_mut().after_frame = Some(timeout);
                }));
            }
            if !now.limit_running {
                now.limit_running = true;
                let bound = pending.clone();
                now.limit = Some(Timeout::new(BEHIND_AT_MOST_MS, move || {
                    bound.borrow_mut().limit_running = false;
                    shown.set(newest.borrow().clone());
                }));
            }
        });
    }
    {
        // The component's end cancels what is pending.
        let pending = pending.clone();
        use_effect_with((), move |_| move || drop(pending.take()));
    }
    if behind {
        (*shown).clone()
    } else {
        value
    }
}
