"""The interface language: which languages we ship, how one is applied, bidi isolation."""
