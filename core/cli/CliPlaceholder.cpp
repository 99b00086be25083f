// Replaced by the CLI implementation.
