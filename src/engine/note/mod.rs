//! The Note model (`note.md`): quarterly interest at the lesser of the stated and
//! lawful rate, pay-downs, missed dates with interest on overdue interest, and
//! the payoff on demand. (Skeleton: filled in by the Note work.)

use super::Date;

/// The Note's inputs, valid by construction (checked by `scenario`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteInputs {
    pub dated: Date,
}

impl NoteInputs {
    pub fn defaults() -> NoteInputs {
        NoteInputs { dated: Date::known(2003, 1, 31) }
    }
}
