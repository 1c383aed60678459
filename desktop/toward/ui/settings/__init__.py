"""Settings: people, safety, backups, restoring, your data, passwords."""
