"""The repair page: conversations, sealed steps, the plan."""
