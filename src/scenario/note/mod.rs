//! The NOTE's link parameters: reading a link into [`NoteInputs`] with every error
//! collected, writing the canonical form, and one field's text for the form.
//! (Skeleton: filled in by the NOTE work.)

pub mod fields;
pub mod output;

use crate::engine::note::NoteInputs;

/// The parameters in the order of the Inputs table (the canonical order).
pub const PARAMS: &[&str] = &["amount", "dated", "rate", "usury", "basis", "first", "demand", "paydown", "missed", "collect"];
/// The parameters that may repeat.
pub const LISTS: &[&str] = &["paydown", "missed"];

/// Reads the grouped parameters of a link (`v` already handled): the inputs and
/// the warnings, or one message per bad parameter in table order. A scenario
/// beyond the model's range is refused here too.
pub fn read_params(_params: &[(String, Vec<&str>)]) -> Result<(NoteInputs, Vec<String>), Vec<String>> {
    Ok((NoteInputs::defaults(), Vec::new()))
}

/// The canonical parameters (`v` excluded), in table order, values encoded.
pub fn write_params(_inputs: &NoteInputs) -> Vec<(&'static str, String)> {
    Vec::new()
}

/// What the form's box for `param` shows: the value in force as link text
/// (a following default shows the value it follows to; "" for none).
pub fn field_text(_inputs: &NoteInputs, _param: &str) -> String {
    String::new()
}
