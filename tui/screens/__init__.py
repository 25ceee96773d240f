"""The app's screens: main, help, export."""
