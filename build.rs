//! Turns the methodology documents in `docs/` into HTML at build time, so the app shows the same
//! text as the repository without carrying a Markdown parser in the wasm.
//!
//! On the page, headings move down a level (the page already has its `h1`), and each table is
//! wrapped in a region that scrolls sideways on narrow screens, named after its section.

use std::env;
use std::fs;
use std::path::Path;

use pulldown_cmark::{html, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const DOCUMENTS: [&str; 2] = ["methodology", "cjrs-claims"];

fn main() {
    let out_dir = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for name in DOCUMENTS {
        let source = format!("docs/{name}.md");
        println!("cargo::rerun-if-changed={source}");
        let markdown = fs::read_to_string(&source).unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        let target = Path::new(&out_dir).join(format!("{name}.html"));
        fs::write(&target, render(&markdown)).unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
    }
}

fn render(markdown: &str) -> String {
    let mut section = String::new();
    let mut in_heading = false;
    let mut table_labels = Vec::new();
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Start(Tag::Heading { level, id, classes, attrs }) => {
            in_heading = true;
            section.clear();
            Event::Start(Tag::Heading { level: one_down(level), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(level)) => {
            in_heading = false;
            Event::End(TagEnd::Heading(one_down(level)))
        }
        Event::Text(text) if in_heading => {
            section.push_str(&text);
            Event::Text(text)
        }
        Event::Start(Tag::Table(alignments)) => {
            table_labels.push(format!("{} (table, scrolls sideways)", escape(&section)));
            Event::Start(Tag::Table(alignments))
        }
        other => other,
    });
    let mut rendered = String::new();
    html::push_html(&mut rendered, events);

    let mut pieces = rendered.split("<table>");
    let mut page = pieces.next().unwrap_or_default().to_string();
    for (piece, label) in pieces.zip(&table_labels) {
        page.push_str(&format!(
            r#"<div class="table-scroll" role="region" tabindex="0" aria-label="{label}"><table class="table">"#
        ));
        page.push_str(&piece.replacen("</table>", "</table></div>", 1));
    }
    page
}

fn one_down(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        HeadingLevel::H5 | HeadingLevel::H6 => HeadingLevel::H6,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}
