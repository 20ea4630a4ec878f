//! attache-geo (being built).
