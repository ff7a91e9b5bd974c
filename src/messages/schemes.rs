//! The names, descriptions and sources of the scheme presets (estimate spec "Inputs"), and the
//! National Insurance categories' descriptions. The engine holds only the presets' ids and
//! parameters; the words are here, for a Welsh catalogue to give its own.

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
        SchemeText::PresetName(preset) => preset_name(preset),
        SchemeText::PresetDescription(preset) => preset_description(preset),
        SchemeText::PresetSource(preset) => preset_source(preset),
        SchemeText::NicCategoryDescription(category) => nic_category(category),
    }
}

fn preset_name(preset: SchemePreset) -> &'static str {
    match preset {
        SchemePreset::CjrsSpring2020 => "CJRS, spring 2020",
        SchemePreset::CjrsNov2020 => "CJRS from November 2020",
        SchemePreset::CjrsSept2020 => "CJRS, September 2020",
        SchemePreset::CjrsOct2020 => "CJRS, October 2020",
        SchemePreset::SupplyChain26Weeks => "Supply-chain scheme, 26 weeks",
        SchemePreset::Custom => "Custom",
    }
}

fn preset_description(preset: SchemePreset) -> &'static str {
    match preset {
        SchemePreset::CjrsSpring2020 => {
            "Government pays 80% of pay up to £2,500 a month plus employer NIC and minimum pension, for the whole shutdown."
        }
        SchemePreset::CjrsNov2020 => {
            "Government pays 80% of pay up to £2,500 a month; the firm pays employer NIC and pension; whole shutdown."
        }
        SchemePreset::CjrsSept2020 => {
            "Staff get 80% up to £2,500 a month; government pays 70% (up to £2,187.50), the firm the other 10%."
        }
        SchemePreset::CjrsOct2020 => {
            "Staff get 80% up to £2,500 a month; government pays 60% (up to £1,875), the firm the other 20%."
        }
        SchemePreset::SupplyChain26Weeks => {
            "Government pays 80% of pay up to £2,500 a month for up to 26 weeks; the firm pays NIC and pension."
        }
        SchemePreset::Custom => "Set every parameter yourself, starting from the supply-chain scheme.",
    }
}

fn preset_source(preset: SchemePreset) -> &'static str {
    match preset {
        SchemePreset::CjrsSpring2020 => {
            "HMRC guidance “Claim for wages through the Coronavirus Job Retention Scheme” (March–July 2020 rules: \
             80% up to £2,500 a month, employer NIC and minimum pension contributions also paid)"
        }
        SchemePreset::CjrsNov2020 => {
            "HMRC guidance on the extended Coronavirus Job Retention Scheme, 1 November 2020 to 30 June 2021 (80% up to \
             £2,500 a month; no NIC or pension grants since August 2020)"
        }
        SchemePreset::CjrsSept2020 => {
            "HMRC “Changes to the Coronavirus Job Retention Scheme” (12 June 2020): September 2020, government 70% up \
             to £2,187.50, employer tops up to 80%"
        }
        SchemePreset::CjrsOct2020 => {
            "HMRC “Changes to the Coronavirus Job Retention Scheme” (12 June 2020): October 2020, government 60% up \
             to £1,875, employer tops up to 80%"
        }
        SchemePreset::SupplyChain26Weeks => {
            "Our model specification: the union-proposed supply-chain scheme, modelled on the Scottish furlough-style \
             deal for Alexander Dennis (80%, 26 weeks); check the proposal's current terms"
        }
        SchemePreset::Custom => "Your own parameters",
    }
}

fn nic_category(category: NicCategory) -> &'static str {
    match category {
        NicCategory::A => "standard",
        NicCategory::M => "under 21",
        NicCategory::H => "apprentice under 25",
        NicCategory::Z => "under 21, deferred",
        NicCategory::X => "no National Insurance due",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_has_a_name_a_one_line_description_and_a_source() {
        for preset in SchemePreset::ALL {
            assert!(!preset_name(preset).trim().is_empty(), "{preset:?}");
            assert!(!preset_source(preset).trim().is_empty(), "{preset:?}");
            let description = preset_description(preset);
            assert!(description.ends_with('.') && !description.contains('\n'), "{preset:?}: {description:?}");
        }
    }

    #[test]
    fn every_nic_category_has_a_description() {
        for category in NicCategory::ALL {
            assert!(!nic_category(category).trim().is_empty(), "{category:?}");
        }
    }
}
