//! What the sensitivity tools draw: the heatmap's cells (a colour per result, the
//! cell under the cursor in words, the current scenario marked) and the tornado's bars. Colours
//! and pixels only; the results come from `scenario::sensitivity`.

use super::format::{axis_label, figure};
use crate::scenario::catalogue;
use crate::scenario::deal_form::Deal;
use crate::scenario::output::Scalar;
use crate::scenario::sensitivity::TornadoBar;
use crate::scenario::values::write_decimal;
use rust_decimal::Decimal;

/// Which result the heatmap shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeatKey {
    RecoupMonth,
    ThilNpv,
}

impl HeatKey {
    pub fn key(self) -> &'static str {
        match self {
            HeatKey::RecoupMonth => "recoup_month",
            HeatKey::ThilNpv => "thil_npv",
        }
    }

    /// The catalogue's label of the figure the map shows.
    pub fn label(self) -> &'static str {
        catalogue::result_label(Deal::Venture, self.key())
    }
}

/// A colour from pale blue (0) to deep blue (1): readable marks on both ends.
fn ramp(t: f64) -> String {
    let t = t.clamp(0.0, 1.0);
    let (from, to) = ((232.0, 240.0, 250.0), (10.0, 58.0, 120.0));
    let mix = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        mix(from.0, to.0),
        mix(from.1, to.1),
        mix(from.2, to.2)
    )
}

const NOT_RECOUPED: &str = "#d3d9e0";
const INVALID: &str = "#ffffff";

fn number(value: &Scalar) -> Option<f64> {
    match value {
        Scalar::Int(n) => Some(*n as f64),
        Scalar::Money(amount) => Some(amount.to_f64_lossy()),
        _ => None,
    }
}

/// The colours of a whole grid (rows of cells; `None`: not computed or not valid).
/// An earlier recoup is darker; a higher NPV is darker.
pub fn heat_fills(key: HeatKey, cells: &[Vec<Option<Scalar>>]) -> Vec<Vec<String>> {
    let values: Vec<f64> = cells
        .iter()
        .flatten()
        .flatten()
        .filter_map(number)
        .collect();
    let (low, high) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    let span = if high > low { high - low } else { 1.0 };
    let fill = |cell: &Option<Scalar>| match (cell, cell.as_ref().and_then(number)) {
        (Some(_), Some(v)) => {
            let t = (v - low) / span;
            let shade = if key == HeatKey::RecoupMonth {
                1.0 - t
            } else {
                t
            };
            ramp(0.1 + 0.9 * shade)
        }
        (Some(_), None) => NOT_RECOUPED.to_string(),
        (None, _) => INVALID.to_string(),
    };
    cells
        .iter()
        .map(|row| row.iter().map(fill).collect())
        .collect()
}

/// One cell in words, for the heatmap's cursor (`at`: where it is, in words).
pub fn heat_words(key: HeatKey, cell: Option<&Option<Scalar>>, at: &str) -> String {
    match cell {
        Some(Some(value)) => match (key, number(value)) {
            (HeatKey::RecoupMonth, Some(month)) => {
                format!("{at}: recouped in month {}", month as i64)
            }
            (HeatKey::ThilNpv, Some(_)) => {
                format!("{at}: {} {}", key.label(), figure(&value.text()))
            }
            (_, None) => format!("{at}: not recouped in the months modelled"),
        },
        Some(None) => format!("{at}: not a valid scenario"),
        None => format!("{at}: not computed yet"),
    }
}

/// Where the current value sits on an axis of values, as a fractional index
/// (`None` outside the axis).
pub fn position(values: &[Decimal], current: Decimal) -> Option<f64> {
    let (first, last) = (*values.first()?, *values.last()?);
    if values.len() < 2 || current < first || current > last {
        return None;
    }
    use rust_decimal::prelude::ToPrimitive;
    let span = (last - first).to_f64()?;
    let offset = (current - first).to_f64()?;
    Some(offset / span * (values.len() - 1) as f64)
}

/// An axis value as the page labels it.
pub fn axis_value(value: Decimal) -> String {
    figure(&write_decimal(value))
}

/// One tornado bar drawn: the base at the centre line, the two ends' offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoRow {
    pub param: &'static str,
    /// The input's label with its −10 % and +10 % values.
    pub label: String,
    /// The input's label alone.
    pub name: &'static str,
    /// x of the −10 % end and of the +10 % end, relative to the base (pixels).
    pub low_x: f64,
    pub high_x: f64,
    pub low_text: String,
    pub high_text: String,
}

/// The tornado of a Venture scenario: every input's ±10 % bars and the results
/// now (the page's own run of the scenario on show).
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoData {
    pub bars: Vec<crate::scenario::sensitivity::TornadoBar>,
    pub base: crate::scenario::output::Row,
}

/// The tornado of `scenario` (`None` for another deal or beyond the model's range).
pub fn tornado_of(scenario: &crate::scenario::link::LinkScenario) -> Option<TornadoData> {
    let crate::scenario::link::LinkScenario::Venture(inputs) = scenario else {
        return None;
    };
    let run = crate::scenario::run::venture(inputs);
    let base = run
        .as_ref()
        .as_ref()
        .ok()
        .map(crate::scenario::output::venture_result_scalars)?;
    Some(TornadoData {
        bars: crate::scenario::sensitivity::tornado(inputs),
        base,
    })
}

/// One of the tornado's charts: its rows scaled to `half_width` and its title,
/// the catalogue's label of its result with the result now (THIL's NPV, or
/// Fusion's net cash when `fusion`).
pub fn tornado_chart(
    data: &TornadoData,
    fusion: bool,
    half_width: f64,
) -> (Vec<TornadoRow>, String) {
    let key = if fusion {
        "fusion_net_cash"
    } else {
        "thil_npv"
    };
    let title = format!(
        "{}, each input ±10 %",
        catalogue::result_label(Deal::Venture, key)
    );
    let base = data
        .base
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(Scalar::Null, |(_, v)| v.clone());
    let rows = tornado_rows(&data.bars, &base, fusion, half_width);
    let title = format!(
        "{title} (now {})",
        super::format::show(crate::scenario::catalogue::Kind::Money, &base)
    );
    (rows, title)
}

/// Where the heatmap rings the scenario on show: its minutes and termination rate.
pub fn ring_of(scenario: &crate::scenario::link::LinkScenario) -> (Decimal, Decimal) {
    match scenario {
        crate::scenario::link::LinkScenario::Venture(inputs) => {
            (inputs.minutes, inputs.termination_rate)
        }
        _ => (Decimal::ZERO, Decimal::ZERO),
    }
}

/// The bars of one result (`thil_npv` or `fusion_net_cash`), scaled so the widest
/// reaches `half_width` pixels from the base. `base` is the result now.
pub fn tornado_rows(
    bars: &[TornadoBar],
    base: &Scalar,
    fusion: bool,
    half_width: f64,
) -> Vec<TornadoRow> {
    let Some(base) = number(base) else {
        return Vec::new();
    };
    let ends: Vec<(f64, f64)> = bars
        .iter()
        .map(|bar| {
            let (low, high) = if fusion {
                (&bar.fusion_low, &bar.fusion_high)
            } else {
                (&bar.npv_low, &bar.npv_high)
            };
            (
                number(low).map_or(0.0, |v| v - base),
                number(high).map_or(0.0, |v| v - base),
            )
        })
        .collect();
    let widest = ends
        .iter()
        .fold(0.0_f64, |w, (a, b)| w.max(a.abs()).max(b.abs()));
    let scale = if widest > 0.0 {
        half_width / widest
    } else {
        0.0
    };
    bars.iter()
        .zip(ends)
        .map(|(bar, (low, high))| TornadoRow {
            param: bar.param,
            name: catalogue::input_label(Deal::Venture, bar.param),
            label: if bar.low == bar.high {
                // At 0 (or held by its range) ±10 % is no move: say so, not an empty bar.
                format!(
                    "{}: {} (±10 % does not move it)",
                    catalogue::input_label(Deal::Venture, bar.param),
                    figure(&bar.low)
                )
            } else {
                format!(
                    "{}: {} → {}",
                    catalogue::input_label(Deal::Venture, bar.param),
                    figure(&bar.low),
                    figure(&bar.high)
                )
            },
            low_x: low * scale,
            high_x: high * scale,
            low_text: axis_label(low),
            high_text: axis_label(high),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn earlier_recoups_are_darker_and_missing_ones_grey() {
        let cells = vec![vec![
            Some(Scalar::Int(3)),
            Some(Scalar::Int(9)),
            Some(Scalar::Null),
            None,
        ]];
        let fills = heat_fills(HeatKey::RecoupMonth, &cells);
        assert!(
            fills[0][0] < fills[0][1],
            "month 3 darker than month 9: {:?}",
            fills[0]
        );
        assert_eq!(fills[0][2], NOT_RECOUPED);
        assert_eq!(fills[0][3], INVALID);
        let at = "1 minutes a month at 0.2 $/min";
        let words = |c: usize| heat_words(HeatKey::RecoupMonth, cells[0].get(c), at);
        assert_eq!(
            words(0),
            "1 minutes a month at 0.2 $/min: recouped in month 3"
        );
        assert!(words(2).ends_with("not recouped in the months modelled"));
        assert!(words(3).ends_with("not a valid scenario"));
        assert!(words(4).ends_with("not computed yet"));
    }

    #[test]
    fn tornado_labels_name_the_input_and_say_when_it_cannot_move() {
        let inputs = crate::engine::venture::VentureInputs::defaults();
        let bars = crate::scenario::sensitivity::tornado(&inputs);
        let outcome = crate::engine::venture::compute(&inputs).unwrap();
        let base = Scalar::Money(outcome.results.thil_npv);
        let rows = tornado_rows(&bars, &base, false, 220.0);
        let min = rows.iter().find(|r| r.param == "min").unwrap();
        assert_eq!(min.label, "Minutes per month: 2,700,000 → 3,300,000");
        let growth = rows.iter().find(|r| r.param == "growth").unwrap();
        assert_eq!(
            growth.label,
            "Monthly growth of minutes: 0 (±10 % does not move it)"
        );
    }

    #[test]
    fn the_current_scenario_is_placed_between_points() {
        let values: Vec<Decimal> = (0..41).map(|i| Decimal::new(150 + 2 * i, 3)).collect();
        assert_eq!(position(&values, Decimal::new(1875, 4)), Some(18.75));
        assert_eq!(position(&values, Decimal::new(3, 1)), None);
    }
}
