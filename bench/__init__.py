"""Benchmarks at a municipality's scale: see bench/README.md."""
