//! Drafts: each view's answers kept in `localStorage` as they change, so a reload loses
//! nothing. Each view is its own entry, written only when that view's answers change; answers
//! back at their defaults (a fresh page, or after "Clear my data") are not kept at all.

use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::Serialize;
use gloo::events::EventListener;
use yew::prelude::*;

use super::storage;
use crate::share::claim::SharedClaim;
use crate::share::estimate::SharedEstimate;
use crate::share::roster::SharedRoster;
use crate::share::supply_chain::SharedSupplyChain;
use crate::state::{latest_state, AppState};

const ESTIMATE: &str = "estimate";
const CLAIM: &str = "claim";
const ROSTER: &str = "roster";
const SUPPLY_CHAIN: &str = "supply-chain";

fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    storage::read(key).and_then(|json| serde_json::from_str(&json).ok())
}

/// The drafts this browser holds (defaults for anything missing or unreadable).
pub fn load() -> AppState {
    let mut state = AppState::default();
    if let Some(draft) = read::<SharedEstimate>(ESTIMATE) {
        state.estimate = Rc::new(draft.into_form());
    }
    if let Some(draft) = read::<SharedClaim>(CLAIM) {
        state.claim = Rc::new(draft.into_form());
    }
    if let Some(draft) = read::<SharedRoster>(ROSTER) {
        state.roster = Rc::new(draft.into_form());
    }
    if let Some(draft) = read::<SharedSupplyChain>(SUPPLY_CHAIN) {
        state.supply_chain = Rc::new(draft.into_form());
    }
    state
}

/// Keeps `draft` under `key`, or nothing when the answers are the defaults.
fn keep<T: Serialize>(key: &str, is_default: bool, draft: T) {
    if is_default {
        storage::remove(key);
    } else if let Ok(json) = serde_json::to_string(&draft) {
        storage::write(key, &json);
    }
}

/// Writes every view's answers.
fn keep_all(state: &AppState) {
    keep(ESTIMATE, *state.estimate == Default::default(), SharedEstimate::for_draft(&state.estimate));
    keep(CLAIM, *state.claim == Default::default(), SharedClaim::of(&state.claim));
    keep(ROSTER, *state.roster == Default::default(), SharedRoster::of(&state.roster));
    keep(SUPPLY_CHAIN, *state.supply_chain == Default::default(), SharedSupplyChain::of(&state.supply_chain));
}

/// Writes each view's answers to storage whenever they change, and all of them as the page
/// goes away (`pagehide`: a reload, a closed tab), from the state after the last action, in
/// case the render that writes them has not happened yet.
#[hook]
pub fn use_drafts(state: &AppState) {
    use_effect_with((), |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "pagehide", |_| {
                if let Some(latest) = latest_state() {
                    keep_all(&latest);
                }
            })
        });
        move || drop(listener)
    });
    use_effect_with(state.estimate.clone(), |form| {
        keep(ESTIMATE, **form == Default::default(), SharedEstimate::for_draft(form))
    });
    use_effect_with(state.claim.clone(), |form| keep(CLAIM, **form == Default::default(), SharedClaim::of(form)));
    use_effect_with(state.roster.clone(), |form| keep(ROSTER, **form == Default::default(), SharedRoster::of(form)));
    use_effect_with(state.supply_chain.clone(), |form| {
        keep(SUPPLY_CHAIN, **form == Default::default(), SharedSupplyChain::of(form))
    });
}
