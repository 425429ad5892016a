// Placeholder so the package loads on the `repl` branch before main brings real tests.
