//! Criterion benchmarks of the Venture engine: the whole computation (120 months),
//! and reading a link.

use criterion::{criterion_group, criterion_main, Criterion};
use dealmodel::engine::venture::{compute, VentureInputs};
use dealmodel::scenario::read_link;
use std::hint::black_box;

fn venture(c: &mut Criterion) {
    let inputs = VentureInputs {
        months: 120,
        ..VentureInputs::defaults()
    };
    c.bench_function("venture_120_months", |b| {
        b.iter(|| compute(black_box(&inputs)))
    });
    let defaults = VentureInputs::defaults();
    c.bench_function("venture_24_months", |b| {
        b.iter(|| compute(black_box(&defaults)))
    });
    let link = "#/venture?v=1&months=120&min=4500000&term=0.185&share=27.5";
    c.bench_function("read_link", |b| b.iter(|| read_link(black_box(link))));
}

criterion_group!(benches, venture);
criterion_main!(benches);
