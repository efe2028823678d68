//! The monthly table: a human header for every row key of the output, and each
//! month's cells as `dealmodel` writes them (`data-value`) and as they read
//! (with thousands separators).

use super::format::figure;
use crate::engine::venture::MonthRow;
use crate::scenario::output::{scalar_text, venture_row_scalars, VENTURE_ROW_KEYS};

/// The header of each row key, in the output's column order.
pub const HEADERS: &[(&str, &str)] = &[
    ("month", "Month"),
    ("calendar_month", "Calendar month"),
    ("minutes", "Minutes"),
    ("revenue", "Revenue"),
    ("termination", "Termination (PTCL)"),
    ("fusion_fee", "Fusion fee"),
    ("subcontractor_fee", "Sub-contractor fee"),
    ("fiber", "Undersea fiber"),
    ("loops", "Local loops"),
    ("budget", "Committee budget"),
    ("amortization", "Amortization"),
    ("net_profit", "Net Profit"),
    ("distributable", "Distributable"),
    ("thil_entitlement", "THIL entitlement"),
    ("retained", "Retained for the loan"),
    ("thil_paid", "Paid to THIL"),
    ("thil_amortization", "Amortization to THIL"),
    ("loan_balance", "Loan balance"),
];

/// The header of a row key (the key itself for one without a header).
pub fn header(key: &str) -> &str {
    HEADERS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, header)| header)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    /// Right-aligned figures (everything but the calendar month).
    pub numeric: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub key: &'static str,
    /// The output's JSON value as text.
    pub value: String,
    /// As the page shows it.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    /// One row per statement month, cells in column order.
    pub rows: Vec<Vec<Cell>>,
}

pub fn columns() -> Vec<Column> {
    VENTURE_ROW_KEYS
        .iter()
        .map(|&key| Column {
            key,
            header: header(key),
            numeric: key != "calendar_month",
        })
        .collect()
}

pub fn table(rows: &[MonthRow]) -> Table {
    let rows = rows
        .iter()
        .map(|row| {
            let scalars = venture_row_scalars(row);
            VENTURE_ROW_KEYS
                .iter()
                .map(|&key| {
                    let value = scalar_text(&scalars, key);
                    let text = if key == "month" {
                        value.clone()
                    } else {
                        figure(&value)
                    };
                    Cell { key, value, text }
                })
                .collect()
        })
        .collect();
    Table {
        columns: columns(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::{compute, VentureInputs};

    #[test]
    fn every_row_key_has_a_header() {
        for key in VENTURE_ROW_KEYS {
            assert_ne!(header(key), *key, "{key} has no header");
        }
        assert_eq!(HEADERS.len(), VENTURE_ROW_KEYS.len());
    }

    #[test]
    fn first_month_at_the_defaults() {
        let outcome = compute(&VentureInputs::defaults()).unwrap();
        let table = table(&outcome.rows);
        assert_eq!(table.rows.len(), 24);
        let row = &table.rows[0];
        assert_eq!(row.len(), VENTURE_ROW_KEYS.len());
        let cell = |key: &str| row.iter().find(|c| c.key == key).unwrap();
        assert_eq!(cell("retained").value, "2968.42");
        assert_eq!(cell("retained").text, "2,968.42");
        assert_eq!(cell("minutes").value, "3000000");
        assert_eq!(cell("minutes").text, "3,000,000");
        assert_eq!(cell("calendar_month").text, "2002-10");
        assert_eq!(cell("month").text, "1");
        assert!(!table.columns[1].numeric);
    }
}
