"""The version, in a module of its own so code inside the package never imports the package face."""

__version__ = "0.1.0"
