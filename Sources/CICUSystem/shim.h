// Intentionally empty: this module exists for its pkg-config flags and apt provider (see module.modulemap).
