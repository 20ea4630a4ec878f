//! attache-actors (being built).
