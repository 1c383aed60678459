"""The promises page: promises, standing agreements, follow-through."""
