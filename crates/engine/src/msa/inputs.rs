//! The inputs of one Service Order (`msa.md`, "Inputs"), valid by construction
//! (the `scenario` layer checks them), and the defaults that follow other inputs.

use crate::{Date, Money};
use rust_decimal::Decimal;

/// How often recurring charges are invoiced in advance (cl. 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Billing {
    /// Calendar months.
    Monthly,
    /// Calendar quarters.
    Quarterly,
    /// Service years counted from the Acceptance Date.
    Annually,
}

impl Billing {
    /// The months of a full billing period: its full charge is MRC × this.
    pub fn months(self) -> u32 {
        match self {
            Billing::Monthly => 1,
            Billing::Quarterly => 3,
            Billing::Annually => 12,
        }
    }
}

/// Why TWW ends the Service Order early (cl. 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cause {
    /// TWW's own choice: the termination charge is due.
    Voluntary,
    /// The Provider's breach, cl. 12(b)(i)–(iii): no termination charge.
    ProviderBreach,
}

/// How late-payment interest at a monthly rate is counted (`msa.md`, "Readings").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LateConvention {
    /// 12 × the monthly rate a year, pro rata by days over 365.
    Daily365,
    /// Each started month charged in full.
    PerMonth,
    /// 30-day months.
    Days30,
}

/// One Service Order's inputs. A following input is `None` while it follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MsaInputs {
    /// The day the Provider tendered the Service Order (cl. 1).
    pub tendered: Date,
    /// The Acceptance Date (= Service Commencement Date); `None`: `tendered` + 4 days.
    pub accept: Option<Date>,
    /// The Service Term in months (12–60).
    pub term_months: u32,
    /// One-year extensions taken (cl. 3).
    pub extensions: u32,
    /// The monthly recurring charge.
    pub mrc: Money,
    /// The non-recurring charge, on the first invoice (cl. 6(g)).
    pub nrc: Money,
    pub billing: Billing,
    /// Days from an invoice to its due date (cl. 6(b)).
    pub due_days: u32,
    /// The Minimum Commitment in dollars; `None`: the Commitment Period's recurring charges.
    pub commit: Option<Money>,
    /// What TWW paid in the Commitment Period; `None`: the same charges (every invoice paid).
    pub paid: Option<Money>,
    /// The day TWW terminates, if it does (after the Acceptance Date, within the term).
    pub stop: Option<Date>,
    pub cause: Cause,
    /// The contract's late-payment rate, percent a month (cl. 6(c)).
    pub late_pct: Decimal,
    /// The highest lawful rate, percent a month; `None`: no cap.
    pub lawful_pct: Option<Decimal>,
    pub late_convention: LateConvention,
    /// The invoice paid late (1 = the first), among the invoices shown.
    pub late_invoice: Option<u32>,
    /// Days after its due date that invoice is paid.
    pub late_days: u32,
    /// The day a notice of breach is received (cl. 12, 16).
    pub notice: Option<Date>,
}

/// Days from the tender to the default Acceptance Date (an assumption of `msa.md`).
pub const DEFAULT_ACCEPTANCE_DAYS: i64 = 4;

impl MsaInputs {
    /// The model book's defaults.
    pub fn defaults() -> MsaInputs {
        MsaInputs {
            tendered: Date::known(2003, 6, 12),
            accept: None,
            term_months: 12,
            extensions: 0,
            mrc: Money::from_whole(10_000),
            nrc: Money::from_whole(2_500),
            billing: Billing::Monthly,
            due_days: 30,
            commit: None,
            paid: None,
            stop: None,
            cause: Cause::Voluntary,
            late_pct: Decimal::new(15, 1),
            lawful_pct: None,
            late_convention: LateConvention::Daily365,
            late_invoice: None,
            late_days: 0,
            notice: None,
        }
    }

    /// The Acceptance Date in force: the explicit one, or `tendered` + 4 days
    /// (`None` only beyond the calendar's range).
    pub fn acceptance(&self) -> Option<Date> {
        match self.accept {
            Some(date) => Some(date),
            None => self.default_acceptance(),
        }
    }

    /// What `accept` follows to: `tendered` + 4 days.
    pub fn default_acceptance(&self) -> Option<Date> {
        self.tendered.plus_days(DEFAULT_ACCEPTANCE_DAYS)
    }

    /// The Service Term in months, extensions included.
    pub fn total_months(&self) -> u32 {
        self.term_months
            .saturating_add(self.extensions.saturating_mul(12))
    }

    /// The monthly late rate applied: the lower of the contract's and the lawful one.
    pub fn applied_late_pct(&self) -> Decimal {
        match self.lawful_pct {
            Some(lawful) if lawful < self.late_pct => lawful,
            _ => self.late_pct,
        }
    }
}
