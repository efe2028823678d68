//! Criterion benchmarks of the negotiating tools on the Venture: the 41 × 41
//! sensitivity grid of the recoup month over minutes × termination rate, and
//! goal seeks (the fast path, and through links as the MSA and Note go).

use criterion::{criterion_group, criterion_main, Criterion};
use dealmodel::engine::venture::{compute, VentureInputs};
use dealmodel::scenario::grid::{grid, read_axis};
use dealmodel::scenario::link::LinkScenario;
use dealmodel::scenario::read_link;
use dealmodel::scenario::seek::{read_target, seek, seek_with, varied, Evaluator, Extreme};
use std::hint::black_box;

fn defaults() -> LinkScenario {
    match read_link("#/venture") {
        Ok(link) => link.scenario,
        Err(messages) => panic!("{messages:?}"),
    }
}

fn tools(c: &mut Criterion) {
    let scenario = defaults();
    let rows = read_axis(&scenario, "--rows", "min=1000000..6000000:41").expect("rows");
    let cols = read_axis(&scenario, "--cols", "term=0.15..0.23:41").expect("cols");
    c.bench_function("grid_41x41_recoup_month", |b| {
        b.iter(|| {
            grid(
                black_box(&scenario),
                rows.clone(),
                cols.clone(),
                "recoup_month",
            )
        })
    });
    // The floor: the engine alone at the same 1,681 points.
    let base = VentureInputs::defaults();
    c.bench_function("grid_41x41_engine_only", |b| {
        b.iter(|| {
            for minutes in &rows.values {
                for rate in &cols.values {
                    let inputs = VentureInputs {
                        minutes: *minutes,
                        termination_rate: *rate,
                        ..base.clone()
                    };
                    let _ = black_box(compute(&inputs));
                }
            }
        })
    });
    c.bench_function("seek_min_recoup_month_6", |b| {
        b.iter(|| {
            seek(
                black_box(&scenario),
                "min",
                "recoup_month=6",
                Extreme::Smallest,
            )
        })
    });
    c.bench_function("seek_salvage_thil_npv_cents", |b| {
        let ended = match read_link("#/venture?end=12") {
            Ok(link) => link.scenario,
            Err(messages) => panic!("{messages:?}"),
        };
        b.iter(|| {
            seek(
                black_box(&ended),
                "salvage",
                "thil_npv=500000.37",
                Extreme::Smallest,
            )
        })
    });
    let input = varied(&scenario, "min").expect("min");
    let target = read_target("venture", "recoup_month=6").expect("target");
    let through_link = Evaluator::through_link(&scenario);
    c.bench_function("seek_min_recoup_month_6_through_links", |b| {
        b.iter(|| {
            seek_with(
                black_box(&through_link),
                input,
                &target,
                "recoup_month=6",
                Extreme::Smallest,
            )
        })
    });
}

criterion_group!(benches, tools);
criterion_main!(benches);
