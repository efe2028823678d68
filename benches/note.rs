//! Criterion benchmarks of the Note engine: its schedule of interest dates (what a
//! goal seek on the Note evaluates again and again) and the whole model.

use criterion::{criterion_group, criterion_main, Criterion};
use dealmodel::engine::note::schedule::schedule;
use dealmodel::engine::note::{compute, DayBasis, NoteInputs, PayDown};
use dealmodel::engine::{Date, Money};
use std::hint::black_box;

/// Five years to the demand, two pay-downs and two missed interest dates: every
/// kind of period the schedule has.
fn busy() -> NoteInputs {
    NoteInputs {
        demand: Some(Date::known(2008, 1, 31)),
        paydowns: vec![
            PayDown {
                date: Date::known(2004, 5, 15),
                amount: Money::from_whole(2_000),
            },
            PayDown {
                date: Date::known(2006, 2, 1),
                amount: Money::from_whole(3_000),
            },
        ],
        missed: vec![Date::known(2003, 9, 30), Date::known(2005, 12, 31)],
        ..NoteInputs::defaults()
    }
}

fn note(c: &mut Criterion) {
    let defaults = NoteInputs::defaults();
    c.bench_function("note_schedule_1_year", |b| {
        b.iter(|| schedule(black_box(&defaults), DayBasis::Act360))
    });
    let busy = busy();
    c.bench_function("note_schedule_5_years", |b| {
        b.iter(|| schedule(black_box(&busy), DayBasis::Act360))
    });
    c.bench_function("note_compute_5_years", |b| {
        b.iter(|| compute(black_box(&busy)))
    });
}

criterion_group!(benches, note);
criterion_main!(benches);
