"""requestdesk."""
