use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::messages::{text, CommonText};

#[derive(Properties, PartialEq)]
pub struct DownloadButtonProps {
    pub label: AttrValue,
    pub file_name: AttrValue,
    /// Makes the file's text when the button is pressed (not at every render).
    pub contents: Callback<(), String>,
}

/// Saves a CSV file made on this device. Nothing is sent anywhere: the browser saves the text
/// from memory.
pub fn download_button(props: &DownloadButtonProps) -> Html {
    let onclick = {
        let contents = props.contents.clone();
        let file_name = props.file_name.clone();
        Callback::from(move |_: MouseEvent| save_csv(&file_name, &contents.emit(())))
    };
    html! {
        <div class="download">
            <button type="button" class="button button--secondary" {onclick}>{ props.label.clone() }</button>
            <p class="hint">{ text(CommonText::ExportHint) }</p>
        </div>
    }
}

/// Saves `text` as a file through a temporary link to it in memory.
fn save_csv(file_name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let blob = gloo::file::Blob::new_with_options(text, Some("text/csv;charset=utf-8"));
    let url = gloo::file::ObjectUrl::from(blob);
    let Ok(link) = document.create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", file_name);
    let _ = link.set_attribute("hidden", "");
    if body.append_child(&link).is_ok() {
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
            link.remove();
        }
    }
    // The browser reads the file after the click returns: free the memory a little later.
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}

/// A `data:` link to a CSV text, for a download that needs no script (the templates).
pub fn csv_data_url(text: &str) -> String {
    let mut url = String::from("data:text/csv;charset=utf-8,");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_url_escapes_everything_but_plain_characters() {
        assert_eq!(csv_data_url("a,b\n£1 #x"), "data:text/csv;charset=utf-8,a%2Cb%0A%C2%A31%20%23x");
    }
}
