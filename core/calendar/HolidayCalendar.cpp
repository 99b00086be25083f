// To be implemented.
