"""Printing and PDF briefings."""
