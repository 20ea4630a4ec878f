//! PETRARCH/Phoenix dictionaries (being built).
