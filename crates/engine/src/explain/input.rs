//! The inputs an explanation can name, by a typed id ([`InputId`]): one variant
//! per input of each deal's inputs (`VentureInputs`, `MsaInputs`, `NoteInputs`).
//! The engine knows an input by what it is; the link key it is written with and
//! the label a person reads are the scenario layer's, which maps each id to both.

/// An input of one of the deals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputId {
    Venture(VentureInput),
    Msa(MsaInput),
    Note(NoteInput),
}

/// An input of the Venture (a field of `VentureInputs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VentureInput {
    Terms,
    Start,
    Months,
    /// Minutes in month 1.
    Minutes,
    Growth,
    Sell,
    Credits,
    TerminationRate,
    FusionFeeRate,
    SubcontractorFeeRate,
    Basis,
    Fiber,
    Loops,
    Budget,
    /// The cost items, each named by its index.
    Costs,
    Share,
    Contribution,
    ExceedCap,
    Reading,
    Losses,
    Lag,
    Discount,
    End,
    Salvage,
}

/// An input of the MSA (a field of `MsaInputs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MsaInput {
    Tendered,
    Accept,
    TermMonths,
    Extensions,
    Mrc,
    Nrc,
    Billing,
    DueDays,
    Commit,
    Paid,
    Stop,
    Cause,
    LatePct,
    LawfulPct,
    LateConvention,
    LateInvoice,
    LateDays,
    Notice,
}

/// An input of the note (a field of `NoteInputs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteInput {
    Amount,
    Dated,
    Rate,
    Usury,
    Basis,
    First,
    Demand,
    PayDowns,
    Missed,
    Collection,
}

// Every id, for the tables that map them (and their tests) to walk.
impl VentureInput {
    pub const ALL: &'static [VentureInput] = &[
        VentureInput::Terms,
        VentureInput::Start,
        VentureInput::Months,
        VentureInput::Minutes,
        VentureInput::Growth,
        VentureInput::Sell,
        VentureInput::Credits,
        VentureInput::TerminationRate,
        VentureInput::FusionFeeRate,
        VentureInput::SubcontractorFeeRate,
        VentureInput::Basis,
        VentureInput::Fiber,
        VentureInput::Loops,
        VentureInput::Budget,
        VentureInput::Costs,
        VentureInput::Share,
        VentureInput::Contribution,
        VentureInput::ExceedCap,
        VentureInput::Reading,
        VentureInput::Losses,
        VentureInput::Lag,
        VentureInput::Discount,
        VentureInput::End,
        VentureInput::Salvage,
    ];
}

impl MsaInput {
    pub const ALL: &'static [MsaInput] = &[
        MsaInput::Tendered,
        MsaInput::Accept,
        MsaInput::TermMonths,
        MsaInput::Extensions,
        MsaInput::Mrc,
        MsaInput::Nrc,
        MsaInput::Billing,
        MsaInput::DueDays,
        MsaInput::Commit,
        MsaInput::Paid,
        MsaInput::Stop,
        MsaInput::Cause,
        MsaInput::LatePct,
        MsaInput::LawfulPct,
        MsaInput::LateConvention,
        MsaInput::LateInvoice,
        MsaInput::LateDays,
        MsaInput::Notice,
    ];
}

impl NoteInput {
    pub const ALL: &'static [NoteInput] = &[
        NoteInput::Amount,
        NoteInput::Dated,
        NoteInput::Rate,
        NoteInput::Usury,
        NoteInput::Basis,
        NoteInput::First,
        NoteInput::Demand,
        NoteInput::PayDowns,
        NoteInput::Missed,
        NoteInput::Collection,
    ];
}

impl From<VentureInput> for InputId {
    fn from(input: VentureInput) -> InputId {
        InputId::Venture(input)
    }
}

impl From<MsaInput> for InputId {
    fn from(input: MsaInput) -> InputId {
        InputId::Msa(input)
    }
}

impl From<NoteInput> for InputId {
    fn from(input: NoteInput) -> InputId {
        InputId::Note(input)
    }
}
