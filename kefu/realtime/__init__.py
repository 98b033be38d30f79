"""Real-time delivery to the workbench and the buyer widget (C2): an in-process hub that forwards
committed domain events to WebSocket clients, shared between worker processes through Redis."""
