//! Criterion benchmark of the risk view: 10,000 draws at 24 months (the
//! defaults), minutes uniform and the termination rate triangular.

use criterion::{criterion_group, criterion_main, Criterion};
use dealmodel::engine::venture::risk::{run, Distribution, RiskPlan, UncertainInput};
use dealmodel::engine::venture::VentureInputs;
use std::hint::black_box;

fn risk(c: &mut Criterion) {
    let distributions = [
        Distribution::uniform(UncertainInput::Minutes, 2_000_000, 4_000_000),
        Distribution::triangular(UncertainInput::Termination, 1700, 1900, 2100),
    ];
    let Some(plan) = RiskPlan::new(distributions.into_iter().flatten().collect(), 10_000, 1) else {
        return;
    };
    let base = VentureInputs::defaults();
    c.bench_function("risk_10000_draws_24_months", |b| {
        b.iter(|| run(black_box(&plan), black_box(&base)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = risk
}
criterion_main!(benches);
