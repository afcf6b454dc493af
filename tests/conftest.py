"""Test-suite settings shared by every test module."""

from hypothesis import settings

# The machines are shared and noisy: a slow example is not a failure. Property tests
# keep their example counts; only the per-example time limit is lifted.
settings.register_profile("funnelkit", deadline=None)
settings.load_profile("funnelkit")
