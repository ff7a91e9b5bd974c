use yew::prelude::*;

use crate::messages::{text, CommonText};

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// The folder this calculator is served from, e.g. `https://calculator.example/`: its
    /// `embed.js` and `embed.html` are there.
    pub base_url: AttrValue,
    /// The preset the embedded calculator starts with.
    pub preset: AttrValue,
}

/// The snippets a union or government site pastes to embed the calculator with the scheme
/// currently chosen.
pub fn embed_panel(props: &EmbedPanelProps) -> Html {
    let base = props.base_url.as_str();
    let preset = props.preset.as_str();
    let script = format!(r#"<script src="{base}embed.js" data-preset="{preset}" async></script>"#);
    let iframe = format!(
        r#"<iframe src="{base}embed.html#estimate/embed/preset={preset}" title="{}" style="width:100%;height:1400px;border:0"></iframe>"#,
        text(CommonText::EmbedFrameTitle)
    );
    html! {
        <details class="details embed-panel">
            <summary class="details__summary">{ text(CommonText::EmbedHeading) }</summary>
            <div class="details__text">
                <p>{ text(CommonText::EmbedIntro) }</p>
                <label class="label" for="embed-script">{ text(CommonText::EmbedScriptLabel) }</label>
                <textarea class="textarea" id="embed-script" rows="3" readonly=true value={script} />
                <label class="label" for="embed-iframe">{ text(CommonText::EmbedIframeLabel) }</label>
                <div class="hint" id="embed-iframe-hint">{ text(CommonText::EmbedIframeHint) }</div>
                <textarea class="textarea" id="embed-iframe" rows="4" readonly=true
                    aria-describedby="embed-iframe-hint" value={iframe} />
            </div>
        </details>
    }
}
