"""For therapy: the summary dialog, its page, and consent for shared words."""
