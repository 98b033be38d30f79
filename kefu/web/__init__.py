"""The agent workbench (C2): server-rendered pages (Jinja2, per page), their static assets and
the zh-Hans/en message catalogues. Logic stays in the domain services; pages only arrange it."""
