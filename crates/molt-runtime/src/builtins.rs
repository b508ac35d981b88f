//! Python's builtin functions, generic over the value types codegen picked.
