"""The domain: one module per feature, plain Python over the two spaces. No Qt here."""
