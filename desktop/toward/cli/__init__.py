"""The `toward` command: every process starts here (hardening, then the app, the demo or a
subcommand: backup, restore, export, data export/import, doctor, selftest)."""
