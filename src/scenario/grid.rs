//! A grid of one result over two inputs (the sensitivity table behind a
//! heatmap): axis specs `param=FROM..TO:POINTS`, the cells, and their CSV.

use crate::scenario::link::LinkScenario;
use crate::scenario::output::{write_csv, Scalar};
use crate::scenario::seek::target::result_keys;
use crate::scenario::seek::vary::{varied, Evaluator, Varied};
use crate::scenario::values::{shorten, write_decimal};
use rust_decimal::Decimal;
use std::iter::once;

/// The most points on one axis, and cells in a grid.
pub const MAX_POINTS: u64 = 1_001;
pub const MAX_CELLS: u64 = 100_000;

/// What a cell shows where its scenario is not valid or beyond the model's range.
pub const INVALID_CELL: &str = "invalid";

/// One axis: an input and the values it takes, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Axis {
    pub varied: Varied,
    pub values: Vec<Decimal>,
}

/// Reads `param=FROM..TO:POINTS` (POINTS values from FROM to TO, both
/// included, evenly spaced; FROM may be above TO). `flag` names the option in
/// messages. Every point must lie on the input's precision and within its range.
pub fn read_axis(scenario: &LinkScenario, flag: &str, text: &str) -> Result<Axis, String> {
    let shape = || {
        format!(
            "{flag}: \"{}\" is not PARAM=FROM..TO:POINTS; allowed: e.g. min=1000000..6000000:41.",
            shorten(text)
        )
    };
    let (param, range) = text.split_once('=').ok_or_else(shape)?;
    let (span, points) = range.rsplit_once(':').ok_or_else(shape)?;
    let (from, to) = span.split_once("..").ok_or_else(shape)?;
    let varied = varied(scenario, param).map_err(|message| format!("{flag}: {message}"))?;
    let from = varied
        .spec
        .read(from)
        .map_err(|refusal| format!("{flag}: {}", refusal.message(varied.param, from)))?;
    let to = varied
        .spec
        .read(to)
        .map_err(|refusal| format!("{flag}: {}", refusal.message(varied.param, to)))?;
    let count = points
        .parse::<u64>()
        .ok()
        .filter(|n| (1..=MAX_POINTS).contains(n) && !points.starts_with('+'))
        .ok_or_else(|| format!("{flag}: POINTS \"{}\" is not a count; allowed: a whole number from 1 to {MAX_POINTS}.", shorten(points)))?;
    let values = points_between(varied, from, to, count).ok_or_else(|| {
        format!(
            "{flag}: {}: {count} points from {} to {} do not all lie on its precision (steps of {}); allowed: POINTS − 1 dividing TO − FROM into whole steps (1 point when FROM = TO).",
            varied.param,
            write_decimal(from),
            write_decimal(to),
            write_decimal(varied.step())
        )
    })?;
    Ok(Axis { varied, values })
}

/// `count` evenly spaced values from `from` to `to`, if each is a value of the input.
fn points_between(varied: Varied, from: Decimal, to: Decimal, count: u64) -> Option<Vec<Decimal>> {
    let first = i128::from(varied.index(from)?);
    let last = i128::from(varied.index(to)?);
    if count == 1 {
        return (first == last).then(|| vec![from]);
    }
    let gaps = i128::from(count - 1);
    let span = last - first;
    if span == 0 || span % gaps != 0 {
        return None;
    }
    let stride = span / gaps;
    (0..i128::from(count))
        .map(|i| {
            u64::try_from(first + i * stride)
                .ok()
                .map(|k| varied.value(k))
        })
        .collect()
}

/// A result over two inputs: `cells[row][col]`, `None` where the scenario is
/// not valid or beyond the model's range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub rows: Axis,
    pub cols: Axis,
    pub key: &'static str,
    pub cells: Vec<Vec<Option<Scalar>>>,
}

/// Checks the result key for the deal.
pub fn read_result_key(scenario: &LinkScenario, key: &str) -> Result<&'static str, String> {
    let keys = result_keys(scenario.route());
    keys.iter().copied().find(|k| *k == key).ok_or_else(|| {
        format!(
            "--result: {} is not a result of the {}; allowed: {}.",
            shorten(key),
            scenario.route(),
            keys.join(", ")
        )
    })
}

/// Computes the grid on the scenario's fastest evaluator.
pub fn grid(
    scenario: &LinkScenario,
    rows: Axis,
    cols: Axis,
    key: &'static str,
) -> Result<Grid, String> {
    grid_with(&Evaluator::new(scenario), rows, cols, key)
}

/// Computes the grid on a chosen evaluator.
pub fn grid_with(
    evaluator: &Evaluator,
    rows: Axis,
    cols: Axis,
    key: &'static str,
) -> Result<Grid, String> {
    if rows.varied.param == cols.varied.param {
        return Err(format!(
            "--cols: {} is already the rows' input; allowed: two different inputs.",
            cols.varied.param
        ));
    }
    let cells = rows.values.len() as u64 * cols.values.len() as u64;
    if cells > MAX_CELLS {
        return Err(format!(
            "--rows, --cols: {cells} cells; allowed: at most {MAX_CELLS}."
        ));
    }
    let cells = rows
        .values
        .iter()
        .map(|&row| {
            evaluator.row(
                (rows.varied.param, row),
                cols.varied.param,
                &cols.values,
                key,
            )
        })
        .collect();
    Ok(Grid {
        rows,
        cols,
        key,
        cells,
    })
}

impl Grid {
    /// The CSV: a header `rows\cols,col values…`, then one line per row value,
    /// cells as the JSON output writes them without quotes (empty for null,
    /// `invalid` where the scenario is not valid).
    pub fn csv(&self) -> String {
        let corner = format!("{}\\{}", self.rows.varied.param, self.cols.varied.param);
        let header = once(corner).chain(self.cols.values.iter().copied().map(write_decimal));
        let lines = self
            .rows
            .values
            .iter()
            .zip(&self.cells)
            .map(|(row, cells)| once(write_decimal(*row)).chain(cells.iter().map(cell_text)));
        write_csv(header, lines)
    }
}

fn cell_text(cell: &Option<Scalar>) -> String {
    cell.as_ref()
        .map_or_else(|| INVALID_CELL.to_string(), Scalar::text)
}
