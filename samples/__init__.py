"""Sample request documents with expected records: the generator (``generate``) and its
templates. See samples/README.md."""
