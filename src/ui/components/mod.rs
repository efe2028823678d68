//! One part of the page per module. Inputs send `PageAction`s; results render
//! the view-model built once per scenario.

mod chart;
mod chart_frame;
mod choice;
mod compare_panel;
mod costs;
mod csv_download;
mod data_table;
mod deal_extras;
mod deal_page;
mod deal_tables;
mod explain_panel;
mod field;
mod field_error;
mod fusion_view;
mod goal_seek;
mod grid_keys;
mod header;
mod headlines;
mod heatmap;
mod link_error;
mod msa_pieces;
mod note_words;
mod notices;
mod panel;
mod print_inputs;
mod risk_figures;
mod risk_panel;
mod saved;
mod says;
mod select_box;
mod sensitivity;
mod slider;
mod stop_chart;
mod svg;
mod text_box;
mod tornado;

pub use compare_panel::ComparePanel;
pub use deal_page::DealPage;
pub use explain_panel::ExplainPanel;
pub use fusion_view::FusionSection;
pub use goal_seek::GoalSeek;
pub use header::PageHeader;
pub use link_error::LinkError;
pub use print_inputs::PrintInputs;
pub use saved::SavedScenarios;
