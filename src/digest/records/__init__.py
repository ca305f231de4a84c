"""Records: read, validate and write content/articles; the region's vocabulary."""
