"""Readers for the spreadsheets committees already keep: column mapping and row errors."""
