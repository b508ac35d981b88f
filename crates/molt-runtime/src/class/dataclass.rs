//! dataclasses.
