//! The root component. It owns the one app state (`use_reducer`), derives each view's figures
//! from it (memoised: the engine runs only when that view's answers change), and shows the
//! open view.

use yew::prelude::*;

use crate::clock;
use crate::components::{PageHeader, ViewNav};
use crate::derive::{claim::derive_claim, estimate::derive_estimate, use_shown};
use crate::hooks::{use_fragment_view, use_page_title};
use crate::messages::{text, CommonText};
use crate::state::{Action, AppState, View};
use crate::views::{ClaimView, EstimateView, MethodView, RosterView, SupplyChainView};

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::default);
    use_fragment_view(state.clone());
    let today = *use_memo((), |_| clock::today());

    let estimate = use_memo((state.estimate.clone(), today), |(form, today)| derive_estimate(form, *today));
    let estimate = use_shown(estimate);
    let claim = use_memo(state.claim.clone(), |form| derive_claim(form));
    let claim = use_shown(claim);

    let show_missing = state.show_missing();
    let open_view_has_errors = match state.view {
        View::Estimate => !estimate.problems.shown(show_missing).is_empty(),
        View::Claim => !claim.problems.shown(show_missing).is_empty(),
        View::Roster | View::SupplyChain | View::Method => false,
    };
    use_page_title(open_view_has_errors);

    let dispatch = |wrap: fn(_) -> Action| {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(wrap(action)))
    };
    let on_claim_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(Action::Claim(action)))
    };
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
                on_submit={on_submit}
            />
        },
        View::Roster => html! { <RosterView /> },
        View::Claim => html! {
            <ClaimView
                form={state.claim.clone()}
                shown={claim}
                {show_missing}
                focus_request={state.error_focus_request}
                on_action={on_claim_action}
                on_submit={on_submit}
            />
        },
        View::SupplyChain => html! { <SupplyChainView /> },
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
