//! attache-speech (being built).
