//! "Saved scenarios": a name box and Save, and the list of scenarios saved in
//! this browser with Open, Rename and Delete (Delete asks once more). The list is
//! read from storage again before each change, so two tabs do not undo each
//! other's saves; what cannot be read is set aside and reported, never erased.

use crate::scenario::saved::{self, Changed, Saved};
use crate::ui::dom;
use crate::ui::hooks::storage::{now_iso, LocalStorage};
use crate::ui::state::Dispatch;
use crate::view::actions::PageAction;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(PartialEq, Properties)]
pub struct SavedProps {
    /// The canonical link of the scenario on show.
    pub link: AttrValue,
    pub dispatch: Dispatch,
}

/// The stored list and what to say about it (`saved::open`: what could not be
/// read is set aside first, and nothing is rewritten if that fails).
fn load() -> (Vec<Saved>, Option<String>) {
    let opened = saved::open(&mut LocalStorage, &now_iso());
    (opened.entries, opened.notice)
}

fn input_text(event: &InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

#[component]
pub fn SavedScenarios(props: &SavedProps) -> Html {
    let first = use_memo((), |_| load());
    let entries = use_state(|| first.0.clone());
    let notice = use_state(|| first.1.clone());
    let status = use_state(String::new);
    let name = use_state(String::new);
    let renaming = use_state(|| None::<(String, String)>);
    let confirming = use_state(|| None::<String>);
    // The rename box takes the focus when it opens (its button is gone).
    let rename_box = use_node_ref();
    {
        let rename_box = rename_box.clone();
        use_effect_with(renaming.as_ref().map(|(old, _)| old.clone()), move |open| {
            if open.is_some() {
                if let Some(input) = rename_box.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        });
    }

    // Reads the list again, applies `change`, stores and shows the result.
    let change = {
        let (entries, notice, status) = (entries.clone(), notice.clone(), status.clone());
        move |change: &dyn Fn(&[Saved]) -> Changed| {
            let (opened, changed) = saved::change(&mut LocalStorage, &now_iso(), change);
            if opened.notice.is_some() {
                notice.set(opened.notice);
            }
            let fresh = opened.entries;
            match changed {
                Ok((next, said)) => {
                    entries.set(next);
                    status.set(said);
                }
                Err(error) => {
                    entries.set(fresh);
                    status.set(error);
                }
            }
        }
    };

    let on_save = {
        let (change, name, link) = (change.clone(), name.clone(), props.link.to_string());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let when = now_iso();
            let typed = (*name).clone();
            change(&|list| {
                saved::save(list, &typed, &link, &when)
                    .map(|(got, next)| (next, format!("Saved as “{got}”.")))
            });
            name.set(String::new());
        })
    };
    let on_name = {
        let name = name.clone();
        Callback::from(move |event: InputEvent| name.set(input_text(&event)))
    };

    let rows = entries.iter().map(|entry| {
        let open = {
            let (link, dispatch, status, label) = (entry.link.clone(), props.dispatch.clone(), status.clone(), entry.name.clone());
            Callback::from(move |_: MouseEvent| {
                if dom::location_hash() == link {
                    dispatch.dispatch(PageAction::AddressChanged(link.clone()));
                } else {
                    dom::set_hash(&link);
                }
                status.set(format!("Opened “{label}”."));
            })
        };
        let start_rename = {
            let (renaming, old) = (renaming.clone(), entry.name.clone());
            Callback::from(move |_: MouseEvent| renaming.set(Some((old.clone(), old.clone()))))
        };
        let delete = {
            let (confirming, change, target) = (confirming.clone(), change.clone(), entry.name.clone());
            let armed = confirming.as_deref() == Some(entry.name.as_str());
            Callback::from(move |_: MouseEvent| {
                if armed {
                    change(&|list| Ok((saved::delete(list, &target), format!("Deleted “{target}”."))));
                    confirming.set(None);
                } else {
                    confirming.set(Some(target.clone()));
                }
            })
        };
        let name_label = entry.name.clone();
        let editing = renaming.as_ref().filter(|(old, _)| *old == entry.name).map(|(_, text)| text.clone());
        let body = match editing {
            Some(text) => {
                let on_input = {
                    let (renaming, old) = (renaming.clone(), entry.name.clone());
                    Callback::from(move |event: InputEvent| renaming.set(Some((old.clone(), input_text(&event)))))
                };
                let on_submit = {
                    let (renaming, change, old, text) = (renaming.clone(), change.clone(), entry.name.clone(), text.clone());
                    Callback::from(move |event: SubmitEvent| {
                        event.prevent_default();
                        change(&|list| saved::rename(list, &old, &text).map(|next| (next, format!("Renamed “{old}” to “{}”.", text.trim()))));
                        renaming.set(None);
                    })
                };
                let cancel = {
                    let renaming = renaming.clone();
                    Callback::from(move |_: MouseEvent| renaming.set(None))
                };
                let on_escape = {
                    let renaming = renaming.clone();
                    Callback::from(move |event: KeyboardEvent| {
                        if event.key() == "Escape" {
                            renaming.set(None);
                        }
                    })
                };
                html! {
                    <form class="rename" onsubmit={on_submit}>
                        <label>{ "New name " }<input ref={rename_box.clone()} type="text" class="rename-name" value={text} oninput={on_input} onkeydown={on_escape} maxlength="80" /></label>
                        <button type="submit">{ "Rename" }</button>
                        <button type="button" onclick={cancel}>{ "Cancel" }</button>
                    </form>
                }
            }
            None => html! {
                <>
                    <span class="saved-name">{ entry.name.clone() }</span>
                    <span class="saved-meta">{ format!(" {} · saved {}", route_name(&entry.link), entry.saved_at.replace('T', " ")) }</span>
                    <span class="saved-actions">
                        <button type="button" class="open" onclick={open} aria-label={format!("Open “{name_label}”")}>{ "Open" }</button>
                        <button type="button" class="rename-start" onclick={start_rename} aria-label={format!("Rename “{name_label}”")}>{ "Rename" }</button>
                        <button type="button" class="delete" onclick={delete} aria-label={format!("Delete “{name_label}”")}>
                            { if confirming.as_deref() == Some(entry.name.as_str()) { "Delete: sure?" } else { "Delete" } }
                        </button>
                    </span>
                </>
            },
        };
        html! { <li key={entry.name.clone()} data-name={entry.name.clone()}>{ body }</li> }
    });

    html! {
        <section class="saved no-print" aria-labelledby="saved-heading">
            <details open={!entries.is_empty() || notice.is_some()}>
                <summary><h2 id="saved-heading">{ format!("Saved scenarios ({})", entries.len()) }</h2></summary>
                if let Some(message) = (*notice).clone() {
                    <p id="saved-notice" class="saved-notice" role="alert">{ message }</p>
                }
                <form class="save-form" onsubmit={on_save}>
                    <label for="save-name">{ "Name this scenario" }</label>
                    <input id="save-name" type="text" maxlength="80" value={(*name).clone()} oninput={on_name} placeholder="e.g. THIL's counter-offer" />
                    <button id="save-scenario" type="submit" class="primary">{ "Save" }</button>
                </form>
                <p id="saved-status" class="saved-status" role="status">{ (*status).clone() }</p>
                <ul id="saved-list" class="saved-list">{ for rows }</ul>
                <p class="side-rules">{ "Saved in this browser only (it works offline); Copy link to share a scenario." }</p>
            </details>
        </section>
    }
}

fn route_name(link: &str) -> &'static str {
    if link.starts_with("#/compare") {
        "Compare"
    } else if link.starts_with("#/fusion") {
        "Fusion's position"
    } else if link.starts_with("#/msa") {
        "MSA"
    } else if link.starts_with("#/note") {
        "Note"
    } else {
        "Venture"
    }
}
