"""Services of the operating system, not views: idle, quick exit, clipboard, screen
capture, screen lock and sleep, one instance, background work, the reminders tray, daily
backups."""
