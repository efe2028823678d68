//! Explanations of single figures: the formula as the model book writes it, the
//! same formula with the values that went in, the rounding, the clause and the
//! reading in force.
//!
//! An explanation carries a small expression tree ([`Expr`]); its formula text,
//! its substituted text and its list of terms are all rendered FROM the tree, and
//! tests evaluate the tree ([`Explanation::evaluate`]) against the figure, so the
//! words cannot drift from the numbers. Each deal builds its explanations on
//! demand (`engine::<deal>::explain`), never inside `compute`.
//!
//! The vocabulary is in five parts: `expr` (the tree, its terms and the builders
//! the deals write it with), `input` (the typed ids of the inputs a term can come
//! from), `render` (printing values, rendering and evaluating the tree),
//! `explanation` (one figure's explanation and its text) and `keys` (reading a
//! figure key).

mod explanation;
mod expr;
mod input;
mod keys;
mod render;

pub use explanation::{date_explanation, explanation, ExplainError, Explanation};
pub use expr::{
    add, date, day_number, derived, div, epoch, figure, fraction, input, money, mul, number,
    percent, round, sub, value, Expr, Shown, Term, TermSource,
};
pub use input::{InputId, MsaInput, NoteInput, VentureInput};
pub use keys::{parse_key, Key};
pub use render::show;
