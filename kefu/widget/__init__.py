"""The buyer chat widget (C2): signed buyer tokens, the widget's own small API, the standalone
chat page per shop and the embeddable script."""
