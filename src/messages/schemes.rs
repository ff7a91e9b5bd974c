//! The names, descriptions and sources of the scheme presets, and the National Insurance
//! categories' descriptions. Their English is the engine's own (it defines the presets and
//! the command line prints it); a Welsh catalogue would give its own text here.

use furlough_engine::estimate::SchemePreset;
use furlough_engine::payroll::NicCategory;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SchemeText {
    PresetName(SchemePreset),
    PresetDescription(SchemePreset),
    PresetSource(SchemePreset),
    NicCategoryDescription(NicCategory),
}

pub(super) fn english(id: SchemeText) -> &'static str {
    match id {
        SchemeText::PresetName(preset) => preset.name(),
        SchemeText::PresetDescription(preset) => preset.description(),
        SchemeText::PresetSource(preset) => preset.source(),
        SchemeText::NicCategoryDescription(category) => category.description(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_and_nic_category_has_text_to_show() {
        for preset in SchemePreset::ALL {
            for id in [SchemeText::PresetName(preset), SchemeText::PresetDescription(preset), SchemeText::PresetSource(preset)] {
                assert!(!english(id).trim().is_empty(), "{id:?} has no text");
            }
        }
        for category in NicCategory::ALL {
            assert!(!english(SchemeText::NicCategoryDescription(category)).trim().is_empty(), "{category:?}");
        }
    }
}
