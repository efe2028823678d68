//! Sensitivity of the Venture: the heatmap's axes (minutes a month × termination
//! rate, 41 × 41 as the issue asks) evaluated a row at a time so the page can
//! spread the work over frames, and the tornado: each input moved ±10 % (at its
//! precision, within its range) with THIL's NPV and Fusion's net cash at each end.

use super::grid::{read_axis, Axis};
use super::link::LinkScenario;
use super::output::Scalar;
use super::seek::vary::{varied, Evaluator};
use super::values::write_decimal;
use crate::engine::venture::VentureInputs;
use rust_decimal::{Decimal, RoundingStrategy};

/// The heatmap's rows: minutes a month (the range and 41 points).
pub const HEATMAP_ROWS: &str = "min=1000000..6000000:41";
/// The heatmap's columns: the termination rate, $/min.
pub const HEATMAP_COLS: &str = "term=0.15..0.23:41";

/// The heatmap's axes for a scenario.
pub fn heatmap_axes(scenario: &LinkScenario) -> Result<(Axis, Axis), String> {
    Ok((
        read_axis(scenario, "rows", HEATMAP_ROWS)?,
        read_axis(scenario, "cols", HEATMAP_COLS)?,
    ))
}

/// One row of a grid: `key` at each column value with the row's value set.
/// `None` where that scenario is not valid.
pub fn grid_row(
    evaluator: &Evaluator,
    rows: &Axis,
    row: usize,
    cols: &Axis,
    key: &str,
) -> Vec<Option<Scalar>> {
    let Some(&row_value) = rows.values.get(row) else {
        return Vec::new();
    };
    evaluator.row(
        (rows.varied.param, row_value),
        cols.varied.param,
        &cols.values,
        key,
    )
}

/// Every `step`-th value of an axis, the last always included: the coarse grid a
/// live heatmap shows first (41 points by 4: 11).
pub fn coarse_axis(axis: &Axis, step: usize) -> Axis {
    let last = axis.values.len().saturating_sub(1);
    let values = (0..axis.values.len())
        .filter(|i| i % step.max(1) == 0 || *i == last)
        .filter_map(|i| axis.values.get(i).copied())
        .collect();
    Axis {
        varied: axis.varied,
        values,
    }
}

/// A coarse grid spread over the full one: each cell takes the coarse sample
/// nearest to it (the samples themselves are exact; the rest are a preview
/// until the full grid replaces them).
pub fn spread_coarse(
    coarse: &[Vec<Option<Scalar>>],
    step: usize,
    rows: usize,
    cols: usize,
) -> Vec<Vec<Option<Scalar>>> {
    let nearest = |i: usize, len: usize| ((i + step / 2) / step.max(1)).min(len.saturating_sub(1));
    (0..rows)
        .map(|r| {
            let Some(sampled) = coarse.get(nearest(r, coarse.len())) else {
                return vec![None; cols];
            };
            (0..cols)
                .map(|c| sampled.get(nearest(c, sampled.len())).cloned().flatten())
                .collect()
        })
        .collect()
}

/// The Venture inputs a tornado moves, in the Inputs table's order.
pub const TORNADO_INPUTS: &[&str] = &[
    "months", "min", "growth", "sell", "credits", "term", "ffee", "sfee", "fiber", "loops",
    "budget", "share", "disc",
];

/// One bar: an input at −10 % and +10 %, and the two results at each end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornadoBar {
    pub param: &'static str,
    /// The input's values, as links write them (the same as the base where ±10 %
    /// rounds back to it or the range stops it).
    pub low: String,
    pub high: String,
    pub npv_low: Scalar,
    pub npv_high: Scalar,
    pub fusion_low: Scalar,
    pub fusion_high: Scalar,
}

impl TornadoBar {
    /// The widest swing of THIL's NPV across the bar, for sorting.
    fn npv_swing(&self) -> Decimal {
        let amount = |s: &Scalar| s.money().map(|m| m.amount());
        match (amount(&self.npv_low), amount(&self.npv_high)) {
            (Some(a), Some(b)) => (a - b).abs(),
            _ => Decimal::ZERO,
        }
    }
}

/// `value × factor` at the input's precision (half away from zero) and within its range.
fn moved(value: Decimal, factor: Decimal, dp: u32, min: Decimal, max: Decimal) -> Decimal {
    (value * factor)
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        .clamp(min, max)
        .normalize()
}

/// The scenario with the two inputs the map varies set aside: every cell sets
/// both, so a move of either slider leaves the cells as they are (only the ring
/// moves) and is no reason to compute the map again.
pub fn map_basis(scenario: &LinkScenario) -> LinkScenario {
    match scenario {
        LinkScenario::Venture(inputs) => LinkScenario::Venture(VentureInputs {
            minutes: Decimal::ZERO,
            termination_rate: Decimal::ZERO,
            ..inputs.clone()
        }),
        other => other.clone(),
    }
}

/// The tornado of a Venture scenario, widest THIL-NPV swing first.
pub fn tornado(inputs: &VentureInputs) -> Vec<TornadoBar> {
    let scenario = LinkScenario::Venture(inputs.clone());
    let evaluator = Evaluator::new(&scenario);
    let base = super::venture::field_text;
    let mut bars: Vec<TornadoBar> = TORNADO_INPUTS
        .iter()
        .filter_map(|&param| {
            let spec = varied(&scenario, param).ok()?.spec;
            let value: Decimal = base(inputs, param).parse().ok()?;
            let (min, max) = (spec.min, spec.max);
            let low = moved(value, Decimal::new(9, 1), spec.dp, min, max);
            let high = moved(value, Decimal::new(11, 1), spec.dp, min, max);
            let at = |v: Decimal, key: &str| {
                evaluator.result(&[(param, v)], key).unwrap_or(Scalar::Null)
            };
            Some(TornadoBar {
                param,
                low: write_decimal(low),
                high: write_decimal(high),
                npv_low: at(low, "thil_npv"),
                npv_high: at(high, "thil_npv"),
                fusion_low: at(low, "fusion_net_cash"),
                fusion_high: at(high, "fusion_net_cash"),
            })
        })
        .collect();
    crate::engine::order::sort_small_by_key(&mut bars, |bar| std::cmp::Reverse(bar.npv_swing()));
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::read_link;

    fn venture(link: &str) -> VentureInputs {
        match read_link(link).map(|l| l.scenario) {
            Ok(LinkScenario::Venture(inputs)) => inputs,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_heatmap_has_41_by_41_points_on_the_inputs_precision() {
        let scenario = LinkScenario::Venture(VentureInputs::defaults());
        let (rows, cols) = heatmap_axes(&scenario).unwrap();
        assert_eq!((rows.values.len(), cols.values.len()), (41, 41));
        assert_eq!(write_decimal(rows.values[1]), "1125000");
        assert_eq!(write_decimal(cols.values[1]), "0.152");
        let row = grid_row(&Evaluator::new(&scenario), &rows, 0, &cols, "recoup_month");
        assert_eq!(row.len(), 41);
    }

    #[test]
    fn the_coarse_grid_samples_every_fourth_point_and_spreads_them() {
        let scenario = LinkScenario::Venture(VentureInputs::defaults());
        let (rows, cols) = heatmap_axes(&scenario).unwrap();
        let coarse = coarse_axis(&rows, 4);
        assert_eq!(coarse.values.len(), 11);
        assert_eq!(coarse.values[1], rows.values[4]);
        assert_eq!(coarse.values.last(), rows.values.last());
        let evaluator = Evaluator::new(&scenario);
        let coarse_cols = coarse_axis(&cols, 4);
        let sampled: Vec<_> = (0..coarse.values.len())
            .map(|r| grid_row(&evaluator, &coarse, r, &coarse_cols, "thil_npv"))
            .collect();
        let spread = spread_coarse(&sampled, 4, 41, 41);
        assert_eq!((spread.len(), spread[40].len()), (41, 41));
        // A sampled point holds its exact value; its neighbours share it.
        let exact = grid_row(&evaluator, &rows, 8, &cols, "thil_npv");
        assert_eq!(spread[8][12], exact[12]);
        assert_eq!(spread[9][13], exact[12]);
        assert_eq!(spread[40][40], sampled[10][10]);
    }

    #[test]
    fn the_tornado_moves_each_input_ten_percent() {
        let bars = tornado(&venture("#/venture?v=1"));
        let min = bars.iter().find(|b| b.param == "min").unwrap();
        assert_eq!(
            (min.low.as_str(), min.high.as_str()),
            ("2700000", "3300000")
        );
        // Each end is the engine's result for that scenario.
        let low =
            crate::scenario::output::link_output(&read_link("#/venture?v=1&min=2700000").unwrap())
                .unwrap();
        let npv = low
            .results
            .iter()
            .find(|(k, _)| *k == "thil_npv")
            .unwrap()
            .1
            .clone();
        assert_eq!(min.npv_low, npv);
        // Sorted by the NPV's swing, widest first; growth 0 does not move.
        let growth = bars.iter().find(|b| b.param == "growth").unwrap();
        assert_eq!(growth.low, growth.high);
        assert!(bars
            .windows(2)
            .all(|w| w[0].npv_swing() >= w[1].npv_swing()));
    }
}
