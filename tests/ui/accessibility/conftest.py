"""The layout test's demo household (copied fresh per test) and the app's own style."""

from tests.ui.layout.test_layout import demo, demo_folder, styled  # noqa: F401 - fixtures
