"""Themes, palettes and recoloured icons."""
