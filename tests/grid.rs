//! The sensitivity grid on the Venture: its shape and header, cells equal to the
//! engine at their point, axis specs refused with a message naming them, and
//! the command line's CSV.

mod support;

use dealmodel::engine::venture::{compute, VentureInputs};
use dealmodel::scenario::grid::{grid, grid_with, read_axis, read_result_key, Grid, INVALID_CELL};
use dealmodel::scenario::link::LinkScenario;
use dealmodel::scenario::output::Scalar;
use dealmodel::scenario::read_link;
use dealmodel::scenario::seek::Evaluator;
use rust_decimal::Decimal;
use std::str::FromStr;
use support::dealmodel;

fn scenario(link: &str) -> LinkScenario {
    read_link(link).expect("a valid link").scenario
}

fn d(text: &str) -> Decimal {
    Decimal::from_str(text).expect("a decimal")
}

fn make(link: &str, rows: &str, cols: &str, key: &str) -> Grid {
    let scenario = scenario(link);
    let rows = read_axis(&scenario, "--rows", rows).expect("rows");
    let cols = read_axis(&scenario, "--cols", cols).expect("cols");
    let key = read_result_key(&scenario, key).expect("a result");
    grid(&scenario, rows, cols, key).expect("a grid")
}

#[test]
fn the_41_by_41_grid_of_the_issue() {
    let grid = make(
        "#/venture",
        "min=1000000..6000000:41",
        "term=0.15..0.23:41",
        "recoup_month",
    );
    assert_eq!(grid.rows.values.len(), 41);
    assert_eq!(grid.cols.values.len(), 41);
    assert_eq!(grid.rows.values[1], d("1125000"));
    assert_eq!(grid.cols.values[1], d("0.152"));
    assert_eq!(grid.cols.values[40], d("0.23"));
    let csv = grid.csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 42);
    assert!(
        lines[0].starts_with("min\\term,0.15,0.152,0.154,"),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with(",0.228,0.23"));
    assert!(lines.iter().all(|line| line.split(',').count() == 42));
    assert!(lines[1].starts_with("1000000,"));
    assert!(lines[41].starts_with("6000000,"));

    // Every cell is the engine's recoup month at its point (empty where never recouped).
    for (r, minutes) in grid.rows.values.iter().enumerate() {
        for (c, rate) in grid.cols.values.iter().enumerate() {
            let inputs = VentureInputs {
                minutes: *minutes,
                termination_rate: *rate,
                ..VentureInputs::defaults()
            };
            let expected = compute(&inputs)
                .expect("computes")
                .results
                .recoup
                .map(|x| x.month as i64);
            let cell = grid.cells[r][c].clone().expect("valid");
            assert_eq!(
                cell,
                expected.map_or(Scalar::Null, Scalar::Int),
                "min {minutes}, term {rate}"
            );
            let text = lines[r + 1].split(',').nth(c + 1).expect("a cell");
            assert_eq!(text, expected.map_or(String::new(), |m| m.to_string()));
        }
    }
    // Some of each: recouped early, late, and never.
    assert!(lines[1].ends_with(",,"));
    assert!(matches!(grid.cells[40][0], Some(Scalar::Int(m)) if m < 6));
}

#[test]
fn money_cells_are_written_as_the_output_writes_them() {
    let grid = make("#/venture", "share=25..30:3", "disc=0..20:2", "thil_npv");
    let lines: Vec<String> = grid.csv().lines().map(str::to_string).collect();
    assert_eq!(lines[0], "share\\disc,0,20");
    assert!(lines[1].starts_with("25,"));
    assert!(lines[2].starts_with("27.5,"));
    let inputs = VentureInputs {
        share_pct: d("27.5"),
        discount_pct: d("20"),
        ..VentureInputs::defaults()
    };
    let npv = compute(&inputs)
        .expect("computes")
        .results
        .thil_npv
        .to_string();
    assert_eq!(
        lines[2],
        format!(
            "27.5,{},{npv}",
            grid.cells[1][0].clone().expect("valid").text()
        )
    );
    assert!(npv.contains('.') && npv.rsplit('.').next().map(str::len) == Some(2));
}

#[test]
fn axes_may_descend_or_hold_one_point() {
    let grid = make(
        "#/venture",
        "min=6000000..1000000:3",
        "term=0.19..0.19:1",
        "thil_payback_month",
    );
    assert_eq!(
        grid.rows.values,
        vec![d("6000000"), d("3500000"), d("1000000")]
    );
    assert_eq!(grid.cols.values, vec![d("0.19")]);
    assert_eq!(grid.csv().lines().next(), Some("min\\term,0.19"));
}

#[test]
fn scenarios_that_are_not_valid_are_marked() {
    // 120 months at 20,000,000 minutes growing 50 % a month leave the model's range.
    let grid = make(
        "#/venture?months=120&min=20000000",
        "growth=0..50:2",
        "sell=0.25..0.25:1",
        "thil_npv",
    );
    assert!(grid.cells[0][0].is_some());
    assert_eq!(grid.cells[1][0], None);
    assert!(grid.csv().ends_with(&format!("50,{INVALID_CELL}\n")));
    // `end` beyond the months modelled is not a scenario.
    let grid = make(
        "#/venture",
        "months=12..24:2",
        "end=12..24:2",
        "recoup_month",
    );
    assert_eq!(grid.cells[0][1], None);
    assert!(grid.cells[0][0].is_some() && grid.cells[1][0].is_some() && grid.cells[1][1].is_some());
}

#[test]
fn the_link_evaluator_gives_the_same_grid() {
    let scenario = scenario("#/venture?months=36");
    let axis = |flag, text| read_axis(&scenario, flag, text).expect("an axis");
    let fast = grid(
        &scenario,
        axis("--rows", "min=2000000..5000000:4"),
        axis("--cols", "lag=0..3:4"),
        "thil_npv",
    )
    .expect("a grid");
    let slow = grid_with(
        &Evaluator::through_link(&scenario),
        axis("--rows", "min=2000000..5000000:4"),
        axis("--cols", "lag=0..3:4"),
        "thil_npv",
    )
    .expect("a grid");
    assert_eq!(fast, slow);
}

#[test]
fn bad_axes_are_refused_naming_them() {
    let venture = scenario("#/venture");
    let refused = |text: &str| read_axis(&venture, "--rows", text).expect_err(text);
    assert!(
        refused("min=0..10:4").contains("4 points from 0 to 10 do not all lie on its precision")
    );
    assert!(refused("term=0..3:4").starts_with("--rows: term: \"3\" is out of range"));
    assert!(refused("term=0.15..0.23").contains("is not PARAM=FROM..TO:POINTS"));
    assert!(refused("term=0.15-0.23:41").contains("is not PARAM=FROM..TO:POINTS"));
    assert!(refused("term=0.15..0.23:0").contains("POINTS \"0\" is not a count"));
    assert!(refused("term=0.15..0.23:x").contains("is not a count"));
    assert!(refused("basis=0..1:2").contains("basis is not a numeric input"));
    assert!(refused("min=5..5:2").contains("do not all lie"));
    assert!(refused("min=5..6:1").contains("do not all lie"));
    assert!(refused("share=20..30:3").contains("share: \"20\" is out of range"));
    let rows = read_axis(&venture, "--rows", "min=0..10:2").expect("rows");
    let cols = read_axis(&venture, "--cols", "min=0..10:2").expect("cols");
    assert!(grid(&venture, rows, cols, "thil_npv")
        .expect_err("same input")
        .contains("already the rows' input"));
    assert!(read_result_key(&venture, "nope")
        .expect_err("unknown")
        .contains("allowed: total_cost,"));
}

#[test]
fn the_command_line_prints_csv() {
    let (status, out, _) = dealmodel(&[
        "grid",
        "#/venture",
        "--rows",
        "min=1000000..6000000:41",
        "--cols",
        "term=0.15..0.23:41",
        "--result",
        "recoup_month",
    ]);
    assert_eq!(status, 0);
    let expected = make(
        "#/venture",
        "min=1000000..6000000:41",
        "term=0.15..0.23:41",
        "recoup_month",
    )
    .csv();
    assert_eq!(out, expected);

    for (args, says) in [
        (
            &[
                "grid",
                "#/venture",
                "--rows",
                "min=0..10:4",
                "--cols",
                "term=0.15..0.23:41",
                "--result",
                "recoup_month",
            ][..],
            "--rows: min: 4 points",
        ),
        (
            &[
                "grid",
                "#/venture",
                "--rows",
                "min=0..10:2",
                "--cols",
                "term=0..9:2",
                "--result",
                "nope",
            ][..],
            "--cols: term: \"9\" is out of range",
        ),
        (
            &[
                "grid",
                "#/venture",
                "--rows",
                "min=0..10:2",
                "--cols",
                "term=0..1:2",
                "--result",
                "nope",
            ][..],
            "--result: nope is not a result",
        ),
        (
            &[
                "grid",
                "#/venture",
                "--rows",
                "min=0..10:2",
                "--cols",
                "term=0..1:2",
            ][..],
            "--result: missing",
        ),
        (
            &[
                "grid",
                "#/venture?min=x",
                "--rows",
                "min=0..10:2",
                "--cols",
                "term=0..1:2",
                "--result",
                "thil_npv",
            ][..],
            "min: \"x\" is not a number",
        ),
    ] {
        let (status, out, err) = dealmodel(args);
        assert_eq!(status, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
