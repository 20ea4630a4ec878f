//! attache-kb (being built).
