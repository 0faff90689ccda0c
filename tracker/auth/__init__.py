"""Login, logout, personal settings and the rule that every page needs login."""
