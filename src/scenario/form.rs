//! The page form (filled in below).
