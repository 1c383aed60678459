"""The Qt interface: the shell (app, main view, lock screen, setup, sections) here;
the widget kit, platform services and one folder per feature below."""
