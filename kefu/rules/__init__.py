"""Marketplace rules (C6): rule sets as versioned, cited data files and pure functions that turn an
order's facts into deadlines, freight payers and compensation, each decision carrying its rule.
"""
