//! The risk view's draws as CSV, one line per draw: its number, the sampled
//! value of each uncertain input (as links write it) and the draw's key figures
//! (`recoup_month` 0 where no loan is drawn, empty where the loan is not
//! recouped), or `invalid` where the draw is beyond the model's range. The
//! page's "Download the draws (CSV)" writes it when clicked.

use super::output::write_csv;
use super::risk::input_key;
use super::values::write_decimal;
use crate::engine::venture::risk::{Draw, RiskPlan, RiskRun};
use crate::engine::venture::VentureInputs;
use std::iter::{from_fn, once};

/// The key figures' columns, after the inputs'.
const FIGURE_KEYS: [&str; 4] = ["recoup_month", "loan", "thil_npv", "fusion_net_cash"];

/// Every draw of `plan` on `inputs`, as CSV.
pub fn draws_csv(inputs: &VentureInputs, plan: &RiskPlan) -> String {
    let input_keys = plan.distributions().iter().map(|d| input_key(d.input()));
    let header = once("draw").chain(input_keys).chain(FIGURE_KEYS);
    let mut run = RiskRun::new(plan.clone(), inputs);
    let draws = from_fn(|| run.next_draw())
        .zip(1_u32..)
        .map(|(draw, number)| draw_fields(plan, &draw, number));
    write_csv(header, draws)
}

/// One draw's line: its number, its inputs' values, its key figures.
fn draw_fields(plan: &RiskPlan, draw: &Draw, number: u32) -> Vec<String> {
    let mut fields = vec![number.to_string()];
    for distribution in plan.distributions() {
        let value = draw.values.value(distribution.input()).map(write_decimal);
        fields.push(value.unwrap_or_default());
    }
    match &draw.figures {
        Ok(figures) => {
            let month = match figures.recoup_month {
                Some(month) => month.to_string(),
                None if !figures.has_loan() => "0".to_string(),
                None => String::new(),
            };
            fields.extend([
                month,
                figures.loan.to_string(),
                figures.thil_npv.to_string(),
                figures.fusion_net_cash.to_string(),
            ]);
        }
        Err(_) => fields.extend(FIGURE_KEYS.map(|_| "invalid".to_string())),
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::venture::risk::{run, Distribution, UncertainInput};

    #[test]
    fn one_line_per_draw_with_its_values_and_figures() {
        let minutes = Distribution::uniform(UncertainInput::Minutes, 2_000_000, 4_000_000).unwrap();
        let term = Distribution::triangular(UncertainInput::Termination, 1700, 1900, 2100).unwrap();
        let plan = RiskPlan::new(vec![term, minutes], 100, 3).unwrap();
        let base = VentureInputs::defaults();
        let csv = draws_csv(&base, &plan);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "draw,min,term,recoup_month,loan,thil_npv,fusion_net_cash"
        );
        assert_eq!(lines.len(), 101);
        // The lines are the draws the figures count: their mean NPV is the figures'.
        let npv_cents: i64 = lines[1..]
            .iter()
            .map(|line| {
                let npv = line.split(',').nth(5).unwrap();
                npv.replace('.', "").parse::<i64>().unwrap()
            })
            .sum();
        let figures = run(&plan, &base).unwrap();
        // A positive sum: round half up is half away from zero.
        assert!(npv_cents > 0);
        assert_eq!(
            (npv_cents + 50).div_euclid(100),
            figures.thil_npv.mean.cents()
        );
        assert!(lines[1].starts_with("1,"));
    }
}
