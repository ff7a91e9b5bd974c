//! A bare Yew app, one counter component: what any Yew app of ours costs before its own code.
//! Built in the same `make bench` run, with the workspace's release profile and Trunk's `-Oz`,
//! as the baseline the app's bundle is compared with.

use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <p>{ format!("Clicked {} times", *count) }</p>
            <button type="button" {onclick}>{ "Click" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
