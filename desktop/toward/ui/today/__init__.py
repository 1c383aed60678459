"""The Today page: this week at a glance."""
