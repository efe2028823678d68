//! A grid control's keydown handler: the view's keyboard model
//! (`view::grid_keys`) applied to the event. A key the model knows is kept
//! from the page (no scroll under the cursor); any other goes on.

use crate::view::grid_keys::{grid_key, KeyAction, Shape};
use yew::prelude::*;

/// Moves the cursor from `here` with `on_move`, or picks its cell with
/// `on_pick`, as the key says.
pub fn on_grid_key(
    shape: Shape,
    here: (usize, usize),
    on_move: impl Fn((usize, usize)) + 'static,
    on_pick: impl Fn((usize, usize)) + 'static,
) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let Some(action) = grid_key(shape, &event.key(), here) else {
            return;
        };
        event.prevent_default();
        match action {
            KeyAction::Move(cell) => on_move(cell),
            KeyAction::Pick => on_pick(here),
        }
    })
}
