//! attache-time (being built).
