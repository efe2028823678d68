//! What the page shows about each MSA input: label, source, summary, control.

use crate::scenario::fields::FieldInfo;

/// The inputs in the order of the model book's Inputs table.
pub const FIELDS: &[FieldInfo] = &[];
