//! A table of the page: columns with the catalogue's labels as headers, and
//! cells as `dealmodel` writes them (`data-value`) and as they read. The
//! Venture's monthly statement is one such table.

use crate::engine::venture::MonthRow;
use crate::scenario::catalogue::{self, Figure, Kind};
use crate::scenario::deal_form::Deal;
use crate::scenario::output::venture_row_scalars;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    /// Right-aligned figures (not words or dates).
    pub numeric: bool,
}

impl Column {
    /// The column of a figure of the catalogue: its label as the header.
    pub fn of(figure: &'static Figure) -> Column {
        Column {
            key: figure.key,
            header: figure.label,
            numeric: !matches!(figure.kind, Kind::Text | Kind::YesNo | Kind::CalendarMonth),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub key: &'static str,
    /// The output's JSON value as text.
    pub value: String,
    /// As the page shows it.
    pub text: String,
    /// The figure a click explains, where it is not the cell's own row and
    /// column (a closing line's cells explain the result they show).
    pub explain: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    /// One row per statement month, cells in column order.
    pub rows: Vec<Vec<Cell>>,
    /// Lines under the rows that are not rows of the output's JSON (the MSA's
    /// termination charge after a stop), shown in the table's foot.
    pub closing: Vec<Vec<Cell>>,
}

/// The monthly statement, each cell read by its column's kind.
pub fn table(rows: &[MonthRow]) -> Table {
    let rows: Vec<_> = rows.iter().map(venture_row_scalars).collect();
    super::deal::table(catalogue::columns(Deal::Venture, "rows"), &rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::{compute, VentureInputs};

    #[test]
    fn first_month_at_the_defaults() {
        let outcome = compute(&VentureInputs::defaults()).unwrap();
        let table = table(&outcome.rows);
        assert_eq!(table.rows.len(), 24);
        let row = &table.rows[0];
        assert_eq!(row.len(), 18);
        let cell = |key: &str| row.iter().find(|c| c.key == key).unwrap();
        assert_eq!(cell("retained").value, "2968.42");
        assert_eq!(cell("retained").text, "$2,968.42");
        assert_eq!(cell("minutes").value, "3000000");
        assert_eq!(cell("minutes").text, "3,000,000");
        assert_eq!(cell("calendar_month").text, "2002-10");
        assert_eq!(cell("month").text, "1");
        assert!(!table.columns[1].numeric);
    }
}
