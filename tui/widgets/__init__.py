"""The app's widgets: filter bar, timeline, reader, entity sidebar."""
