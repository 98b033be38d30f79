"""Chat images (C2): checked by content, size-limited, re-encoded, stored at unguessable paths
under the data directory and served with a fixed, safe content type."""
