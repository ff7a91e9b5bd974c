//! The root component. It owns the one app state (`use_reducer`), derives each view's figures
//! from it (memoised: the engine runs only when that view's answers change), and shows the
//! open view.

use yew::prelude::*;

use crate::clock;
use crate::components::{PageHeader, ViewNav};
use crate::derive::roster::{derive_roster, read_roster_text};
use crate::derive::supply_chain::derive_supply_chain;
use crate::derive::{estimate::derive_estimate, use_shown};
use crate::hooks::{use_fragment_view, use_page_title};
use crate::messages::{text, CommonText};
use crate::state::{Action, AppState, View};
use crate::views::roster::roster_errors;
use crate::views::supply_chain::supply_chain_errors;
use crate::views::{ClaimView, EstimateView, MethodView, RosterView, SupplyChainView};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    use_fragment_view(state.clone());
    let today = *use_memo((), |_| clock::today());

    let estimate = use_memo((state.estimate.clone(), today), |(form, today)| derive_estimate(form, *today));
    let estimate = use_shown(estimate);
    // The roster's text is read on its own, so answering a question does not read it again.
    let roster_file = use_memo(state.roster.csv.text.clone(), |csv| read_roster_text(csv));
    let roster = use_memo((state.roster.clone(), roster_file.clone(), today), |(form, file, today)| {
        derive_roster(form, file, *today)
    });
    let roster = use_shown(roster);
    let supply_chain =
        use_memo((state.supply_chain.clone(), today), |(form, today)| derive_supply_chain(form, *today));
    let supply_chain = use_shown(supply_chain);

    let show_missing = state.show_missing();
    let open_view_has_errors = match state.view {
        View::Estimate => !estimate.problems.shown(show_missing).is_empty(),
        View::Roster => !roster_errors(&roster, &roster_file, show_missing).is_empty(),
        View::SupplyChain => !supply_chain_errors(&supply_chain, show_missing).is_empty(),
        View::Claim | View::Method => false,
    };
    use_page_title(open_view_has_errors);

    let dispatch = |wrap| dispatcher(&state, wrap);
    let on_submit = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::FocusErrors))
    };

    let view = match state.view {
        View::Estimate => html! {
            <EstimateView
                form={state.estimate.clone()}
                shown={estimate}
                {show_missing}
                focus_request={state.error_focus_request}
                on_action={dispatch(Action::Estimate)}
                on_submit={on_submit.clone()}
            />
        },
        View::Roster => html! {
            <RosterView
                form={state.roster.clone()}
                file={roster_file}
                shown={roster}
                {show_missing}
                focus_request={state.error_focus_request}
                on_action={dispatcher(&state, Action::Roster)}
                on_submit={on_submit.clone()}
            />
        },
        View::Claim => html! { <ClaimView /> },
        View::SupplyChain => html! {
            <SupplyChainView
                form={state.supply_chain.clone()}
                shown={supply_chain}
                {show_missing}
                focus_request={state.error_focus_request}
                on_action={dispatcher(&state, Action::SupplyChain)}
                on_submit={on_submit.clone()}
            />
        },
        View::Method => html! { <MethodView /> },
    };

    html! {
        <>
            <PageHeader />
            <main class="page" id="main-content" tabindex="-1">
                <h1 class="heading-xl">{ text(CommonText::AppTitle) }</h1>
                <p class="lead">{ text(CommonText::AppIntro) }</p>
                <p class="privacy-note">{ text(CommonText::PrivacyNote) }</p>
                <ViewNav current={state.view} />
                { view }
            </main>
            <footer class="site-footer">
                <p>{ text(CommonText::FooterText) }</p>
            </footer>
        </>
    }
}

/// A view's callback: its actions, wrapped as the app's, go to the reducer.
fn dispatcher<A: 'static>(state: &UseReducerHandle<AppState>, wrap: fn(A) -> Action) -> Callback<A> {
    let dispatch = state.dispatcher();
    Callback::from(move |action| dispatch.dispatch(wrap(action)))
}
