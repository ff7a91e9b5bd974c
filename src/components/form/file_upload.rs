use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::file::File;
use yew::prelude::*;

use super::field::{described_by, hint_html};
use crate::messages::{text, text_with, CommonText};

/// A file that was read: its name and its text.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedFile {
    pub name: String,
    pub text: String,
}

#[derive(Properties, PartialEq)]
pub struct FileUploadProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub on_load: Callback<LoadedFile>,
    /// The file types offered, e.g. `.csv,text/csv`.
    pub accept: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// What happened to the last file chosen, said in a status region for screen readers.
#[derive(Clone, PartialEq)]
enum Status {
    Nothing,
    Loaded(String),
    Unreadable,
}

/// Choose a file; its text is read in the browser (never uploaded anywhere) and handed over.
/// It keeps only what happened to the last file, to say so.
#[function_component(FileUpload)]
pub fn file_upload(props: &FileUploadProps) -> Html {
    let id = props.id.as_str();
    // The read is cancelled if its reader is dropped, so it is kept until the next file.
    let reader = use_mut_ref(|| None::<FileReader>);
    let status = use_state(|| Status::Nothing);
    let on_change = {
        let on_load = props.on_load.clone();
        let status = status.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            // Choosing the same file again (after editing it) must read it again.
            input.set_value("");
            *reader.borrow_mut() = Some(read_file(File::from(file), on_load.clone(), status.clone()));
        })
    };
    let message = match &*status {
        Status::Nothing => String::new(),
        Status::Loaded(name) => text_with(CommonText::FileLoaded, &[("name", name)]),
        Status::Unreadable => text(CommonText::FileUnreadable).to_string(),
    };
    html! {
        <div class="form-group">
            <label class="label" for={props.id.clone()}>{ props.label.clone() }</label>
            { hint_html(id, &props.hint) }
            <input class="file-upload" type="file" id={props.id.clone()} name={props.id.clone()}
                accept={props.accept.clone()}
                aria-describedby={described_by(id, props.hint.is_some(), false)}
                onchange={on_change} />
            <p class={classes!("file-upload__status", (*status == Status::Unreadable).then_some("error-message"))}
                role="status">{ message }</p>
        </div>
    }
}

/// Reads the file. The reader is replaced (not dropped here) when the next file is chosen:
/// dropping it inside its own callback would free the callback while it runs.
fn read_file(file: File, on_load: Callback<LoadedFile>, status: UseStateHandle<Status>) -> FileReader {
    let name = file.name();
    read_as_text(&file, move |result| match result {
        Ok(text) => {
            status.set(Status::Loaded(name.clone()));
            on_load.emit(LoadedFile { name, text });
        }
        Err(_) => status.set(Status::Unreadable),
    })
}
