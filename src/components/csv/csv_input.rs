use std::rc::Rc;

use yew::prelude::*;
use yew::props;

use super::csv_data_url;
use crate::components::form::{text_area, FileUpload, LoadedFile, TextAreaProps};
use crate::format;
use crate::messages::{text, text_with, CommonText};
use crate::state::{CsvAction, CsvText};

#[derive(Properties, PartialEq)]
pub struct CsvInputProps {
    /// The box's id; the file input gets `{id}-file`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub hint: AttrValue,
    pub file_label: AttrValue,
    /// The template's text and the name it is saved under.
    pub template: &'static str,
    pub template_file_name: AttrValue,
    pub csv: CsvText,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub on_action: Callback<CsvAction>,
}

/// Longer text is not shown in the box unless asked for: the browser takes longer to lay out
/// a 10,000-row roster than to calculate it.
const LONGEST_SHOWN: usize = 50_000;

/// A CSV pasted into a box or loaded from a file into the same box, with a template to start
/// from. A file that replaces text already in the box can be swapped back. A very long text is
/// summarised (rows and size) instead of shown, with a button to show it for editing. Shown
/// stays shown while it is edited in the box, whatever its length on the way; a text that
/// arrives otherwise (a file, a swap back, "Clear my data") or a box emptied is summarised
/// again when long.
#[function_component(CsvInput)]
pub fn csv_input(props: &CsvInputProps) -> Html {
    let shown_in_full = use_state_eq(|| false);
    let last_typed = use_mut_ref(|| None::<Rc<str>>);
    {
        let shown_in_full = shown_in_full.clone();
        let last_typed = last_typed.clone();
        use_effect_with(props.csv.text.clone(), move |text| {
            let typed_here = last_typed.borrow().as_ref().is_some_and(|typed| typed == text);
            if !typed_here || text.trim().is_empty() {
                shown_in_full.set(false);
            }
        });
    }
    let collapse_over = (!*shown_in_full).then_some(LONGEST_SHOWN);
    let collapsed = collapse_over.is_some_and(|limit| props.csv.text.len() > limit);
    // Counted once per text, not at every render of the view around it.
    let lines = use_memo(props.csv.text.clone(), |text| text.lines().count());
    let on_show = {
        let shown_in_full = shown_in_full.clone();
        Callback::from(move |_: MouseEvent| shown_in_full.set(true))
    };
    let on_input = {
        let on_action = props.on_action.clone();
        Callback::from(move |text: Rc<str>| {
            *last_typed.borrow_mut() = Some(text.clone());
            on_action.emit(CsvAction::Type(text));
        })
    };
    let on_load = props.on_action.reform(|file: LoadedFile| CsvAction::Load(file.text.into()));
    let on_swap = props.on_action.reform(|_: MouseEvent| CsvAction::SwapBack);
    html! {
        <div class="csv-input">
            { text_area(&props!(TextAreaProps {
                id: props.id.clone(), label: props.label.clone(), hint: props.hint.clone(),
                value: props.csv.text.clone(), error: props.error.clone(), on_input, rows: 10, collapse_over,
            })) }
            if collapsed {
                <div class="inset-text csv-input__summary">
                    <p>{ text_with(CommonText::LongTextSummary, &[
                        ("lines", &format::count(*lines as u64)),
                        ("size", &format::count((props.csv.text.len() / 1000) as u64)),
                    ]) }</p>
                    <button type="button" class="button button--secondary" onclick={on_show}>
                        { text(CommonText::ShowLongText) }
                    </button>
                </div>
            }
            if props.csv.replaced.is_some() {
                <div class="notice">
                    <p class="notice__text">{ text(CommonText::FileReplacedText) }</p>
                    <button type="button" class="button button--secondary" onclick={on_swap}>
                        { text(CommonText::SwapBack) }
                    </button>
                </div>
            }
            <p class="csv-input__template">
                <a href={csv_data_url(props.template)} download={props.template_file_name.clone()}>
                    { text(CommonText::DownloadTemplate) }
                </a>
            </p>
            <FileUpload id={format!("{}-file", props.id)} label={props.file_label.clone()}
                accept=".csv,text/csv" {on_load} />
        </div>
    }
}
