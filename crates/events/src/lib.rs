//! attache-events (being built).
