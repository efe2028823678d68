//! The web page (wasm32 only): Yew components that render the view-model and
//! send the person's actions to the one reducer. No figure is computed here.
//!
//! `app` assembles the page; `state` is the reducer; `hooks` hold the browser
//! effects (address bar, clipboard, the markers the browser tests wait for);
//! `components` render one part of the page each; `dom` wraps the few browser
//! calls so that none of them can panic.

mod app;
mod components;
mod dom;
mod hooks;
mod state;

pub use app::App;
