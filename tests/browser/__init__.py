"""Real-browser tests: user journeys and accessibility checks in headless Chromium."""
