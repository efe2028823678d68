//! The page's title, what the deal is, the links between the three deals
//! (each with its own scenario), and the link actions (copy, reset).

use crate::scenario::deal_form::{Deal, DealAction};
use crate::ui::hooks::use_copy_link;
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct PageHeaderProps {
    pub deal: Deal,
    /// A scenario of this deal is pinned as A.
    pub pinned: bool,
    /// Each deal with the link of its current scenario.
    pub links: Vec<(Deal, String)>,
    /// The scenario's canonical link part.
    pub link: AttrValue,
    pub dispatch: Dispatch,
    /// Whether Undo and Redo have a step to take.
    #[prop_or_default]
    pub can_undo: bool,
    #[prop_or_default]
    pub can_redo: bool,
    /// The Venture under its original terms (the subtitle says which terms).
    #[prop_or_default]
    pub original_terms: bool,
}

/// The deal's name in the links between the deals, its title, and a line on what it is.
pub fn describe(deal: Deal) -> (&'static str, &'static str, &'static str) {
    match deal {
        Deal::Venture => (
            "The Venture",
            "Deal modeller — the Venture",
            "The Fusion–THIL VoIP agreement of 2002, as amended: THIL's profit share, and the loan Fusion recoups from it.",
        ),
        Deal::Msa => (
            "The MSA",
            "Deal modeller — the MSA",
            "The Master Services Agreement of 2003 under which Fusion (the Provider) serves Terremark Worldwide (TWW): what a Service Order is invoiced, and what stopping early, falling short or paying late costs TWW.",
        ),
        Deal::Note => (
            "The Note",
            "Deal modeller — the Note",
            "Fusion's demand note of 2003: interest at Actual/360 payable quarterly, interest on overdue interest, and the payoff on demand.",
        ),
    }
}

#[component]
pub fn PageHeader(props: &PageHeaderProps) -> Html {
    let copy = use_copy_link(props.link.to_string());
    let on_copy = {
        let copy = copy.copy.clone();
        Callback::from(move |_: MouseEvent| copy.emit(()))
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(PageAction::Deal(DealAction::Reset)))
    };
    let send = |action: PageAction| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let pin = if props.pinned {
        html! { <button type="button" id="pin-a" onclick={send(PageAction::Pin)}>{ "Pin this as A instead" }</button> }
    } else {
        html! { <button type="button" id="pin-a" onclick={send(PageAction::Pin)}>{ "Pin as A to compare" }</button> }
    };
    let step = |action: PageAction| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action.clone()))
    };
    let (_, title, lede) = describe(props.deal);
    let lede = if props.deal == Deal::Venture && props.original_terms {
        "The Fusion–THIL VoIP agreement of 2002, as signed in April (the original terms, before the letter of 12 July 2002): THIL's profit share and its funding of the costs."
    } else {
        lede
    };
    let nav = props.links.iter().map(|(deal, link)| {
        let (name, _, _) = describe(*deal);
        let current = *deal == props.deal;
        html! {
            <li>
                <a id={format!("nav-{}", deal.route())} href={link.clone()}
                    aria-current={current.then_some("page")}>{ name }</a>
            </li>
        }
    });
    html! {
        <header class="page-header">
            <nav class="deals" aria-label="Deals">
                <ul>{ for nav }</ul>
            </nav>
            <div class="title">
                <h1>{ title }</h1>
                <p class="lede">{ lede }</p>
            </div>
            <div class="actions">
                <button type="button" id="copy-link" class="primary" onclick={on_copy}>{ "Copy link" }</button>
                <button type="button" id="reset" onclick={on_reset}>{ "Back to the defaults" }</button>
                { pin }
                // Under `if`: the buttons before it keep their elements when
                // another deal is shown.
                if props.deal == Deal::Venture {
                    <button type="button" id="compare-terms" onclick={send(PageAction::PinOtherTerms)}>{ "Compare with the other terms" }</button>
                }
                <button type="button" id="undo" onclick={step(PageAction::Undo)} disabled={!props.can_undo} title="Undo (Ctrl+Z)">{ "Undo" }</button>
                <button type="button" id="redo" onclick={step(PageAction::Redo)} disabled={!props.can_redo} title="Redo (Ctrl+Shift+Z)">{ "Redo" }</button>
                <p class="copy-status" role="status">{ copy.status.clone() }</p>
            </div>
        </header>
    }
}
