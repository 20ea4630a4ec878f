//! Printable results for `attache kb lint` and `attache kb lookup` (being built).
