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
use crate::state::{latest_state, AppState, EstimateForm};

const ESTIMATE: &str = "estimate";
const CLAIM: &str = "claim";
const ROSTER: &str = "roster";
const SUPPLY_CHAIN: &str = "supply-chain";

/// Read with `from_slice`, as share links are: one copy of each answers type's JSON reader in
/// the wasm instead of two (`from_str` would instantiate them all again).
fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    storage::read(key).and_then(|json| serde_json::from_slice(json.as_bytes()).ok())
}

/// The drafts this browser holds (defaults for anything missing or unreadable).
pub fn load() -> AppState {
    let mut state = AppState::default();
    if let Some(form) = load_estimate() {
        state.estimate = Rc::new(form);
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

/// The firm estimate's draft alone: all the embedded calculator keeps.
pub fn load_estimate() -> Option<EstimateForm> {
    read::<SharedEstimate>(ESTIMATE).map(SharedEstimate::into_form)
}

/// Keeps a view's answers under `key` as their draft, or nothing when they are the defaults.
fn keep<F: Default + PartialEq, D: Serialize>(key: &str, form: &F, draft: fn(&F) -> D) {
    if *form == F::default() {
        storage::remove(key);
    } else if let Ok(json) = serde_json::to_string(&draft(form)) {
        storage::write(key, &json);
    }
}

/// Keeps the firm estimate's answers: both calculators do.
fn keep_estimate(form: &EstimateForm) {
    keep(ESTIMATE, form, SharedEstimate::for_draft);
}

/// Writes every view's answers.
fn keep_all(state: &AppState) {
    keep_estimate(&state.estimate);
    keep(CLAIM, &*state.claim, SharedClaim::of);
    keep(ROSTER, &*state.roster, SharedRoster::of);
    keep(SUPPLY_CHAIN, &*state.supply_chain, SharedSupplyChain::of);
}

/// Writes each view's answers to storage whenever they change, and all of them as the page
/// goes away (see [`use_pagehide_write`]).
#[hook]
pub fn use_drafts(state: &AppState) {
    use_pagehide_write(keep_all);
    use_effect_with(state.estimate.clone(), |form| keep_estimate(form));
    use_effect_with(state.claim.clone(), |form| keep(CLAIM, &**form, SharedClaim::of));
    use_effect_with(state.roster.clone(), |form| keep(ROSTER, &**form, SharedRoster::of));
    use_effect_with(state.supply_chain.clone(), |form| keep(SUPPLY_CHAIN, &**form, SharedSupplyChain::of));
}

/// The embedded calculator's drafts: the firm estimate only (its page has no other view, and
/// its wasm carries no other view's code).
#[hook]
pub fn use_estimate_draft(state: &AppState) {
    use_pagehide_write(|state| keep_estimate(&state.estimate));
    use_effect_with(state.estimate.clone(), |form| keep_estimate(form));
}

/// Writes the drafts as the page goes away (`pagehide`: a reload, a closed tab), from the
/// state after the last action, in case the render that writes them has not happened yet.
#[hook]
fn use_pagehide_write(write: fn(&AppState)) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "pagehide", move |_| {
                if let Some(latest) = latest_state() {
                    write(&latest);
                }
            })
        });
        move || drop(listener)
    });
}
