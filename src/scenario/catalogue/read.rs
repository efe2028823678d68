//! How each figure is read from its deal's outcome: the accessor every table
//! line of the catalogue carries, typed by the table it belongs to (a result
//! reads the whole outcome, a column one row). Output, compare, goal seek and
//! the grid read figures only through these.

use super::Figure;
use crate::engine::msa::{DateRow, Invoice, MsaOutcome};
use crate::engine::note::{NoteOutcome, ScheduleRow};
use crate::engine::venture::{CashRow, MonthRow, VentureOutcome};
use crate::scenario::output::{Row, Scalar};

/// A figure's accessor, by the table it belongs to.
#[derive(Clone, Copy)]
pub enum Read {
    VentureResult(fn(&VentureOutcome) -> Scalar),
    VentureMonth(fn(&MonthRow) -> Scalar),
    VentureCash(fn(&CashRow) -> Scalar),
    MsaResult(fn(&MsaOutcome) -> Scalar),
    MsaInvoice(fn(&Invoice) -> Scalar),
    MsaDate(fn(&DateRow) -> Scalar),
    NoteResult(fn(&NoteOutcome) -> Scalar),
    NoteRow(fn(&ScheduleRow) -> Scalar),
}

impl std::fmt::Debug for Read {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Read(…)")
    }
}

/// What a figure can be read from: an outcome or one row of a table.
pub trait Readable {
    /// The accessor for `Self` in `read`, if the figure belongs to its table.
    fn reader(read: Read) -> Option<fn(&Self) -> Scalar>;
}

macro_rules! readable {
    ($($type:ty => $variant:ident),* $(,)?) => {$(
        impl Readable for $type {
            fn reader(read: Read) -> Option<fn(&Self) -> Scalar> {
                match read {
                    Read::$variant(get) => Some(get),
                    _ => None,
                }
            }
        }
    )*};
}

readable!(
    VentureOutcome => VentureResult,
    MonthRow => VentureMonth,
    CashRow => VentureCash,
    MsaOutcome => MsaResult,
    Invoice => MsaInvoice,
    DateRow => MsaDate,
    NoteOutcome => NoteResult,
    ScheduleRow => NoteRow,
);

/// One figure of `from` (`Null` for a figure of another table).
pub fn value<T: Readable>(figure: &Figure, from: &T) -> Scalar {
    T::reader(figure.read).map_or(Scalar::Null, |get| get(from))
}

/// Every figure of a table read from `from`, in the table's order.
pub fn row<T: Readable>(figures: &'static [Figure], from: &T) -> Row {
    figures
        .iter()
        .map(|figure| (figure.key, value(figure, from)))
        .collect()
}
