//! What the page shows about each MSA input: label, source, summary, control.

use super::{COMMITMENT, DUE_DAYS, EXTENSIONS, LATE_DAYS, MRC, NRC, RATE, TERM_MONTHS};
use crate::scenario::fields::{field, slides, Control::*, FieldInfo, Source::*};

/// The inputs in the order of the model book's Inputs table.
pub const FIELDS: &[FieldInfo] = &[
    field("tendered", "Service Order tendered on", Contract("cl. 1"), "The Provider presents a Service Order for each service TWW applies for; TWW says within 48 hours whether it accepts it.", Date),
    field("accept", "Acceptance Date (service starts)", Contract("cl. 8, Exhibit A"), "Recurring charges accrue from the Acceptance Date, which is also the Service Commencement Date. Empty: four days after the tender (an assumption).", Date),
    field("termm", "Service Term (months)", Contract("cl. 3"), "Each Service Order runs for a minimum term of at least one year, the Minimum Commitment.", slides("12", "60", "1", "6")).with_range(TERM_MONTHS),
    field("ext", "One-year extensions taken", Contract("cl. 3"), "TWW may extend a Service Order by consecutive one-year periods, after a preliminary notice at least 30 days before it expires.", Number).with_range(EXTENSIONS),
    field("mrc", "Monthly recurring charge ($)", Assumption, "The monthly price of the service, set in the Service Order.", slides("0", "100000", "500", "5000")).with_range(MRC),
    field("nrc", "Non-recurring charge ($)", ContractAmountAssumed("cl. 4, 6(g)"), "A one-time initiation charge of the Service Order, billed on the first invoice; its amount is an assumption.", Number).with_range(NRC),
    field("bill", "Billing period", Contract("cl. 4"), "Recurring charges are billed in advance monthly, quarterly or annually; a part period is charged pro rata.", Choice(&[("monthly", "Monthly"), ("quarterly", "Quarterly"), ("annually", "Annually")])),
    field("due", "Payment due after invoice (days)", ContractAmountAssumed("cl. 6(b)"), "Payment falls due monthly unless the Service Order says otherwise; the number of days after the invoice is an assumption.", Number).with_range(DUE_DAYS),
    field("commit", "Minimum Commitment ($)", Contract("cl. 3"), "If TWW falls short of its commitment for the Commitment Period, it pays the difference between what it should have paid and what it paid. Empty: the recurring charges of the Commitment Period.", Number).with_range(COMMITMENT),
    field("paid", "Charges TWW paid in the Commitment Period ($)", Contract("cl. 3"), "What TWW actually paid in the Commitment Period, against which the shortfall is measured. Empty: every invoice paid.", Number).with_range(COMMITMENT),
    field("stop", "TWW terminates on", Contract("cl. 12"), "TWW may end a Service Order early; it then owes its outstanding invoices and, as liquidated damages, the charges for the rest of the term.", OptionalDate),
    field("cause", "Cause of termination", Contract("cl. 12(b)(i)–(iii)"), "No termination charge is due when TWW terminates for the Provider's uncured breach, failure to deliver within 15 business days, or repeated breaches.", Choice(&[("voluntary", "Voluntary"), ("provider-breach", "Provider's breach")])),
    field("late", "Late-payment rate (% a month)", Contract("cl. 6(c)"), "Amounts unpaid by the due date bear interest at 1.5 % a month, or the highest lawful rate if lower.", Number).with_range(RATE),
    field("lawful", "Highest lawful rate (% a month)", Contract("cl. 6(c)"), "The law may cap the late-payment rate; the lower of the two applies. Empty: no cap.", OptionalNumber).with_range(RATE),
    field("latec", "Late-interest convention", Contract("cl. 6(c)"), "The clause gives a rate a month but not how part months count: 18 % a year by days over 365 (common billing practice), each started month in full, or 30-day months.", Choice(&[("daily365", "By days over 365"), ("permonth", "Each started month"), ("days30", "30-day months")])),
    field("lateinv", "Invoice paid late (number)", Contract("cl. 6(c)"), "The invoice whose late payment is priced. Empty: none.", OptionalNumber),
    field("latedays", "Days it is paid after its due date", Contract("cl. 6(c)"), "How many days after its due date that invoice is paid in full.", Number).with_range(LATE_DAYS),
    field("notice", "A notice of breach received on", Contract("cl. 12, 16"), "A breach notified in writing and not cured within five days lets the other party act; a posted notice counts as received seven days after posting. Empty: none.", OptionalDate),
];

/// The field of a parameter.
pub fn msa_field(param: &str) -> Option<&'static FieldInfo> {
    FIELDS.iter().find(|field| field.param == param)
}
