val = defined?(@cache) && @cache ? @cache : (@cache = load)
