"""The bot (C5) and agent assist: answers a buyer by itself when the data makes it sure, asks for a
missing fact, or hands the conversation to a person with a summary and drafted replies.
"""
