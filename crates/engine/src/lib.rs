//! The engine: pure calculation of each deal from validated inputs.
//!
//! It takes plain values and returns plain values, results with the notices of the
//! model book. No I/O, no clock, no serde, no browser: "today" and every other fact
//! arrives as an argument. Errors only for inputs whose results would leave the
//! model's range (an overflow); everything else was validated by `scenario`.

pub mod calendar;
pub mod date;
pub mod explain;
pub mod money;
pub mod msa;
pub mod note;
pub mod order;
pub mod repeat;
pub mod venture;

pub use calendar::YearMonth;
pub use date::Date;
pub use money::{Money, Overflow};
