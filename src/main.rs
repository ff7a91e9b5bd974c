fn main() {
    yew::Renderer::<furlough_app::App>::new().render();
}
