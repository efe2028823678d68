//! Criterion benchmarks of the MSA engine: the termination curve (the charge for
//! every possible stop date) as the runs of days the page's chart draws and as
//! its days one by one (the command line's and the oracle's form), and the
//! whole model.

use criterion::{criterion_group, criterion_main, Criterion};
use dealmodel::engine::msa::{compute, termination_curve, termination_runs, Billing, MsaInputs};
use std::hint::black_box;

fn msa(c: &mut Criterion) {
    let defaults = MsaInputs::defaults();
    c.bench_function("msa_curve_12_months", |b| {
        b.iter(|| termination_curve(black_box(&defaults)))
    });
    c.bench_function("msa_runs_12_months", |b| {
        b.iter(|| termination_runs(black_box(&defaults)))
    });
    // The longest term a link allows: 60 months and four one-year extensions.
    let longest = MsaInputs {
        term_months: 60,
        extensions: 4,
        ..MsaInputs::defaults()
    };
    c.bench_function("msa_curve_108_months", |b| {
        b.iter(|| termination_curve(black_box(&longest)))
    });
    c.bench_function("msa_runs_108_months", |b| {
        b.iter(|| termination_runs(black_box(&longest)))
    });
    let quarterly = MsaInputs {
        billing: Billing::Quarterly,
        ..longest.clone()
    };
    c.bench_function("msa_compute_108_months_quarterly", |b| {
        b.iter(|| compute(black_box(&quarterly)))
    });
}

criterion_group!(benches, msa);
criterion_main!(benches);
