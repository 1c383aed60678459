"""The bids page and the quick log."""
