"""File imports shared by every domain: decoding, row-level problems, all-or-nothing results."""
