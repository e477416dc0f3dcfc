"""Sub-commands of the requestdesk CLI, one module each."""
