"""Root pytest configuration: what the suite collects, and how nbval starts kernels."""

import time

import nbval.kernel

# Lesson sources are jupytext scripts that run notebook code on import: they are
# tested through the notebooks built from them, not imported as modules.
collect_ignore_glob = [
    "lessons/src/*", "exercises/src/*", "instructors/src/*", "benchmarks/*", ".venv/*",
]

_start_new_kernel = nbval.kernel.start_new_kernel
KERNEL_START_ATTEMPTS = 3


def _start_new_kernel_with_retries(*args, **kwargs):
    """nbval's kernel start, tried up to three times.

    jupyter_client picks free TCP ports for a new kernel and the kernel binds them a moment
    later; on a busy machine another process can take a port in between, and the kernel
    dies before it answers (seen once in a CI-like run while a second build started
    kernels). Starting a kernel is not what the notebooks test, so only a failed start is
    tried again; a notebook whose cells fail or differ still fails.
    """
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            return _start_new_kernel(*args, **kwargs)
        except RuntimeError:
            if attempt == KERNEL_START_ATTEMPTS:
                raise
            time.sleep(attempt)


nbval.kernel.start_new_kernel = _start_new_kernel_with_retries
