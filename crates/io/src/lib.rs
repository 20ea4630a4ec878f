//! attache-io (being built).
