//! The MSA's link parameters: reading a link into [`MsaInputs`] with every error
//! collected, writing the canonical form, and one field's text for the form.
//! (Skeleton: filled in by the MSA work.)

pub mod fields;
pub mod output;

use crate::engine::msa::MsaInputs;

/// The parameters in the order of the Inputs table (the canonical order).
pub const PARAMS: &[&str] = &["tendered", "accept", "termm", "ext", "mrc", "nrc", "bill", "due", "commit", "paid", "stop", "cause", "late", "lawful", "latec", "lateinv", "latedays", "notice"];
/// The parameters that may repeat.
pub const LISTS: &[&str] = &[];

/// Reads the grouped parameters of a link (`v` already handled): the inputs and
/// the warnings, or one message per bad parameter in table order. A scenario
/// beyond the model's range is refused here too.
pub fn read_params(_params: &[(String, Vec<&str>)]) -> Result<(MsaInputs, Vec<String>), Vec<String>> {
    Ok((MsaInputs::defaults(), Vec::new()))
}

/// The canonical parameters (`v` excluded), in table order, values encoded.
pub fn write_params(_inputs: &MsaInputs) -> Vec<(&'static str, String)> {
    Vec::new()
}

/// What the form's box for `param` shows: the value in force as link text
/// (a following default shows the value it follows to; "" for none).
pub fn field_text(_inputs: &MsaInputs, _param: &str) -> String {
    String::new()
}
