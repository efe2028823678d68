//! The test oracle: the engine's decimal computation as it was before issue 12
//! (every amount a 28-digit `Decimal`), kept to check the fast engine against.
//!
//! The files are the engine's own of that time, their imports pointed here and
//! their unit tests left behind; each deal's `mod.rs` adds only what links them
//! to the engine's inputs: wrappers that hold the inputs' amounts as the oracle's
//! [`money::Money`] and read everything else from the engine's inputs.

#![allow(dead_code)]

pub mod money;
pub mod msa;
pub mod note;
pub mod venture;

/// The engine's amount as the oracle's (the same cents).
pub fn money(amount: dealmodel::engine::Money) -> money::Money {
    money::Money::round(amount.amount()).unwrap_or(money::Money::ZERO)
}
