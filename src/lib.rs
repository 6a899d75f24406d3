pub use chitieu_core as core;
