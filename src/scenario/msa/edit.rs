//! One field of the MSA typed into the form, checked on the typed inputs: the
//! field read by its own reader and range, then the fields whose range it
//! decides (`accept` after `tendered`, `stop` within the term, `lateinv` among
//! the invoices shown) checked again in the same cascade as a link's, and the
//! model's range. Nothing is written into a link and read back; the messages
//! are the link's, with the text as typed.

use super::{out_of_model_range, read_accept, read_late_invoice, read_stop, set_independent};
use crate::engine::msa::MsaInputs;

/// The inputs with `param` set from `text` (empty: back to its default, or to
/// following), or every message in the Inputs table's order.
pub fn set(inputs: &MsaInputs, param: &str, text: &str) -> Result<MsaInputs, Vec<String>> {
    let text = text.trim();
    let mut next = inputs.clone();
    let own = if text.is_empty() {
        clear(&mut next, param);
        Ok(())
    } else {
        match param {
            "accept" => read_accept(text, Some(next.tendered)).map(|date| next.accept = Some(date)),
            "stop" => read_stop(text, Some(&next)).map(|date| next.stop = Some(date)),
            "lateinv" => {
                read_late_invoice(text, Some(&next)).map(|number| next.late_invoice = Some(number))
            }
            _ => set_independent(&mut next, param, text),
        }
    };
    own.map_err(|refusal| vec![refusal.message(param, text)])?;

    // The fields whose range another decides, as a link reads them and in the
    // Inputs table's order: one that is refused leaves those it decides
    // checked only for their form.
    let mut errors: Vec<String> = Vec::new();
    let mut term_valid = true;
    if let Some(accept) = next.accept {
        if let Err(refusal) = read_accept(&accept.to_string(), Some(next.tendered)) {
            errors.push(refusal.message("accept", &accept.to_string()));
            term_valid = false;
        }
    }
    let mut schedule_valid = term_valid;
    if let Some(stop) = next.stop.filter(|_| term_valid) {
        if let Err(refusal) = read_stop(&stop.to_string(), Some(&next)) {
            errors.push(refusal.message("stop", &stop.to_string()));
            schedule_valid = false;
        }
    }
    if let Some(number) = next.late_invoice.filter(|_| schedule_valid) {
        if let Err(refusal) = read_late_invoice(&number.to_string(), Some(&next)) {
            errors.push(refusal.message("lateinv", &number.to_string()));
        }
    }
    if errors.is_empty() {
        return match crate::scenario::run::msa(&next).as_ref() {
            Ok(_) => Ok(next),
            Err(error) => Err(vec![out_of_model_range(error)]),
        };
    }
    Err(errors)
}

/// What a link without `param` holds for it: the default, or none (an
/// optional input; `accept`, `commit` and `paid` then follow).
fn clear(next: &mut MsaInputs, param: &str) {
    let defaults = MsaInputs::defaults();
    match param {
        "tendered" => next.tendered = defaults.tendered,
        "accept" => next.accept = None,
        "termm" => next.term_months = defaults.term_months,
        "ext" => next.extensions = defaults.extensions,
        "mrc" => next.mrc = defaults.mrc,
        "nrc" => next.nrc = defaults.nrc,
        "bill" => next.billing = defaults.billing,
        "due" => next.due_days = defaults.due_days,
        "commit" => next.commit = None,
        "paid" => next.paid = None,
        "stop" => next.stop = None,
        "cause" => next.cause = defaults.cause,
        "late" => next.late_pct = defaults.late_pct,
        "lawful" => next.lawful_pct = None,
        "latec" => next.late_convention = defaults.late_convention,
        "lateinv" => next.late_invoice = None,
        "latedays" => next.late_days = defaults.late_days,
        "notice" => next.notice = None,
        // Not an MSA input: the form sends none.
        _ => {}
    }
}
