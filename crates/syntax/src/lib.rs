//! attache-syntax (being built).
