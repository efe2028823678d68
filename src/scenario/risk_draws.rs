//! The risk view's draws as CSV, one line per draw: its number, the sampled
//! value of each uncertain input (as links write it) and the draw's key figures
//! (`recoup_month` 0 where no loan is drawn, empty where the loan is not
//! recouped), or `invalid` where the draw is beyond the model's range. The
//! page's "Download the draws (CSV)" writes it when clicked.

use super::risk::input_key;
use super::values::write_decimal;
use crate::engine::venture::risk::{RiskPlan, RiskRun};
use crate::engine::venture::VentureInputs;
use std::fmt::Write;

/// Every draw of `plan` on `inputs`, as CSV.
pub fn draws_csv(inputs: &VentureInputs, plan: &RiskPlan) -> String {
    let mut csv = String::from("draw");
    for distribution in plan.distributions() {
        csv.push(',');
        csv.push_str(input_key(distribution.input()));
    }
    csv.push_str(",recoup_month,loan,thil_npv,fusion_net_cash\n");
    let mut run = RiskRun::new(plan.clone(), inputs);
    let mut number = 0_u32;
    while let Some(draw) = run.next_draw() {
        number += 1;
        let _ = write!(csv, "{number}");
        for distribution in plan.distributions() {
            let value = draw.values.value(distribution.input()).map(write_decimal);
            let _ = write!(csv, ",{}", value.unwrap_or_default());
        }
        match &draw.figures {
            Ok(figures) => {
                let month = match figures.recoup_month {
                    Some(month) => month.to_string(),
                    None if !figures.has_loan() => "0".to_string(),
                    None => String::new(),
                };
                let _ = writeln!(
                    csv,
                    ",{month},{},{},{}",
                    figures.loan, figures.thil_npv, figures.fusion_net_cash
                );
            }
            Err(_) => csv.push_str(",invalid,invalid,invalid,invalid\n"),
        }
    }
    csv
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
