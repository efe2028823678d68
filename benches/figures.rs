//! Criterion benchmarks of the key figures (the heatmap's and the risk view's
//! path) beside the whole computation, at 24 and 120 months.

use criterion::{criterion_group, criterion_main, Criterion};
use dealmodel::engine::venture::figures::key_figures;
use dealmodel::engine::venture::VentureInputs;
use std::hint::black_box;

fn figures(c: &mut Criterion) {
    let defaults = VentureInputs::defaults();
    c.bench_function("key_figures_24_months", |b| {
        b.iter(|| key_figures(black_box(&defaults)))
    });
    let long = VentureInputs {
        months: 120,
        ..VentureInputs::defaults()
    };
    c.bench_function("key_figures_120_months", |b| {
        b.iter(|| key_figures(black_box(&long)))
    });
}

criterion_group!(benches, figures);
criterion_main!(benches);
