//! One part of the page per module. Inputs send `PageAction`s; results render
//! the view-model built once per scenario.

mod chart;
mod choice;
mod costs;
mod data_table;
mod deal_extras;
mod deal_field;
mod deal_page;
mod explain_panel;
mod field;
mod field_error;
mod header;
mod headlines;
mod link_error;
mod monthly_table;
mod msa_pieces;
mod note_words;
mod notices;
mod panel;
mod says;
mod select_box;
mod slider;
mod stop_chart;
mod text_box;
mod venture_page;

pub use chart::CashChart;
pub use choice::Choice;
pub use deal_page::DealPage;
pub use explain_panel::ExplainPanel;
pub use header::PageHeader;
pub use headlines::Headlines;
pub use link_error::LinkError;
pub use monthly_table::MonthlyTable;
pub use notices::Notices;
pub use panel::Panel;
pub use slider::Slider;
pub use venture_page::VenturePage;
