//! Every figure explains itself: the explanation's tree, evaluated as written,
//! gives the figure to the cent, and every explanation names a clause or says
//! "assumption".

mod support;

use dealmodel::engine::venture;
use dealmodel::engine::venture::VentureInputs;

#[test]
fn the_issues_example_at_the_venture_defaults() {
    let inputs = VentureInputs::defaults();
    let outcome = venture::compute(&inputs).unwrap();
    let e = venture::explain::explain(&inputs, &outcome, "rows[0].retained").unwrap();
    assert_eq!(
        e.line(),
        "retained = round(D × (S − T) / C) = round(75,200.00 × (95,000.00 − 80,000.00) / 380,000.00) = 2,968.42 — amended cl. 2(2)(1)(b); funded reading"
    );
    println!("{}", e.text());
}
