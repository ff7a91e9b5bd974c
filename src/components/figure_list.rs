use yew::prelude::*;

/// A headline figure: what it is, its value, and an optional note ("over 6 weeks").
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub label: AttrValue,
    pub value: String,
    pub note: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct FigureListProps {
    /// Names the list for screen readers.
    pub label: AttrValue,
    pub figures: Vec<Figure>,
}

/// Headline figures as cards, a description list so each value is read with its label.
pub fn figure_list(props: &FigureListProps) -> Html {
    html! {
        <dl class="figures" aria-label={props.label.clone()}>
            { for props.figures.iter().map(|figure| html! {
                <div class="figures__item">
                    <dt class="figures__label">{ figure.label.clone() }</dt>
                    <dd class="figures__value">{ figure.value.clone() }</dd>
                    if let Some(note) = &figure.note {
                        <dd class="figures__note">{ note.clone() }</dd>
                    }
                </div>
            }) }
        </dl>
    }
}
