"""Importing signed content packs from the GUI."""
