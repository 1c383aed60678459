"""The journal page: browsing, reading, writing, sharing, searching, prompts."""
