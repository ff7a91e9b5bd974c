use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! { <h1>{ "Furlough and jobs-at-risk calculator" }</h1> }
}
