"""The review web app: sign-in, queue, entry pages with evidence, decisions, upload, history."""
