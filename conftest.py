"""Root pytest configuration: what the suite collects."""

# Lesson sources are jupytext scripts that run notebook code on import: they are
# tested through the notebooks built from them, not imported as modules.
collect_ignore_glob = [
    "lessons/src/*", "exercises/src/*", "instructors/src/*", "benchmarks/*", ".venv/*",
]
