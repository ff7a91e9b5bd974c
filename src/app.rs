//! The root component. It owns the one app state (`use_reducer`), derives each view's figures
//! from it (memoised: the engine runs only when that view's answers change), and shows the
//! open view. Embedded in another site, the page shows `embedded_app` instead.

use std::rc::Rc;

use chrono::NaiveDate;

use yew::prelude::*;
use yew::props;

use crate::clock;
use crate::components::{
    embed_panel, link_problem, page_header, view_nav, EmbedPanelProps, ShareOption, SharePanel,
    ViewNavProps,
};
use crate::derive::roster::{derive_roster, read_roster_text};
use crate::derive::supply_chain::derive_supply_chain;
use crate::derive::estimate::{derive_estimate, EstimateFigures};
use crate::derive::{claim::derive_claim, use_shown, Shown};
use crate::hooks::address_bar::{calculator_home_url, forget_link_in_address_bar, page_url};
use crate::hooks::{
    storage, use_after_first_paint, use_drafts, use_first_result_mark, use_fragment_view, use_page_title, use_skip_link_keeps_address,
    MAIN_CONTENT_ID,
};
use crate::messages::{text, CommonText};
use crate::share::{self, ShareLink};
use crate::startup::{self, OpenedWith};
use crate::state::{Action, AppState, View};
use crate::views::roster::roster_errors;
use crate::views::supply_chain::supply_chain_errors;
use crate::views::{
    claim_view, drawn_charts, method_view, Charts, ClaimViewProps, EstimateView, RosterView, SupplyChainView,
};

#[function_component(App)]
pub fn app(props: &OpenedWith) -> Html {
    let today = *use_memo((), |_| clock::today());
    let opened_with = props.fragment.clone();
    let state = {
        let opened_with = opened_with.clone();
        use_reducer(move || startup::initial_state(&opened_with, today))
    };
    use_effect_with((), move |_| forget_link_in_address_bar(&opened_with));
    use_fragment_view(state.clone());
    use_skip_link_keeps_address();
    use_drafts(&state);
    let base_url = use_memo((), |_| page_url());
    let home_url = use_memo((), |_| calculator_home_url());

    let estimate = use_memo((state.estimate.clone(), today), |(form, today)| derive_estimate(form, *today));
    let estimate = use_shown(estimate);
    let claim = use_memo(state.claim.clone(), |form| derive_claim(form));
    let claim = use_shown(claim);
    // The roster's text is read on its own, so answering a question does not read it again.
    let roster_file = use_memo(state.roster.csv.text.clone(), |csv| read_roster_text(csv));
    let roster = use_memo((state.roster.clone(), roster_file.clone(), today), |(form, file, today)| {
        derive_roster(form, file, *today)
    });
    let roster = use_shown(roster);
    let supply_chain =
        use_memo((state.supply_chain.clone(), today), |(form, today)| derive_supply_chain(form, *today));
    let supply_chain = use_shown(supply_chain);

    // Share links: made only when asked for; their makers change only with their answers, so
    // the share panel neither re-renders nor re-encodes on other changes.
    let estimate_link = use_link_maker(&base_url, View::Estimate, &state.estimate, estimate.is_current(), share::estimate::link_payload);
    let claim_link = use_link_maker(&base_url, View::Claim, &state.claim, claim.is_current(), share::claim::link_payload);
    let roster_answers = use_memo((state.roster.clone(), state.roster_link_has_names), |answers| answers.clone());
    let roster_link = use_link_maker(&base_url, View::Roster, &roster_answers, roster.is_current(), |(form, names)| {
        share::roster::link_payload(form, *names)
    });
    let supply_chain_link = use_link_maker(
        &base_url,
        View::SupplyChain,
        &state.supply_chain,
        supply_chain.is_current(),
        share::supply_chain::link_payload,
    );
    let show_missing = state.show_missing();
    let open_view_has_errors = match state.view {
        View::Estimate => estimate.problems.any_shown(show_missing),
        View::Claim => claim.problems.any_shown(show_missing),
        View::Roster => !roster_errors(&roster, &roster_file, show_missing).is_empty(),
        View::SupplyChain => !supply_chain_errors(&supply_chain, show_missing).is_empty(),
        View::Method => false,
    };
    use_page_title(open_view_has_errors);
    use_first_result_mark(match state.view {
        View::Estimate => estimate.figures.is_some(),
        View::Claim => claim.figures.is_some(),
        View::Roster => roster.figures.is_some(),
        View::SupplyChain => supply_chain.figures.is_some(),
        View::Method => false,
    });

    let send = |action: Action| sender(&state, action);
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| {
            storage::clear_all();
            state.dispatch(Action::ClearAll);
        })
    };

    let view = match state.view {
        View::Estimate => estimate_view(&state, today, estimate.clone(), Charts::Drawn(drawn_charts)),
        View::Roster => html! {
            <RosterView
                form={state.roster.clone()}
                {today}
                file={roster_file}
                shown={roster}
                {show_missing}
                focus_request={state.error_focus_request}
                on_action={dispatcher(&state, Action::Roster)}
                on_submit={send(Action::FocusErrors)}
            />
        },
        View::Claim => claim_view(&props!(ClaimViewProps {
            form: state.claim.clone(), today, shown: claim, show_missing,
            focus_request: state.error_focus_request, on_action: dispatcher(&state, Action::Claim),
            on_submit: send(Action::FocusErrors),
        })),
        View::SupplyChain => html! {
            <SupplyChainView
                form={state.supply_chain.clone()}
                {today}
                shown={supply_chain}
                {show_missing}
                focus_request={state.error_focus_request}
                on_action={dispatcher(&state, Action::SupplyChain)}
                on_submit={send(Action::FocusErrors)}
            />
        },
        View::Method => method_view(),
    };
    let link_notice = state.link_problem.map(|problem| link_problem(problem, &send(Action::DismissLinkProblem)));

    let share_panel = |make_link: &Rc<Callback<(), ShareLink>>, note: CommonText, option: Option<ShareOption>| {
        html! {
            <SharePanel make_link={(**make_link).clone()} note={text(note)} {option}
                on_blocked={send(Action::FocusErrors)} on_clear={on_clear.clone()} />
        }
    };
    // The share and embed panels sit below the view: built in the frame after the first paint,
    // so a loaded link's figures are on screen first (issue 7).
    let painted = use_after_first_paint();
    let sharing = match state.view {
        _ if !painted => html! {},
        View::Estimate => html! {
            <>
                { share_panel(&estimate_link, CommonText::ShareNoteEstimate, None) }
                { embed_panel(&props!(EmbedPanelProps {
                    base_url: (*home_url).clone(), preset: state.estimate.preset.clone(),
                })) }
            </>
        },
        View::Claim => share_panel(&claim_link, CommonText::ShareNoteClaim, None),
        View::Roster => {
            let names = ShareOption {
                label: text(CommonText::ShareRosterNames).into(),
                checked: state.roster_link_has_names,
                on_change: dispatcher(&state, Action::PutNamesInRosterLink),
            };
            share_panel(&roster_link, CommonText::ShareNoteRoster, Some(names))
        }
        View::SupplyChain => share_panel(&supply_chain_link, CommonText::ShareNoteSupplyChain, None),
        View::Method => html! {},
    };

    html! {
        <>
            { page_header() }
            <main class="page" id={MAIN_CONTENT_ID} tabindex="-1">
                <h1 class="heading-xl">{ text(CommonText::AppTitle) }</h1>
                <p class="lead">{ text(CommonText::AppIntro) }</p>
                <p class="privacy-note">{ text(CommonText::PrivacyNote) }</p>
                { link_notice }
                { view_nav(&props!(ViewNavProps { current: state.view })) }
                { view }
                { sharing }
            </main>
            <footer class="site-footer">
                <p>{ text(CommonText::FooterText) }</p>
            </footer>
        </>
    }
}

/// The firm estimate's view, wired to the root reducer: the full calculator and the embedded
/// one both show it, each with its own place for the charts.
pub(crate) fn estimate_view(
    state: &UseReducerHandle<AppState>,
    today: NaiveDate,
    shown: Shown<EstimateFigures>,
    charts: Charts,
) -> Html {
    html! {
        <EstimateView
            form={state.estimate.clone()}
            {today}
            {shown}
            show_missing={state.show_missing()}
            focus_request={state.error_focus_request}
            on_action={dispatcher(state, Action::Estimate)}
            on_submit={sender(state, Action::FocusErrors)}
            {charts}
        />
    }
}

/// A callback that sends one action to the root reducer.
pub(crate) fn sender(state: &UseReducerHandle<AppState>, action: Action) -> Callback<()> {
    let dispatch = state.dispatcher();
    Callback::from(move |()| dispatch.dispatch(action.clone()))
}

/// A callback that sends a view's actions to the root reducer, wrapped in their `Action`.
pub(crate) fn dispatcher<A: 'static>(state: &UseReducerHandle<AppState>, wrap: fn(A) -> Action) -> Callback<A> {
    let dispatch = state.dispatcher();
    Callback::from(move |action| dispatch.dispatch(wrap(action)))
}

/// The maker of a view's share link (see `SharePanel`), new only when the view's answers, or
/// whether its figures are current, change.
#[hook]
fn use_link_maker<A: PartialEq + 'static>(
    base_url: &Rc<AttrValue>,
    view: View,
    answers: &Rc<A>,
    current: bool,
    payload: fn(&A) -> Result<String, share::LinkError>,
) -> Rc<Callback<(), ShareLink>> {
    let base_url = base_url.clone();
    use_memo((answers.clone(), current), move |(answers, current)| {
        let (answers, current) = (answers.clone(), *current);
        Callback::from(move |()| ShareLink::to(&base_url, view, current, || payload(&answers)))
    })
}
