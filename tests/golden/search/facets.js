digestSearch.facets({"city":{"ashford":"0","brenton":"0","northvale":"1"},"theme":{"coal":"0","hydrogen":"0","tourism":"1"},"year":{"2023":"0","undated":"1"}});
