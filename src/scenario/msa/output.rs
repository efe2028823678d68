//! The MSA's output: results, rows and notices as [`Scalar`]s, with the keys
//! of `links.md`, for the command line's JSON and CSV and the page.

use crate::engine::msa::MsaInputs;
use crate::scenario::output::DealOutput;

/// The keys of a row, in CSV column order.
pub const ROW_KEYS: &[&str] = &[];

/// Everything the command line prints for a scenario, or the message of a
/// scenario beyond the model's range.
pub fn output(_inputs: &MsaInputs) -> Result<DealOutput, String> {
    Ok(DealOutput::default())
}
