//! A table of the page: columns with the catalogue's labels as headers, and
//! cells as `dealmodel` writes them (`data-value`) and as they read. The
//! Venture's monthly statement is one such table.

use super::format::show;
use crate::scenario::catalogue::{Figure, Kind};
use crate::scenario::output::{Row, Scalar};

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

/// A table of rows with the given columns from the catalogue: each cell keeps
/// the value `dealmodel` writes (`data-value`) and reads as its kind says.
pub fn table(columns: &'static [Figure], rows: &[Row]) -> Table {
    let rows = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .map(|column| {
                    let value = row
                        .iter()
                        .find(|(k, _)| *k == column.key)
                        .map_or(Scalar::Null, |(_, v)| v.clone());
                    Cell {
                        key: column.key,
                        value: value.text(),
                        text: show(column.kind, &value),
                        explain: None,
                    }
                })
                .collect()
        })
        .collect();
    Table {
        columns: columns.iter().map(Column::of).collect(),
        rows,
        closing: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::{compute, VentureInputs};
    use crate::scenario::catalogue::columns;
    use crate::scenario::deal_form::Deal;
    use crate::scenario::output::venture_row_scalars;

    #[test]
    fn first_month_at_the_defaults() {
        let outcome = compute(&VentureInputs::defaults()).unwrap();
        let rows: Vec<Row> = outcome.rows.iter().map(venture_row_scalars).collect();
        let table = table(columns(Deal::Venture, "rows"), &rows);
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
