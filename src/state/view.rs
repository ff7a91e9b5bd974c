//! Which part of the calculator is open. The URL fragment records it (`#claim`), so a link or
//! the back button opens the same view; the fragment is never sent to a server.

/// The calculator's views, in the order of the navigation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Estimate,
    Roster,
    Claim,
    SupplyChain,
    Method,
}

impl View {
    pub const ALL: [View; 5] = [View::Estimate, View::Roster, View::Claim, View::SupplyChain, View::Method];

    /// The view's name in the URL fragment.
    pub fn slug(self) -> &'static str {
        match self {
            View::Estimate => "estimate",
            View::Roster => "roster",
            View::Claim => "claim",
            View::SupplyChain => "supply-chain",
            View::Method => "how-we-calculate",
        }
    }

    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|view| view.slug() == slug)
    }

    /// The view named by a URL fragment (`#claim`, `#claim/…`), if any. Fragments that name no
    /// view (the skip link's `#main-content`, say) leave the current view alone.
    pub fn from_fragment(fragment: &str) -> Option<View> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let slug = fragment.split('/').next().unwrap_or_default();
        View::from_slug(slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_survives_a_round_trip_through_its_slug() {
        for view in View::ALL {
            assert_eq!(View::from_slug(view.slug()), Some(view));
        }
    }

    #[test]
    fn a_fragment_names_its_view_before_any_slash() {
        assert_eq!(View::from_fragment("#claim"), Some(View::Claim));
        assert_eq!(View::from_fragment("#supply-chain/v1.abc"), Some(View::SupplyChain));
        assert_eq!(View::from_fragment("how-we-calculate"), Some(View::Method));
    }

    #[test]
    fn a_fragment_that_names_no_view_is_ignored() {
        assert_eq!(View::from_fragment(""), None);
        assert_eq!(View::from_fragment("#"), None);
        assert_eq!(View::from_fragment("#main-content"), None);
        assert_eq!(View::from_fragment("#<script>"), None);
    }
}
