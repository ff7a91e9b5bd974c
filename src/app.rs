//! The root component: the page's frame, with the form area and the result area side by side
//! on wide screens and stacked on narrow ones.

use yew::prelude::*;

use crate::components::PageHeader;
use crate::messages::{text, MessageId};

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <>
            <PageHeader />
            <main class="page" id="main-content" tabindex="-1">
                <h1 class="heading-xl">{ text(MessageId::AppTitle) }</h1>
                <p class="lead">{ text(MessageId::AppIntro) }</p>
                <p class="privacy-note">{ text(MessageId::PrivacyNote) }</p>
                <div class="calculator">
                    <section class="calculator__inputs" aria-labelledby="inputs-heading">
                        <h2 class="heading-l" id="inputs-heading">{ text(MessageId::InputsHeading) }</h2>
                        <p class="hint">{ text(MessageId::InputsPlaceholder) }</p>
                    </section>
                    <section class="calculator__results" aria-labelledby="results-heading" aria-live="polite">
                        <h2 class="heading-l" id="results-heading">{ text(MessageId::ResultsHeading) }</h2>
                        <p class="hint">{ text(MessageId::ResultsPlaceholder) }</p>
                    </section>
                </div>
            </main>
            <footer class="site-footer">
                <p>{ text(MessageId::FooterText) }</p>
            </footer>
        </>
    }
}
