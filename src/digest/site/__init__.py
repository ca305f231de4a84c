"""Records to site: pages, charts, the map, the search index and the downloads."""
