"""The request log and its periodic report."""
