//! The calculator embedded in another site's page: the firm estimate alone, in a compact frame
//! with a link to the full calculator, where its charts are (`Charts::InFullCalculator`). It is
//! its own root, so that its wasm (`embed.html`, the `furlough-embed` binary) carries no other
//! view's components, calculations, links or text, nor the charts (the shared reducer's few
//! lines for the other views' answers stay): a widget on a union's page is opened on phones
//! over poor connections (issue 7). The full calculator's page shows it too when opened with
//! embed options (`#estimate/embed/…`), for snippets made before `embed.html`.

use yew::prelude::*;

use crate::clock;
use crate::components::link_problem;
use crate::app::{estimate_view, sender};
use crate::derive::{estimate::derive_estimate, use_shown};
use crate::hooks::address_bar::calculator_home_url;
use crate::hooks::{
    storage, use_embed, use_estimate_draft, use_first_result_mark, use_page_title, use_skip_link_keeps_address,
    MAIN_CONTENT_ID,
};
use crate::messages::{text, CommonText};
use crate::share::fragment::Fragment;
use crate::share::{self, ShareLink};
use crate::startup::{self, OpenedWith};
use crate::state::{Action, View};
use crate::views::Charts;

#[function_component(EmbeddedApp)]
pub fn embedded_app(props: &OpenedWith) -> Html {
    let today = *use_memo((), |_| clock::today());
    let start = use_memo(props.fragment.clone(), move |fragment| startup::initial_embedded_state(fragment, today));
    let state = use_reducer(|| start.0.clone());
    use_estimate_draft(&state);
    use_embed(&start.1);
    use_skip_link_keeps_address();

    let estimate = use_memo((state.estimate.clone(), today), |(form, today)| derive_estimate(form, *today));
    let estimate = use_shown(estimate);
    let show_missing = state.show_missing();
    use_page_title(estimate.problems.any_shown(show_missing));
    use_first_result_mark(estimate.figures.is_some());

    // The full calculator opens with these answers when they can be calculated. Uncompressed:
    // a firm's answers make a short link, and the compressor would add 11 KB (gzip) to this wasm.
    let home = use_memo((), |_| calculator_home_url());
    let full_calculator = use_memo((state.estimate.clone(), estimate.is_current()), |(form, current)| {
        ShareLink::to(&home, View::Estimate, *current, || share::estimate::uncompressed_link_payload(form))
            .link()
            .unwrap_or_else(|| AttrValue::from(format!("{home}{}", Fragment::for_view(View::Estimate, None))))
    });
    // Until the answers can be calculated the links cannot carry them: say so by each link, and
    // in its description (the full calculator opens in a tab of its own, on its own drafts).
    let carries_answers = estimate.is_current();
    let without_answers = |id: &'static str| {
        (!carries_answers).then(|| html! { <>{ " " }<span {id}>{ text(CommonText::LinkWithoutAnswers) }</span></> })
    };
    let described_by = |id: &'static str| (!carries_answers).then_some(id);
    // Refused storage (third-party storage blocked), the drafts are lost on reload: say so
    // before anything is typed, and offer the one way to keep the answers.
    let keeps_answers = *use_memo((), |_| storage::available());
    let keeps_nothing = (!keeps_answers).then(|| html! {
        <div class="notice embed-keeps-nothing">
            <p class="notice__text">{ text(CommonText::EmbedKeepsNothing) }</p>
            <p class="notice__text">
                <a href={(*full_calculator).clone()} target="_blank" rel="noopener"
                    aria-describedby={described_by(KEEPS_NOTHING_NOTE_ID)}>
                    { text(CommonText::EmbedKeepsNothingLink) }
                </a>
                { without_answers(KEEPS_NOTHING_NOTE_ID) }
            </p>
        </div>
    });
    let link_notice =
        state.link_problem.map(|problem| link_problem(problem, &sender(&state, Action::DismissLinkProblem)));
    html! {
        <main class="page page--embedded" id={MAIN_CONTENT_ID} tabindex="-1">
            <h1 class="heading-m">{ text(CommonText::AppTitle) }</h1>
            { keeps_nothing }
            { link_notice }
            { estimate_view(&state, today, estimate, Charts::InFullCalculator((*full_calculator).clone())) }
            <p class="open-full">
                <a href={(*full_calculator).clone()} target="_blank" rel="noopener"
                    aria-describedby={described_by(OPEN_FULL_NOTE_ID)}>
                    { text(CommonText::OpenFullCalculator) }
                </a>
                { without_answers(OPEN_FULL_NOTE_ID) }
            </p>
        </main>
    }
}

/// The notes that say a link to the full calculator does not carry the answers yet.
const KEEPS_NOTHING_NOTE_ID: &str = "keeps-nothing-without-answers";
const OPEN_FULL_NOTE_ID: &str = "open-full-without-answers";
