//! One label per figure: every surface that names a figure (headlines, table
//! headers, compare, goal seek, the heatmap, the tornado, the risk view's
//! spreads) shows the catalogue's label for its key, so the surfaces cannot
//! drift apart again ("THIL payback" against "THIL payback (cash month)").

use dealmodel::scenario::catalogue::{self, result_label};
use dealmodel::scenario::deal_form::{Deal, DealForm};
use dealmodel::scenario::read_link;
use dealmodel::view::deal::compare_of;
use dealmodel::view::page::page_view;
use dealmodel::view::risk::risk_view;
use dealmodel::view::risk_run::{Draws, RiskKey};
use dealmodel::view::seek::target_choices;
use dealmodel::view::sensitivity::{tornado_chart, tornado_of, HeatKey};

const LINKS: &[&str] = &[
    "#/venture?v=1&end=12",
    "#/venture?v=1&terms=original",
    "#/msa?v=1&stop=2003-11-20",
    "#/note?v=1&missed=2003-09-30",
];

#[test]
fn headlines_and_table_headers_use_the_catalogues_labels() {
    for link in LINKS {
        let read = read_link(link).expect("reads");
        let deal = Deal::of_scenario(&read.scenario);
        let view = page_view(&read.scenario).expect("computes");
        for headline in view.headlines.iter() {
            let key = headline.id.replace('-', "_");
            assert_eq!(headline.label, result_label(deal, &key), "{link}: {key}");
        }
        for named in view.tables.get() {
            for column in &named.table.columns {
                let table = if named.id == "dates-table" {
                    "dates"
                } else {
                    "rows"
                };
                let figure = catalogue::column(deal, table, column.key).expect("declared");
                assert_eq!(column.header, figure.label, "{link}: {}", column.key);
            }
        }
    }
}

#[test]
fn compare_and_goal_seek_use_the_catalogues_labels() {
    for link in LINKS {
        let read = read_link(link).expect("reads");
        let deal = Deal::of_scenario(&read.scenario);
        let view = compare_of(&deal.defaults(), &read.scenario).expect("computes");
        for line in &view.lines {
            assert_eq!(line.label, result_label(deal, line.key), "{link}");
        }
        for choice in target_choices(deal) {
            assert_eq!(choice.1, result_label(deal, choice.0), "{link}");
        }
    }
}

#[test]
fn the_heatmap_the_tornado_and_the_risk_view_use_the_catalogues_labels() {
    for key in [HeatKey::RecoupMonth, HeatKey::ThilNpv] {
        assert_eq!(key.label(), result_label(Deal::Venture, key.key()));
    }
    let venture = Deal::Venture.defaults();
    let tornado = tornado_of(&venture).expect("the defaults compute");
    for (fusion, key) in [(false, "thil_npv"), (true, "fusion_net_cash")] {
        let (_, title) = tornado_chart(&tornado, fusion, 100.0);
        assert!(
            title.starts_with(result_label(Deal::Venture, key)),
            "{title}"
        );
    }
    let form = DealForm::from_link(
        Deal::Venture,
        "#/venture?v=1&risk=min:uniform:2000000..4000000&draws=200",
    );
    let key = RiskKey::of(&form);
    let mut draws = Draws::start(&key).expect("a plan");
    while !draws.advance(50) {}
    let figures = draws.figures().expect("valid draws");
    for line in risk_view(&figures, key.headline_month()).spreads {
        assert_eq!(line.label, result_label(Deal::Venture, line.key));
    }
}
